//! `/simulatore`: the simulated clock and the inboxes a person reads (phone,
//! e-mail/PEC, letterbox, contact-center callbacks), plus a generator of
//! synthetic registry citizens for trainers. One lazily loaded chunk.
//! Strings: `i18n/simulator.rs` (`simulator.*`); styles:
//! `style/pages/simulator.css`.
//!
//! Test ids: sim-clock-now, sim-advance-hour, sim-advance-day, sim-advance-week,
//! sim-clock-input, sim-clock-set, sim-clock-status; sim-new-citizen,
//! sim-citizen (sim-citizen-cf, sim-citizen-name, sim-citizen-birth,
//! sim-citizen-residence, sim-citizen-ts, sim-citizen-letterbox);
//! sim-phone-input, sim-phone-open, sim-sms-item, sim-phone-call;
//! sim-mail-input, sim-mail-open, sim-mail-item, sim-mail-message,
//! sim-mail-close; sim-post-input, sim-post-open, sim-letter,
//! sim-letter-pending; sim-call-item; sim-all-show, sim-all-item;
//! sim-secret (the PIN part or code inside a message body), sim-error;
//! the fax panel's in `fax.rs`.

mod citizens;
mod clock;
mod deliveries;
mod fax;
mod inbox;
mod letterbox;

use domain::api::{ApiError, ErrorCode};
use leptos::prelude::*;

use crate::i18n::{t, tf};

/// A failed call to the simulator, as every panel shows it.
fn error_view(e: ApiError) -> impl IntoView {
    let text = if e.code == ErrorCode::Network {
        t("simulator.unavailable").to_string()
    } else {
        tf("simulator.error", &[("message", &e.message)])
    };
    view! { <p class="alert alert-danger" role="alert" data-testid="sim-error">{text}</p> }
}

#[component]
pub fn Simulator() -> impl IntoView {
    // Bumped after every change made here, so that inboxes refetch at once.
    let version = RwSignal::new(0u32);
    let letterbox = RwSignal::new(String::new());
    view! {
        <section class="page page-sim" aria-labelledby="sim-title">
            <h1 id="sim-title">{t("simulator.title")}</h1>
            <p>{t("simulator.intro")}</p>
            <div class="sim-grid">
                <clock::ClockPanel version=version />
                <citizens::CitizenPanel letterbox=letterbox />
                <inbox::PhonePanel version=version />
                <inbox::MailPanel version=version />
                <letterbox::PostPanel version=version recipient=letterbox />
                <deliveries::CallsPanel version=version />
                <deliveries::AllPanel version=version />
                <fax::FaxPanel />
            </div>
        </section>
    }
}
