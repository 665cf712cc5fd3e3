//! The inboxes: the plumbing every device shares (a recipient form, the
//! messages of a recipient on some channels, a message body with its secret
//! emphasised), the phone (SMS and calls) and the mailbox (e-mail and PEC).

use crate::format::rome_datetime;
use chrono::{DateTime, Utc};
use domain::api::{ApiError, Channel, Message, RelayState, RelayStatus};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::error_view;
use crate::api::{self, simulator::SimMessage};
use crate::i18n::{t, tf};
use crate::sim::use_sim;

/// "In programma" for a queued callback, "Effettuata il ..." once made.
pub(super) fn call_state(delivered_at: Option<DateTime<Utc>>) -> String {
    match delivered_at {
        Some(at) => tf("simulator.calls.done", &[("when", &rome_datetime(at))]),
        None => t("simulator.calls.queued").to_string(),
    }
}

/// One paragraph of a message; the PIN part or code it carries is
/// emphasised (and findable by tests as `sim-secret`).
fn paragraph_view(text: String, secret: Option<&str>) -> AnyView {
    let split = secret.filter(|s| !s.is_empty()).and_then(|s| {
        text.find(s).map(|i| {
            let (before, rest) = text.split_at(i);
            (
                before.to_string(),
                s.to_string(),
                rest[s.len()..].to_string(),
            )
        })
    });
    match split {
        Some((before, secret, after)) => view! {
            <p>
                {before}
                <strong class="msg-secret" data-testid="sim-secret" translate="no">{secret}</strong>
                {after}
            </p>
        }
        .into_any(),
        None => view! { <p>{text}</p> }.into_any(),
    }
}

/// A message body as the person sees it: paragraphs split on blank lines,
/// line breaks kept.
pub(super) fn body_view(body: String, secret: Option<String>) -> impl IntoView {
    let paragraphs = body
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| paragraph_view(p.to_string(), secret.as_deref()))
        .collect_view();
    view! { <div class="msg-body">{paragraphs}</div> }
}

/// The channel's name ("SMS", "E-mail", "PEC", "Posta", "Chiamata").
pub(super) fn channel_label(c: Channel) -> &'static str {
    match c {
        Channel::Sms => t("simulator.channel.sms"),
        Channel::Email => t("simulator.channel.email"),
        Channel::Pec => t("simulator.channel.pec"),
        Channel::Post => t("simulator.channel.post"),
        Channel::Call => t("simulator.channel.call"),
    }
}

/// The channel as a stable word for `data-channel` (tests, styles).
pub(super) fn channel_slug(c: Channel) -> &'static str {
    match c {
        Channel::Sms => "sms",
        Channel::Email => "email",
        Channel::Pec => "pec",
        Channel::Post => "post",
        Channel::Call => "call",
    }
}

/// Who a message is from, as its recipient sees it.
fn sender(c: Channel) -> &'static str {
    match c {
        Channel::Pec => t("simulator.mail.from_pec"),
        Channel::Email => t("simulator.mail.from_email"),
        _ => t("simulator.phone.sender"),
    }
}

/// One message as a row of a list — the mailbox and "Tutti i messaggi"
/// share it: a button with the sender (or channel and recipient), subject
/// and time that opens the message below it (head and body, the secret
/// emphasised). `open` holds the id of the open row of the list.
#[component]
pub(super) fn MessageRow(
    m: Message,
    open: RwSignal<Option<String>>,
    /// data-testid of the row's button.
    testid: &'static str,
    /// Every-message view: the channel and the recipient instead of the sender.
    #[prop(optional)]
    with_recipient: bool,
) -> impl IntoView {
    let id = m.id.clone();
    let is_open = Memo::new(move |_| open.with(|o| o.as_deref() == Some(id.as_str())));
    let id_toggle = m.id.clone();
    let panel_id = format!("msg-{}", m.id);
    let from = sender(m.channel);
    let when = match m.delivered_at {
        Some(at) => rome_datetime(at),
        None if m.channel == Channel::Call => call_state(None),
        None => format!(
            "{} — {}",
            t("simulator.all.pending"),
            rome_datetime(m.sent_at)
        ),
    };
    let badge = (with_recipient || m.channel == Channel::Pec).then(|| {
        if with_recipient {
            channel_label(m.channel)
        } else {
            t("simulator.mail.pec_badge")
        }
    });
    let relay = m.relay.as_ref().map(relay_label);
    let recipient = m.recipient.clone();
    view! {
        <li class="mail-item" class:mail-open=move || is_open.get() data-channel=channel_slug(m.channel)>
            <button
                type="button"
                class="mail-row"
                data-testid=testid
                aria-expanded=move || is_open.get().to_string()
                aria-controls=panel_id.clone()
                on:click=move |_| {
                    let id = id_toggle.clone();
                    open.update(|o| {
                        *o = if o.as_deref() == Some(id.as_str()) { None } else { Some(id) };
                    });
                }
            >
                {badge.map(|b| view! { <span class="badge">{b}</span> })}
                {if with_recipient {
                    view! { <span class="mail-from" translate="no">{recipient.clone()}</span> }.into_any()
                } else {
                    view! { <span class="mail-from">{from}</span> }.into_any()
                }}
                <span class="mail-subject">{m.subject.clone()}</span>
                <span class="msg-time">{when.clone()}</span>
            </button>
            <div id=panel_id.clone() hidden=move || !is_open.get()>
                <article class="mail-message"
                    data-testid=if with_recipient { "sim-all-message" } else { "sim-mail-message" }>
                    <dl class="mail-head">
                        <div><dt>{t("simulator.mail.from")}</dt><dd>{from}</dd></div>
                        {with_recipient.then(|| view! {
                            <div><dt>{t("simulator.all.recipient")}</dt><dd translate="no">{recipient}</dd></div>
                        })}
                        <div><dt>{t("simulator.mail.date")}</dt><dd>{when}</dd></div>
                        <div><dt>{t("simulator.mail.subject")}</dt><dd>{m.subject}</dd></div>
                        {relay.map(|r| view! {
                            <div><dt>{t("simulator.mail.relay")}</dt><dd data-testid="sim-mail-relay">{r}</dd></div>
                        })}
                    </dl>
                    {body_view(m.body, m.secret)}
                </article>
            </div>
        </li>
    }
}

// ---------------------------------------------------------------- inbox plumbing

/// A recipient form: a labelled input and an "Apri" button; the submitted
/// value goes into `submitted`.
#[component]
pub(super) fn RecipientForm(
    id: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(default = "text")] input_type: &'static str,
    submitted: RwSignal<String>,
) -> impl IntoView {
    let value = RwSignal::new(submitted.get_untracked());
    // Follow outside changes (e.g. "Apri la sua cassetta postale").
    Effect::new(move |_| value.set(submitted.get()));
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        submitted.set(value.get_untracked().trim().to_string());
    };
    let hint_id = format!("{id}-hint");
    view! {
        <form class="sim-inline-form" on:submit=on_submit novalidate=true>
            <div class="field">
                <label for=id>{label}</label>
                <input
                    id=id
                    class="form-control"
                    type=input_type
                    data-testid=id
                    autocomplete="off"
                    aria-describedby=hint.map(|_| hint_id.clone())
                    bind:value=value
                />
                {hint.map(|h| view! { <p class="field-hint" id=hint_id.clone()>{h}</p> })}
            </div>
            <button type="submit" class="btn btn-primary" data-testid=format!("{}-open", id.trim_end_matches("-input"))>
                {t("simulator.open")}
            </button>
        </form>
    }
}

/// Messages for `recipient` (every recipient when `None`) on `channels`
/// (every channel when empty), refetched when the simulated clock or
/// `version` changes. Each panel is one device or place, so the filtering by
/// channel lives here once rather than in every panel.
pub(super) fn inbox(
    recipient: impl Fn() -> Option<Option<String>> + 'static,
    channels: &'static [Channel],
    version: RwSignal<u32>,
) -> LocalResource<Option<Result<Vec<SimMessage>, ApiError>>> {
    let sim = use_sim();
    LocalResource::new(move || {
        let r = recipient();
        version.track();
        sim.now.track();
        async move {
            match r {
                None => None,
                Some(r) => Some(api::simulator::messages(r.as_deref()).await.map(|list| {
                    list.into_iter()
                        .filter(|m| channels.is_empty() || channels.contains(&m.message.channel))
                        .collect()
                })),
            }
        }
    })
}

// ---------------------------------------------------------------- phone

#[component]
pub fn PhonePanel(version: RwSignal<u32>) -> impl IntoView {
    let number = RwSignal::new(String::new());
    let messages = inbox(
        move || Some(number.get()).filter(|n| !n.is_empty()).map(Some),
        &[Channel::Sms, Channel::Call],
        version,
    );
    let content = move || {
        let result = messages.get().flatten()?;
        Some(match result {
            Err(e) => error_view(e).into_any(),
            Ok(list) => {
                let empty = list.is_empty();
                // A phone shows the oldest message first, the newest at the bottom.
                let items = list
                    .into_iter()
                    .rev()
                    .map(|m| {
                        let m = m.message;
                        let when = rome_datetime(m.delivered_at.unwrap_or(m.sent_at));
                        if m.channel == Channel::Call {
                            view! {
                                <li class="phone-call" data-testid="sim-phone-call">
                                    <span class="phone-call-icon" aria-hidden="true">"☎"</span>
                                    <div>
                                        <p class="phone-call-title">{t("simulator.phone.call")}</p>
                                        <p class="phone-call-subject">{m.subject}</p>
                                        <p class="msg-time">{call_state(m.delivered_at)}</p>
                                    </div>
                                </li>
                            }
                            .into_any()
                        } else {
                            view! {
                                <li class="bubble" data-testid="sim-sms-item">
                                    {body_view(m.body, m.secret)}
                                    <p class="msg-time">{when}</p>
                                </li>
                            }
                            .into_any()
                        }
                    })
                    .collect_view();
                view! {
                    <div class="phone" data-testid="sim-phone">
                        <div class="phone-top">
                            <span class="phone-sender">{t("simulator.phone.sender")}</span>
                            <span class="phone-number">
                                {tf("simulator.phone.inbox", &[("number", &number.get_untracked())])}
                            </span>
                        </div>
                        {empty.then(|| view! { <p class="phone-empty">{t("simulator.phone.none")}</p> })}
                        <ul class="phone-messages">{items}</ul>
                    </div>
                }
                .into_any()
            }
        })
    };
    view! {
        <section class="sim-panel" aria-labelledby="sim-phone-title">
            <h2 id="sim-phone-title">{t("simulator.phone.title")}</h2>
            <RecipientForm id="sim-phone-input" label=t("simulator.phone.label") hint=t("simulator.phone.hint")
                input_type="tel" submitted=number />
            <div aria-live="polite">
                <Transition fallback=|| view! { <p>{t("common.loading_short")}</p> }>{content}</Transition>
            </div>
        </section>
    }
}

// ---------------------------------------------------------------- e-mail / PEC

#[component]
pub fn MailPanel(version: RwSignal<u32>) -> impl IntoView {
    let address = RwSignal::new(String::new());
    let open = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        address.track();
        open.set(None);
    });
    let messages = inbox(
        move || Some(address.get()).filter(|n| !n.is_empty()).map(Some),
        &[Channel::Email, Channel::Pec],
        version,
    );
    let content = move || {
        let result = messages.get().flatten()?;
        Some(match result {
            Err(e) => error_view(e).into_any(),
            Ok(list) => {
                let list: Vec<_> = list.into_iter().map(|m| m.message).collect();
                let empty = list.is_empty();
                let items = list
                    .into_iter()
                    .map(|m| view! { <MessageRow m=m open=open testid="sim-mail-item" /> })
                    .collect_view();
                view! {
                    <div class="mailbox" data-testid="sim-mailbox">
                        <p class="mailbox-title">
                            {tf("simulator.mail.inbox", &[("address", &address.get_untracked())])}
                        </p>
                        {empty.then(|| view! { <p>{t("simulator.mail.none")}</p> })}
                        <ul class="mail-list">{items}</ul>
                    </div>
                }
                .into_any()
            }
        })
    };
    view! {
        <section class="sim-panel" aria-labelledby="sim-mail-title">
            <h2 id="sim-mail-title">{t("simulator.mail.title")}</h2>
            <RecipientForm id="sim-mail-input" label=t("simulator.mail.label") input_type="email" submitted=address />
            <div aria-live="polite">
                <Transition fallback=|| view! { <p>{t("common.loading_short")}</p> }>{content}</Transition>
            </div>
        </section>
    }
}

/// Where the copy sent to a real SMTP server (`--smtp-url`) stands.
fn relay_label(r: &RelayStatus) -> String {
    let error = r.error.clone().unwrap_or_default();
    match r.status {
        RelayState::Sent => t("simulator.mail.relay_sent").to_owned(),
        RelayState::Pending if r.attempts == 0 => t("simulator.mail.relay_pending").to_owned(),
        RelayState::Pending => tf(
            "simulator.mail.relay_retrying",
            &[("attempts", &r.attempts.to_string()), ("error", &error)],
        ),
        RelayState::Failed => tf("simulator.mail.relay_failed", &[("error", &error)]),
    }
}
