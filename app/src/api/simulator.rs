//! `/api/v1/sim/*`: the simulated clock (which the whole app shows), the
//! deliveries a person receives and the synthetic registry (`/simulatore`).

use chrono::{DateTime, NaiveDate, Utc};
use domain::api::{ApiError, Citizen, Clock, ClockUpdate, Message};
use serde::{Deserialize, Serialize};

use super::{get_json, get_json_query, post_empty, post_json, BASE};

/// `GET /api/v1/sim/clock`.
pub async fn clock() -> Result<Clock, ApiError> {
    get_json(&format!("{BASE}/sim/clock")).await
}

/// `GET /api/v1/sim/status`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimStatus {
    #[serde(with = "domain::datetime::rfc3339")]
    pub now: DateTime<Utc>,
    /// First day on which PIN requests are refused.
    #[serde(with = "domain::datetime::iso_date")]
    pub cutoff_date: NaiveDate,
    #[serde(default)]
    pub post_delay_days: Option<i64>,
}

pub async fn status() -> Result<SimStatus, ApiError> {
    get_json(&format!("{BASE}/sim/status")).await
}

/// `POST /api/v1/sim/clock`: advance or set the simulated clock.
pub async fn set_clock(update: &ClockUpdate) -> Result<Clock, ApiError> {
    post_json(&format!("{BASE}/sim/clock"), update).await
}

/// A simulated delivery; the contract's `Message` plus the expected arrival
/// of a letter still on its way, when the server tells it (`due_at`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimMessage {
    #[serde(flatten)]
    pub message: Message,
    #[serde(
        default,
        alias = "deliver_at",
        alias = "expected_delivery_at",
        with = "domain::datetime::rfc3339::option"
    )]
    pub due_at: Option<DateTime<Utc>>,
}

/// `GET /api/v1/sim/messages?recipient=...` (newest first); `None` = all messages.
pub async fn messages(recipient: Option<&str>) -> Result<Vec<SimMessage>, ApiError> {
    let path = format!("{BASE}/sim/messages");
    match recipient {
        Some(r) => get_json_query(&path, &[("recipient", r.trim())]).await,
        None => get_json(&path).await,
    }
}

/// `POST /api/v1/sim/citizens {}`: a new synthetic registry citizen.
pub async fn new_citizen() -> Result<Citizen, ApiError> {
    post_empty(&format!("{BASE}/sim/citizens")).await
}

/// `POST /api/v1/sim/fax` (multipart): the signed MV35 and the document copy
/// faxed to 800 803 164; answers the conversion, in review, channel `fax`.
pub async fn send_fax(
    codice_fiscale: &str,
    document: &domain::dispositivo::IdentityDocument,
    module: web_sys::File,
    document_copy: web_sys::File,
) -> Result<domain::dispositivo::Conversion, ApiError> {
    let form = web_sys::FormData::new().map_err(|_| super::network_error())?;
    let d = document;
    for (k, v) in [
        ("codice_fiscale", codice_fiscale),
        ("document.type", d.doc_type.as_str()),
        ("document.number", d.number.as_str()),
        ("document.issuer", d.issuer.as_str()),
        ("document.issued_on", d.issued_on.as_str()),
        ("document.expires_on", d.expires_on.as_str()),
    ] {
        form.append_with_str(k, v)
            .map_err(|_| super::network_error())?;
    }
    form.append_with_blob("module", &module)
        .map_err(|_| super::network_error())?;
    form.append_with_blob("document_copy", &document_copy)
        .map_err(|_| super::network_error())?;
    super::send(
        super::with_credentials(gloo_net::http::Request::post(&format!("{BASE}/sim/fax")))
            .header("Accept", "application/json")
            .body(form),
    )
    .await
}
