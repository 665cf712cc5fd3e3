//! The letterbox at a codice fiscale: letters on their way (with the expected
//! arrival) and delivered letters on INPS letterhead.

use crate::format::rome_date;
use domain::api::Channel;
use leptos::prelude::*;

use super::error_view;
use super::inbox::{body_view, inbox, RecipientForm};
use crate::api::simulator::SimMessage;
use crate::i18n::{t, tf};

/// A letter body split into the address block ("Gentile ..." paragraph) and
/// the text, without the institute's name that the letterhead already shows.
fn letter_parts(body: &str) -> (Option<String>, String) {
    let mut paragraphs: Vec<&str> = body.split("\n\n").collect();
    if paragraphs
        .first()
        .is_some_and(|p| p.trim().to_uppercase().starts_with("ISTITUTO NAZIONALE"))
    {
        paragraphs.remove(0);
    }
    let address = paragraphs
        .first()
        .filter(|p| p.trim_start().starts_with("Gentile"))
        .map(|p| p.to_string());
    if address.is_some() {
        paragraphs.remove(0);
    }
    (address, paragraphs.join("\n\n"))
}

#[component]
pub fn PostPanel(version: RwSignal<u32>, recipient: RwSignal<String>) -> impl IntoView {
    let messages = inbox(
        move || {
            Some(recipient.get().to_uppercase())
                .filter(|n| !n.is_empty())
                .map(Some)
        },
        &[Channel::Post],
        version,
    );
    let content = move || {
        let result = messages.get().flatten()?;
        Some(match result {
            Err(e) => error_view(e).into_any(),
            Ok(list) => {
                let empty = list.is_empty();
                let items = list.into_iter().map(letter_view).collect_view();
                view! {
                    <div class="letterbox" data-testid="sim-letterbox">
                        {empty.then(|| view! { <p>{t("simulator.post.none")}</p> })}
                        <ul class="letters">{items}</ul>
                    </div>
                }
                .into_any()
            }
        })
    };
    view! {
        <section class="sim-panel sim-post" aria-labelledby="sim-post-title">
            <h2 id="sim-post-title">{t("simulator.post.title")}</h2>
            <RecipientForm id="sim-post-input" label=t("simulator.post.label") hint=t("simulator.post.hint")
                submitted=recipient />
            <div aria-live="polite">
                <Transition fallback=|| view! { <p>{t("common.loading_short")}</p> }>{content}</Transition>
            </div>
        </section>
    }
}

fn letter_view(m: SimMessage) -> AnyView {
    let expected = m.due_at;
    let m = m.message;
    match m.delivered_at {
        None => {
            let text = match expected {
                Some(at) => tf("simulator.post.in_transit", &[("date", &rome_date(at))]),
                None => t("simulator.post.in_transit_unknown").to_string(),
            };
            view! {
                <li class="envelope" data-testid="sim-letter-pending">
                    <span class="envelope-icon" aria-hidden="true">"✉"</span>
                    <div>
                        <p class="envelope-from">{t("simulator.post.letterhead")} " — " {m.subject}</p>
                        <p class="envelope-state">{text}</p>
                        <p class="msg-time">
                            {tf("simulator.post.sent", &[("date", &rome_date(m.sent_at))])}
                        </p>
                    </div>
                </li>
            }
            .into_any()
        }
        Some(delivered) => {
            let (address, text) = letter_parts(&m.body);
            let address = match address {
                Some(a) => view! {
                    <address class="letter-address" translate="no">{a}</address>
                }
                .into_any(),
                None => view! {
                    <address class="letter-address">
                        {t("simulator.post.to")} "\n"
                        <strong translate="no">{m.recipient.clone()}</strong>
                    </address>
                }
                .into_any(),
            };
            view! {
                <li>
                    <article class="letter" data-testid="sim-letter" aria-label=m.subject.clone()>
                        <header class="letterhead">
                            <span class="letterhead-logo">{t("simulator.post.letterhead")}</span>
                            <span class="letterhead-text">
                                <span>{t("simulator.post.letterhead_full")}</span>
                                <span class="letterhead-office">
                                    {t("simulator.post.letterhead_office")}
                                </span>
                            </span>
                        </header>
                        <p class="letter-date">
                            {tf("simulator.post.date", &[("date", &rome_date(m.sent_at))])}
                        </p>
                        {address}
                        <div class="letter-body">{body_view(text, m.secret)}</div>
                        <footer class="letter-foot">
                            {tf("simulator.post.delivered", &[("date", &rome_date(delivered))])}
                        </footer>
                    </article>
                </li>
            }
            .into_any()
        }
    }
}
