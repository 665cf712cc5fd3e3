//! Attiva PIN (`/attiva-pin`), Ripristina PIN (`/ripristina-pin`) and Revoca
//! PIN (`/revoca-pin`): one procedure confirmed by a code, in four steps —
//! the data, the summary to confirm, the code received, the outcome.
//!
//! data-testid, with `<p>` = activate | restore | revoke: `<p>-title`,
//! `<p>-cf`, `<p>-ts-number`, `<p>-ts-expiry`, `<p>-first-half`, `<p>-mobile`,
//! `<p>-email`, `<p>-pec`, `<p>-next` (data → summary), `<p>-summary-title`,
//! `<p>-summary`, `<p>-summary-<field>`, `procedure-summary-back`,
//! `<p>-submit` (send), `procedure-received`, `<p>-code`, `procedure-back`,
//! `<p>-confirm`, `procedure-done`, `procedure-login`, `revoke-new-request`,
//! `restore-to-revoke`, `procedure-error`.

use domain::api::{
    ActivateRequest, CodeConfirm, FieldError, PinContacts, RestoreRequest, RevokeRequest,
};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::code_request::{ProcRequest, Procedure};
use crate::api;
use crate::components::alert::{Alert, AlertKind};
use crate::components::field::TextField;
use crate::components::form::{field_error, non_empty, setter, show_api_error, GeneralError};
use crate::components::stepper::Stepper;
use crate::i18n::t;

/// One form for the three procedures: step 1 the data, step 2 the summary
/// to confirm before anything is sent (SPEC: every procedure), step 3 the
/// code received, step 4 the outcome. "Indietro" keeps what was typed.
#[component]
fn CodeProcedure(proc_: Procedure) -> impl IntoView {
    let p = proc_.prefix();
    let tid = move |s: &str| -> String { format!("{p}-{s}") };
    let cf = RwSignal::new(String::new());
    let ts_number = RwSignal::new(String::new());
    let ts_expiry = RwSignal::new(String::new());
    let first_half = RwSignal::new(String::new());
    let mobile = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let pec = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let step = RwSignal::new(1usize);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(None::<String>);
    let received = RwSignal::new(String::new());
    let outcome = RwSignal::new(String::new());

    let build = move || {
        let contacts = PinContacts {
            home_phone: None,
            mobile: non_empty(&mobile.get_untracked()),
            email: non_empty(&email.get_untracked()),
            pec: non_empty(&pec.get_untracked()),
        };
        let (c, n, e, h) = (
            cf.get_untracked(),
            ts_number.get_untracked(),
            ts_expiry.get_untracked(),
            first_half.get_untracked(),
        );
        match proc_ {
            Procedure::Activate => ProcRequest::Activate(ActivateRequest {
                codice_fiscale: c,
                tessera_sanitaria_number: n,
                tessera_sanitaria_expiry: e,
                first_half: h,
                contacts,
            }),
            Procedure::Restore => ProcRequest::Restore(RestoreRequest {
                codice_fiscale: c,
                tessera_sanitaria_number: n,
                contacts,
            }),
            Procedure::Revoke => ProcRequest::Revoke(RevokeRequest {
                codice_fiscale: c,
                tessera_sanitaria_number: n,
                tessera_sanitaria_expiry: e,
                email: contacts.email,
                pec: contacts.pec,
            }),
        }
    };
    let summary = RwSignal::new(Vec::<(&'static str, String, &'static str)>::new());

    let submit = Action::new_local(move |req: &ProcRequest| {
        let req = req.clone();
        async move {
            match req {
                ProcRequest::Activate(r) => api::lifecycle::activate(&r).await,
                ProcRequest::Restore(r) => api::lifecycle::restore(&r).await,
                ProcRequest::Revoke(r) => api::lifecycle::revoke(&r).await,
            }
        }
    });
    Effect::new(move |_| match submit.value().get() {
        Some(Ok(o)) => {
            errors.set(Vec::new());
            general.set(None);
            received.set(o.message);
            step.set(3);
        }
        Some(Err(e)) => {
            // Field errors are shown next to their field, on the data step.
            if !e.fields.is_empty() {
                step.set(1);
            }
            show_api_error(e, errors, general);
        }
        None => {}
    });
    let confirm = Action::new_local(move |_: &()| {
        let req = CodeConfirm {
            codice_fiscale: cf.get_untracked(),
            code: code.get_untracked(),
        };
        async move { api::lifecycle::confirm_code(proc_.prefix(), &req).await }
    });
    Effect::new(move |_| match confirm.value().get() {
        Some(Ok(o)) => {
            errors.set(Vec::new());
            general.set(None);
            outcome.set(o.message);
            step.set(4);
        }
        Some(Err(e)) => show_api_error(e, errors, general),
        None => {}
    });

    let steps = vec![
        t("lifecycle.procedure.step.data"),
        t("lifecycle.procedure.step.summary"),
        t("lifecycle.procedure.step.code"),
        t("lifecycle.procedure.step.done"),
    ];
    let on_data = move |ev: SubmitEvent| {
        ev.prevent_default();
        let req = build();
        let local = req.validate();
        if !local.is_empty() {
            general.set(Some(t("common.check_fields").to_owned()));
            errors.set(local);
            return;
        }
        errors.set(Vec::new());
        general.set(None);
        summary.set(req.summary());
        step.set(2);
    };
    let on_send = move |ev: SubmitEvent| {
        ev.prevent_default();
        general.set(None);
        submit.dispatch(build());
    };
    let on_code = move |ev: SubmitEvent| {
        ev.prevent_default();
        if code.get_untracked().trim().is_empty() {
            general.set(Some(t("common.check_fields").to_owned()));
            errors.set(vec![FieldError::new(
                "code",
                "REQUIRED",
                t("lifecycle.required"),
            )]);
            return;
        }
        confirm.dispatch(());
    };
    let back_to_data = move |_| {
        errors.set(Vec::new());
        general.set(None);
        step.set(1);
    };
    let needs_expiry = proc_ != Procedure::Restore;
    let data_form = move || {
        view! {
            <form class="form" on:submit=on_data novalidate=true>
                <TextField path="codice_fiscale" label=t("lifecycle.procedure.cf") testid=tid("cf")
                    value=cf on_input=setter(cf) error=field_error(errors, "codice_fiscale") required=true
                    uppercase=true maxlength=16 autocomplete="off" />
                <TextField path="tessera_sanitaria_number" label=t("lifecycle.procedure.ts_number") testid=tid("ts-number")
                    value=ts_number on_input=setter(ts_number) error=field_error(errors, "tessera_sanitaria_number")
                    required=true inputmode="numeric" maxlength=24 hint=t("lifecycle.procedure.ts_number_hint") />
                {needs_expiry.then(|| view! {
                    <TextField path="tessera_sanitaria_expiry" label=t("lifecycle.procedure.ts_expiry") testid=tid("ts-expiry")
                        value=ts_expiry on_input=setter(ts_expiry) error=field_error(errors, "tessera_sanitaria_expiry")
                        required=true placeholder=t("common.date_placeholder") hint=t("lifecycle.procedure.date_hint") />
                })}
                {(proc_ == Procedure::Activate).then(|| view! {
                    <TextField path="first_half" label=t("lifecycle.procedure.first_half") testid=tid("first-half")
                        value=first_half on_input=setter(first_half) error=field_error(errors, "first_half")
                        required=true maxlength=8 hint=t("lifecycle.procedure.first_half_hint") />
                })}
                {(proc_ != Procedure::Revoke).then(|| view! {
                    <TextField path="contacts.mobile" label=t("common.contact.mobile") testid=tid("mobile")
                        value=mobile on_input=setter(mobile) error=field_error(errors, "contacts.mobile")
                        input_type="tel" autocomplete="tel" hint=t("common.contact.mobile_hint") />
                })}
                <TextField path=if proc_ == Procedure::Revoke { "email" } else { "contacts.email" }
                    label=t("common.contact.email") testid=tid("email") value=email on_input=setter(email)
                    error=field_error(errors, if proc_ == Procedure::Revoke { "email" } else { "contacts.email" })
                    input_type="email" autocomplete="email" />
                <TextField path=if proc_ == Procedure::Revoke { "pec" } else { "contacts.pec" }
                    label=t("common.contact.pec") testid=tid("pec") value=pec on_input=setter(pec)
                    error=field_error(errors, if proc_ == Procedure::Revoke { "pec" } else { "contacts.pec" })
                    input_type="email" />
                <div class="actions">
                    <button type="submit" class="btn btn-primary" data-testid=tid("next")>{t("lifecycle.procedure.next")}</button>
                </div>
            </form>
        }
    };
    let summary_view = move || {
        let rows = summary
            .get()
            .into_iter()
            .map(|(label, value, id)| {
                view! {
                    <dt>{label}</dt>
                    <dd translate="no" data-testid=format!("{p}-summary-{id}")>{value}</dd>
                }
            })
            .collect_view();
        view! {
            <h2 class="h4" data-testid=tid("summary-title")>{t("lifecycle.procedure.summary_title")}</h2>
            <p>{t("lifecycle.procedure.summary_intro")}</p>
            <dl class="summary" data-testid=tid("summary")>{rows}</dl>
            <form class="form" on:submit=on_send novalidate=true>
                <div class="actions">
                    <button type="button" class="btn btn-outline-primary" data-testid="procedure-summary-back"
                        on:click=back_to_data>{t("lifecycle.procedure.back")}</button>
                    " "
                    <button type="submit" class="btn btn-primary" data-testid=tid("submit")
                        disabled=move || submit.pending().get()>{t("lifecycle.procedure.send")}</button>
                </div>
            </form>
        }
    };
    view! {
        <Stepper steps=steps current=step />
        <GeneralError msg=general testid="procedure-error" />
        {move || match step.get() {
            1 => data_form().into_any(),
            2 => summary_view().into_any(),
            3 => view! {
                <Alert kind=AlertKind::Success testid="procedure-received"><p>{received.get()}</p></Alert>
                <form class="form" on:submit=on_code novalidate=true>
                    <TextField path="code" label=t("lifecycle.procedure.code") testid=tid("code")
                        value=code on_input=setter(code) error=field_error(errors, "code") required=true
                        autocomplete="one-time-code" />
                    <div class="actions">
                        <button type="button" class="btn btn-outline-primary" data-testid="procedure-back"
                            on:click=back_to_data>{t("lifecycle.procedure.back")}</button>
                        " "
                        <button type="submit" class="btn btn-primary" data-testid=tid("confirm")
                            disabled=move || confirm.pending().get()>{t("lifecycle.procedure.confirm")}</button>
                    </div>
                </form>
            }.into_any(),
            _ => view! {
                <Alert kind=AlertKind::Success testid="procedure-done"><p>{outcome.get()}</p></Alert>
                <p>
                    {if proc_ == Procedure::Revoke {
                        view! { <a class="btn btn-primary" href="/richiedi-pin" data-testid="revoke-new-request">{t("lifecycle.revoke.new_request")}</a> }.into_any()
                    } else {
                        view! { <a class="btn btn-primary" href="/accedi" data-testid="procedure-login">{t("common.go_login")}</a> }.into_any()
                    }}
                </p>
            }.into_any(),
        }}
    }
}

/// `/attiva-pin` (SPEC §4.4).
#[component]
pub fn ActivatePin() -> impl IntoView {
    view! {
        <section class="page page-lifecycle" aria-labelledby="activate-title">
            <h1 id="activate-title" data-testid="activate-title">{t("lifecycle.activate.title")}</h1>
            <p>{t("lifecycle.activate.intro")}</p>
            <CodeProcedure proc_=Procedure::Activate />
        </section>
    }
}

/// `/ripristina-pin` (SPEC §4.6).
#[component]
pub fn RestorePin() -> impl IntoView {
    view! {
        <section class="page page-lifecycle" aria-labelledby="restore-title">
            <h1 id="restore-title" data-testid="restore-title">{t("lifecycle.restore.title")}</h1>
            <p>{t("lifecycle.restore.intro")}</p>
            <p><a href="/revoca-pin" data-testid="restore-to-revoke">{t("lifecycle.restore.to_revoke")}</a></p>
            <CodeProcedure proc_=Procedure::Restore />
        </section>
    }
}

/// `/revoca-pin` (SPEC §4.7).
#[component]
pub fn RevokePin() -> impl IntoView {
    view! {
        <section class="page page-lifecycle" aria-labelledby="revoke-title">
            <h1 id="revoke-title" data-testid="revoke-title">{t("lifecycle.revoke.title")}</h1>
            <p>{t("lifecycle.revoke.intro")}</p>
            <CodeProcedure proc_=Procedure::Revoke />
        </section>
    }
}
