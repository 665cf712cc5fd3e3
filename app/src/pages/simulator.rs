//! `/simulatore`: the simulated clock and the inboxes a person reads (phone,
//! e-mail/PEC, letterbox, contact-center callbacks), plus a generator of
//! synthetic registry citizens for trainers.
//!
//! Test ids: sim-clock-now, sim-advance-hour, sim-advance-day, sim-advance-week,
//! sim-clock-input, sim-clock-set, sim-clock-status; sim-new-citizen,
//! sim-citizen (sim-citizen-cf, sim-citizen-name, sim-citizen-birth,
//! sim-citizen-residence, sim-citizen-ts, sim-citizen-letterbox);
//! sim-phone-input, sim-phone-open, sim-sms-item, sim-phone-call;
//! sim-mail-input, sim-mail-open, sim-mail-item, sim-mail-message,
//! sim-mail-close; sim-post-input, sim-post-open, sim-letter,
//! sim-letter-pending; sim-call-item; sim-all-show, sim-all-item;
//! sim-secret (the PIN part or code inside a message body), sim-error.

use chrono::{DateTime, Duration, NaiveDateTime, TimeZone, Utc};
use domain::api::{ApiError, Channel, Citizen, ClockUpdate, ErrorCode};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::api::{self, SimMessage};
use crate::i18n::{t, tf};
use crate::sim::{format_rome, rome_time, use_sim};

/// `GG/MM/AAAA` of an instant, in Italian time.
fn date_it(at: DateTime<Utc>) -> String {
    rome_time(at).format("%d/%m/%Y").to_string()
}

/// The UTC instant of an Italian wall-clock time (CET/CEST).
fn rome_to_utc(local: NaiveDateTime) -> DateTime<Utc> {
    for offset in [2, 1] {
        let candidate = Utc.from_utc_datetime(&(local - Duration::hours(offset)));
        if rome_time(candidate) == local {
            return candidate;
        }
    }
    Utc.from_utc_datetime(&(local - Duration::hours(1)))
}

/// "In programma" for a queued callback, "Effettuata il ..." once made.
fn call_state(delivered_at: Option<DateTime<Utc>>) -> String {
    match delivered_at {
        Some(at) => tf("sim.calls.done", &[("when", &format_rome(at))]),
        None => t("sim.calls.queued").to_string(),
    }
}

fn channel_label(c: Channel) -> &'static str {
    match c {
        Channel::Sms => t("sim.channel.sms"),
        Channel::Email => t("sim.channel.email"),
        Channel::Pec => t("sim.channel.pec"),
        Channel::Post => t("sim.channel.post"),
        Channel::Call => t("sim.channel.call"),
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
fn body_view(body: String, secret: Option<String>) -> impl IntoView {
    let paragraphs = body
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| paragraph_view(p.to_string(), secret.as_deref()))
        .collect_view();
    view! { <div class="msg-body">{paragraphs}</div> }
}

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

fn error_view(e: ApiError) -> impl IntoView {
    let text = if e.code == ErrorCode::Network {
        t("sim.unavailable").to_string()
    } else {
        tf("sim.error", &[("message", &e.message)])
    };
    view! { <p class="alert alert-danger" role="alert" data-testid="sim-error">{text}</p> }
}

#[component]
pub fn Simulator() -> impl IntoView {
    crate::pages::login::adopt_css("simulator", SIM_CSS);
    // Bumped after every change made here, so that inboxes refetch at once.
    let version = RwSignal::new(0u32);
    let letterbox = RwSignal::new(String::new());
    view! {
        <section class="page page-sim" aria-labelledby="sim-title">
            <h1 id="sim-title">{t("sim.title")}</h1>
            <p>{t("sim.intro")}</p>
            <div class="sim-grid">
                <ClockPanel version=version />
                <CitizenPanel letterbox=letterbox />
                <PhonePanel version=version />
                <MailPanel version=version />
                <PostPanel version=version recipient=letterbox />
                <CallsPanel version=version />
                <AllPanel version=version />
            </div>
        </section>
    }
}

// ---------------------------------------------------------------- clock

#[component]
fn ClockPanel(version: RwSignal<u32>) -> impl IntoView {
    let sim = use_sim();
    let input = RwSignal::new(String::new());
    let input_error = RwSignal::new(None::<&'static str>);
    let change = Action::new_local(|u: &ClockUpdate| {
        let u = u.clone();
        async move { api::sim_set_clock(&u).await }
    });
    let status = RwSignal::new(None::<Result<String, ApiError>>);
    Effect::new(move |_| {
        if let Some(result) = change.value().get() {
            match result {
                Ok(clock) => {
                    sim.now.set(Some(clock.now));
                    input.set(rome_time(clock.now).format("%Y-%m-%dT%H:%M").to_string());
                    sim.bump();
                    version.update(|v| *v = v.wrapping_add(1));
                    status.set(Some(Ok(tf(
                        "sim.clock.updated",
                        &[("now", &format_rome(clock.now))],
                    ))));
                }
                Err(e) => status.set(Some(Err(e))),
            }
        }
    });
    // Pre-fill the "Imposta" field with the current simulated time.
    Effect::new(move |_| {
        if let Some(now) = sim.now.get() {
            if input.get_untracked().is_empty() {
                input.set(rome_time(now).format("%Y-%m-%dT%H:%M").to_string());
            }
        }
    });
    let pending = change.pending();
    let advance = move |seconds: i64| {
        change.dispatch(ClockUpdate {
            advance_seconds: Some(seconds),
            set: None,
        });
    };
    let on_set = move |ev: SubmitEvent| {
        ev.prevent_default();
        let raw = input.get_untracked();
        let parsed = NaiveDateTime::parse_from_str(&raw, "%Y-%m-%dT%H:%M")
            .or_else(|_| NaiveDateTime::parse_from_str(&raw, "%Y-%m-%dT%H:%M:%S"));
        match parsed {
            Ok(local) => {
                input_error.set(None);
                change.dispatch(ClockUpdate {
                    advance_seconds: None,
                    set: Some(rome_to_utc(local)),
                });
            }
            Err(_) => input_error.set(Some(t("sim.clock.set_invalid"))),
        }
    };

    view! {
        <section class="sim-panel sim-clock" aria-labelledby="sim-clock-title">
            <h2 id="sim-clock-title">{t("sim.clock.title")}</h2>
            <p class="sim-clock-now">
                <span class="sim-label">{t("sim.clock.now")} ": "</span>
                <strong data-testid="sim-clock-now">
                    {move || sim.now.get().map(format_rome).unwrap_or_else(|| "—".to_string())}
                </strong>
            </p>
            <div class="sim-buttons" role="group" aria-label=t("sim.clock.advance")>
                <button type="button" class="btn btn-outline-primary" data-testid="sim-advance-hour"
                    disabled=move || pending.get() on:click=move |_| advance(3600)>
                    {t("sim.clock.hour")}
                </button>
                <button type="button" class="btn btn-outline-primary" data-testid="sim-advance-day"
                    disabled=move || pending.get() on:click=move |_| advance(86_400)>
                    {t("sim.clock.day")}
                </button>
                <button type="button" class="btn btn-outline-primary" data-testid="sim-advance-week"
                    disabled=move || pending.get() on:click=move |_| advance(7 * 86_400)>
                    {t("sim.clock.week")}
                </button>
            </div>
            <form class="sim-inline-form" on:submit=on_set novalidate=true>
                <div class="field">
                    <label for="sim-clock-input">{t("sim.clock.set_label")}</label>
                    <input
                        id="sim-clock-input"
                        class="form-control"
                        type="datetime-local"
                        data-testid="sim-clock-input"
                        aria-invalid=move || input_error.get().is_some().to_string()
                        aria-describedby=move || input_error.get().map(|_| "sim-clock-input-error")
                        bind:value=input
                    />
                </div>
                <button type="submit" class="btn btn-primary" data-testid="sim-clock-set"
                    disabled=move || pending.get()>
                    {t("sim.clock.set")}
                </button>
            </form>
            <div aria-live="polite" aria-atomic="true">
                {move || input_error.get().map(|m| view! {
                    <p class="field-error" id="sim-clock-input-error">{m}</p>
                })}
                {move || status.get().map(|s| match s {
                    Ok(text) => view! {
                        <p class="sim-status" data-testid="sim-clock-status">{text}</p>
                    }.into_any(),
                    Err(e) => error_view(e).into_any(),
                })}
            </div>
        </section>
    }
}

// ---------------------------------------------------------------- citizens

#[component]
fn CitizenPanel(letterbox: RwSignal<String>) -> impl IntoView {
    let create = Action::new_local(|_: &()| api::sim_new_citizen());
    let citizens = RwSignal::new(Vec::<Citizen>::new());
    let error = RwSignal::new(None::<ApiError>);
    Effect::new(move |_| match create.value().get() {
        Some(Ok(c)) => {
            error.set(None);
            citizens.update(|list| {
                if !list.iter().any(|x| x.codice_fiscale == c.codice_fiscale) {
                    list.insert(0, c);
                }
            });
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    let pending = create.pending();
    view! {
        <section class="sim-panel sim-citizens" aria-labelledby="sim-citizen-title">
            <h2 id="sim-citizen-title">{t("sim.citizen.title")}</h2>
            <p>{t("sim.citizen.intro")}</p>
            <button type="button" class="btn btn-primary" data-testid="sim-new-citizen"
                disabled=move || pending.get()
                on:click=move |_| {
                    create.dispatch(());
                }>
                {t("sim.citizen.new")}
            </button>
            <div aria-live="polite">
                {move || error.get().map(error_view)}
                <For
                    each=move || citizens.get()
                    key=|c| c.codice_fiscale.clone()
                    children=move |c| view! { <CitizenCard c=c letterbox=letterbox /> }
                />
            </div>
        </section>
    }
}

#[component]
fn CitizenCard(c: Citizen, letterbox: RwSignal<String>) -> impl IntoView {
    let r = &c.residence;
    let residence = format!(
        "{} {}, {} {} ({})",
        r.address, r.civic, r.cap, r.comune, r.province
    );
    let ts = format!(
        "{} — {}",
        c.tessera_sanitaria.number,
        tf(
            "sim.citizen.ts_expiry",
            &[(
                "date",
                &c.tessera_sanitaria.expiry.format("%d/%m/%Y").to_string()
            )]
        )
    );
    let cf = c.codice_fiscale.clone();
    let sex = match c.sex {
        domain::api::Sex::M => "M",
        domain::api::Sex::F => "F",
    };
    view! {
        <div class="citizen-card" data-testid="sim-citizen">
            <dl>
                <div><dt>{t("sim.citizen.cf")}</dt>
                    <dd data-testid="sim-citizen-cf" translate="no">{c.codice_fiscale.clone()}</dd></div>
                <div><dt>{t("sim.citizen.name")}</dt>
                    <dd data-testid="sim-citizen-name">{format!("{} {}", c.surname, c.name)}</dd></div>
                <div><dt>{t("sim.citizen.sex")}</dt><dd data-testid="sim-citizen-sex">{sex}</dd></div>
                <div><dt>{t("sim.citizen.birth")}</dt>
                    <dd data-testid="sim-citizen-birth">{c.birth_date.format("%d/%m/%Y").to_string()}</dd></div>
                <div><dt>{t("sim.citizen.birthplace")}</dt>
                    <dd data-testid="sim-citizen-birthplace">{c.birthplace_code.clone()}</dd></div>
                <div><dt>{t("sim.citizen.residence")}</dt>
                    <dd data-testid="sim-citizen-residence">{residence}</dd></div>
                <div><dt>{t("sim.citizen.ts")}</dt><dd data-testid="sim-citizen-ts">{ts}</dd></div>
            </dl>
            <button type="button" class="btn btn-outline-primary" data-testid="sim-citizen-letterbox"
                on:click=move |_| letterbox.set(cf.clone())>
                {t("sim.citizen.letterbox")}
            </button>
        </div>
    }
}

// ---------------------------------------------------------------- inbox plumbing

/// A recipient form: a labelled input and an "Apri" button; the submitted
/// value goes into `submitted`.
#[component]
fn RecipientForm(
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
                {t("sim.open")}
            </button>
        </form>
    }
}

/// Messages for `recipient` (every recipient when `None`) on `channels`
/// (every channel when empty), refetched when the simulated clock or
/// `version` changes. Each panel is one device or place, so the filtering by
/// channel lives here once rather than in every panel.
fn inbox(
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
                Some(r) => Some(api::sim_messages(r.as_deref()).await.map(|list| {
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
fn PhonePanel(version: RwSignal<u32>) -> impl IntoView {
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
                        let when = format_rome(m.delivered_at.unwrap_or(m.sent_at));
                        if m.channel == Channel::Call {
                            view! {
                                <li class="phone-call" data-testid="sim-phone-call">
                                    <span class="phone-call-icon" aria-hidden="true">"☎"</span>
                                    <div>
                                        <p class="phone-call-title">{t("sim.phone.call")}</p>
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
                            <span class="phone-sender">{t("sim.phone.sender")}</span>
                            <span class="phone-number">
                                {tf("sim.phone.inbox", &[("number", &number.get_untracked())])}
                            </span>
                        </div>
                        {empty.then(|| view! { <p class="phone-empty">{t("sim.phone.none")}</p> })}
                        <ul class="phone-messages">{items}</ul>
                    </div>
                }
                .into_any()
            }
        })
    };
    view! {
        <section class="sim-panel" aria-labelledby="sim-phone-title">
            <h2 id="sim-phone-title">{t("sim.phone.title")}</h2>
            <RecipientForm id="sim-phone-input" label=t("sim.phone.label") hint=t("sim.phone.hint")
                input_type="tel" submitted=number />
            <div aria-live="polite">
                <Transition fallback=|| view! { <p>{t("sim.loading")}</p> }>{content}</Transition>
            </div>
        </section>
    }
}

// ---------------------------------------------------------------- e-mail / PEC

#[component]
fn MailPanel(version: RwSignal<u32>) -> impl IntoView {
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
                    .map(|m| {
                        let id = m.id.clone();
                        let id_toggle = m.id.clone();
                        let is_open = move || open.get().as_deref() == Some(id.as_str());
                        let is_pec = m.channel == Channel::Pec;
                        let from = if is_pec { t("sim.mail.from_pec") } else { t("sim.mail.from_email") };
                        let panel_id = format!("mail-{}", m.id);
                        let when = format_rome(m.delivered_at.unwrap_or(m.sent_at));
                        let subject = m.subject.clone();
                        let body = m.body.clone();
                        let secret = m.secret.clone();
                        let is_open2 = is_open.clone();
                        let is_open3 = is_open.clone();
                        view! {
                            <li class="mail-item" class:mail-open=is_open3>
                                <button
                                    type="button"
                                    class="mail-row"
                                    data-testid="sim-mail-item"
                                    aria-expanded=move || is_open().to_string()
                                    aria-controls=panel_id.clone()
                                    on:click=move |_| {
                                        let id = id_toggle.clone();
                                        open.update(|o| {
                                            *o = if o.as_deref() == Some(id.as_str()) { None } else { Some(id) };
                                        });
                                    }
                                >
                                    {is_pec.then(|| view! {
                                        <span class="badge">{t("sim.mail.pec_badge")}</span>
                                    })}
                                    <span class="mail-from">{from}</span>
                                    <span class="mail-subject">{m.subject.clone()}</span>
                                    <span class="msg-time">{when.clone()}</span>
                                </button>
                                <div id=panel_id.clone() hidden=move || !is_open2()>
                                    <article class="mail-message" data-testid="sim-mail-message">
                                        <dl class="mail-head">
                                            <div><dt>{t("sim.mail.from")}</dt><dd>{from}</dd></div>
                                            <div><dt>{t("sim.mail.date")}</dt><dd>{when}</dd></div>
                                            <div><dt>{t("sim.mail.subject")}</dt><dd>{subject}</dd></div>
                                        </dl>
                                        {body_view(body, secret)}
                                    </article>
                                </div>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="mailbox" data-testid="sim-mailbox">
                        <p class="mailbox-title">
                            {tf("sim.mail.inbox", &[("address", &address.get_untracked())])}
                        </p>
                        {empty.then(|| view! { <p>{t("sim.mail.none")}</p> })}
                        <ul class="mail-list">{items}</ul>
                    </div>
                }
                .into_any()
            }
        })
    };
    view! {
        <section class="sim-panel" aria-labelledby="sim-mail-title">
            <h2 id="sim-mail-title">{t("sim.mail.title")}</h2>
            <RecipientForm id="sim-mail-input" label=t("sim.mail.label") input_type="email" submitted=address />
            <div aria-live="polite">
                <Transition fallback=|| view! { <p>{t("sim.loading")}</p> }>{content}</Transition>
            </div>
        </section>
    }
}

// ---------------------------------------------------------------- post

#[component]
fn PostPanel(version: RwSignal<u32>, recipient: RwSignal<String>) -> impl IntoView {
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
                        {empty.then(|| view! { <p>{t("sim.post.none")}</p> })}
                        <ul class="letters">{items}</ul>
                    </div>
                }
                .into_any()
            }
        })
    };
    view! {
        <section class="sim-panel sim-post" aria-labelledby="sim-post-title">
            <h2 id="sim-post-title">{t("sim.post.title")}</h2>
            <RecipientForm id="sim-post-input" label=t("sim.post.label") hint=t("sim.post.hint")
                submitted=recipient />
            <div aria-live="polite">
                <Transition fallback=|| view! { <p>{t("sim.loading")}</p> }>{content}</Transition>
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
                Some(at) => tf("sim.post.in_transit", &[("date", &date_it(at))]),
                None => t("sim.post.in_transit_unknown").to_string(),
            };
            view! {
                <li class="envelope" data-testid="sim-letter-pending">
                    <span class="envelope-icon" aria-hidden="true">"✉"</span>
                    <div>
                        <p class="envelope-from">{t("sim.post.letterhead")} " — " {m.subject}</p>
                        <p class="envelope-state">{text}</p>
                        <p class="msg-time">
                            {tf("sim.post.sent", &[("date", &date_it(m.sent_at))])}
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
                        {t("sim.post.to")} "\n"
                        <strong translate="no">{m.recipient.clone()}</strong>
                    </address>
                }
                .into_any(),
            };
            view! {
                <li>
                    <article class="letter" data-testid="sim-letter" aria-label=m.subject.clone()>
                        <header class="letterhead">
                            <span class="letterhead-logo">{t("sim.post.letterhead")}</span>
                            <span class="letterhead-text">
                                <span>{t("sim.post.letterhead_full")}</span>
                                <span class="letterhead-office">
                                    {t("sim.post.letterhead_office")}
                                </span>
                            </span>
                        </header>
                        <p class="letter-date">
                            {tf("sim.post.date", &[("date", &date_it(m.sent_at))])}
                        </p>
                        {address}
                        <div class="letter-body">{body_view(text, m.secret)}</div>
                        <footer class="letter-foot">
                            {tf("sim.post.delivered", &[("date", &date_it(delivered))])}
                        </footer>
                    </article>
                </li>
            }
            .into_any()
        }
    }
}

// ---------------------------------------------------------------- calls and all messages

#[component]
fn CallsPanel(version: RwSignal<u32>) -> impl IntoView {
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
                                <p>{tf("sim.calls.to", &[("number", &m.recipient)])}</p>
                                {body_view(m.body, m.secret)}
                                <p class="msg-time">{call_state(m.delivered_at)}</p>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div>
                        {empty.then(|| view! { <p>{t("sim.calls.none")}</p> })}
                        <ul class="calls">{items}</ul>
                    </div>
                }
                .into_any()
            }
        })
    };
    view! {
        <section class="sim-panel" aria-labelledby="sim-calls-title">
            <h2 id="sim-calls-title">{t("sim.calls.title")}</h2>
            <p>{t("sim.calls.intro")}</p>
            <button type="button" class="btn btn-outline-primary" data-testid="sim-calls-refresh"
                on:click=move |_| version.update(|v| *v = v.wrapping_add(1))>
                {t("sim.refresh")}
            </button>
            <div aria-live="polite">
                <Transition fallback=|| view! { <p>{t("sim.loading")}</p> }>{content}</Transition>
            </div>
        </section>
    }
}

#[component]
fn AllPanel(version: RwSignal<u32>) -> impl IntoView {
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
                            t("sim.all.delivered")
                        } else {
                            t("sim.all.pending")
                        };
                        view! {
                            <tr data-testid="sim-all-item">
                                <td>{channel_label(m.channel)}</td>
                                <td class="wrap" translate="no">{m.recipient}</td>
                                <td class="wrap">{m.subject}</td>
                                <td>{format_rome(m.sent_at)}</td>
                                <td>{state}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <div>
                        {empty.then(|| view! { <p>{t("sim.none")}</p> })}
                        <div class="table-scroll" tabindex="0" role="region" aria-label=t("sim.all.table")>
                            <table class="sim-table">
                                <thead>
                                    <tr>
                                        <th scope="col">{t("sim.all.channel")}</th>
                                        <th scope="col">{t("sim.all.recipient")}</th>
                                        <th scope="col">{t("sim.all.subject")}</th>
                                        <th scope="col">{t("sim.all.sent")}</th>
                                        <th scope="col">{t("sim.all.state")}</th>
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
            <h2 id="sim-all-title">{t("sim.all.title")}</h2>
            <button type="button" class="btn btn-outline-primary" data-testid="sim-all-show"
                on:click=move |_| {
                    if shown.get_untracked() {
                        version.update(|v| *v = v.wrapping_add(1));
                    } else {
                        shown.set(true);
                    }
                }>
                {move || if shown.get() { t("sim.refresh") } else { t("sim.all.show") }}
            </button>
            <div aria-live="polite">
                <Transition fallback=|| view! { <p>{t("sim.loading")}</p> }>{content}</Transition>
            </div>
        </section>
    }
}

const SIM_CSS: &str = "
.page-sim .sim-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,26rem),1fr));gap:1rem;align-items:start}
.page-sim .sim-panel{min-width:0;padding:1rem;border:1px solid #c5c7c9;border-radius:4px;background:#fff}
.page-sim .sim-panel h2{margin-top:0;font-size:1.2rem}
.page-sim .sim-all{grid-column:1/-1}
.page-sim .sim-buttons{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0}
.page-sim .sim-inline-form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;margin:.5rem 0}
.page-sim .sim-inline-form .field{flex:1 1 12rem;margin:0}
.page-sim .sim-inline-form input{width:100%;box-sizing:border-box}
.page-sim .msg-body p{margin:0 0 .6rem;white-space:pre-wrap;overflow-wrap:anywhere}
.page-sim .msg-body p:last-child{margin-bottom:0}
.page-sim .msg-secret{font-family:ui-monospace,Menlo,Consolas,monospace;background:#fff3c4;padding:0 .2em;letter-spacing:.05em}
.page-sim .msg-time{margin:.25rem 0 0;font-size:.85rem;color:#4a5a6a}
.page-sim .citizen-card{margin-top:.75rem;padding:.75rem;border:1px dashed #5c6f82;border-radius:4px;background:#f7f9fb}
.page-sim .citizen-card dl,.page-sim .mail-head{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:.4rem;margin:0}
.page-sim dt{font-size:.85rem;color:#4a5a6a}
.page-sim dd{margin:0;font-weight:600;overflow-wrap:anywhere}
.page-sim .phone{max-width:22rem;margin:.75rem auto 0;border:10px solid #1c2833;border-radius:26px;background:#eef1f4;overflow:hidden}
.page-sim .phone-top{display:flex;flex-direction:column;padding:.5rem .75rem;background:#1c2833;color:#fff;text-align:center}
.page-sim .phone-sender{font-weight:700}
.page-sim .phone-number{font-size:.85rem}
.page-sim .phone-empty{padding:0 .75rem}
.page-sim .phone-messages{list-style:none;margin:0;padding:.75rem;display:flex;flex-direction:column;gap:.6rem}
.page-sim .bubble{align-self:flex-start;max-width:88%;padding:.5rem .75rem;border-radius:14px 14px 14px 4px;background:#fff;box-shadow:0 1px 1px rgba(0,0,0,.15)}
.page-sim .phone-call{display:flex;gap:.5rem;padding:.5rem .75rem;border-radius:10px;background:#dff0e8}
.page-sim .phone-call p{margin:0}
.page-sim .phone-call-title{font-weight:700}
.page-sim .mail-list,.page-sim .letters,.page-sim .calls{list-style:none;margin:.5rem 0 0;padding:0}
.page-sim .mail-item{border-top:1px solid #d9dadb}
.page-sim .mail-row{display:flex;flex-wrap:wrap;gap:.25rem .75rem;width:100%;min-height:44px;padding:.5rem;border:0;background:none;font:inherit;text-align:left;cursor:pointer;color:inherit}
.page-sim .mail-row:hover{background:#f2f7fc}
.page-sim .mail-row:focus-visible{outline:3px solid #003366;outline-offset:-3px}
.page-sim .mail-from{font-weight:700}
.page-sim .mail-subject{flex:1 1 100%}
.page-sim .mail-message{margin:0 .5rem .75rem;padding:.75rem;border:1px solid #d9dadb;background:#fafbfc}
.page-sim .badge{display:inline-block;padding:0 .4em;border-radius:3px;background:#003366;color:#fff;font-size:.8rem;font-weight:700}
.page-sim .envelope{display:flex;gap:.75rem;align-items:flex-start;margin:.5rem 0;padding:.75rem;border:1px solid #c9a227;border-radius:4px;background:#fdf8e6}
.page-sim .envelope p{margin:0}
.page-sim .envelope-icon{font-size:1.6rem;line-height:1}
.page-sim .envelope-state{font-weight:700}
.page-sim .letter{margin:.75rem 0;padding:1.25rem 1.25rem 1rem;background:#fffef9;border:1px solid #c5c7c9;box-shadow:0 2px 6px rgba(0,0,0,.15);font-family:Georgia,'Times New Roman',serif;color:#1a1a1a}
.page-sim .letterhead{display:flex;gap:.75rem;align-items:center;padding-bottom:.6rem;border-bottom:2px solid #0066cc}
.page-sim .letterhead-logo{padding:.15rem .5rem;background:#0066cc;color:#fff;font:700 1.4rem/1.2 'Titillium Web',Arial,sans-serif;letter-spacing:.05em}
.page-sim .letterhead-text{display:flex;flex-direction:column;font-family:Arial,sans-serif;font-size:.85rem;color:#003366}
.page-sim .letterhead-office{color:#4a5a6a}
.page-sim .letter-date{text-align:right;margin:.75rem 0}
.page-sim .letter-address{margin:0 0 1rem auto;width:max-content;max-width:100%;font-style:normal;white-space:pre-line;overflow-wrap:anywhere}
.page-sim .letter-foot{margin-top:1rem;padding-top:.4rem;border-top:1px dotted #999;font-family:Arial,sans-serif;font-size:.85rem;color:#4a5a6a}
.page-sim .call-item{margin:.5rem 0;padding:.6rem .75rem;border-left:4px solid #008055;background:#eef7f2}
.page-sim .call-item p{margin:0 0 .2rem}
.page-sim .table-scroll{overflow-x:auto}
.page-sim .sim-table{width:100%;border-collapse:collapse;font-size:.9rem}
.page-sim .sim-table th,.page-sim .sim-table td{padding:.35rem .5rem;border-bottom:1px solid #d9dadb;text-align:left;vertical-align:top}
.page-sim .sim-table td.wrap{overflow-wrap:anywhere}
";
