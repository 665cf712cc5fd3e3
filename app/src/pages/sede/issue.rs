//! `/sede`: a PIN issued in person. The operator identifies the citizen
//! with an identity document valid today (no delegates; minors through a
//! parent or the tutore, people under guardianship through their tutore,
//! curatore or amministratore di sostegno), chooses the exception that
//! applies after the cut-off date, and hands over the sealed envelope PDF
//! with the 16 characters (printable from this session only, for 10
//! minutes).
//!
//! Test ids: sede-issue-cf, sede-issue-kind, sede-issue-number,
//! sede-issue-issuer, sede-issue-issued-on, sede-issue-expires-on,
//! sede-issue-exception, sede-rep-name, sede-rep-surname, sede-rep-cf,
//! sede-rep-relation, sede-issue-submit, sede-issue-done,
//! sede-envelope-link, sede-issue-error.

use domain::api::{FieldError, InPersonPinBody, Representative};
use leptos::prelude::*;

use super::{Console, DocumentFields, DocumentForm};
use crate::api;
use crate::components::field::{SelectField, TextField};
use crate::components::form::{field_error, setter, show_api_error, GeneralError};
use crate::i18n::{t, tf};

#[component]
pub fn IssuePin() -> impl IntoView {
    let cf = RwSignal::new(String::new());
    let doc = DocumentForm::new();
    let exception = RwSignal::new(String::new());
    let rep_name = RwSignal::new(String::new());
    let rep_surname = RwSignal::new(String::new());
    let rep_cf = RwSignal::new(String::new());
    let relation = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(None::<String>);
    let issue = Action::new_local(|body: &InPersonPinBody| {
        let body = body.clone();
        async move { api::sede::issue(&body).await }
    });
    Effect::new(move |_| match issue.value().get() {
        Some(Ok(_)) => {
            errors.set(Vec::new());
            general.set(None);
        }
        Some(Err(e)) => show_api_error(e, errors, general),
        None => {}
    });
    let exceptions = vec![
        ("minor".to_owned(), t("sede.exception.minor").to_owned()),
        (
            "no_italian_document".to_owned(),
            t("sede.exception.no_italian_document").to_owned(),
        ),
        (
            "guardianship".to_owned(),
            t("sede.exception.guardianship").to_owned(),
        ),
    ];
    let relations = vec![
        ("parent".to_owned(), t("sede.relation.parent").to_owned()),
        ("tutore".to_owned(), t("sede.relation.tutore").to_owned()),
        (
            "curatore".to_owned(),
            t("sede.relation.curatore").to_owned(),
        ),
        (
            "amministratore_di_sostegno".to_owned(),
            t("sede.relation.amministratore_di_sostegno").to_owned(),
        ),
    ];
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let rep = [rep_name, rep_surname, rep_cf, relation]
            .iter()
            .any(|s| !s.get_untracked().trim().is_empty())
            .then(|| Representative {
                name: rep_name.get_untracked(),
                surname: rep_surname.get_untracked(),
                codice_fiscale: rep_cf.get_untracked(),
                relation: relation.get_untracked(),
            });
        let exception = exception.get_untracked();
        issue.dispatch(InPersonPinBody {
            codice_fiscale: cf.get_untracked(),
            document: doc.value(),
            exception: (!exception.is_empty()).then_some(exception),
            representative: rep,
        });
    };
    view! {
        <Console active="issue">
            <h2>{t("sede.issue.title")}</h2>
            <p>{t("sede.issue.intro")}</p>
            <GeneralError msg=general testid="sede-issue-error" />
            <form class="sede-form" novalidate on:submit=submit>
                <TextField path="codice_fiscale" label=t("sede.cf") testid="sede-issue-cf"
                    value=cf on_input=setter(cf) error=field_error(errors, "codice_fiscale") required=true uppercase=true maxlength=16 />
                <DocumentFields doc=doc errors=errors prefix="issue" />
                <fieldset>
                    <legend>{t("sede.exception")}</legend>
                    <SelectField path="exception" label=t("sede.exception.label") testid="sede-issue-exception"
                        value=exception on_change=setter(exception) options=exceptions.clone() placeholder=t("sede.exception.none")
                        error=field_error(errors, "exception") hint=t("sede.exception.hint") />
                </fieldset>
                <fieldset>
                    <legend>{t("sede.representative")}</legend>
                    <p class="sede-hint">{t("sede.representative.hint")}</p>
                    {move || field_error(errors, "representative").get().map(|m| view! {
                        <p class="field-error" data-testid="field-error-representative">{crate::i18n::localize(&m)}</p>
                    })}
                    <SelectField path="representative.relation" label=t("sede.representative.relation") testid="sede-rep-relation"
                        value=relation on_change=setter(relation) options=relations.clone() placeholder=t("sede.representative.none")
                        error=field_error(errors, "representative.relation") />
                    <TextField path="representative.name" label=t("sede.representative.name") testid="sede-rep-name"
                        value=rep_name on_input=setter(rep_name) error=field_error(errors, "representative.name") />
                    <TextField path="representative.surname" label=t("sede.representative.surname") testid="sede-rep-surname"
                        value=rep_surname on_input=setter(rep_surname) error=field_error(errors, "representative.surname") />
                    <TextField path="representative.codice_fiscale" label=t("sede.representative.cf") testid="sede-rep-cf"
                        value=rep_cf on_input=setter(rep_cf) error=field_error(errors, "representative.codice_fiscale") uppercase=true maxlength=16 />
                </fieldset>
                <button type="submit" class="btn btn-primary" data-testid="sede-issue-submit">{t("sede.issue.submit")}</button>
            </form>
            {move || issue.value().get().and_then(|r| r.ok()).map(|d| view! {
                <div class="alert alert-success" role="status" data-testid="sede-issue-done">
                    <p>{tf("sede.issue.done", &[("request", &d.request_id)])}</p>
                    <p>
                        <a class="btn btn-outline-primary" href=api::link(&d.envelope_url) target="_blank" rel="noopener"
                            data-testid="sede-envelope-link">{t("sede.issue.envelope")}</a>
                    </p>
                    <p class="sede-hint">{t("sede.issue.envelope_hint")}</p>
                </div>
            })}
        </Console>
    }
}
