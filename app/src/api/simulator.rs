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
    pub now: DateTime<Utc>,
    /// First day on which PIN requests are refused.
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
    #[serde(default, alias = "deliver_at", alias = "expected_delivery_at")]
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
