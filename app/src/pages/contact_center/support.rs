//! `/contact-center/assistenza`: the support requests citizens file on
//! `/supporto-tecnico`, newest first, filtered by status. Each item shows the
//! request whole (who, e-mail, codice fiscale, topic, text, language, who
//! works it); the operator takes it in charge, then closes it with a reply
//! (checked in the browser with the server's rule, `domain::support`, the
//! problem next to the field) that the citizen receives by e-mail in the
//! language the request was written in.
//!
//! Test ids: cc-sr-status, cc-support-requests, cc-support-empty,
//! cc-sr-<id> (with data-status), cc-sr-take-<id>, cc-sr-close-<id>,
//! cc-sr-reply (the textarea), cc-sr-reply-error, cc-sr-send, cc-sr-cancel,
//! cc-sr-done, cc-sr-error.

use domain::api::ApiError;
use domain::datetime::rome_datetime;
use domain::support::{validate_reply, SupportRequestRecord, MAX_REPLY_LEN, STATUSES};
use leptos::prelude::*;

use super::{Console, ErrorBox};
use crate::api;
use crate::components::focus_id;
use crate::i18n::{localize, t, t_opt, tf};

/// The textarea of the reply.
const REPLY_ID: &str = "cc-sr-reply";

fn status_label(s: &str) -> &'static str {
    t_opt(&format!("contact_center.support.status.{s}")).unwrap_or("—")
}

fn topic_label(topic: &str) -> &'static str {
    t_opt(&format!("help.support.topic.{topic}")).unwrap_or("—")
}

fn lang_label(lang: &str) -> &'static str {
    t_opt(&format!("contact_center.support.lang.{lang}")).unwrap_or("—")
}

#[component]
pub fn SupportRequests() -> impl IntoView {
    let filter = RwSignal::new(String::new());
    let list = LocalResource::new(move || {
        let status = filter.get();
        async move { api::contact_center::support_requests(&status).await }
    });
    // The request whose reply form is open, the reply typed, whether the
    // operator tried to send it, and the server's word on the last send.
    let replying = RwSignal::new(None::<String>);
    let reply = RwSignal::new(String::new());
    let attempted = RwSignal::new(false);
    let server_error = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<Result<SupportRequestRecord, ApiError>>);
    let busy = RwSignal::new(false);
    let reply_error = Signal::derive(move || {
        if let Some(e) = server_error.get() {
            return Some(e);
        }
        if !attempted.get() {
            return None;
        }
        reply.with(|r| validate_reply(r).into_iter().next().map(|e| e.message))
    });

    let finish = move |r: Result<SupportRequestRecord, ApiError>| {
        busy.set(false);
        match r {
            Ok(rec) => {
                if rec.status == "closed" {
                    replying.set(None);
                    reply.set(String::new());
                    attempted.set(false);
                }
                done.set(Some(Ok(rec)));
                list.refetch();
                request_animation_frame(|| focus_id("cc-sr-done"));
            }
            Err(e) => {
                if let Some(f) = e.fields.iter().find(|f| f.field == "reply") {
                    server_error.set(Some(f.message.clone()));
                    focus_id(REPLY_ID);
                } else {
                    done.set(Some(Err(e)));
                    list.refetch();
                }
            }
        }
    };
    let take = move |id: String| {
        busy.set(true);
        done.set(None);
        leptos::task::spawn_local(async move {
            finish(api::contact_center::take_support_request(&id).await);
        });
    };
    let send = move |id: String| {
        attempted.set(true);
        server_error.set(None);
        if !reply.with_untracked(|r| validate_reply(r).is_empty()) {
            focus_id(REPLY_ID);
            return;
        }
        busy.set(true);
        done.set(None);
        let text = reply.get_untracked();
        leptos::task::spawn_local(async move {
            finish(api::contact_center::close_support_request(&id, &text).await);
        });
    };
    let open_form = move |id: String| {
        replying.set(Some(id));
        reply.set(String::new());
        attempted.set(false);
        server_error.set(None);
        request_animation_frame(|| focus_id(REPLY_ID));
    };

    let reply_form = move |id: String| {
        let count = move || {
            tf(
                "contact_center.support.count",
                &[
                    ("n", &reply.with(|r| r.chars().count()).to_string()),
                    ("max", &MAX_REPLY_LEN.to_string()),
                ],
            )
        };
        let invalid = move || reply_error.with(|e| e.is_some());
        view! {
            <form class="cc-form cc-reply" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                send(id.clone());
            }>
                <div class="field" class:has-error=invalid>
                    <label for=REPLY_ID>{t("contact_center.support.reply")}</label>
                    <textarea id=REPLY_ID class="form-control" rows="6" data-testid="cc-sr-reply"
                        maxlength=MAX_REPLY_LEN.to_string() aria-required="true"
                        aria-invalid=move || invalid().to_string()
                        aria-describedby=move || if invalid() {
                            format!("{REPLY_ID}-hint {REPLY_ID}-error")
                        } else {
                            format!("{REPLY_ID}-hint")
                        }
                        prop:value=move || reply.get()
                        on:input=move |ev| {
                            reply.set(event_target_value(&ev));
                            server_error.set(None);
                        }></textarea>
                    <span class="field-hint" id=format!("{REPLY_ID}-hint")>{count}</span>
                    {move || reply_error.get().map(|m| view! {
                        <span class="field-error" id=format!("{REPLY_ID}-error") data-testid="cc-sr-reply-error">
                            {localize(&m)}
                        </span>
                    })}
                </div>
                <div class="cc-actions">
                    <button type="submit" class="btn btn-primary" data-testid="cc-sr-send"
                        disabled=move || busy.get()>{t("contact_center.support.send")}</button>
                    <button type="button" class="btn btn-outline-primary" data-testid="cc-sr-cancel"
                        on:click=move |_| replying.set(None)>{t("contact_center.support.cancel")}</button>
                </div>
            </form>
        }
    };

    let item = move |r: SupportRequestRecord| {
        let id = r.id.clone();
        let open = r.status != "closed";
        let (take_id, close_id, form_id) = (id.clone(), id.clone(), id.clone());
        let dash = || "—".to_owned();
        view! {
            <li class="cc-item" data-testid=format!("cc-sr-{id}") data-status=r.status.clone()>
                <div class="cc-item-head">
                    <strong>{r.name.clone()}</strong>
                    <span translate="no">{r.id.clone()}</span>
                    <span>{t("contact_center.support.filed_at")} " " {rome_datetime(r.filed_at)}</span>
                    <span class="cc-status">{status_label(&r.status)}</span>
                </div>
                <dl class="cc-data">
                    <dt>{t("contact_center.support.topic")}</dt><dd>{topic_label(&r.topic)}</dd>
                    <dt>{t("contact_center.email")}</dt><dd translate="no">{r.email.clone()}</dd>
                    <dt>{t("contact_center.cf")}</dt><dd translate="no">{r.codice_fiscale.clone().unwrap_or_else(dash)}</dd>
                    <dt>{t("contact_center.support.lang")}</dt><dd>{lang_label(&r.lang)}</dd>
                    <dt>{t("contact_center.support.message")}</dt><dd class="cc-text">{r.message.clone()}</dd>
                    <dt>{t("contact_center.support.operator")}</dt><dd translate="no">{r.operator.clone().unwrap_or_else(dash)}</dd>
                    {r.taken_at.map(|at| view! {
                        <dt>{t("contact_center.support.taken_at")}</dt><dd>{rome_datetime(at)}</dd>
                    })}
                    {r.closed_at.map(|at| view! {
                        <dt>{t("contact_center.support.closed_at")}</dt><dd>{rome_datetime(at)}</dd>
                    })}
                    {r.reply.clone().map(|text| view! {
                        <dt>{t("contact_center.support.reply_sent")}</dt><dd class="cc-text">{text}</dd>
                    })}
                </dl>
                {open.then(|| view! {
                    <div class="cc-actions">
                        {(r.status == "open").then(|| view! {
                            <button type="button" class="btn btn-primary" data-testid=format!("cc-sr-take-{take_id}")
                                disabled=move || busy.get()
                                on:click=move |_| take(take_id.clone())>{t("contact_center.support.take")}</button>
                        })}
                        <button type="button" class="btn btn-outline-primary" data-testid=format!("cc-sr-close-{close_id}")
                            on:click=move |_| open_form(close_id.clone())>{t("contact_center.support.close")}</button>
                    </div>
                })}
                {move || (replying.get().as_deref() == Some(form_id.as_str())).then(|| reply_form(form_id.clone()))}
            </li>
        }
    };

    view! {
        <Console active="support" title="contact_center.title">
            <h2>{t("contact_center.support.title")}</h2>
            <p>{t("contact_center.support.intro")}</p>
            <div class="cc-form field">
                <label for="cc-sr-status">{t("contact_center.support.filter")}</label>
                <select id="cc-sr-status" class="form-select" data-testid="cc-sr-status"
                    on:change=move |ev| {
                        replying.set(None);
                        filter.set(event_target_value(&ev));
                    }>
                    <option value="">{t("contact_center.support.filter.all")}</option>
                    {STATUSES.iter().map(|s| view! { <option value=*s>{status_label(s)}</option> }).collect_view()}
                </select>
            </div>
            <div id="cc-sr-done" tabindex="-1">
                {move || done.get().map(|r| match r {
                    Ok(rec) => view! {
                        <p class="alert alert-success" role="status" data-testid="cc-sr-done">
                            {tf("contact_center.support.done", &[("id", &rec.id), ("status", status_label(&rec.status))])}
                        </p>
                    }.into_any(),
                    Err(e) => view! { <ErrorBox error=e testid="cc-sr-error" /> }.into_any(),
                })}
            </div>
            <Suspense fallback=|| view! { <p>{t("contact_center.loading")}</p> }>
                {move || list.get().map(|r| match r {
                    Ok(items) if items.is_empty() => view! { <p data-testid="cc-support-empty">{t("contact_center.support.empty")}</p> }.into_any(),
                    Ok(items) => view! {
                        <ul class="cc-queue" data-testid="cc-support-requests">{items.into_iter().map(item).collect_view()}</ul>
                    }.into_any(),
                    Err(e) => view! { <ErrorBox error=e testid="cc-sr-error" /> }.into_any(),
                })}
            </Suspense>
        </Console>
    }
}
