//! One conversion: the citizen, the identity document, the two files, and
//! the decision (approve, or reject with a reason of at least 5 characters).

use domain::dispositivo::{
    ConversionChannel, ConversionReview, DocumentType, UploadedFile, MSG_REASON,
};
use leptos::prelude::*;

use crate::api;
use crate::components::focus_id;
use crate::format::{date, file_summary, input_date, rome_datetime};
use crate::i18n::{t, t_opt};

/// "Fax" (or "Sede") next to a request that did not come from the online
/// upload; nothing for the online ones.
pub fn channel_badge(c: ConversionChannel) -> Option<impl IntoView> {
    let label = match c {
        ConversionChannel::Online => return None,
        ConversionChannel::Fax => t("backoffice.channel.fax"),
        ConversionChannel::Sede => t("backoffice.channel.sede"),
    };
    Some(view! {
        <span class=format!("bo-badge bo-badge-{}", c.as_str()) data-testid="bo-channel">{label}</span>
    })
}

#[component]
pub fn Detail(
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
            match api::backoffice::approve(&id).await {
                Ok(_) => on_done.run(t("backoffice.done_approved")),
                Err(e) => error.set(Some(e.message)),
            }
            busy.set(false);
        });
    };
    let id_r = id.clone();
    let reject = move |_| {
        let r = reason.get_untracked();
        if r.trim().chars().count() < 5 {
            reason_error.set(Some(MSG_REASON.into()));
            focus_id("bo-reason");
            return;
        }
        reason_error.set(None);
        let id = id_r.clone();
        busy.set(true);
        leptos::task::spawn_local(async move {
            match api::backoffice::reject(&id, &r).await {
                Ok(_) => on_done.run(t("backoffice.done_rejected")),
                Err(e) => {
                    reason_error.set(e.fields.first().map(|f| f.message.clone()));
                    error.set(Some(e.message));
                }
            }
            busy.set(false);
        });
    };
    let file_url = |slot: &str| api::backoffice::file_url(&id, slot);
    let file_info = |f: Option<&UploadedFile>| f.map(|f| format!(" ({})", file_summary(f)));
    let module_info = file_info(item.conversion.module_file.as_ref());
    let document_info = file_info(item.conversion.document_file.as_ref());
    view! {
        <div data-testid="bo-detail" class="bo-detail">
            <p>
                <button type="button" class="btn btn-outline-primary" data-testid="bo-back" on:click=move |_| on_back.run(())>
                    {t("backoffice.close")}
                </button>
            </p>
            <h2>{t("backoffice.citizen")} " " {channel_badge(item.conversion.channel)}</h2>
            <dl class="bo-data">
                <dt>{t("backoffice.cf")}</dt><dd data-testid="bo-cf">{c.codice_fiscale.clone()}</dd>
                <dt>{t("backoffice.full_name")}</dt><dd data-testid="bo-name">{format!("{} {}", c.surname, c.name)}</dd>
                <dt>{t("backoffice.birth")}</dt><dd>{c.birth_date.map(date)} " " {c.birthplace.clone()}</dd>
                <dt>{t("backoffice.residence")}</dt><dd>{c.residence.clone()}</dd>
                <dt>{t("backoffice.mobile")}</dt><dd>{c.mobile.clone()}</dd>
                <dt>{t("backoffice.email")}</dt><dd>{c.email.clone()}</dd>
            </dl>
            <h2>{t("backoffice.document")}</h2>
            <dl class="bo-data">
                <dt>{t("backoffice.doc_type")}</dt><dd data-testid="bo-doc-type">{DocumentType::parse(&d.doc_type).map(|x| t_opt(&format!("convert.t.{}", x.slug())).unwrap_or(x.label()))}</dd>
                <dt>{t("backoffice.doc_number")}</dt><dd data-testid="bo-doc-number">{d.number.clone()}</dd>
                <dt>{t("backoffice.doc_issuer")}</dt><dd data-testid="bo-doc-issuer">{d.issuer.clone()}</dd>
                <dt>{t("backoffice.doc_issued")}</dt><dd>{input_date(&d.issued_on)}</dd>
                <dt>{t("backoffice.doc_expires")}</dt><dd data-testid="bo-doc-expires">{input_date(&d.expires_on)}</dd>
                <dt>{t("backoffice.submitted")}</dt><dd>{item.conversion.submitted_at.map(rome_datetime)}</dd>
            </dl>
            <h2>{t("backoffice.files")}</h2>
            <ul class="bo-files">
                <li>
                    <a href=file_url("module") target="_blank" rel="noopener" data-testid="bo-file-module">{t("backoffice.view_module")}</a>
                    {module_info}
                </li>
                <li>
                    <a href=file_url("document") target="_blank" rel="noopener" data-testid="bo-file-document">{t("backoffice.view_document")}</a>
                    {document_info}
                </li>
            </ul>
            <h2>{t("backoffice.decision")}</h2>
            {move || error.get().map(|m| view! { <p class="alert alert-danger" role="alert">{m}</p> })}
            <div class="bo-decision">
                <div class="bo-approve">
                    <p>{t("backoffice.approve_hint")}</p>
                    <button type="button" class="btn btn-primary" data-testid="bo-approve" disabled=move || busy.get() on:click=approve>
                        {t("backoffice.approve")}
                    </button>
                </div>
                <div class="bo-reject">
                    <div class="field" class:has-error=move || reason_error.get().is_some()>
                        <label for="bo-reason">{t("backoffice.reason")}</label>
                        <textarea id="bo-reason" class="form-control" rows="3" data-testid="bo-reason"
                            aria-invalid=move || if reason_error.get().is_some() { "true" } else { "false" }
                            aria-describedby=move || reason_error.get().map(|_| "bo-reason-error")
                            prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))></textarea>
                        {move || reason_error.get().map(|m| view! { <span class="field-error" id="bo-reason-error" data-testid="field-error-reason">{crate::i18n::localize(&m)}</span> })}
                    </div>
                    <button type="button" class="btn btn-outline-danger" data-testid="bo-reject" disabled=move || busy.get() on:click=reject>
                        {t("backoffice.reject")}
                    </button>
                </div>
            </div>
        </div>
    }
}
