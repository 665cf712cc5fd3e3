//! `/backoffice`: the sede INPS console (SPEC §4.9) — operator login, the
//! queue of PIN dispositivo conversions, the detail with citizen and document
//! data and both files viewable, approve or reject with a reason.
//!
//! Test ids: bo-username, bo-password, bo-login, bo-login-error, bo-operator,
//! bo-logout, bo-queue, bo-empty, bo-item-<id>, bo-open-<id>, bo-detail, bo-cf,
//! bo-name, bo-doc-type, bo-doc-number, bo-doc-issuer, bo-doc-expires,
//! bo-file-module, bo-file-document, bo-approve, bo-reason,
//! field-error-reason, bo-reject, bo-outcome, bo-back.

use domain::dispositivo::{ConversionReview, DocumentType};
use leptos::prelude::*;

use crate::api;
use crate::i18n::t;

#[component]
pub fn BackOffice() -> impl IntoView {
    crate::pages::login::adopt_css("services", crate::pages::services::SERVICES_CSS);
    crate::pages::login::adopt_css("backoffice", BACKOFFICE_CSS);
    let who = LocalResource::new(api::operator_me);
    let logged = RwSignal::new(None::<domain::dispositivo::Operator>);
    Effect::new(move |_| {
        if let Some(Ok(o)) = who.get() {
            logged.set(Some(o));
        }
    });
    let user = RwSignal::new(String::new());
    let pass = RwSignal::new(String::new());
    let login = Action::new_local(|(u, p): &(String, String)| {
        let (u, p) = (u.clone(), p.clone());
        async move { api::operator_login(&u, &p).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(o)) = login.value().get() {
            logged.set(Some(o));
        }
    });
    let logout = move |_| {
        leptos::task::spawn_local(async move {
            let _ = api::operator_logout().await;
            logged.set(None);
        });
    };
    view! {
        <section class="page page-services" aria-labelledby="bo-title">
            <h1 id="bo-title">{t("disp.bo.title")}</h1>
            {move || match logged.get() {
                None => view! {
                    <form novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
                        ev.prevent_default();
                        login.dispatch((user.get_untracked(), pass.get_untracked()));
                    }>
                        <h2>{t("disp.bo.login")}</h2>
                        <div class="field">
                            <label for="bo-username">{t("disp.bo.username")}</label>
                            <input id="bo-username" class="form-control" autocomplete="username" data-testid="bo-username"
                                prop:value=move || user.get() on:input=move |ev| user.set(event_target_value(&ev)) />
                        </div>
                        <div class="field">
                            <label for="bo-password">{t("disp.bo.password")}</label>
                            <input id="bo-password" type="password" class="form-control" autocomplete="current-password" data-testid="bo-password"
                                prop:value=move || pass.get() on:input=move |ev| pass.set(event_target_value(&ev)) />
                        </div>
                        {move || login.value().get().and_then(|r| r.err()).map(|e| view! {
                            <p class="alert alert-danger" role="alert" data-testid="bo-login-error">{e.message}</p>
                        })}
                        <button type="submit" class="btn btn-primary" data-testid="bo-login">{t("disp.bo.enter")}</button>
                    </form>
                }
                .into_any(),
                Some(op) => view! {
                    <p>
                        <span data-testid="bo-operator">{op.display_name.clone()}</span> " "
                        <button type="button" class="btn btn-outline-primary" data-testid="bo-logout" on:click=logout>
                            {t("disp.bo.logout")}
                        </button>
                    </p>
                    <Queue />
                }
                .into_any(),
            }}
        </section>
    }
}

#[component]
fn Queue() -> impl IntoView {
    let queue = LocalResource::new(api::operator_queue);
    let open = RwSignal::new(None::<ConversionReview>);
    let outcome = RwSignal::new(None::<&'static str>);
    let list = move || {
        queue.get().map(|r| match r {
            Ok(items) if items.is_empty() => {
                view! { <p data-testid="bo-empty">{t("disp.bo.empty")}</p> }.into_any()
            }
            Ok(items) => view! {
                <ul class="apps" data-testid="bo-queue">
                    {items.into_iter().map(|it| {
                        let id = it.conversion.id.clone();
                        let item = it.clone();
                        view! {
                            <li class="bo-item" data-testid=format!("bo-item-{id}")>
                                <div>
                                    <strong>{format!("{} {}", it.citizen.surname, it.citizen.name)}</strong>
                                    <span class="bo-cf">{it.citizen.codice_fiscale.clone()}</span>
                                    <span class="bo-meta">
                                        {it.conversion.status_label.clone()} " · " {t("disp.bo.submitted")} " "
                                        {it.conversion.submitted_at.map(|at| crate::sim::rome_time(at).format("%d/%m/%Y %H:%M").to_string())}
                                    </span>
                                </div>
                                <button type="button" class="btn btn-outline-primary" data-testid=format!("bo-open-{id}")
                                    on:click=move |_| { outcome.set(None); open.set(Some(item.clone())); }>
                                    {t("disp.bo.open")}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
            .into_any(),
            Err(e) => view! { <p class="alert alert-danger" role="alert">{e.message}</p> }.into_any(),
        })
    };
    view! {
        {move || match open.get() {
            None => view! {
                <h2>{t("disp.bo.queue")}</h2>
                {move || outcome.get().map(|m| view! { <p class="alert alert-success" role="status" data-testid="bo-outcome">{m}</p> })}
                <Suspense fallback=|| ()>{list}</Suspense>
            }
            .into_any(),
            Some(item) => view! {
                <Detail item=item on_done=Callback::new(move |msg: &'static str| {
                    outcome.set(Some(msg));
                    open.set(None);
                    queue.refetch();
                }) on_back=Callback::new(move |_| open.set(None)) />
            }
            .into_any(),
        }}
    }
}

#[component]
fn Detail(
    item: ConversionReview,
    on_done: Callback<&'static str>,
    on_back: Callback<()>,
) -> impl IntoView {
    let id = item.conversion.id.clone();
    let reason = RwSignal::new(String::new());
    let reason_error = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let c = &item.citizen;
    let d = &item.conversion.document;
    let id_a = id.clone();
    let approve = move |_| {
        let id = id_a.clone();
        busy.set(true);
        leptos::task::spawn_local(async move {
            match api::operator_approve(&id).await {
                Ok(_) => on_done.run(t("disp.bo.done_approved")),
                Err(e) => error.set(Some(e.message)),
            }
            busy.set(false);
        });
    };
    let id_r = id.clone();
    let reject = move |_| {
        let r = reason.get_untracked();
        if r.trim().chars().count() < 5 {
            reason_error.set(Some(domain::dispositivo::MSG_REASON.into()));
            crate::components::focus_id("bo-reason");
            return;
        }
        reason_error.set(None);
        let id = id_r.clone();
        busy.set(true);
        leptos::task::spawn_local(async move {
            match api::operator_reject(&id, &r).await {
                Ok(_) => on_done.run(t("disp.bo.done_rejected")),
                Err(e) => {
                    reason_error.set(e.fields.first().map(|f| f.message.clone()));
                    error.set(Some(e.message));
                }
            }
            busy.set(false);
        });
    };
    let file_url = |slot: &str| format!("/api/v1/operator/conversions/{id}/files/{slot}");
    let file_info = |f: Option<&domain::dispositivo::UploadedFile>| {
        f.map(|f| format!(" ({})", crate::pages::dispositivo::file_summary(f)))
    };
    let module_info = file_info(item.conversion.module_file.as_ref());
    let document_info = file_info(item.conversion.document_file.as_ref());
    view! {
        <div data-testid="bo-detail" class="bo-detail">
            <p>
                <button type="button" class="btn btn-outline-primary" data-testid="bo-back" on:click=move |_| on_back.run(())>
                    {t("disp.bo.close")}
                </button>
            </p>
            <h2>{t("disp.bo.citizen")}</h2>
            <dl class="bo-data">
                <dt>{t("disp.bo.cf")}</dt><dd data-testid="bo-cf">{c.codice_fiscale.clone()}</dd>
                <dt>{t("disp.bo.full_name")}</dt><dd data-testid="bo-name">{format!("{} {}", c.surname, c.name)}</dd>
                <dt>{t("disp.bo.birth")}</dt><dd>{c.birth_date.map(|d| d.format("%d/%m/%Y").to_string())} " " {c.birthplace.clone()}</dd>
                <dt>{t("disp.bo.residence")}</dt><dd>{c.residence.clone()}</dd>
                <dt>{t("disp.bo.mobile")}</dt><dd>{c.mobile.clone()}</dd>
                <dt>{t("disp.bo.email")}</dt><dd>{c.email.clone()}</dd>
            </dl>
            <h2>{t("disp.bo.document")}</h2>
            <dl class="bo-data">
                <dt>{t("disp.conv.doc_type")}</dt><dd data-testid="bo-doc-type">{DocumentType::parse(&d.doc_type).map(|x| x.label())}</dd>
                <dt>{t("disp.conv.doc_number")}</dt><dd data-testid="bo-doc-number">{d.number.clone()}</dd>
                <dt>{t("disp.conv.doc_issuer")}</dt><dd data-testid="bo-doc-issuer">{d.issuer.clone()}</dd>
                <dt>{t("disp.conv.doc_issued")}</dt><dd>{crate::pages::dispositivo::it_ymd(&d.issued_on)}</dd>
                <dt>{t("disp.conv.doc_expires")}</dt><dd data-testid="bo-doc-expires">{crate::pages::dispositivo::it_ymd(&d.expires_on)}</dd>
                <dt>{t("disp.bo.submitted")}</dt><dd>{item.conversion.submitted_at.map(|at| crate::sim::rome_time(at).format("%d/%m/%Y %H:%M").to_string())}</dd>
            </dl>
            <h2>{t("disp.bo.files")}</h2>
            <ul class="bo-files">
                <li>
                    <a href=file_url("module") target="_blank" rel="noopener" data-testid="bo-file-module">{t("disp.bo.view_module")}</a>
                    {module_info}
                </li>
                <li>
                    <a href=file_url("document") target="_blank" rel="noopener" data-testid="bo-file-document">{t("disp.bo.view_document")}</a>
                    {document_info}
                </li>
            </ul>
            <h2>{t("disp.bo.decision")}</h2>
            {move || error.get().map(|m| view! { <p class="alert alert-danger" role="alert">{m}</p> })}
            <div class="bo-decision">
                <div class="bo-approve">
                    <p>{t("disp.bo.approve_hint")}</p>
                    <button type="button" class="btn btn-primary" data-testid="bo-approve" disabled=move || busy.get() on:click=approve>
                        {t("disp.bo.approve")}
                    </button>
                </div>
                <div class="bo-reject">
                    <div class="field" class:has-error=move || reason_error.get().is_some()>
                        <label for="bo-reason">{t("disp.bo.reason")}</label>
                        <textarea id="bo-reason" class="form-control" rows="3" data-testid="bo-reason"
                            aria-invalid=move || if reason_error.get().is_some() { "true" } else { "false" }
                            aria-describedby=move || reason_error.get().map(|_| "bo-reason-error")
                            prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))></textarea>
                        {move || reason_error.get().map(|m| view! { <span class="field-error" id="bo-reason-error" data-testid="field-error-reason">{m}</span> })}
                    </div>
                    <button type="button" class="btn btn-outline-danger" data-testid="bo-reject" disabled=move || busy.get() on:click=reject>
                        {t("disp.bo.reject")}
                    </button>
                </div>
            </div>
        </div>
    }
}

const BACKOFFICE_CSS: &str = "
.bo-item{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem 1rem;padding:.75rem 0;border-bottom:1px solid #dde}
.bo-item strong,.bo-item .bo-cf,.bo-item .bo-meta{display:block}
.bo-item .bo-cf{font-family:monospace;font-size:1rem}
.bo-item .bo-meta{color:#3b4754;font-size:.95rem}
.bo-detail .bo-data{display:grid;grid-template-columns:minmax(10rem,max-content) 1fr;gap:.35rem 1.5rem;margin:0 0 1rem}
.bo-detail .bo-data dt{font-weight:600}
.bo-detail .bo-data dd{margin:0;overflow-wrap:anywhere}
.bo-detail .bo-files{padding-left:1.25rem}
.bo-detail .bo-files li{margin-bottom:.35rem}
.bo-detail .bo-decision{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1.5rem;align-items:start}
.bo-detail .bo-approve,.bo-detail .bo-reject{padding:1rem;border:1px solid #c5c7c9;border-radius:4px}
.bo-detail .bo-approve{border-left:5px solid #008055}
.bo-detail .bo-reject{border-left:5px solid #a5001b}
.bo-detail .bo-reject .field{max-width:none}
@media (max-width:40rem){.bo-detail .bo-data{grid-template-columns:1fr;gap:0}.bo-detail .bo-data dd{margin-bottom:.5rem}}
";
