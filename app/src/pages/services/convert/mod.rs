//! `/converti-pin`: "Converti il tuo PIN" (SPEC §4.8) as a guided procedure:
//! 1 identity document (checked live with `domain::dispositivo`), 2 the
//! pre-filled MV35 module to download, 3 upload of the signed module and the
//! document copy (size checked before sending, type by the server from the
//! content), 4 summary and confirm → "in lavorazione".
//!
//! Step 1 comes with the page's group; steps 2–4 are a lazy part of their
//! own (`convert__steps`, [`steps`]): a cold load shows step 1 or, with no
//! session, only the "accedi" prompt, so it does not download them (issue
//! 10). Loading starts on the first focus or input in step 1, or at once
//! when a draft (or a rejected request) comes back pre-filled; "Avanti"
//! keeps step 1 on screen, button busy, until step 2 can be shown whole.
//!
//! Test ids: conv-status, conv-doc-type, conv-doc-number, conv-doc-issuer,
//! conv-doc-issued, conv-doc-expires, field-error-document.<name>, conv-next,
//! conv-back, conv-confirm, conv-done, conv-error, conv-login; steps 2–4's
//! in [`steps`]. Styles: style/pages/services.css (the page is part of the
//! services procedure).

mod steps;

use std::collections::BTreeMap;

use domain::dispositivo::{validate_document, Conversion, ConversionStatus, IdentityDocument};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::components::stepper::Stepper;
use crate::i18n::{t, t_opt};
use crate::sim::browser_today;
use steps::{__preload_steps, Steps};

#[component]
pub fn Convert() -> impl IntoView {
    let sim = crate::sim::use_sim();
    let step = RwSignal::new(1usize);
    let doc = RwSignal::new(IdentityDocument {
        doc_type: "carta_identita_elettronica".into(),
        ..Default::default()
    });
    let errors = RwSignal::new(BTreeMap::<String, String>::new());
    let conv = RwSignal::new(None::<Conversion>);
    let general = RwSignal::new(None::<String>);
    let upload_errors = RwSignal::new(BTreeMap::<String, String>::new());
    let busy = RwSignal::new(false);
    // Some(needs_login) when the procedure cannot be used by this session.
    let blocked = RwSignal::new(None::<bool>);
    let part = Steps {
        step,
        doc,
        conv,
        general,
        upload_errors,
        busy,
    };
    // Starts loading steps 2–4, once.
    let loading = StoredValue::new(false);
    let load_steps = move || {
        if !loading.get_value() {
            loading.set_value(true);
            spawn_local(__preload_steps());
        }
    };

    // Resume where the citizen is: an open draft or a request in review.
    let current = LocalResource::new(api::services::conversion);
    Effect::new(move |_| {
        if let Some(Ok(Some(c))) = current.get() {
            // A draft resumes; after a rejection the new request starts from
            // the data already given. Either way step 1 is already filled in,
            // "Avanti" may come without a keystroke: steps 2–4 load now.
            if matches!(
                c.status,
                ConversionStatus::Draft | ConversionStatus::Rejected
            ) {
                doc.set(c.document.clone());
                load_steps();
            }
            conv.set(Some(c));
        } else if let Some(Err(e)) = current.get() {
            // Not logged in, or a level below the ordinary PIN: nothing to fill.
            blocked.set(Some(e.needs_login()));
            general.set(Some(e.message));
        }
    });

    let next = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        general.set(None);
        match step.get_untracked() {
            1 => {
                let today = sim.today().unwrap_or_else(browser_today);
                let errs = validate_document(&doc.get_untracked(), today);
                errors.set(
                    errs.iter()
                        .map(|f| (f.field.clone(), f.message.clone()))
                        .collect(),
                );
                if errs.is_empty() {
                    let d = doc.get_untracked();
                    busy.set(true);
                    load_steps();
                    spawn_local(async move {
                        match api::services::save_document(&d).await {
                            Ok(c) => {
                                // Step 1 stays, button busy, until step 2 can
                                // be shown whole (the load started with the
                                // first focus: usually done by now).
                                __preload_steps().await;
                                conv.set(Some(c));
                                step.set(2);
                            }
                            Err(e) => {
                                errors.set(
                                    e.fields
                                        .iter()
                                        .map(|f| (f.field.clone(), f.message.clone()))
                                        .collect(),
                                );
                                general.set(Some(e.message));
                            }
                        }
                        busy.set(false);
                    });
                } else {
                    crate::components::focus_id(&format!(
                        "conv-{}",
                        errs[0]
                            .field
                            .trim_start_matches("document.")
                            .replace('_', "-")
                    ));
                }
            }
            2 => step.set(3),
            3 => {
                let ok = conv.with_untracked(|c| {
                    c.as_ref()
                        .is_some_and(|c| c.module_file.is_some() && c.document_file.is_some())
                });
                if ok {
                    step.set(4);
                } else {
                    // Say next to each file what is missing, and go to the first.
                    let missing: Vec<&'static str> = conv.with_untracked(|c| {
                        let c = c.as_ref();
                        let mut m = Vec::new();
                        if c.is_none_or(|c| c.module_file.is_none()) {
                            m.push("module");
                        }
                        if c.is_none_or(|c| c.document_file.is_none()) {
                            m.push("document");
                        }
                        m
                    });
                    upload_errors.update(|errs| {
                        for slot in &missing {
                            let msg = if *slot == "module" {
                                t("convert.missing_module")
                            } else {
                                t("convert.missing_document")
                            };
                            errs.insert((*slot).into(), msg.into());
                        }
                    });
                    if let Some(first) = missing.first() {
                        crate::components::focus_id(&format!("conv-file-{first}-choose"));
                    }
                }
            }
            _ => {
                busy.set(true);
                spawn_local(async move {
                    match api::services::submit_conversion().await {
                        Ok(c) => {
                            conv.set(Some(c));
                            step.set(5);
                        }
                        Err(e) => general.set(Some(e.message)),
                    }
                    busy.set(false);
                });
            }
        }
    };

    let text_field = move |name: &'static str, label: &'static str, kind: &'static str| {
        let id = format!("conv-{}", name.replace('_', "-"));
        let path = format!("document.{name}");
        let p2 = path.clone();
        let err = move || errors.with(|e| e.get(&p2).cloned());
        let err2 = err.clone();
        let err3 = err.clone();
        let get = move || {
            doc.with(|d| match name {
                "number" => d.number.clone(),
                "issuer" => d.issuer.clone(),
                "issued_on" => d.issued_on.clone(),
                _ => d.expires_on.clone(),
            })
        };
        view! {
            <div class="field" class:has-error=move || err2().is_some()>
                <label for=id.clone()>{label}</label>
                <input id=id.clone() class="form-control" type="text"
                    placeholder=(kind == "date").then(|| t("common.date_placeholder"))
                    maxlength=match (kind, name) {
                        ("date", _) => Some("10".to_owned()),
                        // "Rilasciato da": the domain's limit (3–80 characters).
                        (_, "issuer") => Some(domain::request::MAX_ISSUER_LEN.to_string()),
                        _ => None,
                    }
                    data-testid=format!("conv-doc-{}", name.split('_').next().unwrap_or(name))
                    aria-invalid=move || if err().is_some() { "true" } else { "false" }
                    aria-describedby={
                        let e = err3.clone();
                        move || {
                            let mut ids = Vec::new();
                            if name == "number" {
                                ids.push("conv-number-hint".to_string());
                            }
                            if e().is_some() {
                                ids.push(format!("conv-err-{name}"));
                            }
                            ids.join(" ")
                        }
                    }
                    prop:value=get
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        doc.update(|d| match name {
                            "number" => d.number = v,
                            "issuer" => d.issuer = v,
                            "issued_on" => d.issued_on = v,
                            _ => d.expires_on = v,
                        });
                    } />
                {
                    let p = path.clone();
                    move || errors.with(|e| e.get(&p).cloned()).map(|m| view! {
                        <span class="field-error" id=format!("conv-err-{name}") data-testid=format!("field-error-{path}")>{crate::i18n::localize(&m)}</span>
                    })
                }
            </div>
        }
    };

    // The state of the request, once: after "Conferma" the confirmation
    // below (conv-done) says it.
    let status_box = move || {
        if step.get() == 5 {
            return None;
        }
        conv.get().and_then(|c| match c.status {
            ConversionStatus::InLavorazione => Some(view! {
                <p class="alert alert-info" role="status" data-testid="conv-status">{t("convert.in_progress")}</p>
            }.into_any()),
            ConversionStatus::Approved => Some(view! {
                <p class="alert alert-success" role="status" data-testid="conv-status">{t("convert.approved")}</p>
            }.into_any()),
            ConversionStatus::Rejected => Some(view! {
                <p class="alert alert-warning" role="status" data-testid="conv-status">
                    {t("convert.rejected")} " " {c.rejection_reason.clone()} " " {t("convert.restart")}
                </p>
            }.into_any()),
            ConversionStatus::Draft => None,
        })
    };
    let can_edit = move || {
        blocked.get().is_none()
            && conv.with(|c| {
                !c.as_ref().is_some_and(|c| {
                    matches!(
                        c.status,
                        ConversionStatus::InLavorazione | ConversionStatus::Approved
                    )
                })
            })
    };

    view! {
        <section class="page page-services" aria-labelledby="conv-title">
            <h1 id="conv-title">{t("convert.title")}</h1>
            {status_box}
            {move || general.get().map(|m| view! { <p class="alert alert-danger" role="alert" data-testid="conv-error">{m}</p> })}
            {move || (blocked.get() == Some(true)).then(|| view! {
                <p><a class="btn btn-primary" href="/accedi" data-testid="conv-login">{t("convert.login")}</a></p>
            })}
            <Show when=move || can_edit() && step.get() <= 4>
                <Stepper steps=vec![t("convert.step1"), t("convert.step2"), t("convert.step3"), t("convert.step4")] current=step />
                <form on:submit=next novalidate
                    on:focusin=move |_| load_steps() on:input=move |_| load_steps()>
                    <Show when=move || step.get() == 1>
                        <div class="field">
                            <label for="conv-type">{t("convert.doc_type")}</label>
                            <select id="conv-type" class="form-select" data-testid="conv-doc-type"
                                prop:value=move || doc.with(|d| d.doc_type.clone())
                                on:change=move |ev| { let v = event_target_value(&ev); doc.update(|d| d.doc_type = v); }>
                                {domain::dispositivo::DocumentType::ALL.iter().map(|d| {
                                    let label = match d.slug() {
                                        "carta_identita" => t("convert.t.carta_identita"),
                                        "carta_identita_elettronica" => t("convert.t.carta_identita_elettronica"),
                                        "passaporto" => t("convert.t.passaporto"),
                                        _ => t("convert.t.patente"),
                                    };
                                    view! { <option value=d.slug()>{label}</option> }
                                }).collect_view()}
                            </select>
                            <span class="field-hint" id="conv-number-hint">{move || domain::dispositivo::DocumentType::parse(&doc.with(|d| d.doc_type.clone())).map(|d| t_opt(&format!("convert.hint.{}", d.slug())).unwrap_or(d.number_hint()))}</span>
                        </div>
                        {text_field("number", t("convert.doc_number"), "text")}
                        {text_field("issuer", t("convert.doc_issuer"), "text")}
                        {text_field("issued_on", t("convert.doc_issued"), "date")}
                        {text_field("expires_on", t("convert.doc_expires"), "date")}
                    </Show>
                    <Show when=move || (2..=4).contains(&step.get())>
                        {Suspend::new(async move { steps::steps(part).await })}
                    </Show>
                    <div class="form-actions">
                        <Show when=move || (2..=4).contains(&step.get())>
                            <button type="button" class="btn btn-outline-primary" data-testid="conv-back"
                                on:click=move |_| step.update(|s| *s -= 1)>{t("convert.back")}</button>
                        </Show>
                        <button type="submit" class="btn btn-primary"
                            data-testid=move || if step.get() == 4 { "conv-confirm" } else { "conv-next" }
                            disabled=move || busy.get()>
                            {move || if step.get() == 4 { t("convert.confirm") } else { t("convert.next") }}
                        </button>
                    </div>
                </form>
            </Show>
            <Show when=move || step.get() == 5>
                <p class="alert alert-success" role="status" data-testid="conv-done">{t("convert.in_progress")}</p>
            </Show>
            <p class="conv-back-link"><a href="/servizi">{t("services.title")}</a></p>
        </section>
    }
}
