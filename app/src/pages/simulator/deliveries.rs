//! The contact center's callbacks and the table of every message sent.

use crate::format::rome_datetime;
use domain::api::Channel;
use leptos::prelude::*;

use super::error_view;
use super::inbox::{body_view, call_state, inbox};
use crate::i18n::{t, tf};

fn channel_label(c: Channel) -> &'static str {
    match c {
        Channel::Sms => t("simulator.channel.sms"),
        Channel::Email => t("simulator.channel.email"),
        Channel::Pec => t("simulator.channel.pec"),
        Channel::Post => t("simulator.channel.post"),
        Channel::Call => t("simulator.channel.call"),
    }
}

#[component]
pub fn CallsPanel(version: RwSignal<u32>) -> impl IntoView {
    let messages = inbox(|| Some(None), &[Channel::Call], version);
    let content = move || {
        let result = messages.get().flatten()?;
        Some(match result {
            Err(e) => error_view(e).into_any(),
            Ok(list) => {
                let calls: Vec<_> = list.into_iter().map(|m| m.message).collect();
                let empty = calls.is_empty();
                let items = calls
                    .into_iter()
                    .map(|m| {
                        view! {
                            <li class="call-item" data-testid="sim-call-item">
                                <p class="call-subject"><strong>{m.subject}</strong></p>
                                <p>{tf("simulator.calls.to", &[("number", &m.recipient)])}</p>
                                {body_view(m.body, m.secret)}
                                <p class="msg-time">{call_state(m.delivered_at)}</p>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div>
                        {empty.then(|| view! { <p>{t("simulator.calls.none")}</p> })}
                        <ul class="calls">{items}</ul>
                    </div>
                }
                .into_any()
            }
        })
    };
    view! {
        <section class="sim-panel" aria-labelledby="sim-calls-title">
            <h2 id="sim-calls-title">{t("simulator.calls.title")}</h2>
            <p>{t("simulator.calls.intro")}</p>
            <button type="button" class="btn btn-outline-primary" data-testid="sim-calls-refresh"
                on:click=move |_| version.update(|v| *v = v.wrapping_add(1))>
                {t("simulator.refresh")}
            </button>
            <div aria-live="polite">
                <Transition fallback=|| view! { <p>{t("common.loading_short")}</p> }>{content}</Transition>
            </div>
        </section>
    }
}

#[component]
pub fn AllPanel(version: RwSignal<u32>) -> impl IntoView {
    let shown = RwSignal::new(false);
    let messages = inbox(move || shown.get().then_some(None), &[], version);
    let content = move || {
        let result = messages.get().flatten()?;
        Some(match result {
            Err(e) => error_view(e).into_any(),
            Ok(list) => {
                let empty = list.is_empty();
                let rows = list
                    .into_iter()
                    .map(|m| {
                        let m = m.message;
                        let state = if m.delivered_at.is_some() {
                            t("simulator.all.delivered")
                        } else {
                            t("simulator.all.pending")
                        };
                        view! {
                            <tr data-testid="sim-all-item">
                                <td>{channel_label(m.channel)}</td>
                                <td class="wrap" translate="no">{m.recipient}</td>
                                <td class="wrap">{m.subject}</td>
                                <td>{rome_datetime(m.sent_at)}</td>
                                <td>{state}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <div>
                        {empty.then(|| view! { <p>{t("simulator.none")}</p> })}
                        <div class="table-scroll" tabindex="0" role="region" aria-label=t("simulator.all.table")>
                            <table class="sim-table">
                                <thead>
                                    <tr>
                                        <th scope="col">{t("simulator.all.channel")}</th>
                                        <th scope="col">{t("simulator.all.recipient")}</th>
                                        <th scope="col">{t("simulator.all.subject")}</th>
                                        <th scope="col">{t("simulator.all.sent")}</th>
                                        <th scope="col">{t("simulator.all.state")}</th>
                                    </tr>
                                </thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </div>
                    </div>
                }
                .into_any()
            }
        })
    };
    view! {
        <section class="sim-panel sim-all" aria-labelledby="sim-all-title">
            <h2 id="sim-all-title">{t("simulator.all.title")}</h2>
            <button type="button" class="btn btn-outline-primary" data-testid="sim-all-show"
                on:click=move |_| {
                    if shown.get_untracked() {
                        version.update(|v| *v = v.wrapping_add(1));
                    } else {
                        shown.set(true);
                    }
                }>
                {move || if shown.get() { t("simulator.refresh") } else { t("simulator.all.show") }}
            </button>
            <div aria-live="polite">
                <Transition fallback=|| view! { <p>{t("common.loading_short")}</p> }>{content}</Transition>
            </div>
        </section>
    }
}
