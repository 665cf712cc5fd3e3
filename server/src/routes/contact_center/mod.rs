//! The contact center's console (API.md, "Operators"): a caller found by
//! codice fiscale, a PIN request filed on the caller's behalf (the online
//! form's rules, through [`crate::filing`]), the callback queue for
//! residences that did not match the registry and its call outcomes, half 1
//! resent when it has not arrived, the support requests filed on
//! `/supporto-tecnico` (taken in charge, closed with a reply by e-mail), and
//! the audit of every operator action.
//! Only `contact_center` operators may act here (403 `FORBIDDEN_ROLE`
//! otherwise); every action is recorded in the audit, and in the citizen's
//! "Le tue attività" where the citizen would be told.

mod audit;
mod callbacks;
mod citizen;
mod contacts;
mod phone_request;
mod resend;
mod support;

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::{DateTime, Utc};
use domain::api::{
    ActivityEntry, AddContactBody, AuditLine, Callback, CallbackOutcomeBody, Channel, CitizenFile,
    ConfirmContactBody, Contacts, ErrorCode, FieldError, Half1ResendBody, Half1Resent, PinRequest,
    PinRequestCreated, PinState, PinSummary, RegistryPerson, RequestSummary, ResidenceType,
    HALF1_RESEND_AFTER_HOURS, MAX_HALF1_RESENDS,
};
use domain::request::{
    normalize_cf, normalize_phone, preferred_time_label, present, validate_residence,
};
use serde::Deserialize;

use crate::auth::{ContactCenterOperator, CurrentOperator};
use crate::codes;
use crate::error::{AppError, AppJson, AppPath, AppQuery, AppResult};
use crate::filing::file_request;
use crate::notify::{self, contacts_of, describe, instant_message, kind, mask};
use crate::operators::{self, action, audit_entry};
use crate::sim::deliveries;
use crate::state::AppState;
use crate::store::{
    CallbackOutcome, CallbackRow, CodePurpose, Credential, CredentialEvent, Half1Resend, NewMessage,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/operator/citizens/{codice_fiscale}", get(citizen::citizen))
        .route(
            "/operator/phone-requests",
            post(phone_request::phone_request),
        )
        .route("/operator/callbacks", get(callbacks::callbacks))
        .route("/operator/callbacks/{id}/outcome", post(callbacks::outcome))
        .route("/operator/half1-resend", post(resend::half1_resend))
        .route("/operator/contacts", post(contacts::add_contact))
        .route(
            "/operator/contacts/confirm",
            post(contacts::confirm_contact),
        )
        .route("/operator/audit", get(audit::audit))
        .route("/operator/support-requests", get(support::list))
        .route("/operator/support-requests/{id}", get(support::one))
        .route("/operator/support-requests/{id}/take", post(support::take))
        .route(
            "/operator/support-requests/{id}/close",
            post(support::close),
        )
}

/// The role of this console. Handlers with a body or a path check it after
/// reading them, so a malformed request is a 400 whoever sends it.
const CONTACT_CENTER: &str = "contact_center";

const FOOTER: &str = "\n\n— Messaggio del simulatore PIN INPS (non affiliato all'INPS).";

/// The number the contact center calls: the preferred phone, else any.
fn phone_of(c: &Contacts) -> String {
    match c.preferred_phone.trim() {
        "home" => present(&c.home_phone),
        _ => present(&c.mobile),
    }
    .or_else(|| present(&c.mobile))
    .or_else(|| present(&c.home_phone))
    .map(normalize_phone)
    .unwrap_or_default()
}

/// A call the citizen receives now (the simulator's phone inbox).
fn call(
    request_id: &str,
    phone: &str,
    subject: &str,
    body: String,
    now: DateTime<Utc>,
) -> NewMessage {
    let mut m = instant_message(
        Channel::Call,
        phone,
        subject,
        format!("{body}{FOOTER}"),
        None,
        now,
    );
    m.request_id = Some(request_id.to_owned());
    m
}

/// The live credential of `cf` if it is the one `request_id` created.
async fn credential_of(st: &AppState, cf: &str, request_id: &str) -> AppResult<Option<Credential>> {
    Ok(st
        .store
        .live_credential(cf)
        .await?
        .filter(|c| c.request_id.as_deref() == Some(request_id)))
}
