//! What "Richiedi PIN" shows besides the form: the outcome after a
//! successful request, "already assigned" (restore or revoke instead), and
//! the end of issuance (SPID, CIE, CNS).

use domain::api::{PinRequestCreated, RequestStatus};
use leptos::prelude::*;
use leptos_router::components::A;

use super::FormState;
use crate::components::alert::{Alert, AlertKind};
use crate::components::stepper::Stepper;
use crate::i18n::{t, t_opt, tf};

#[component]
pub fn AlreadyAssigned(cf: String) -> impl IntoView {
    view! {
        <Alert kind=AlertKind::Error testid="already-assigned" id="already-assigned">
            <p><strong>{tf("request.already_assigned", &[("cf", &cf)])}</strong></p>
            <p>{t("request.already_assigned_help")}</p>
            <ul>
                <li><A href="/ripristina-pin" attr:data-testid="already-assigned-restore">{t("home.restore")}</A>
                    " — " {t("request.already_restore_text")}</li>
                <li><A href="/revoca-pin" attr:data-testid="already-assigned-revoke">{t("home.revoke")}</A>
                    " — " {t("request.already_revoke_text")}</li>
            </ul>
        </Alert>
    }
}

#[component]
pub fn IssuanceClosed(cutoff: Signal<String>) -> impl IntoView {
    let text = move || {
        let c = cutoff.get();
        if c.is_empty() {
            t("request.closed_text_nodate").to_string()
        } else {
            tf("request.closed_text", &[("date", &c)])
        }
    };
    view! {
        <Alert kind=AlertKind::Warning testid="issuance-closed" title=t("request.closed_title").to_string()>
            <p data-testid="issuance-closed-text">{text}</p>
            <p>{t("request.closed_alternatives")}</p>
            <ul>
                <li>{t("request.closed_spid")}</li>
                <li>{t("request.closed_cie")}</li>
                <li>{t("request.closed_cns")}</li>
            </ul>
            <p>{t("request.closed_existing")}</p>
        </Alert>
        <p class="home-links">
            <A href="/accedi" attr:class="btn btn-primary" attr:data-testid="issuance-closed-login">{t("home.myinps")}</A>
            <A href="/" attr:class="btn btn-outline-primary">{t("common.home_link")}</A>
        </p>
    }
}

#[component]
pub fn Outcome(created: PinRequestCreated, form: FormState, on_new: Callback<()>) -> impl IntoView {
    let status = match created.status {
        RequestStatus::Issued => "issued",
        RequestStatus::AwaitingVerification => "awaiting_verification",
    };
    let req = form.to_request();
    let channels: Vec<String> = [
        req.contacts
            .mobile
            .as_ref()
            .map(|m| format!("{} {m}", t("request.channel_sms"))),
        req.contacts
            .email
            .as_ref()
            .map(|m| format!("{} {m}", t("request.channel_email"))),
        req.contacts
            .pec
            .as_ref()
            .map(|m| format!("{} {m}", t("request.channel_pec"))),
    ]
    .into_iter()
    .flatten()
    .collect();
    let phone = match req.contacts.preferred_phone.as_str() {
        "home" => req.contacts.home_phone.clone().unwrap_or_default(),
        _ => req.contacts.mobile.clone().unwrap_or_default(),
    };
    // The catalog's words for the time slot (the domain's label is Italian).
    let slot = req.contacts.preferred_time.trim();
    let time = t_opt(&format!("request.preferred_time.{slot}"))
        .or_else(|| domain::request::preferred_time_label(slot))
        .unwrap_or_default();
    let awaiting = created.status == RequestStatus::AwaitingVerification;
    view! {
        <Stepper steps=vec![t("request.step1"), t("request.step2"), t("request.step3")] current=4usize />
        <div class="alert alert-success" role="status" tabindex="-1" id="request-outcome"
            data-testid="request-outcome" data-status=status>
            <h2 class="alert-title" data-testid="request-outcome-status">
                {if awaiting { t("request.outcome_title_awaiting") } else { t("request.outcome_title") }}
            </h2>
            <p>{t("request.outcome_text")}</p>
            <ul>
                <li>{t("request.outcome_half1")} " " {channels.join(", ")}.</li>
                <li>{if awaiting { t("request.outcome_half2_held") } else { t("request.outcome_half2") }}</li>
            </ul>
            {awaiting.then(|| view! {
                <p data-testid="request-outcome-callback">
                    {tf("request.outcome_callback", &[("phone", &phone), ("time", time)])}
                </p>
            })}
            <p>{t("request.outcome_12h")}</p>
            <p>{t("request.outcome_id")} " " <strong data-testid="request-id">{created.request_id.clone()}</strong></p>
        </div>
        <p class="home-links">
            <A href="/" attr:class="btn btn-primary" attr:data-testid="request-outcome-home">{t("common.home_link")}</A>
            <A href="/simulatore" attr:class="btn btn-outline-primary">{t("request.outcome_simulator")}</A>
            <button type="button" class="btn btn-outline-primary" data-testid="request-new" on:click=move |_| on_new.run(())>
                {t("request.new")}
            </button>
        </p>
    }
}
