//! The contact center's callbacks and the table of every message sent.

use domain::api::Channel;
use leptos::prelude::*;

use super::error_view;
use super::inbox::{body_view, call_state, channel_label, channel_slug, inbox, MessageRow};
use crate::i18n::{t, tf};

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

/// "Tutti i messaggi", as mail catchers show them: every message of every
/// channel, newest first, filtered by channel and recipient, refreshed by
/// itself every few seconds while open (and at once after a change made on
/// this page). Rows are keyed, so a refresh keeps the open message and the
/// focus where they are.
#[component]
pub fn AllPanel(version: RwSignal<u32>) -> impl IntoView {
    let shown = RwSignal::new(false);
    let tick = RwSignal::new(0u32);
    Effect::new(move |_| {
        version.track();
        tick.update(|v| *v = v.wrapping_add(1));
    });
    if let Ok(handle) = set_interval_with_handle(
        move || {
            if shown.get_untracked() {
                tick.update(|v| *v = v.wrapping_add(1));
            }
        },
        std::time::Duration::from_secs(LIVE_REFRESH_SECONDS),
    ) {
        on_cleanup(move || handle.clear());
    }
    let messages = inbox(move || shown.get().then_some(None), &[], tick);
    let channel = RwSignal::new(String::new());
    let who = RwSignal::new(String::new());
    let open = RwSignal::new(None::<String>);
    let loaded = Memo::new(move |_| {
        messages
            .get()
            .flatten()
            .map(|r| r.map(|l| l.into_iter().map(|m| m.message).collect::<Vec<_>>()))
    });
    let filtered = Memo::new(move |_| {
        let wanted = channel.get();
        let who = who.get().trim().to_lowercase();
        loaded
            .get()
            .and_then(|r| r.ok())
            .unwrap_or_default()
            .into_iter()
            .filter(|m| wanted.is_empty() || channel_slug(m.channel) == wanted)
            .filter(|m| who.is_empty() || m.recipient.to_lowercase().contains(&who))
            .collect::<Vec<_>>()
    });
    let error = move || loaded.get().and_then(|r| r.err()).map(error_view);
    let count = move || {
        let n = filtered.with(|l| l.len());
        let total = loaded.with(|l| {
            l.as_ref()
                .and_then(|r| r.as_ref().ok())
                .map_or(0, |l| l.len())
        });
        tf(
            "simulator.all.count",
            &[("n", &n.to_string()), ("total", &total.to_string())],
        )
    };
    let channels = [
        Channel::Sms,
        Channel::Email,
        Channel::Pec,
        Channel::Post,
        Channel::Call,
    ];
    view! {
        <section class="sim-panel sim-all" aria-labelledby="sim-all-title">
            <h2 id="sim-all-title">{t("simulator.all.title")}</h2>
            <p>{t("simulator.all.intro")}</p>
            <button type="button" class="btn btn-outline-primary" data-testid="sim-all-show"
                on:click=move |_| {
                    if shown.get_untracked() {
                        tick.update(|v| *v = v.wrapping_add(1));
                    } else {
                        shown.set(true);
                    }
                }>
                {move || if shown.get() { t("simulator.refresh") } else { t("simulator.all.show") }}
            </button>
            <Show when=move || shown.get()>
                <div class="sim-filters">
                    <div class="field">
                        <label for="sim-all-channel">{t("simulator.all.channel")}</label>
                        <select id="sim-all-channel" class="form-select" data-testid="sim-all-channel"
                            on:change=move |ev| channel.set(event_target_value(&ev))>
                            <option value="">{t("simulator.all.every_channel")}</option>
                            {channels.iter().map(|c| view! {
                                <option value=channel_slug(*c)>{channel_label(*c)}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="sim-all-recipient">{t("simulator.all.recipient_filter")}</label>
                        <input id="sim-all-recipient" class="form-control" type="search" autocomplete="off"
                            data-testid="sim-all-recipient" bind:value=who />
                    </div>
                </div>
                {error}
                <p class="sim-all-count" data-testid="sim-all-count">{count}</p>
                {move || (loaded.with(|l| l.is_some()) && filtered.with(|l| l.is_empty()))
                    .then(|| view! { <p data-testid="sim-all-empty">{t("simulator.none")}</p> })}
                <ul class="mail-list sim-all-list" data-testid="sim-all-list">
                    <For
                        each=move || filtered.get()
                        key=|m| (m.id.clone(), m.delivered_at)
                        children=move |m| view! { <MessageRow m=m open=open testid="sim-all-item" with_recipient=true /> }
                    />
                </ul>
            </Show>
        </section>
    }
}

/// How often "Tutti i messaggi" refreshes itself while open.
const LIVE_REFRESH_SECONDS: u64 = 5;
