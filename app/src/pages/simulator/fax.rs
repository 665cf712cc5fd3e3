//! "Invia un fax (800 803 164)": the citizen faxes the signed MV35 module
//! and the copy of the identity document (the same files as the online
//! upload); the request lands in the back-office queue marked "Fax".
//!
//! Test ids: sim-fax-cf, sim-fax-doc-type, sim-fax-doc-number,
//! sim-fax-doc-issuer, sim-fax-doc-issued, sim-fax-doc-expires,
//! sim-fax-file-module, sim-fax-file-document_copy, sim-fax-choose-module,
//! sim-fax-choose-document_copy, sim-fax-chosen-module,
//! sim-fax-chosen-document_copy, sim-fax-send, sim-fax-done, sim-fax-error.

use domain::dispositivo::{DocumentType, IdentityDocument};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::api;
use crate::i18n::{t, t_opt, tf};

fn input(id: &str) -> Option<web_sys::HtmlInputElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()
}

fn chosen(id: &str) -> Option<web_sys::File> {
    input(id)?.files()?.get(0)
}

#[component]
pub fn FaxPanel() -> impl IntoView {
    let cf = RwSignal::new(String::new());
    let doc = RwSignal::new(IdentityDocument {
        doc_type: "carta_identita_elettronica".into(),
        ..Default::default()
    });
    let names = RwSignal::new((String::new(), String::new()));
    let done = RwSignal::new(None::<String>);
    // The message and the fields' messages of a refusal.
    let error = RwSignal::new(None::<(String, Vec<String>)>);
    let busy = RwSignal::new(false);

    let send = Action::new_local(
        move |(cf, d, m, c): &(String, IdentityDocument, web_sys::File, web_sys::File)| {
            let (cf, d, m, c) = (cf.clone(), d.clone(), m.clone(), c.clone());
            async move { api::simulator::send_fax(&cf, &d, m, c).await }
        },
    );
    Effect::new(move |_| {
        if let Some(r) = send.value().get() {
            busy.set(false);
            match r {
                Ok(c) => {
                    error.set(None);
                    done.set(Some(c.id));
                }
                Err(e) => {
                    done.set(None);
                    let fields = e.fields.into_iter().map(|f| f.message).collect();
                    error.set(Some((e.message, fields)));
                }
            }
        }
    });
    let on_send = move |_| {
        done.set(None);
        let (Some(m), Some(c)) = (
            chosen("sim-fax-file-module"),
            chosen("sim-fax-file-document_copy"),
        ) else {
            error.set(Some((t("simulator.fax.files_missing").into(), Vec::new())));
            return;
        };
        busy.set(true);
        send.dispatch((cf.get_untracked(), doc.get_untracked(), m, c));
    };

    let text_field = move |name: &'static str, label: &'static str, kind: &'static str| {
        let id = format!("sim-fax-doc-{name}");
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <input id=id.clone() class="form-control" type=kind data-testid=id
                    prop:value=move || doc.with(|d| match name {
                        "number" => d.number.clone(),
                        "issuer" => d.issuer.clone(),
                        "issued" => d.issued_on.clone(),
                        _ => d.expires_on.clone(),
                    })
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        doc.update(|d| match name {
                            "number" => d.number = v,
                            "issuer" => d.issuer = v,
                            "issued" => d.issued_on = v,
                            _ => d.expires_on = v,
                        });
                    } />
            </div>
        }
    };
    let file_row = move |slot: &'static str, label: &'static str| {
        let id = format!("sim-fax-file-{slot}");
        view! {
            // The browser's own file input speaks the browser's language: it
            // stays hidden, a button in the page's language opens it.
            <div class="field">
                <label for=id.clone() id=format!("{id}-label")>{label}</label>
                <input id=id.clone() type="file" hidden accept="application/pdf,image/jpeg,image/png"
                    data-testid=id.clone()
                    on:change=move |ev| {
                        let name = ev
                            .target()
                            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                            .and_then(|i| i.files())
                            .and_then(|f| f.get(0))
                            .map(|f| f.name())
                            .unwrap_or_default();
                        names.update(|n| if slot == "module" { n.0 = name } else { n.1 = name });
                    } />
                <button type="button" class="btn btn-outline-primary" id=format!("{id}-choose")
                    data-testid=format!("sim-fax-choose-{slot}")
                    aria-labelledby=format!("{id}-choose {id}-label")
                    on:click={
                        let id = id.clone();
                        move |_| {
                            if let Some(i) = input(&id) {
                                i.click();
                            }
                        }
                    }>
                    {t("simulator.fax.choose")}
                </button>
                " "
                <span data-testid=format!("sim-fax-chosen-{slot}")>
                    {move || names.with(|n| {
                        let n = if slot == "module" { &n.0 } else { &n.1 };
                        if n.is_empty() { t("simulator.fax.none_chosen").to_string() } else { n.clone() }
                    })}
                </span>
            </div>
        }
    };

    view! {
        <section class="sim-panel" aria-labelledby="sim-fax-title">
            <h2 id="sim-fax-title">{t("simulator.fax.title")}</h2>
            <p>{t("simulator.fax.intro")}</p>
            <div class="field">
                <label for="sim-fax-cf">{t("simulator.citizen.cf")}</label>
                <input id="sim-fax-cf" class="form-control" data-testid="sim-fax-cf" autocomplete="off"
                    translate="no" prop:value=move || cf.get()
                    on:input=move |ev| cf.set(event_target_value(&ev)) />
            </div>
            <div class="field">
                <label for="sim-fax-doc-type">{t("simulator.fax.doc_type")}</label>
                <select id="sim-fax-doc-type" class="form-select" data-testid="sim-fax-doc-type"
                    prop:value=move || doc.with(|d| d.doc_type.clone())
                    on:change=move |ev| { let v = event_target_value(&ev); doc.update(|d| d.doc_type = v); }>
                    {DocumentType::ALL.iter().map(|d| {
                        let slug = d.slug();
                        view! {
                            <option value=slug selected=move || doc.with(|x| x.doc_type == slug)>
                                {t_opt(&format!("convert.t.{slug}")).unwrap_or(d.label())}
                            </option>
                        }
                    }).collect_view()}
                </select>
            </div>
            {text_field("number", t("simulator.fax.doc_number"), "text")}
            {text_field("issuer", t("simulator.fax.doc_issuer"), "text")}
            {text_field("issued", t("simulator.fax.doc_issued"), "date")}
            {text_field("expires", t("simulator.fax.doc_expires"), "date")}
            {file_row("module", t("simulator.fax.module"))}
            {file_row("document_copy", t("simulator.fax.copy"))}
            <button type="button" class="btn btn-primary" data-testid="sim-fax-send"
                disabled=move || busy.get() on:click=on_send>
                {t("simulator.fax.send")}
            </button>
            <div aria-live="polite">
                {move || done.get().map(|id| view! {
                    <p class="alert alert-success" data-testid="sim-fax-done">
                        {tf("simulator.fax.done", &[("id", &id)])}
                    </p>
                })}
                {move || error.get().map(|(message, fields)| view! {
                    <div class="alert alert-danger" role="alert" data-testid="sim-fax-error">
                        <p>{message}</p>
                        <ul>{fields.into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}</ul>
                    </div>
                })}
            </div>
        </section>
    }
}
