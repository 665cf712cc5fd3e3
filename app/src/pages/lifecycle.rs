//! Credential lifecycle pages (issue 4): change PIN (expired or voluntary),
//! verify contacts and privacy notice (after first access), Attiva PIN,
//! Ripristina PIN, Revoca PIN, "Le tue attività", "I tuoi recapiti".
//!
//! Every form keeps what the user typed; each server error lands next to its
//! field (`field-error-<path>`), other errors in an alert.
//!
//! data-testid: change-pin-*, verify-*, privacy-*, activate-*, restore-*,
//! revoke-*, activity-*, contacts-* (see each component). Attiva, Ripristina
//! and Revoca: `<p>-next` (data → summary), `<p>-summary`, `<p>-summary-<field>`,
//! `procedure-summary-back`, `<p>-submit` (send), `<p>-code`, `<p>-confirm`.

use domain::api::{
    ActivateRequest, ActivityEntry, ApiError, ChangePinRequest, Channel, CodeConfirm, FieldError,
    Next, PinContacts, RestoreRequest, RevokeRequest,
};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::api;
use crate::components::alert::{Alert, AlertKind};
use crate::components::field::TextField;
use crate::components::stepper::Stepper;
use crate::i18n::{t, tf};

/// Where the app goes for each `next` of the API.
pub fn next_path(next: Next) -> &'static str {
    match next {
        Next::ChangePin => "/cambia-pin",
        Next::VerifyContacts => "/verifica-recapiti",
        Next::AcceptPrivacy => "/informativa-privacy",
        Next::Home => "/myinps",
    }
}

fn err_for(errors: RwSignal<Vec<FieldError>>, path: &'static str) -> Signal<Option<String>> {
    Signal::derive(move || {
        errors.with(|e| {
            e.iter()
                .find(|f| f.field == path)
                .map(|f| f.message.clone())
        })
    })
}

fn set(s: RwSignal<String>) -> Callback<String> {
    Callback::new(move |v| s.set(v))
}

fn opt(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// Splits an API error: field errors go to `errors`, the rest to `general`.
fn show_error(e: ApiError, errors: RwSignal<Vec<FieldError>>, general: RwSignal<Option<String>>) {
    if e.fields.is_empty() {
        general.set(Some(if e.needs_login() {
            t("life.need_login").to_owned()
        } else {
            e.message
        }));
        errors.set(Vec::new());
    } else {
        general.set(Some(t("life.check_fields").to_owned()));
        errors.set(e.fields);
    }
}

#[component]
fn GeneralError(msg: RwSignal<Option<String>>, testid: &'static str) -> impl IntoView {
    view! {
        <div aria-live="assertive">
            {move || msg.get().map(|m| view! {
                <div class="alert alert-danger" role="alert" data-testid=testid>
                    <p>{m}</p>
                </div>
            })}
        </div>
    }
}

fn channel_label(c: Option<Channel>) -> &'static str {
    match c {
        Some(Channel::Sms) => t("life.channel.sms"),
        Some(Channel::Email) => t("life.channel.email"),
        Some(Channel::Pec) => t("life.channel.pec"),
        Some(Channel::Post) => t("life.channel.post"),
        Some(Channel::Call) => t("life.channel.call"),
        None => "—",
    }
}

// ---------------------------------------------------------------- change PIN

/// `/cambia-pin` (`?motivo=scadenza` after a login with an expired PIN).
#[component]
pub fn ChangePin() -> impl IntoView {
    let query = use_query_map();
    let expired = move || query.with(|q| q.get("motivo").as_deref() == Some("scadenza"));
    let current = RwSignal::new(String::new());
    let new_pin = RwSignal::new(String::new());
    let confirm = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<(String, Next)>);
    let me = LocalResource::new(api::me);
    let action = Action::new_local(|req: &ChangePinRequest| {
        let req = req.clone();
        async move { api::change_pin(&req).await }
    });
    Effect::new(move |_| match action.value().get() {
        Some(Ok(r)) => {
            errors.set(Vec::new());
            general.set(None);
            let date = crate::sim::rome_time(r.pin_expires_at)
                .format("%d/%m/%Y")
                .to_string();
            done.set(Some((date, r.next)));
        }
        Some(Err(e)) => show_error(e, errors, general),
        None => {}
    });
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        general.set(None);
        let (c, n, k) = (
            current.get_untracked(),
            new_pin.get_untracked(),
            confirm.get_untracked(),
        );
        let mut local = Vec::new();
        if c.trim().is_empty() {
            local.push(FieldError::new(
                "current_pin",
                "REQUIRED",
                t("life.required"),
            ));
        }
        // The same rules as the server, checked at once in the browser.
        if let Some(Ok(me)) = me.get() {
            local.extend(domain::pin::validate_new_pin(
                &n,
                &me.codice_fiscale,
                &me.surname,
                &me.name,
            ));
        }
        if domain::pin::normalize(&n) != domain::pin::normalize(&k) {
            local.push(FieldError::new(
                "confirm_pin",
                "MISMATCH",
                t("life.change.mismatch"),
            ));
        }
        if !local.is_empty() {
            general.set(Some(t("life.check_fields").to_owned()));
            errors.set(local);
            return;
        }
        errors.set(Vec::new());
        action.dispatch(ChangePinRequest {
            current_pin: c,
            new_pin: n,
        });
    };
    view! {
        <section class="page page-lifecycle" aria-labelledby="change-pin-title">
            <h1 id="change-pin-title" data-testid="change-pin-title">{t("life.change.title")}</h1>
            <Show when=expired>
                <Alert kind=AlertKind::Warning testid="change-pin-expired">
                    <p>{t("life.change.expired")}</p>
                </Alert>
            </Show>
            <p>{t("life.change.intro")}</p>
            <ul class="rules" data-testid="change-pin-rules">
                <li>{t("life.change.rule1")}</li>
                <li>{t("life.change.rule2")}</li>
                <li>{t("life.change.rule3")}</li>
            </ul>
            <GeneralError msg=general testid="change-pin-error" />
            <Show
                when=move || done.get().is_none()
                fallback=move || {
                    let (date, next) = done.get().unwrap_or_else(|| (String::new(), Next::Home));
                    view! {
                        <Alert kind=AlertKind::Success testid="change-pin-done">
                            <p>{tf("life.change.done", &[("date", &date)])}</p>
                        </Alert>
                        <p>
                            <a class="btn btn-primary" href=next_path(next) data-testid="change-pin-continue">
                                {t("life.continue")}
                            </a>
                        </p>
                    }
                }
            >
                <form class="form" on:submit=on_submit novalidate=true>
                    <TextField path="current_pin" label=t("life.change.current") testid="change-pin-current"
                        value=current on_input=set(current) error=err_for(errors, "current_pin")
                        required=true input_type="password" autocomplete="current-password" />
                    <TextField path="new_pin" label=t("life.change.new") testid="change-pin-new"
                        value=new_pin on_input=set(new_pin) error=err_for(errors, "new_pin")
                        required=true input_type="password" autocomplete="new-password" maxlength=8
                        hint=t("life.change.new_hint") />
                    <TextField path="confirm_pin" label=t("life.change.confirm") testid="change-pin-confirm"
                        value=confirm on_input=set(confirm) error=err_for(errors, "confirm_pin")
                        required=true input_type="password" autocomplete="new-password" maxlength=8 />
                    <div class="actions">
                        <button type="submit" class="btn btn-primary" data-testid="change-pin-submit"
                            disabled=move || action.pending().get()>
                            {t("life.change.submit")}
                        </button>
                    </div>
                </form>
            </Show>
        </section>
    }
}

// ---------------------------------------------------------------- verify contacts

fn code_path(kind: &str) -> &'static str {
    match kind {
        "mobile" => "codes.mobile",
        "email" => "codes.email",
        _ => "codes.pec",
    }
}

fn code_testid(kind: &str) -> &'static str {
    match kind {
        "mobile" => "verify-code-mobile",
        "email" => "verify-code-email",
        _ => "verify-code-pec",
    }
}

fn contact_label(kind: &str) -> &'static str {
    match kind {
        "mobile" => t("life.verify.mobile"),
        "email" => t("life.verify.email"),
        _ => t("life.verify.pec"),
    }
}

/// `/verifica-recapiti`: one code per contact.
#[component]
pub fn VerifyContacts() -> impl IntoView {
    let navigate = use_navigate();
    let query = use_query_map();
    let after_change = move || query.with(|q| q.get("motivo").as_deref() == Some("recapiti"));
    let status = LocalResource::new(api::verify_contacts_status);
    let send = Action::new_local(|_: &()| api::send_verification_codes());
    let codes: [RwSignal<String>; 3] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(None::<String>);
    let sent_info = RwSignal::new(false);
    // Codes are sent at first access; if none is waiting (expired), send now.
    let auto_sent = StoredValue::new(false);
    Effect::new(move |_| {
        if let Some(Ok(s)) = status.get() {
            if !s.codes_sent && !s.verified && !auto_sent.get_value() {
                auto_sent.set_value(true);
                send.dispatch(());
            }
        }
    });
    Effect::new(move |_| {
        if let Some(r) = send.value().get() {
            match r {
                Ok(_) => sent_info.set(true),
                Err(e) => show_error(e, errors, general),
            }
        }
    });
    let verify = Action::new_local(|req: &domain::api::VerifyContactsRequest| {
        let req = req.clone();
        async move { api::verify_contacts(&req).await }
    });
    Effect::new(move |_| match verify.value().get() {
        Some(Ok(n)) => navigate(next_path(n.next), NavigateOptions::default()),
        Some(Err(e)) => show_error(e, errors, general),
        None => {}
    });
    let idx = |kind: &str| match kind {
        "mobile" => 0,
        "email" => 1,
        _ => 2,
    };
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        general.set(None);
        let mut req = domain::api::VerifyContactsRequest::default();
        if let Some(Ok(s)) = status.get_untracked() {
            for c in &s.contacts {
                req.codes
                    .insert(c.kind.clone(), codes[idx(&c.kind)].get_untracked());
            }
        }
        verify.dispatch(req);
    };
    view! {
        <section class="page page-lifecycle" aria-labelledby="verify-title">
            <h1 id="verify-title" data-testid="verify-title">{t("life.verify.title")}</h1>
            {move || if after_change() {
                view! {
                    <Alert kind=AlertKind::Info testid="verify-after-change">
                        <p>{t("life.verify.after_change")}</p>
                    </Alert>
                }.into_any()
            } else {
                view! { <p>{t("life.verify.intro")}</p> }.into_any()
            }}
            <GeneralError msg=general testid="verify-error" />
            <div aria-live="polite">
                <Show when=move || sent_info.get()>
                    <Alert kind=AlertKind::Info testid="verify-sent"><p>{t("life.verify.sent")}</p></Alert>
                </Show>
            </div>
            <Suspense fallback=|| view! { <p>{t("life.loading")}</p> }>
                {move || status.get().map(|r| match r {
                    Err(e) => view! {
                        <div class="alert alert-danger" role="alert" data-testid="verify-load-error">
                            <p>{if e.needs_login() { t("life.need_login").to_owned() } else { e.message }}</p>
                            <p><a href="/accedi">{t("life.go_login")}</a></p>
                        </div>
                    }.into_any(),
                    Ok(s) => {
                        let fields = s.contacts.into_iter().map(|c| {
                            let i = idx(&c.kind);
                            let label = contact_label(&c.kind);
                            view! {
                                <p class="contact-target">{label}": "<strong translate="no">{c.masked.clone()}</strong></p>
                                <TextField path=code_path(&c.kind) label=t("life.verify.code")
                                    testid=code_testid(&c.kind) value=codes[i] on_input=set(codes[i])
                                    error=err_for(errors, code_path(&c.kind)) required=true
                                    autocomplete="one-time-code" />
                            }
                        }).collect_view();
                        view! {
                            <form class="form" on:submit=on_submit novalidate=true>
                                {fields}
                                <div class="actions">
                                    <button type="submit" class="btn btn-primary" data-testid="verify-submit"
                                        disabled=move || verify.pending().get()>{t("life.verify.submit")}</button>
                                    " "
                                    <button type="button" class="btn btn-outline-primary" data-testid="verify-resend"
                                        disabled=move || send.pending().get()
                                        on:click=move |_| { send.dispatch(()); }>{t("life.verify.resend")}</button>
                                </div>
                            </form>
                        }.into_any()
                    }
                })}
            </Suspense>
        </section>
    }
}

// ---------------------------------------------------------------- privacy notice

/// `/informativa-privacy`: accept the notice in force.
#[component]
pub fn PrivacyNotice() -> impl IntoView {
    let navigate = use_navigate();
    let notice = LocalResource::new(api::privacy_notice);
    let read = RwSignal::new(false);
    let general = RwSignal::new(None::<String>);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let accept = Action::new_local(|v: &i64| {
        let v = *v;
        async move { api::accept_privacy(v).await }
    });
    Effect::new(move |_| match accept.value().get() {
        Some(Ok(n)) => navigate(next_path(n.next), NavigateOptions::default()),
        Some(Err(e)) => show_error(e, errors, general),
        None => {}
    });
    view! {
        <section class="page page-lifecycle" aria-labelledby="privacy-title">
            <Suspense fallback=|| view! { <p>{t("life.loading")}</p> }>
                {move || notice.get().map(|r| match r {
                    Err(e) => view! { <p class="alert alert-danger" role="alert">{e.message}</p> }.into_any(),
                    Ok(n) => {
                        let version = n.version;
                        view! {
                            <h1 id="privacy-title" data-testid="privacy-title">{n.title.clone()}</h1>
                            <div class="privacy-text" data-testid="privacy-text">
                                {n.text.split("\n\n").map(|p| view! { <p>{p.to_owned()}</p> }).collect_view()}
                            </div>
                            <GeneralError msg=general testid="privacy-error" />
                            <div class="checkbox">
                                <input id="privacy-read" type="checkbox" data-testid="privacy-read" bind:checked=read />
                                <label for="privacy-read">{t("life.privacy.read")}</label>
                            </div>
                            <div class="actions">
                                <button type="button" class="btn btn-primary" data-testid="privacy-accept"
                                    disabled=move || !read.get() || accept.pending().get()
                                    on:click=move |_| { accept.dispatch(version); }>
                                    {t("life.privacy.accept")}
                                </button>
                            </div>
                        }.into_any()
                    }
                })}
            </Suspense>
        </section>
    }
}

// ---------------------------------------------------------------- code-confirmed procedures

/// What differs between Attiva, Ripristina and Revoca.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Procedure {
    Activate,
    Restore,
    Revoke,
}

impl Procedure {
    fn prefix(self) -> &'static str {
        match self {
            Procedure::Activate => "activate",
            Procedure::Restore => "restore",
            Procedure::Revoke => "revoke",
        }
    }
}

/// Test id of a field of a procedure (`restore-cf`, `revoke-code`, ...).
fn fid(p: Procedure, field: &str) -> &'static str {
    match (p, field) {
        (Procedure::Activate, "cf") => "activate-cf",
        (Procedure::Activate, "ts-number") => "activate-ts-number",
        (Procedure::Activate, "ts-expiry") => "activate-ts-expiry",
        (Procedure::Activate, "first-half") => "activate-first-half",
        (Procedure::Activate, "mobile") => "activate-mobile",
        (Procedure::Activate, "email") => "activate-email",
        (Procedure::Activate, "pec") => "activate-pec",
        (Procedure::Activate, "code") => "activate-code",
        (Procedure::Restore, "cf") => "restore-cf",
        (Procedure::Restore, "ts-number") => "restore-ts-number",
        (Procedure::Restore, "ts-expiry") => "restore-ts-expiry",
        (Procedure::Restore, "first-half") => "restore-first-half",
        (Procedure::Restore, "mobile") => "restore-mobile",
        (Procedure::Restore, "email") => "restore-email",
        (Procedure::Restore, "pec") => "restore-pec",
        (Procedure::Restore, "code") => "restore-code",
        (Procedure::Revoke, "cf") => "revoke-cf",
        (Procedure::Revoke, "ts-number") => "revoke-ts-number",
        (Procedure::Revoke, "ts-expiry") => "revoke-ts-expiry",
        (Procedure::Revoke, "first-half") => "revoke-first-half",
        (Procedure::Revoke, "mobile") => "revoke-mobile",
        (Procedure::Revoke, "email") => "revoke-email",
        (Procedure::Revoke, "pec") => "revoke-pec",
        (Procedure::Revoke, "code") => "revoke-code",
        _ => "procedure-field",
    }
}

/// What the user typed, as the request of one procedure.
#[derive(Clone)]
enum ProcRequest {
    Activate(ActivateRequest),
    Restore(RestoreRequest),
    Revoke(RevokeRequest),
}

impl ProcRequest {
    /// The same checks as the server, made in the browser before the summary.
    fn validate(&self) -> Vec<FieldError> {
        match self {
            ProcRequest::Activate(r) => domain::pin::validate_activate(r),
            ProcRequest::Restore(r) => domain::pin::validate_restore(r),
            ProcRequest::Revoke(r) => domain::pin::validate_revoke(r),
        }
    }

    /// (label, value, test id suffix) of each non-empty datum, for the summary.
    fn summary(&self) -> Vec<(&'static str, String, &'static str)> {
        let mut rows = Vec::new();
        let mut push = |label, value: &str, id| {
            if !value.trim().is_empty() {
                rows.push((label, value.trim().to_owned(), id));
            }
        };
        let (cf, ts, expiry, half, contacts) = match self {
            ProcRequest::Activate(r) => (
                &r.codice_fiscale,
                &r.tessera_sanitaria_number,
                Some(&r.tessera_sanitaria_expiry),
                Some(&r.first_half),
                r.contacts.clone(),
            ),
            ProcRequest::Restore(r) => (
                &r.codice_fiscale,
                &r.tessera_sanitaria_number,
                None,
                None,
                r.contacts.clone(),
            ),
            ProcRequest::Revoke(r) => (
                &r.codice_fiscale,
                &r.tessera_sanitaria_number,
                Some(&r.tessera_sanitaria_expiry),
                None,
                PinContacts {
                    home_phone: None,
                    mobile: None,
                    email: r.email.clone(),
                    pec: r.pec.clone(),
                },
            ),
        };
        push(t("life.cf"), &cf.trim().to_uppercase(), "cf");
        push(t("life.ts_number"), ts, "ts-number");
        if let Some(e) = expiry {
            push(t("life.ts_expiry"), e, "ts-expiry");
        }
        if let Some(h) = half {
            push(t("life.first_half"), h, "first-half");
        }
        push(
            t("life.mobile"),
            contacts.mobile.as_deref().unwrap_or(""),
            "mobile",
        );
        push(
            t("life.email"),
            contacts.email.as_deref().unwrap_or(""),
            "email",
        );
        push(t("life.pec"), contacts.pec.as_deref().unwrap_or(""), "pec");
        rows
    }
}

/// One form for the three procedures: step 1 the data, step 2 the summary
/// to confirm before anything is sent (SPEC: every procedure), step 3 the
/// code received, step 4 the outcome. "Indietro" keeps what was typed.
#[component]
fn CodeProcedure(proc_: Procedure) -> impl IntoView {
    let p = proc_.prefix();
    let tid = move |s: &str| -> String { format!("{p}-{s}") };
    let cf = RwSignal::new(String::new());
    let ts_number = RwSignal::new(String::new());
    let ts_expiry = RwSignal::new(String::new());
    let first_half = RwSignal::new(String::new());
    let mobile = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let pec = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let step = RwSignal::new(1usize);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(None::<String>);
    let received = RwSignal::new(String::new());
    let outcome = RwSignal::new(String::new());

    let build = move || {
        let contacts = PinContacts {
            home_phone: None,
            mobile: opt(&mobile.get_untracked()),
            email: opt(&email.get_untracked()),
            pec: opt(&pec.get_untracked()),
        };
        let (c, n, e, h) = (
            cf.get_untracked(),
            ts_number.get_untracked(),
            ts_expiry.get_untracked(),
            first_half.get_untracked(),
        );
        match proc_ {
            Procedure::Activate => ProcRequest::Activate(ActivateRequest {
                codice_fiscale: c,
                tessera_sanitaria_number: n,
                tessera_sanitaria_expiry: e,
                first_half: h,
                contacts,
            }),
            Procedure::Restore => ProcRequest::Restore(RestoreRequest {
                codice_fiscale: c,
                tessera_sanitaria_number: n,
                contacts,
            }),
            Procedure::Revoke => ProcRequest::Revoke(RevokeRequest {
                codice_fiscale: c,
                tessera_sanitaria_number: n,
                tessera_sanitaria_expiry: e,
                email: contacts.email,
                pec: contacts.pec,
            }),
        }
    };
    let summary = RwSignal::new(Vec::<(&'static str, String, &'static str)>::new());

    let submit = Action::new_local(move |req: &ProcRequest| {
        let req = req.clone();
        async move {
            match req {
                ProcRequest::Activate(r) => api::activate(&r).await,
                ProcRequest::Restore(r) => api::restore(&r).await,
                ProcRequest::Revoke(r) => api::revoke(&r).await,
            }
        }
    });
    Effect::new(move |_| match submit.value().get() {
        Some(Ok(o)) => {
            errors.set(Vec::new());
            general.set(None);
            received.set(o.message);
            step.set(3);
        }
        Some(Err(e)) => {
            // Field errors are shown next to their field, on the data step.
            if !e.fields.is_empty() {
                step.set(1);
            }
            show_error(e, errors, general);
        }
        None => {}
    });
    let confirm = Action::new_local(move |_: &()| {
        let req = CodeConfirm {
            codice_fiscale: cf.get_untracked(),
            code: code.get_untracked(),
        };
        async move { api::confirm_code(proc_.prefix(), &req).await }
    });
    Effect::new(move |_| match confirm.value().get() {
        Some(Ok(o)) => {
            errors.set(Vec::new());
            general.set(None);
            outcome.set(o.message);
            step.set(4);
        }
        Some(Err(e)) => show_error(e, errors, general),
        None => {}
    });

    let steps = vec![
        t("life.step.data"),
        t("life.step.summary"),
        t("life.step.code"),
        t("life.step.done"),
    ];
    let on_data = move |ev: SubmitEvent| {
        ev.prevent_default();
        let req = build();
        let local = req.validate();
        if !local.is_empty() {
            general.set(Some(t("life.check_fields").to_owned()));
            errors.set(local);
            return;
        }
        errors.set(Vec::new());
        general.set(None);
        summary.set(req.summary());
        step.set(2);
    };
    let on_send = move |ev: SubmitEvent| {
        ev.prevent_default();
        general.set(None);
        submit.dispatch(build());
    };
    let on_code = move |ev: SubmitEvent| {
        ev.prevent_default();
        if code.get_untracked().trim().is_empty() {
            general.set(Some(t("life.check_fields").to_owned()));
            errors.set(vec![FieldError::new(
                "code",
                "REQUIRED",
                t("life.required"),
            )]);
            return;
        }
        confirm.dispatch(());
    };
    let back_to_data = move |_| {
        errors.set(Vec::new());
        general.set(None);
        step.set(1);
    };
    let needs_expiry = proc_ != Procedure::Restore;
    let data_form = move || {
        view! {
            <form class="form" on:submit=on_data novalidate=true>
                <TextField path="codice_fiscale" label=t("life.cf") testid=fid(proc_, "cf")
                    value=cf on_input=set(cf) error=err_for(errors, "codice_fiscale") required=true
                    uppercase=true maxlength=16 autocomplete="off" />
                <TextField path="tessera_sanitaria_number" label=t("life.ts_number") testid=fid(proc_, "ts-number")
                    value=ts_number on_input=set(ts_number) error=err_for(errors, "tessera_sanitaria_number")
                    required=true inputmode="numeric" maxlength=24 hint=t("life.ts_number_hint") />
                {needs_expiry.then(|| view! {
                    <TextField path="tessera_sanitaria_expiry" label=t("life.ts_expiry") testid=fid(proc_, "ts-expiry")
                        value=ts_expiry on_input=set(ts_expiry) error=err_for(errors, "tessera_sanitaria_expiry")
                        required=true placeholder="GG/MM/AAAA" hint=t("life.date_hint") />
                })}
                {(proc_ == Procedure::Activate).then(|| view! {
                    <TextField path="first_half" label=t("life.first_half") testid=fid(proc_, "first-half")
                        value=first_half on_input=set(first_half) error=err_for(errors, "first_half")
                        required=true maxlength=8 hint=t("life.first_half_hint") />
                })}
                {(proc_ != Procedure::Revoke).then(|| view! {
                    <TextField path="contacts.mobile" label=t("life.mobile") testid=fid(proc_, "mobile")
                        value=mobile on_input=set(mobile) error=err_for(errors, "contacts.mobile")
                        input_type="tel" autocomplete="tel" hint=t("life.mobile_hint") />
                })}
                <TextField path=if proc_ == Procedure::Revoke { "email" } else { "contacts.email" }
                    label=t("life.email") testid=fid(proc_, "email") value=email on_input=set(email)
                    error=err_for(errors, if proc_ == Procedure::Revoke { "email" } else { "contacts.email" })
                    input_type="email" autocomplete="email" />
                <TextField path=if proc_ == Procedure::Revoke { "pec" } else { "contacts.pec" }
                    label=t("life.pec") testid=fid(proc_, "pec") value=pec on_input=set(pec)
                    error=err_for(errors, if proc_ == Procedure::Revoke { "pec" } else { "contacts.pec" })
                    input_type="email" />
                <div class="actions">
                    <button type="submit" class="btn btn-primary" data-testid=tid("next")>{t("life.next")}</button>
                </div>
            </form>
        }
    };
    let summary_view = move || {
        let rows = summary
            .get()
            .into_iter()
            .map(|(label, value, id)| {
                view! {
                    <dt>{label}</dt>
                    <dd translate="no" data-testid=format!("{p}-summary-{id}")>{value}</dd>
                }
            })
            .collect_view();
        view! {
            <h2 class="h4" data-testid=tid("summary-title")>{t("life.summary.title")}</h2>
            <p>{t("life.summary.intro")}</p>
            <dl class="summary" data-testid=tid("summary")>{rows}</dl>
            <form class="form" on:submit=on_send novalidate=true>
                <div class="actions">
                    <button type="button" class="btn btn-outline-primary" data-testid="procedure-summary-back"
                        on:click=back_to_data>{t("life.back")}</button>
                    " "
                    <button type="submit" class="btn btn-primary" data-testid=tid("submit")
                        disabled=move || submit.pending().get()>{t("life.send")}</button>
                </div>
            </form>
        }
    };
    view! {
        <Stepper steps=steps current=step />
        <GeneralError msg=general testid="procedure-error" />
        {move || match step.get() {
            1 => data_form().into_any(),
            2 => summary_view().into_any(),
            3 => view! {
                <Alert kind=AlertKind::Success testid="procedure-received"><p>{received.get()}</p></Alert>
                <form class="form" on:submit=on_code novalidate=true>
                    <TextField path="code" label=t("life.code") testid=fid(proc_, "code")
                        value=code on_input=set(code) error=err_for(errors, "code") required=true
                        autocomplete="one-time-code" />
                    <div class="actions">
                        <button type="button" class="btn btn-outline-primary" data-testid="procedure-back"
                            on:click=back_to_data>{t("life.back")}</button>
                        " "
                        <button type="submit" class="btn btn-primary" data-testid=tid("confirm")
                            disabled=move || confirm.pending().get()>{t("life.confirm")}</button>
                    </div>
                </form>
            }.into_any(),
            _ => view! {
                <Alert kind=AlertKind::Success testid="procedure-done"><p>{outcome.get()}</p></Alert>
                <p>
                    {if proc_ == Procedure::Revoke {
                        view! { <a class="btn btn-primary" href="/richiedi-pin" data-testid="revoke-new-request">{t("life.revoke.new_request")}</a> }.into_any()
                    } else {
                        view! { <a class="btn btn-primary" href="/accedi" data-testid="procedure-login">{t("life.go_login")}</a> }.into_any()
                    }}
                </p>
            }.into_any(),
        }}
    }
}

/// `/attiva-pin` (SPEC §4.4).
#[component]
pub fn ActivatePin() -> impl IntoView {
    view! {
        <section class="page page-lifecycle" aria-labelledby="activate-title">
            <h1 id="activate-title" data-testid="activate-title">{t("life.activate.title")}</h1>
            <p>{t("life.activate.intro")}</p>
            <CodeProcedure proc_=Procedure::Activate />
        </section>
    }
}

/// `/ripristina-pin` (SPEC §4.6).
#[component]
pub fn RestorePin() -> impl IntoView {
    view! {
        <section class="page page-lifecycle" aria-labelledby="restore-title">
            <h1 id="restore-title" data-testid="restore-title">{t("life.restore.title")}</h1>
            <p>{t("life.restore.intro")}</p>
            <p><a href="/revoca-pin" data-testid="restore-to-revoke">{t("life.restore.to_revoke")}</a></p>
            <CodeProcedure proc_=Procedure::Restore />
        </section>
    }
}

/// `/revoca-pin` (SPEC §4.7).
#[component]
pub fn RevokePin() -> impl IntoView {
    view! {
        <section class="page page-lifecycle" aria-labelledby="revoke-title">
            <h1 id="revoke-title" data-testid="revoke-title">{t("life.revoke.title")}</h1>
            <p>{t("life.revoke.intro")}</p>
            <CodeProcedure proc_=Procedure::Revoke />
        </section>
    }
}

// ---------------------------------------------------------------- contacts

async fn my_contacts() -> Result<PinContacts, ApiError> {
    api::get_json(&format!("{}/me/contacts", api::BASE)).await
}

async fn change_contacts(c: PinContacts) -> Result<domain::api::NextStep, ApiError> {
    api::post_json(&format!("{}/me/contacts", api::BASE), &c).await
}

/// `/myinps/recapiti`: "I tuoi recapiti". New contacts are verified by codes
/// (the page goes on to `/verifica-recapiti`); the old ones get a notice.
#[component]
pub fn MyContacts() -> impl IntoView {
    let navigate = use_navigate();
    let current = LocalResource::new(my_contacts);
    let home = RwSignal::new(String::new());
    let mobile = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let pec = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(None::<String>);
    let filled = StoredValue::new(false);
    Effect::new(move |_| {
        if let Some(Ok(c)) = current.get() {
            if !filled.get_value() {
                filled.set_value(true);
                home.set(c.home_phone.unwrap_or_default());
                mobile.set(c.mobile.unwrap_or_default());
                email.set(c.email.unwrap_or_default());
                pec.set(c.pec.unwrap_or_default());
            }
        }
    });
    let save = Action::new_local(|c: &PinContacts| change_contacts(c.clone()));
    Effect::new(move |_| match save.value().get() {
        Some(Ok(n)) => {
            let path = match n.next {
                Next::VerifyContacts => "/verifica-recapiti?motivo=recapiti".to_owned(),
                other => next_path(other).to_owned(),
            };
            navigate(&path, NavigateOptions::default());
        }
        Some(Err(e)) => show_error(e, errors, general),
        None => {}
    });
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let c = PinContacts {
            home_phone: opt(&home.get_untracked()),
            mobile: opt(&mobile.get_untracked()),
            email: opt(&email.get_untracked()),
            pec: opt(&pec.get_untracked()),
        };
        let local = domain::pin::validate_contacts_change(&c);
        if !local.is_empty() {
            general.set(Some(t("life.check_fields").to_owned()));
            errors.set(local);
            return;
        }
        errors.set(Vec::new());
        general.set(None);
        save.dispatch(c);
    };
    view! {
        <section class="page page-lifecycle" aria-labelledby="contacts-title">
            <h1 id="contacts-title" data-testid="contacts-title">{t("life.contacts.title")}</h1>
            <p>{t("life.contacts.intro")}</p>
            <GeneralError msg=general testid="contacts-error" />
            <Suspense fallback=|| view! { <p>{t("life.loading")}</p> }>
                {move || current.get().map(|r| match r {
                    Err(e) => view! {
                        <div class="alert alert-danger" role="alert" data-testid="contacts-load-error">
                            <p>{if e.needs_login() { t("life.need_login").to_owned() } else { e.message }}</p>
                            <p><a href="/accedi">{t("life.go_login")}</a></p>
                        </div>
                    }.into_any(),
                    Ok(_) => view! {
                        <form class="form" on:submit=on_submit novalidate=true>
                            <TextField path="contacts.mobile" label=t("life.mobile") testid="contacts-mobile"
                                value=mobile on_input=set(mobile) error=err_for(errors, "contacts.mobile")
                                input_type="tel" autocomplete="tel" hint=t("life.mobile_hint") />
                            <TextField path="contacts.home_phone" label=t("life.home_phone") testid="contacts-home-phone"
                                value=home on_input=set(home) error=err_for(errors, "contacts.home_phone")
                                input_type="tel" hint=t("life.home_phone_hint") />
                            <TextField path="contacts.email" label=t("life.email") testid="contacts-email"
                                value=email on_input=set(email) error=err_for(errors, "contacts.email")
                                input_type="email" autocomplete="email" />
                            <TextField path="contacts.pec" label=t("life.pec") testid="contacts-pec"
                                value=pec on_input=set(pec) error=err_for(errors, "contacts.pec")
                                input_type="email" />
                            <p>{t("life.contacts.notice")}</p>
                            <div class="actions">
                                <a class="btn btn-outline-primary" href="/myinps" data-testid="contacts-cancel">{t("life.cancel")}</a>
                                " "
                                <button type="submit" class="btn btn-primary" data-testid="contacts-submit"
                                    disabled=move || save.pending().get()>{t("life.contacts.submit")}</button>
                            </div>
                        </form>
                    }.into_any(),
                })}
            </Suspense>
        </section>
    }
}

// ---------------------------------------------------------------- activity

/// `/myinps/attivita`: "Le tue attività".
#[component]
pub fn Activity() -> impl IntoView {
    let list = LocalResource::new(api::my_activity);
    let row = |e: ActivityEntry| {
        let when = crate::sim::rome_time(e.at)
            .format("%d/%m/%Y %H:%M")
            .to_string();
        let channel = match &e.recipient {
            Some(r) => format!("{} ({r})", channel_label(e.channel)),
            None => channel_label(e.channel).to_owned(),
        };
        view! {
            <tr data-testid="activity-row" data-kind=e.kind.clone()>
                <td>{when}</td>
                <td>{e.description.clone()}</td>
                <td translate="no">{channel}</td>
            </tr>
        }
    };
    view! {
        <section class="page page-lifecycle" aria-labelledby="activity-title">
            <h1 id="activity-title" data-testid="activity-title">{t("life.activity.title")}</h1>
            <p>{t("life.activity.intro")}</p>
            <Suspense fallback=|| view! { <p>{t("life.loading")}</p> }>
                {move || list.get().map(|r| match r {
                    Err(e) => view! {
                        <div class="alert alert-danger" role="alert" data-testid="activity-error">
                            <p>{if e.needs_login() { t("life.need_login").to_owned() } else { e.message }}</p>
                            <p><a href="/accedi">{t("life.go_login")}</a></p>
                        </div>
                    }.into_any(),
                    Ok(items) => view! {
                        <div class="table-responsive">
                            <table class="table" data-testid="activity-table">
                                <caption class="visually-hidden">{t("life.activity.title")}</caption>
                                <thead><tr>
                                    <th scope="col">{t("life.activity.when")}</th>
                                    <th scope="col">{t("life.activity.event")}</th>
                                    <th scope="col">{t("life.activity.channel")}</th>
                                </tr></thead>
                                <tbody>{items.into_iter().map(row).collect_view()}</tbody>
                            </table>
                        </div>
                    }.into_any(),
                })}
            </Suspense>
            <p><a href="/myinps" data-testid="activity-back">{t("life.activity.back")}</a></p>
        </section>
    }
}
