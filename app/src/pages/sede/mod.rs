//! `/sede`: the console of an INPS office (sede) — a PIN issued in person,
//! whole and already dispositivo, with its sealed envelope ([`issue`]), and
//! the desk conversion of an ordinary PIN to dispositivo ([`convert`]); the
//! operators' audit is `/operatori/registro`. One lazily loaded chunk.
//! Operators log in at `/backoffice`, which sends a sede operator here.
//! Strings: `i18n/sede.rs` (`sede.*`); styles: `style/pages/sede.css`.
//!
//! Test ids: sede-operator, sede-login-needed, sede-forbidden,
//! sede-nav-<page>, and those of each page.

pub mod convert;
pub mod issue;

use domain::api::{FieldError, SedeDocument};
use leptos::prelude::*;

use crate::components::field::{SelectField, TextField};
use crate::components::form::{field_error, setter};
use crate::components::operator_console::{ConsoleTab, ConsoleTexts, OperatorConsole};
use crate::i18n::t;

const PAGES: &[ConsoleTab] = &[
    ("issue", "/sede", "sede.nav.issue"),
    ("convert", "/sede/conversione", "sede.nav.convert"),
    ("audit", "/operatori/registro", "sede.nav.audit"),
];

const TEXTS: ConsoleTexts = ConsoleTexts {
    loading: "sede.loading",
    intro: "sede.intro",
    nav: "sede.nav",
    forbidden: "sede.forbidden",
    login_needed: "sede.login_needed",
    login_link: "sede.login_link",
};

/// The console's frame ([`OperatorConsole`]): a sede operator's session,
/// the tabs, then the page.
#[component]
pub fn Console(active: &'static str, children: ChildrenFn) -> impl IntoView {
    view! {
        <OperatorConsole prefix="sede" page_class="page-sede" title="sede.title" role="sede"
            texts=TEXTS tabs=PAGES active=active>
            {children()}
        </OperatorConsole>
    }
}

/// The identity document's fields, bound to one signal per field.
#[derive(Clone, Copy)]
pub struct DocumentForm {
    pub kind: RwSignal<String>,
    pub number: RwSignal<String>,
    pub issuer: RwSignal<String>,
    pub issued_on: RwSignal<String>,
    pub expires_on: RwSignal<String>,
}

impl DocumentForm {
    pub fn new() -> Self {
        Self {
            kind: RwSignal::new(String::new()),
            number: RwSignal::new(String::new()),
            issuer: RwSignal::new(String::new()),
            issued_on: RwSignal::new(String::new()),
            expires_on: RwSignal::new(String::new()),
        }
    }

    pub fn value(&self) -> SedeDocument {
        SedeDocument {
            kind: self.kind.get_untracked(),
            number: self.number.get_untracked(),
            issuer: self.issuer.get_untracked(),
            issued_on: self.issued_on.get_untracked(),
            expires_on: self.expires_on.get_untracked(),
        }
    }
}

fn kind_label(kind: &str) -> &'static str {
    match kind {
        "carta_identita" => t("sede.kind.carta_identita"),
        "carta_identita_elettronica" => t("sede.kind.carta_identita_elettronica"),
        "passaporto" => t("sede.kind.passaporto"),
        "patente" => t("sede.kind.patente"),
        "passaporto_estero" => t("sede.kind.passaporto_estero"),
        _ => t("sede.kind.documento_estero"),
    }
}

/// The document fieldset: each server error next to its field.
#[component]
pub fn DocumentFields(
    doc: DocumentForm,
    errors: RwSignal<Vec<FieldError>>,
    prefix: &'static str,
) -> impl IntoView {
    let kinds: Vec<(String, String)> = domain::api::SEDE_DOCUMENT_KINDS
        .iter()
        .map(|k| ((*k).to_owned(), kind_label(k).to_owned()))
        .collect();
    view! {
        <fieldset>
            <legend>{t("sede.document")}</legend>
            <p class="sede-hint">{t("sede.document.hint")}</p>
            <SelectField path="document.kind" label=t("sede.document.kind") testid=if prefix == "issue" { "sede-issue-kind" } else { "sede-convert-kind" }
                value=doc.kind on_change=setter(doc.kind) options=kinds placeholder=t("sede.choose")
                error=field_error(errors, "document.kind") required=true />
            <TextField path="document.number" label=t("sede.document.number") testid=format!("sede-{prefix}-number")
                value=doc.number on_input=setter(doc.number) error=field_error(errors, "document.number") required=true uppercase=true />
            <TextField path="document.issuer" label=t("sede.document.issuer") testid=format!("sede-{prefix}-issuer")
                value=doc.issuer on_input=setter(doc.issuer) error=field_error(errors, "document.issuer") required=true />
            <TextField path="document.issued_on" label=t("sede.document.issued_on") testid=format!("sede-{prefix}-issued-on")
                value=doc.issued_on on_input=setter(doc.issued_on) error=field_error(errors, "document.issued_on") required=true input_type="date" />
            <TextField path="document.expires_on" label=t("sede.document.expires_on") testid=format!("sede-{prefix}-expires-on")
                value=doc.expires_on on_input=setter(doc.expires_on) error=field_error(errors, "document.expires_on") required=true input_type="date" />
        </fieldset>
    }
}
