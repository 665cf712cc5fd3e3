//! Typed API client (gloo-net) for the JSON contract in `shared/API.md`.
//!
//! Every call returns `Result<T, ApiError>`: a server error body is decoded
//! as-is; a network or decoding failure becomes an `ApiError` with an Italian
//! message (code `NETWORK`, or `HTTP` for an answer that is not the contract's JSON), so pages handle one
//! error type. Add functions for new endpoints at the end of the file.

#![allow(dead_code)] // the client exposes the whole API; pages use parts of it

use chrono::{DateTime, NaiveDate, Utc};
use domain::api::{ApiError, CfCheck, Clock, ErrorCode, Health, PinRequest, PinRequestCreated};
use gloo_net::http::{Request, RequestBuilder, Response};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::i18n::t;

pub const BASE: &str = "/api/v1";

fn local_error(code: ErrorCode, message: &str) -> ApiError {
    ApiError {
        code,
        message: message.to_string(),
        fields: Vec::new(),
        retry_after_seconds: None,
    }
}

fn network_error() -> ApiError {
    local_error(ErrorCode::Network, t("api.network"))
}

async fn decode<T: DeserializeOwned>(resp: Response) -> Result<T, ApiError> {
    let text = resp.text().await.map_err(|_| network_error())?;
    if resp.ok() {
        // An empty body (204) decodes as JSON null, i.e. `()` or `None`.
        let body = if text.trim().is_empty() {
            "null"
        } else {
            text.as_str()
        };
        serde_json::from_str(body).map_err(|_| local_error(ErrorCode::Http, t("api.decode")))
    } else {
        Err(serde_json::from_str::<ApiError>(&text)
            .unwrap_or_else(|_| local_error(ErrorCode::Http, t("api.server"))))
    }
}

async fn send<T: DeserializeOwned>(req: Result<Request, gloo_net::Error>) -> Result<T, ApiError> {
    let req = req.map_err(|_| network_error())?;
    let resp = req.send().await.map_err(|_| network_error())?;
    decode(resp).await
}

fn builder_send(b: RequestBuilder) -> Result<Request, gloo_net::Error> {
    b.header("Accept", "application/json").build()
}

/// `GET path` (relative to the site root, e.g. `/api/v1/health`).
pub async fn get_json<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    send(builder_send(Request::get(path))).await
}

/// `GET path?query` with the query pairs URL-encoded.
pub async fn get_json_query<T: DeserializeOwned>(
    path: &str,
    query: &[(&str, &str)],
) -> Result<T, ApiError> {
    send(builder_send(
        Request::get(path).query(query.iter().copied()),
    ))
    .await
}

/// `POST path` with a JSON body.
pub async fn post_json<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
) -> Result<T, ApiError> {
    send(
        Request::post(path)
            .header("Accept", "application/json")
            .json(body),
    )
    .await
}

/// `DELETE path`.
pub async fn delete<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    send(builder_send(Request::delete(path))).await
}

// ---------------------------------------------------------------- health and simulation

pub async fn health() -> Result<Health, ApiError> {
    get_json(&format!("{BASE}/health")).await
}

pub async fn sim_clock() -> Result<Clock, ApiError> {
    get_json(&format!("{BASE}/sim/clock")).await
}

/// `GET /api/v1/sim/status`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimStatus {
    pub now: DateTime<Utc>,
    /// First day on which PIN requests are refused.
    pub cutoff_date: NaiveDate,
    #[serde(default)]
    pub post_delay_days: Option<i64>,
}

pub async fn sim_status() -> Result<SimStatus, ApiError> {
    get_json(&format!("{BASE}/sim/status")).await
}

// ---------------------------------------------------------------- codice fiscale

/// Person fields to check a codice fiscale against (all optional).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CfPersonQuery {
    pub surname: Option<String>,
    pub name: Option<String>,
    pub sex: Option<String>,
    /// `YYYY-MM-DD`.
    pub birth_date: Option<String>,
    pub birthplace_code: Option<String>,
}

pub async fn codice_fiscale(
    code: &str,
    person: Option<&CfPersonQuery>,
) -> Result<CfCheck, ApiError> {
    let path = format!("{BASE}/codice-fiscale/{}", code.trim());
    let mut query: Vec<(&str, &str)> = Vec::new();
    if let Some(p) = person {
        for (k, v) in [
            ("surname", &p.surname),
            ("name", &p.name),
            ("sex", &p.sex),
            ("birth_date", &p.birth_date),
            ("birthplace_code", &p.birthplace_code),
        ] {
            if let Some(v) = v {
                query.push((k, v.as_str()));
            }
        }
    }
    get_json_query(&path, &query).await
}

// ---------------------------------------------------------------- places

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Province {
    pub sigla: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comune {
    /// Belfiore code, e.g. `H501`.
    pub code: String,
    pub name: String,
    pub province: String,
    #[serde(default)]
    pub valid_from: Option<String>,
    #[serde(default)]
    pub valid_to: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Country {
    /// Z-code, e.g. `Z404`.
    pub code: String,
    pub name: String,
}

pub async fn provinces() -> Result<Vec<Province>, ApiError> {
    get_json(&format!("{BASE}/places/provinces")).await
}

/// Comuni of a province valid on `date` (`YYYY-MM-DD`; none = today's list).
pub async fn comuni(sigla: &str, date: Option<&str>) -> Result<Vec<Comune>, ApiError> {
    let path = format!("{BASE}/places/provinces/{}/comuni", sigla.trim());
    match date {
        Some(d) => get_json_query(&path, &[("date", d)]).await,
        None => get_json(&path).await,
    }
}

pub async fn countries() -> Result<Vec<Country>, ApiError> {
    get_json(&format!("{BASE}/places/countries")).await
}

// ---------------------------------------------------------------- PIN request

pub async fn create_pin_request(req: &PinRequest) -> Result<PinRequestCreated, ApiError> {
    post_json(&format!("{BASE}/pin-requests"), req).await
}

// ---------------------------------------------------------------- session, PIN, MyINPS (access pages)

/// `POST /api/v1/session`: login with codice fiscale and PIN.
pub async fn login(
    req: &domain::api::LoginRequest,
) -> Result<domain::api::LoginResponse, ApiError> {
    post_json(&format!("{BASE}/session"), req).await
}

/// `DELETE /api/v1/session`: logout (204).
pub async fn logout() -> Result<(), ApiError> {
    delete(&format!("{BASE}/session")).await
}

/// `POST /api/v1/pin/first-access`: the new 8-character PIN, shown once.
pub async fn first_access() -> Result<domain::api::FirstAccessResponse, ApiError> {
    post_json(&format!("{BASE}/pin/first-access"), &serde_json::json!({})).await
}

/// `GET /api/v1/me`: the logged-in citizen.
pub async fn me() -> Result<domain::api::Me, ApiError> {
    get_json(&format!("{BASE}/me")).await
}

// ---------------------------------------------------------------- simulator (inboxes, clock, citizens)

/// `POST /api/v1/sim/clock`: advance or set the simulated clock.
pub async fn sim_set_clock(update: &domain::api::ClockUpdate) -> Result<Clock, ApiError> {
    post_json(&format!("{BASE}/sim/clock"), update).await
}

/// A simulated delivery; the contract's `Message` plus the expected arrival
/// of a letter still on its way, when the server tells it (`due_at`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimMessage {
    #[serde(flatten)]
    pub message: domain::api::Message,
    #[serde(default, alias = "deliver_at", alias = "expected_delivery_at")]
    pub due_at: Option<DateTime<Utc>>,
}

/// `GET /api/v1/sim/messages?recipient=...` (newest first); `None` = all messages.
pub async fn sim_messages(recipient: Option<&str>) -> Result<Vec<SimMessage>, ApiError> {
    let path = format!("{BASE}/sim/messages");
    match recipient {
        Some(r) => get_json_query(&path, &[("recipient", r.trim())]).await,
        None => get_json(&path).await,
    }
}

/// `POST /api/v1/sim/citizens {}`: a new synthetic registry citizen.
pub async fn sim_new_citizen() -> Result<domain::api::Citizen, ApiError> {
    post_json(&format!("{BASE}/sim/citizens"), &serde_json::json!({})).await
}

// ---------------------------------------------------------------- credential lifecycle (issue 4)

/// `POST /api/v1/pin/first-access`, with the next step.
pub async fn first_access_done() -> Result<domain::api::FirstAccessDone, ApiError> {
    post_json(&format!("{BASE}/pin/first-access"), &serde_json::json!({})).await
}

/// `POST /api/v1/pin/change`.
pub async fn change_pin(
    req: &domain::api::ChangePinRequest,
) -> Result<domain::api::PinChanged, ApiError> {
    post_json(&format!("{BASE}/pin/change"), req).await
}

pub async fn verify_contacts_status() -> Result<domain::api::VerifyContactsStatus, ApiError> {
    get_json(&format!("{BASE}/pin/verify-contacts")).await
}

pub async fn send_verification_codes() -> Result<domain::api::VerifyContactsStatus, ApiError> {
    post_json(
        &format!("{BASE}/pin/verify-contacts/send"),
        &serde_json::json!({}),
    )
    .await
}

pub async fn verify_contacts(
    req: &domain::api::VerifyContactsRequest,
) -> Result<domain::api::NextStep, ApiError> {
    post_json(&format!("{BASE}/pin/verify-contacts"), req).await
}

pub async fn privacy_notice() -> Result<domain::api::PrivacyNotice, ApiError> {
    get_json(&format!("{BASE}/privacy")).await
}

pub async fn accept_privacy(version: i64) -> Result<domain::api::NextStep, ApiError> {
    post_json(
        &format!("{BASE}/pin/privacy"),
        &domain::api::PrivacyAccept { version },
    )
    .await
}

pub async fn activate(
    req: &domain::api::ActivateRequest,
) -> Result<domain::api::Outcome, ApiError> {
    post_json(&format!("{BASE}/pin/activate"), req).await
}

pub async fn restore(req: &domain::api::RestoreRequest) -> Result<domain::api::Outcome, ApiError> {
    post_json(&format!("{BASE}/pin/restore"), req).await
}

pub async fn revoke(req: &domain::api::RevokeRequest) -> Result<domain::api::Outcome, ApiError> {
    post_json(&format!("{BASE}/pin/revoke"), req).await
}

/// `POST /api/v1/pin/{activate|restore|revoke}/confirm`.
pub async fn confirm_code(
    procedure: &str,
    req: &domain::api::CodeConfirm,
) -> Result<domain::api::Outcome, ApiError> {
    post_json(&format!("{BASE}/pin/{procedure}/confirm"), req).await
}

pub async fn my_activity() -> Result<Vec<domain::api::ActivityEntry>, ApiError> {
    get_json(&format!("{BASE}/me/activity")).await
}

// ---------------------------------------------------------------- PIN levels, applications, dispositivo

pub async fn services() -> Result<domain::dispositivo::ServicesOverview, ApiError> {
    get_json(&format!("{BASE}/services")).await
}

pub async fn contributions() -> Result<domain::dispositivo::ContributionStatement, ApiError> {
    get_json(&format!("{BASE}/services/estratto-conto")).await
}

pub async fn certificates() -> Result<Vec<domain::dispositivo::MedicalCertificate>, ApiError> {
    get_json(&format!("{BASE}/services/certificati-medici")).await
}

pub async fn payments() -> Result<Vec<domain::dispositivo::Payment>, ApiError> {
    get_json(&format!("{BASE}/services/pagamenti")).await
}

pub async fn applications() -> Result<Vec<domain::dispositivo::Application>, ApiError> {
    get_json(&format!("{BASE}/applications")).await
}

pub async fn submit_application(
    body: &domain::dispositivo::NewApplication,
) -> Result<domain::dispositivo::Application, ApiError> {
    post_json(&format!("{BASE}/applications"), body).await
}

pub async fn conversion() -> Result<Option<domain::dispositivo::Conversion>, ApiError> {
    get_json(&format!("{BASE}/dispositivo/conversion")).await
}

#[derive(Debug, Clone, Serialize)]
pub struct ConversionRequest {
    pub document: domain::dispositivo::IdentityDocument,
}

pub async fn save_document(
    doc: &domain::dispositivo::IdentityDocument,
) -> Result<domain::dispositivo::Conversion, ApiError> {
    post_json(
        &format!("{BASE}/dispositivo/conversion"),
        &ConversionRequest {
            document: doc.clone(),
        },
    )
    .await
}

pub async fn submit_conversion() -> Result<domain::dispositivo::Conversion, ApiError> {
    post_json(
        &format!("{BASE}/dispositivo/conversion/submit"),
        &serde_json::json!({}),
    )
    .await
}

/// Multipart upload of a chosen file (`slot`: `module` or `document`).
pub async fn upload_file(
    slot: &str,
    file: web_sys::File,
) -> Result<domain::dispositivo::Conversion, ApiError> {
    let form = web_sys::FormData::new().map_err(|_| network_error())?;
    form.append_with_blob("file", &file)
        .map_err(|_| network_error())?;
    send(
        Request::post(&format!("{BASE}/dispositivo/conversion/files/{slot}"))
            .header("Accept", "application/json")
            .body(form),
    )
    .await
}

pub async fn operator_login(
    username: &str,
    password: &str,
) -> Result<domain::dispositivo::Operator, ApiError> {
    post_json(
        &format!("{BASE}/operator/session"),
        &domain::dispositivo::OperatorLogin {
            username: username.into(),
            password: password.into(),
        },
    )
    .await
}

pub async fn operator_me() -> Result<domain::dispositivo::Operator, ApiError> {
    get_json(&format!("{BASE}/operator/session")).await
}

pub async fn operator_logout() -> Result<(), ApiError> {
    delete(&format!("{BASE}/operator/session")).await
}

pub async fn operator_queue() -> Result<Vec<domain::dispositivo::ConversionReview>, ApiError> {
    get_json(&format!("{BASE}/operator/conversions")).await
}

pub async fn operator_approve(id: &str) -> Result<domain::dispositivo::ConversionReview, ApiError> {
    post_json(
        &format!("{BASE}/operator/conversions/{id}/approve"),
        &serde_json::json!({}),
    )
    .await
}

pub async fn operator_reject(
    id: &str,
    reason: &str,
) -> Result<domain::dispositivo::ConversionReview, ApiError> {
    post_json(
        &format!("{BASE}/operator/conversions/{id}/reject"),
        &domain::dispositivo::RejectConversion {
            reason: reason.into(),
        },
    )
    .await
}
