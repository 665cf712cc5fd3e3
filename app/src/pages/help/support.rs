//! `/supporto-tecnico`: contact center numbers and hours, what to do when
//! the first half of the PIN has not arrived within 12 hours, and the
//! support-request form (the request is stored for the contact center's
//! "Richieste di assistenza", `pages::contact_center::support`, whose reply
//! arrives by e-mail in the language of this page).
//!
//! data-testid: help-support, help-support-landline, help-support-mobile,
//! help-support-hours; the support-request form: support-form, support-name,
//! support-email, support-cf, support-topic, support-message, support-submit,
//! field-error-<name|email|codice_fiscale|topic|message>, support-done,
//! support-error.

use leptos::prelude::*;
use leptos_router::components::A;

use std::collections::HashSet;

use domain::api::FieldError;
use domain::support::{validate, SupportRequest, SupportRequestFiled, MAX_MESSAGE_LEN, TOPICS};

use super::HelpLinks;
use crate::components::alert::{Alert, AlertKind};
use crate::components::field::{SelectField, TextField};
use crate::components::focus_id;
use crate::i18n::{t, tf};

#[component]
pub fn Support() -> impl IntoView {
    view! {
        <section class="page page-help" aria-labelledby="help-title">
            <h1 id="help-title" data-testid="help-support">{t("help.support.title")}</h1>
            <p>{t("help.support.intro")}</p>
            <h2>{t("help.support.numbers_title")}</h2>
            <ul class="help-numbers">
                <li data-testid="help-support-landline">
                    <a href="tel:803164">"803 164"</a>" "{t("help.support.landline")}
                </li>
                <li data-testid="help-support-mobile">
                    <a href="tel:06164164">"06 164 164"</a>" "{t("help.support.mobile")}
                </li>
            </ul>
            <h2>{t("help.support.hours_title")}</h2>
            <ul data-testid="help-support-hours">
                <li>{t("help.support.hours_week")}</li>
                <li>{t("help.support.hours_sat")}</li>
            </ul>
            <h2>{t("help.support.half1_title")}</h2>
            <p>{t("help.support.half1")}</p>
            <h2>{t("help.support.half2_title")}</h2>
            <p>{t("help.support.half2")}</p>
            <p>
                <A href="/assistente-virtuale" attr:class="btn btn-outline-primary">
                    {t("help.support.ask_assistant")}
                </A>
            </p>
            <SupportRequestForm />
            <HelpLinks />
        </section>
    }
}

fn topic_label(topic: &str) -> &'static str {
    match topic {
        "half1_missing" => t("help.support.topic.half1_missing"),
        "half2_missing" => t("help.support.topic.half2_missing"),
        "login" => t("help.support.topic.login"),
        "dispositivo" => t("help.support.topic.dispositivo"),
        _ => t("help.support.topic.other"),
    }
}

/// The form's DOM id of a field path (as `components::field_dom_id`).
fn dom_id(field: &str) -> String {
    crate::components::field_dom_id(&format!("support.{field}"))
}

/// "Richiesta di assistenza": checked in the browser with the server's own
/// rules (`domain::support`), each problem next to its field; once sent, its
/// number, and the acknowledgement is in the simulator's mailbox.
#[component]
fn SupportRequestForm() -> impl IntoView {
    let form = RwSignal::new(SupportRequest::default());
    let attempted = RwSignal::new(false);
    let touched = RwSignal::new(HashSet::<&'static str>::new());
    let server_errors = RwSignal::new(Vec::<FieldError>::new());
    let done = RwSignal::new(None::<SupportRequestFiled>);
    let general = RwSignal::new(None::<String>);
    let live = Memo::new(move |_| form.with(validate));
    let error = move |field: &'static str| {
        Signal::derive(move || {
            if let Some(e) = server_errors.with(|v| v.iter().find(|e| e.field == field).cloned()) {
                return Some(e.message);
            }
            if !attempted.get() && !touched.with(|t| t.contains(field)) {
                return None;
            }
            live.with(|v| {
                v.iter()
                    .find(|e| e.field == field)
                    .map(|e| e.message.clone())
            })
        })
    };
    let set = move |field: &'static str| {
        Callback::new(move |v: String| {
            form.update(|f| match field {
                "name" => f.name = v,
                "email" => f.email = v,
                "codice_fiscale" => f.codice_fiscale = v.to_uppercase(),
                "topic" => f.topic = v,
                _ => f.message = v,
            });
            server_errors.update(|e| e.retain(|e| e.field != field));
        })
    };
    let touch = move |field: &'static str| {
        Callback::new(move |_| {
            touched.update(|t| {
                t.insert(field);
            })
        })
    };
    let get = move |field: &'static str| {
        Signal::derive(move || {
            form.with(|f| match field {
                "name" => f.name.clone(),
                "email" => f.email.clone(),
                "codice_fiscale" => f.codice_fiscale.clone(),
                "topic" => f.topic.clone(),
                _ => f.message.clone(),
            })
        })
    };
    let send = Action::new_local(|r: &SupportRequest| {
        let r = r.clone();
        async move {
            crate::api::post_json::<_, SupportRequestFiled>(
                &format!("{}/support-requests", crate::api::BASE),
                &r,
            )
            .await
        }
    });
    Effect::new(move |_| match send.value().get() {
        Some(Ok(filed)) => {
            done.set(Some(filed));
            form.set(SupportRequest::default());
            attempted.set(false);
            touched.set(HashSet::new());
            request_animation_frame(|| focus_id("support-done"));
        }
        Some(Err(e)) if !e.fields.is_empty() => {
            let first = e.fields[0].field.clone();
            server_errors.set(e.fields);
            focus_id(&dom_id(&first));
        }
        Some(Err(e)) => general.set(Some(e.message)),
        None => {}
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        attempted.set(true);
        general.set(None);
        let errs = live.get_untracked();
        if let Some(first) = errs.first() {
            focus_id(&dom_id(&first.field));
            return;
        }
        done.set(None);
        send.dispatch(form.get_untracked());
    };
    let topics = Signal::derive(|| {
        TOPICS
            .iter()
            .map(|t| (t.to_string(), topic_label(t).to_string()))
            .collect::<Vec<_>>()
    });
    let message_id = dom_id("message");
    let message_error = error("message");
    let count = move || {
        tf(
            "help.support.form.count",
            &[
                ("n", &form.with(|f| f.message.chars().count()).to_string()),
                ("max", &MAX_MESSAGE_LEN.to_string()),
            ],
        )
    };
    view! {
        <section class="support-request" aria-labelledby="support-form-title">
            <h2 id="support-form-title">{t("help.support.form.title")}</h2>
            <p>{t("help.support.form.intro")}</p>
            {move || done.get().map(|d| view! {
                <div id="support-done" tabindex="-1">
                    <Alert kind=AlertKind::Success testid="support-done">
                        <p>{crate::i18n::localize(&d.message)}</p>
                    </Alert>
                </div>
            })}
            {move || general.get().map(|m| view! {
                <Alert kind=AlertKind::Error testid="support-error"><p>{m}</p></Alert>
            })}
            <form class="form" on:submit=on_submit novalidate=true data-testid="support-form">
                <TextField path="support.name" label=t("help.support.form.name") testid="support-name"
                    value=get("name") on_input=set("name") on_blur=touch("name") error=error("name")
                    required=true autocomplete="name" maxlength=60 />
                <TextField path="support.email" label=t("help.support.form.email") testid="support-email"
                    value=get("email") on_input=set("email") on_blur=touch("email") error=error("email")
                    required=true input_type="email" autocomplete="email"
                    hint=t("help.support.form.email_hint") />
                <TextField path="support.codice_fiscale" label=t("help.support.form.cf") testid="support-cf"
                    value=get("codice_fiscale") on_input=set("codice_fiscale") on_blur=touch("codice_fiscale")
                    error=error("codice_fiscale") autocomplete="off" maxlength=16 uppercase=true
                    hint=t("help.support.form.cf_hint") />
                <SelectField path="support.topic" label=t("help.support.form.topic") testid="support-topic"
                    value=get("topic") on_change=set("topic") on_blur=touch("topic") error=error("topic")
                    options=topics placeholder=t("help.support.form.choose") required=true />
                <div class="field" class:has-error=move || message_error.with(|e| e.is_some())>
                    <label for=message_id.clone()>{t("help.support.form.message")}<span aria-hidden="true">" *"</span></label>
                    <textarea id=message_id.clone() name="support.message" class="form-control" rows="5"
                        data-testid="support-message" aria-required="true"
                        maxlength=MAX_MESSAGE_LEN.to_string()
                        aria-invalid=move || message_error.with(|e| e.is_some()).to_string()
                        aria-describedby={
                            let id = message_id.clone();
                            move || if message_error.with(|e| e.is_some()) {
                                format!("{id}-hint {id}-error")
                            } else {
                                format!("{id}-hint")
                            }
                        }
                        prop:value=get("message")
                        on:input=move |ev| set("message").run(event_target_value(&ev))
                        on:blur=move |_| touch("message").run(())></textarea>
                    <span class="field-hint" id=format!("{message_id}-hint")>{count}</span>
                    {
                        let id = message_id.clone();
                        move || message_error.get().map(|m| view! {
                            <span class="field-error" id=format!("{id}-error") data-testid="field-error-support.message">
                                {crate::i18n::localize(&m)}
                            </span>
                        })
                    }
                </div>
                <p class="required-legend">{t("common.required_legend")}</p>
                <button type="submit" class="btn btn-primary" data-testid="support-submit"
                    disabled=move || send.pending().get()>
                    {t("help.support.form.submit")}
                </button>
            </form>
        </section>
    }
}
