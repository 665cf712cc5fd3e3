//! After the first login with the 16-character PIN: `/primo-accesso` (the
//! new 8-character PIN, shown once), `/verifica-recapiti` (one code per
//! contact; also after a change of contacts, `?motivo=recapiti`) and
//! `/informativa-privacy` (accept the notice in force). Each page goes on to
//! the API's `next` step.
//!
//! data-testid: first-access-get, first-access-new-pin, first-access-saved,
//! first-access-next, first-access-error, first-access-login-link;
//! verify-title, verify-after-change, verify-error, verify-sent,
//! verify-load-error, verify-code-mobile, verify-code-email, verify-code-pec,
//! verify-submit, verify-resend; privacy-title, privacy-text, privacy-error,
//! privacy-read, privacy-accept. Styles: style/pages/lifecycle.css.

use domain::api::{ApiError, FieldError, FirstAccessDone, Next, VerifyContactsRequest};
use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::api;
use crate::components::alert::{Alert, AlertKind};
use crate::components::field::TextField;
use crate::components::form::{field_error, setter, show_api_error, GeneralError, LoadError};
use crate::i18n::{t, tf};
use crate::nav::next_path;

// ---------------------------------------------------------------- first access

/// `/primo-accesso`: the 16-character initial PIN is replaced by a new
/// 8-character PIN, shown once.
#[component]
pub fn FirstAccess() -> impl IntoView {
    let issue = Action::new_local(|_: &()| api::lifecycle::first_access());
    let saved = RwSignal::new(false);
    let pending = issue.pending();
    let pin_ref = NodeRef::<html::Div>::new();
    let navigate = use_navigate();

    let new_pin = move || match issue.value().get() {
        Some(Ok(FirstAccessDone { new_pin, .. })) => Some(new_pin),
        _ => None,
    };
    let error = move || match issue.value().get() {
        Some(Err(e)) => Some(e),
        _ => None,
    };
    // Move focus to the new PIN so that a screen reader reads it at once.
    Effect::new(move |_| {
        if new_pin().is_some() {
            if let Some(el) = pin_ref.get() {
                let _ = el.focus();
            }
        }
    });

    let error_view = move |e: ApiError| {
        let needs_login = e.needs_login();
        let text = if needs_login {
            t("lifecycle.first_access.need_login").to_string()
        } else {
            e.message.clone()
        };
        view! {
            <div class="alert alert-danger" role="alert" data-testid="first-access-error">
                <p>{text}</p>
                <p>
                    <a href="/accedi" data-testid="first-access-login-link">
                        {t("lifecycle.first_access.go_login")}
                    </a>
                </p>
            </div>
        }
    };

    view! {
        <section class="page page-first-access" aria-labelledby="first-access-title">
            <h1 id="first-access-title">{t("lifecycle.first_access.title")}</h1>
            <p>{t("lifecycle.first_access.intro")}</p>
            <p>{t("lifecycle.first_access.intro2")}</p>
            <div aria-live="polite">{move || error().map(error_view)}</div>
            <Show
                when=move || new_pin().is_some()
                fallback=move || {
                    view! {
                        <div class="actions">
                            <button
                                type="button"
                                class="btn btn-primary"
                                data-testid="first-access-get"
                                disabled=move || pending.get()
                                on:click=move |_| {
                                    issue.dispatch(());
                                }
                            >
                                {move || {
                                    if pending.get() {
                                        t("lifecycle.first_access.getting")
                                    } else {
                                        t("lifecycle.first_access.get")
                                    }
                                }}
                            </button>
                        </div>
                    }
                }
            >
                <div
                    class="new-pin-box"
                    tabindex="-1"
                    node_ref=pin_ref
                    role="group"
                    aria-labelledby="new-pin-label"
                >
                    <p id="new-pin-label" class="new-pin-label">{t("lifecycle.first_access.new_pin")}</p>
                    <p class="new-pin" data-testid="first-access-new-pin" translate="no">
                        {move || new_pin().unwrap_or_default()}
                    </p>
                    <p class="new-pin-once">{t("lifecycle.first_access.once")}</p>
                </div>
                <div class="checkbox">
                    <input
                        id="first-access-saved"
                        type="checkbox"
                        data-testid="first-access-saved"
                        bind:checked=saved
                    />
                    <label for="first-access-saved">{t("lifecycle.first_access.saved")}</label>
                </div>
                <p class="field-hint" id="first-access-next-hint" hidden=move || saved.get()>
                    {t("lifecycle.first_access.next_hint")}
                </p>
                <div class="actions">
                    <button
                        type="button"
                        class="btn btn-primary"
                        data-testid="first-access-next"
                        disabled=move || !saved.get()
                        aria-describedby="first-access-next-hint"
                        on:click={
                            let navigate = navigate.clone();
                            move |_| {
                                let next = match issue.value().get_untracked() {
                                    Some(Ok(done)) => done.next,
                                    _ => Next::Home,
                                };
                                navigate(next_path(next), NavigateOptions::default())
                            }
                        }
                    >
                        {t("lifecycle.first_access.next")}
                    </button>
                </div>
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

/// "Codice ricevuto via SMS" / "per e-mail" / "via PEC": one label per
/// contact, so that two code fields never share a name.
fn code_label(kind: &str) -> &'static str {
    match kind {
        "mobile" => t("lifecycle.verify.code_mobile"),
        "email" => t("lifecycle.verify.code_email"),
        _ => t("lifecycle.verify.code_pec"),
    }
}

fn contact_label(kind: &str) -> &'static str {
    match kind {
        "mobile" => t("lifecycle.verify.mobile"),
        "email" => t("lifecycle.verify.email"),
        _ => t("lifecycle.verify.pec"),
    }
}

/// `/verifica-recapiti`: one code per contact.
#[component]
pub fn VerifyContacts() -> impl IntoView {
    let navigate = use_navigate();
    let query = use_query_map();
    let after_change = move || query.with(|q| q.get("motivo").as_deref() == Some("recapiti"));
    let status = LocalResource::new(api::lifecycle::verify_contacts_status);
    let send = Action::new_local(|_: &()| api::lifecycle::send_verification_codes());
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
                Err(e) => show_api_error(e, errors, general),
            }
        }
    });
    let verify = Action::new_local(|req: &VerifyContactsRequest| {
        let req = req.clone();
        async move { api::lifecycle::verify_contacts(&req).await }
    });
    Effect::new(move |_| match verify.value().get() {
        Some(Ok(n)) => navigate(next_path(n.next), NavigateOptions::default()),
        Some(Err(e)) => show_api_error(e, errors, general),
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
        let mut req = VerifyContactsRequest::default();
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
            <h1 id="verify-title" data-testid="verify-title">{t("lifecycle.verify.title")}</h1>
            {move || if after_change() {
                view! {
                    <Alert kind=AlertKind::Info testid="verify-after-change">
                        <p>{t("lifecycle.verify.after_change")}</p>
                    </Alert>
                }.into_any()
            } else {
                view! { <p>{t("lifecycle.verify.intro")}</p> }.into_any()
            }}
            <GeneralError msg=general testid="verify-error" />
            <div aria-live="polite">
                <Show when=move || sent_info.get()>
                    <Alert kind=AlertKind::Info testid="verify-sent"><p>{t("lifecycle.verify.sent")}</p></Alert>
                </Show>
            </div>
            <Suspense fallback=|| view! { <p>{t("common.loading_short")}</p> }>
                {move || status.get().map(|r| match r {
                    Err(e) => view! { <LoadError error=e testid="verify-load-error" /> }.into_any(),
                    Ok(s) => {
                        let fields = s.contacts.into_iter().map(|c| {
                            let i = idx(&c.kind);
                            let label = contact_label(&c.kind);
                            view! {
                                <p class="contact-target">{label}": "<strong translate="no">{c.masked.clone()}</strong></p>
                                <TextField path=code_path(&c.kind) label=code_label(&c.kind)
                                    testid=code_testid(&c.kind) value=codes[i] on_input=setter(codes[i])
                                    error=field_error(errors, code_path(&c.kind)) required=true
                                    autocomplete="one-time-code" />
                            }
                        }).collect_view();
                        view! {
                            <form class="form" on:submit=on_submit novalidate=true>
                                {fields}
                                <div class="actions">
                                    <button type="submit" class="btn btn-primary" data-testid="verify-submit"
                                        disabled=move || verify.pending().get()>{t("lifecycle.verify.submit")}</button>
                                    " "
                                    <button type="button" class="btn btn-outline-primary" data-testid="verify-resend"
                                        disabled=move || send.pending().get()
                                        on:click=move |_| { send.dispatch(()); }>{t("lifecycle.verify.resend")}</button>
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
    let notice = LocalResource::new(api::lifecycle::privacy_notice);
    let read = RwSignal::new(false);
    let general = RwSignal::new(None::<String>);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let accept = Action::new_local(|v: &i64| {
        let v = *v;
        async move { api::lifecycle::accept_privacy(v).await }
    });
    Effect::new(move |_| match accept.value().get() {
        Some(Ok(n)) => navigate(next_path(n.next), NavigateOptions::default()),
        Some(Err(e)) => show_api_error(e, errors, general),
        None => {}
    });
    view! {
        <section class="page page-lifecycle" aria-labelledby="privacy-title">
            <Suspense fallback=|| view! { <p>{t("common.loading_short")}</p> }>
                {move || notice.get().map(|r| match r {
                    Err(e) => view! { <p class="alert alert-danger" role="alert">{e.message}</p> }.into_any(),
                    Ok(n) => {
                        let version = n.version;
                        view! {
                            // The server says which version is in force; its words
                            // come from the catalog, in the page's language (the
                            // Italian entry is the server's text).
                            <h1 id="privacy-title" data-testid="privacy-title">
                                {tf("lifecycle.privacy.title", &[("version", &version.to_string())])}
                            </h1>
                            <div class="privacy-text" data-testid="privacy-text">
                                {t("lifecycle.privacy.text").split("\n\n").map(|p| view! { <p>{p.to_owned()}</p> }).collect_view()}
                            </div>
                            <GeneralError msg=general testid="privacy-error" />
                            <div class="checkbox">
                                <input id="privacy-read" type="checkbox" data-testid="privacy-read" bind:checked=read />
                                <label for="privacy-read">{t("lifecycle.privacy.read")}</label>
                            </div>
                            <div class="actions">
                                <button type="button" class="btn btn-primary" data-testid="privacy-accept"
                                    disabled=move || !read.get() || accept.pending().get()
                                    on:click=move |_| { accept.dispatch(version); }>
                                    {t("lifecycle.privacy.accept")}
                                </button>
                            </div>
                        }.into_any()
                    }
                })}
            </Suspense>
        </section>
    }
}
