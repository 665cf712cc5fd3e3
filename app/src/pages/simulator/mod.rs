//! `/simulatore`: the simulated clock and the inboxes a person reads (phone,
//! e-mail/PEC, letterbox, contact-center callbacks), plus a generator of
//! synthetic registry citizens for trainers. Two lazily loaded chunks: the
//! page's (title, clock, citizens: what a cold load shows) and
//! `simulator__inboxes` (the panels below them, [`inboxes`]), fetched when
//! the person gets near them ([`lazy::when_near_or_touched`]).
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
//! the fax panel's in `fax.rs`; sim-inboxes-loading (the placeholder of the
//! panels not loaded yet, `aria-busy`).

mod citizens;
mod clock;
mod deliveries;
mod fax;
mod inbox;
mod lazy;
mod letterbox;

use domain::api::{ApiError, ErrorCode};
use leptos::html::Section;
use leptos::prelude::*;
use leptos::task::spawn_local;

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

/// The panels below the clock and the citizens, in a chunk of their own:
/// a cold load of `/simulatore` does not download them (issue 10).
#[leptos::lazy(simulator__inboxes)]
fn inboxes(version: RwSignal<u32>, letterbox: RwSignal<String>) -> AnyView {
    view! {
        <inbox::PhonePanel version=version />
        <inbox::MailPanel version=version />
        <letterbox::PostPanel version=version recipient=letterbox />
        <deliveries::CallsPanel version=version />
        <deliveries::AllPanel version=version />
        <fax::FaxPanel />
    }
    .into_any()
}

/// The lazy panels' headings, in their order, each with the class that sizes
/// its placeholder like the panel (no layout shift when they come in).
const LAZY_PANELS: [(&str, &str); 6] = [
    ("simulator.phone.title", "sim-wait-phone"),
    ("simulator.mail.title", "sim-wait-mail"),
    ("simulator.post.title", "sim-wait-post"),
    ("simulator.calls.title", "sim-wait-calls"),
    ("simulator.all.title", "sim-all sim-wait-all"),
    ("simulator.fax.title", "sim-wait-fax"),
];

/// Stands in for the lazy panels until they are loaded: their headings
/// (heading navigation and browse-mode scrolling reach them, and scrolling
/// to them is what loads them), the space they take, and "loading".
fn placeholder(first: NodeRef<Section>) -> impl IntoView {
    LAZY_PANELS
        .iter()
        .enumerate()
        .map(|(i, (title, class))| {
            // The observer watches the first: the one nearest the top.
            let node_ref = if i == 0 { first } else { NodeRef::new() };
            view! {
                <section node_ref=node_ref class=format!("sim-panel sim-wait {class}") aria-busy="true" data-testid="sim-inboxes-loading">
                    <h2>{t(title)}</h2>
                    <p class="sim-wait-text">{t("common.loading")}</p>
                </section>
            }
        })
        .collect_view()
}

#[component]
pub fn Simulator() -> impl IntoView {
    // Bumped after every change made here, so that inboxes refetch at once.
    let version = RwSignal::new(0u32);
    let letterbox = RwSignal::new(String::new());
    let loaded = RwSignal::new(false);
    let first_placeholder = NodeRef::<Section>::new();
    lazy::when_near_or_touched(first_placeholder, move || {
        spawn_local(async move {
            __preload_inboxes().await;
            loaded.set(true);
        })
    });
    view! {
        <section class="page page-sim" aria-labelledby="sim-title">
            <h1 id="sim-title">{t("simulator.title")}</h1>
            <p>{t("simulator.intro")}</p>
            <div class="sim-grid">
                <clock::ClockPanel version=version />
                <citizens::CitizenPanel letterbox=letterbox />
                {move || if loaded.get() {
                    // Loaded: the call returns at its first poll, so the
                    // panels replace the placeholder in the same frame.
                    Suspend::new(async move { inboxes(version, letterbox).await }).into_any()
                } else {
                    placeholder(first_placeholder).into_any()
                }}
            </div>
        </section>
    }
}
