//! JSON of the session (`/api/v1/session`, `/api/v1/me`): login and its
//! next step, the level a session reaches, the PIN state, changing the PIN.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LoginRequest {
    pub codice_fiscale: String,
    pub pin: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Next {
    ChangePin,
    VerifyContacts,
    AcceptPrivacy,
    Home,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NextReason {
    FirstAccess,
    Expired,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Level {
    /// First half of the initial PIN: a few simplified services.
    L0,
    /// PIN ordinario: consultation.
    L1,
    /// PIN dispositivo: applications.
    L2,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginResponse {
    pub next: Next,
    pub reason: Option<NextReason>,
    pub level: Level,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FirstAccessResponse {
    pub new_pin: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ChangePinRequest {
    pub current_pin: String,
    pub new_pin: String,
}

/// Stored lifecycle state of a PIN; `expired` and `locked` are derived.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PinState {
    Requested,
    Issued,
    Active,
    Dispositivo,
    Revoked,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    pub codice_fiscale: String,
    pub surname: String,
    pub name: String,
    pub level: Level,
    pub pin_state: PinState,
    #[serde(default, with = "crate::datetime::rfc3339::option")]
    pub pin_expires_at: Option<DateTime<Utc>>,
}
