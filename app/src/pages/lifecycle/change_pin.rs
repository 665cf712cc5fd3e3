//! `/cambia-pin`: a new PIN chosen by the citizen, after an expired PIN
//! (`?motivo=scadenza`) or from MyINPS. The PIN rules are checked in the
//! browser with `domain::pin`, as the server checks them.
//!
//! data-testid: change-pin-title, change-pin-expired, change-pin-rules,
//! change-pin-error, change-pin-current, change-pin-new, change-pin-confirm,
//! change-pin-submit, change-pin-done, change-pin-continue.

use crate::format::rome_date;
use domain::api::{ChangePinRequest, FieldError, Next};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api;
use crate::components::alert::{Alert, AlertKind};
use crate::components::field::TextField;
use crate::components::form::{field_error, setter, show_api_error, GeneralError};
use crate::i18n::{t, tf};
use crate::nav::next_path;

/// `/cambia-pin` (`?motivo=scadenza` after a login with an expired PIN).
#[component]
pub fn ChangePin() -> impl IntoView {
    let query = use_query_map();
    let expired = move || query.with(|q| q.get("motivo").as_deref() == Some("scadenza"));
    let current = RwSignal::new(String::new());
    let new_pin = RwSignal::new(String::new());
    let confirm = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<(String, Next)>);
    let me = LocalResource::new(api::my_inps::me);
    let action = Action::new_local(|req: &ChangePinRequest| {
        let req = req.clone();
        async move { api::lifecycle::change_pin(&req).await }
    });
    Effect::new(move |_| match action.value().get() {
        Some(Ok(r)) => {
            errors.set(Vec::new());
            general.set(None);
            done.set(Some((rome_date(r.pin_expires_at), r.next)));
        }
        Some(Err(e)) => show_api_error(e, errors, general),
        None => {}
    });
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        general.set(None);
        let (c, n, k) = (
            current.get_untracked(),
            new_pin.get_untracked(),
            confirm.get_untracked(),
        );
        let mut local = Vec::new();
        if c.trim().is_empty() {
            local.push(FieldError::new(
                "current_pin",
                "REQUIRED",
                t("lifecycle.required"),
            ));
        }
        // The same rules as the server, checked at once in the browser.
        if let Some(Ok(me)) = me.get() {
            local.extend(domain::pin::validate_new_pin(
                &n,
                &me.codice_fiscale,
                &me.surname,
                &me.name,
            ));
        }
        if domain::pin::normalize(&n) != domain::pin::normalize(&k) {
            local.push(FieldError::new(
                "confirm_pin",
                "MISMATCH",
                t("lifecycle.change_pin.mismatch"),
            ));
        }
        if !local.is_empty() {
            general.set(Some(t("common.check_fields").to_owned()));
            errors.set(local);
            return;
        }
        errors.set(Vec::new());
        action.dispatch(ChangePinRequest {
            current_pin: c,
            new_pin: n,
        });
    };
    view! {
        <section class="page page-lifecycle" aria-labelledby="change-pin-title">
            <h1 id="change-pin-title" data-testid="change-pin-title">{t("lifecycle.change_pin.title")}</h1>
            <Show when=expired>
                <Alert kind=AlertKind::Warning testid="change-pin-expired">
                    <p>{t("lifecycle.change_pin.expired")}</p>
                </Alert>
            </Show>
            <p>{t("lifecycle.change_pin.intro")}</p>
            <ul class="rules" data-testid="change-pin-rules">
                <li>{t("lifecycle.change_pin.rule1")}</li>
                <li>{t("lifecycle.change_pin.rule2")}</li>
                <li>{t("lifecycle.change_pin.rule3")}</li>
            </ul>
            <GeneralError msg=general testid="change-pin-error" />
            <Show
                when=move || done.get().is_none()
                fallback=move || {
                    let (date, next) = done.get().unwrap_or_else(|| (String::new(), Next::Home));
                    view! {
                        <Alert kind=AlertKind::Success testid="change-pin-done">
                            <p>{tf("lifecycle.change_pin.done", &[("date", &date)])}</p>
                        </Alert>
                        <p>
                            <a class="btn btn-primary" href=next_path(next) data-testid="change-pin-continue">
                                {t("lifecycle.change_pin.continue")}
                            </a>
                        </p>
                    }
                }
            >
                <form class="form" on:submit=on_submit novalidate=true>
                    <TextField path="current_pin" label=t("lifecycle.change_pin.current") testid="change-pin-current"
                        value=current on_input=setter(current) error=field_error(errors, "current_pin")
                        required=true input_type="password" autocomplete="current-password" />
                    <TextField path="new_pin" label=t("lifecycle.change_pin.new") testid="change-pin-new"
                        value=new_pin on_input=setter(new_pin) error=field_error(errors, "new_pin")
                        required=true input_type="password" autocomplete="new-password" maxlength=8
                        hint=t("lifecycle.change_pin.new_hint") />
                    <TextField path="confirm_pin" label=t("lifecycle.change_pin.confirm") testid="change-pin-confirm"
                        value=confirm on_input=setter(confirm) error=field_error(errors, "confirm_pin")
                        required=true input_type="password" autocomplete="new-password" maxlength=8 />
                    <div class="actions">
                        <button type="submit" class="btn btn-primary" data-testid="change-pin-submit"
                            disabled=move || action.pending().get()>
                            {t("lifecycle.change_pin.submit")}
                        </button>
                    </div>
                </form>
            </Show>
        </section>
    }
}
