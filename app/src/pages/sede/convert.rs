//! `/sede/conversione`: an ordinary PIN converted to dispositivo at the
//! desk — the operator checks the signed MV35 and the identity document
//! (no upload); applications frozen while waiting are protocolled.
//!
//! Test ids: sede-convert-cf, sede-convert-kind, sede-convert-number,
//! sede-convert-issuer, sede-convert-issued-on, sede-convert-expires-on,
//! sede-convert-submit, sede-convert-done, sede-convert-error.

use domain::api::{DeskConversionBody, FieldError};
use leptos::prelude::*;

use super::{Console, DocumentFields, DocumentForm};
use crate::api;
use crate::components::field::TextField;
use crate::components::form::{field_error, setter, show_api_error, GeneralError};
use crate::i18n::{t, tf};

#[component]
pub fn DeskConversion() -> impl IntoView {
    let cf = RwSignal::new(String::new());
    let doc = DocumentForm::new();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(None::<String>);
    let convert = Action::new_local(|body: &DeskConversionBody| {
        let body = body.clone();
        async move { api::sede::convert(&body).await }
    });
    Effect::new(move |_| match convert.value().get() {
        Some(Ok(_)) => {
            errors.set(Vec::new());
            general.set(None);
        }
        Some(Err(e)) => show_api_error(e, errors, general),
        None => {}
    });
    view! {
        <Console active="convert">
            <h2>{t("sede.convert.title")}</h2>
            <p>{t("sede.convert.intro")}</p>
            <GeneralError msg=general testid="sede-convert-error" />
            <form class="sede-form" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                convert.dispatch(DeskConversionBody { codice_fiscale: cf.get_untracked(), document: doc.value() });
            }>
                <TextField path="codice_fiscale" label=t("sede.cf") testid="sede-convert-cf"
                    value=cf on_input=setter(cf) error=field_error(errors, "codice_fiscale") required=true uppercase=true maxlength=16 />
                <DocumentFields doc=doc errors=errors prefix="convert" />
                <button type="submit" class="btn btn-primary" data-testid="sede-convert-submit">{t("sede.convert.submit")}</button>
            </form>
            {move || convert.value().get().and_then(|r| r.ok()).map(|d| view! {
                <p class="alert alert-success" role="status" data-testid="sede-convert-done">
                    {tf("sede.convert.done", &[("id", &d.conversion_id), ("count", &d.protocolled.to_string())])}
                </p>
            })}
        </Console>
    }
}
