//! Steps 2–4 of `/converti-pin`: the MV35 module to download, the upload of
//! the signed module and of the document copy, the summary. A lazy part of
//! the `convert` group ([`steps`]): a cold load shows step 1 or the "accedi"
//! prompt, so it does not download these (issue 10).
//!
//! Test ids: conv-download, conv-file-module, conv-file-document,
//! conv-choose-module, conv-choose-document, conv-uploaded-module,
//! conv-uploaded-document, upload-error-module, upload-error-document,
//! conv-summary.

use std::collections::BTreeMap;

use domain::dispositivo::{Conversion, DocumentType, IdentityDocument};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::api;
use crate::format::{file_summary, input_date};
use crate::i18n::{t, t_opt};

/// The page's state that steps 2–4 read and write. Signals only: `Copy`, so
/// it crosses the lazy boundary (which takes concrete types) by value.
#[derive(Clone, Copy)]
pub(super) struct Steps {
    pub step: RwSignal<usize>,
    pub doc: RwSignal<IdentityDocument>,
    pub conv: RwSignal<Option<Conversion>>,
    pub general: RwSignal<Option<String>>,
    /// Per file slot ("module", "document"): why it is missing or refused.
    pub upload_errors: RwSignal<BTreeMap<String, String>>,
    /// An upload (or a save) in flight: the page's buttons wait.
    pub busy: RwSignal<bool>,
}

/// Steps 2–4, each shown while it is the current one. Called only once the
/// part is loaded ([`super::Convert`] awaits `__preload_steps` before leaving
/// step 1), so the view is there at the first poll: no blank step.
#[leptos::lazy(convert__steps)]
pub(super) fn steps(s: Steps) -> AnyView {
    let step = s.step;
    view! {
        <Show when=move || step.get() == 2>
            <p>{t("convert.module_intro")}</p>
            <p>
                <a class="btn btn-outline-primary" href=format!("{}/dispositivo/conversion/module.pdf", api::BASE)
                    download="MV35-richiesta-PIN-dispositivo.pdf" data-testid="conv-download">
                    {t("convert.download")}
                </a>
            </p>
        </Show>
        <Show when=move || step.get() == 3>
            <p>{t("convert.upload_intro")}</p>
            {file_row(s, "module", t("convert.module_file"))}
            {file_row(s, "document", t("convert.document_file"))}
        </Show>
        <Show when=move || step.get() == 4>
            <p>{t("convert.summary")}</p>
            {summary(s)}
        </Show>
    }
    .into_any()
}

/// Sends the file chosen for `slot`: its size is checked here first, its
/// type is the server's call (from the content).
fn upload(s: Steps, slot: &'static str, ev: leptos::ev::Event) {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    if let Err(e) = domain::upload::check_size(file.size() as usize) {
        s.upload_errors.update(|m| {
            m.insert(slot.into(), e.message().into());
        });
        input.set_value("");
        return;
    }
    s.busy.set(true);
    leptos::task::spawn_local(async move {
        match api::services::upload_file(slot, file).await {
            Ok(c) => {
                s.upload_errors.update(|m| {
                    m.remove(slot);
                });
                s.conv.set(Some(c));
                s.general.set(None);
            }
            Err(e) => s.upload_errors.update(|m| {
                m.insert(slot.into(), e.message);
            }),
        }
        input.set_value("");
        s.busy.set(false);
    });
}

/// One file to upload: its label, the button that chooses it, what was
/// uploaded, and why it is missing or was refused.
fn file_row(s: Steps, slot: &'static str, label: &'static str) -> impl IntoView {
    let Steps {
        conv,
        upload_errors,
        ..
    } = s;
    let id = format!("conv-file-{slot}");
    view! {
        // The browser's own file input would say "Choose File" / "Scegli file"
        // in the browser's language: it stays hidden, a button in the
        // page's language opens it.
        <div class="field">
            <label for=id.clone() id=format!("{id}-label")>{label}</label>
            <input id=id.clone() type="file" hidden accept="application/pdf,image/jpeg,image/png"
                data-testid=format!("conv-file-{slot}") on:change=move |ev| upload(s, slot, ev) />
            <button type="button" class="btn btn-outline-primary" id=format!("{id}-choose")
                data-testid=format!("conv-choose-{slot}")
                aria-labelledby=format!("{id}-choose {id}-label")
                aria-describedby=move || {
                    let mut ids = vec![format!("conv-uploaded-{slot}")];
                    if upload_errors.with(|m| m.contains_key(slot)) {
                        ids.push(format!("upload-error-{slot}"));
                    }
                    ids.join(" ")
                }
                on:click={
                    let id = id.clone();
                    move |_| {
                        if let Some(input) = web_sys::window()
                            .and_then(|w| w.document())
                            .and_then(|d| d.get_element_by_id(&id))
                            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                        {
                            input.click();
                        }
                    }
                }>
                {t("convert.choose_file")}
            </button>
            " "
            <span id=format!("conv-uploaded-{slot}") data-testid=format!("conv-uploaded-{slot}")>
                {move || conv.with(|c| {
                    let f = c.as_ref().and_then(|c| if slot == "module" { c.module_file.clone() } else { c.document_file.clone() });
                    match f {
                        Some(f) => format!("{}: {}", t("convert.uploaded"), file_summary(&f)),
                        None => t("convert.not_uploaded").to_string(),
                    }
                })}
            </span>
            {move || upload_errors.with(|m| m.get(slot).cloned()).map(|m| view! {
                <span class="field-error" role="alert" id=format!("upload-error-{slot}") data-testid=format!("upload-error-{slot}")>{crate::i18n::localize(&m)}</span>
            })}
        </div>
    }
}

/// What "Conferma" sends: the document as the server will keep it and the
/// two files.
fn summary(s: Steps) -> impl IntoView {
    let Steps { doc, conv, .. } = s;
    view! {
        <dl data-testid="conv-summary">
            <dt>{t("convert.doc_type")}</dt><dd>{move || doc.with(|d| DocumentType::parse(&d.doc_type).map(|x| t_opt(&format!("convert.t.{}", x.slug())).unwrap_or(x.label())).unwrap_or(""))}</dd>
            <dt>{t("convert.doc_number")}</dt><dd>{move || doc.with(|d| domain::dispositivo::normalize_document_number(&d.number))}</dd>
            <dt>{t("convert.doc_issuer")}</dt><dd>{move || doc.with(|d| d.issuer.clone())}</dd>
            <dt>{t("convert.doc_issued")}</dt><dd>{move || doc.with(|d| input_date(&d.issued_on))}</dd>
            <dt>{t("convert.doc_expires")}</dt><dd>{move || doc.with(|d| input_date(&d.expires_on))}</dd>
            <dt>{t("convert.module_file")}</dt><dd>{move || conv.with(|c| c.as_ref().and_then(|c| c.module_file.as_ref().map(file_summary)))}</dd>
            <dt>{t("convert.document_file")}</dt><dd>{move || conv.with(|c| c.as_ref().and_then(|c| c.document_file.as_ref().map(file_summary)))}</dd>
        </dl>
    }
}
