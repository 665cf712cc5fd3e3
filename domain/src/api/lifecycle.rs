//! JSON of the credential lifecycle after login or without it: first-access
//! onboarding (new PIN, contact verification, privacy notice), activation,
//! restore, revoke, and "Le tue attività".

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Channel, Next};

/// Answer of `POST /api/v1/pin/first-access`: the new PIN (shown once) and
/// where the user goes next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FirstAccessDone {
    pub new_pin: String,
    pub next: Next,
}

/// Answer of `POST /api/v1/pin/change`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinChanged {
    #[serde(with = "crate::datetime::rfc3339")]
    pub pin_expires_at: DateTime<Utc>,
    pub next: Next,
}

/// Where the user goes next (after an onboarding step).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextStep {
    pub next: Next,
}

/// A contact that receives a verification code: `mobile` (SMS), `email`, `pec`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactToVerify {
    pub kind: String,
    /// Partly hidden, e.g. `+39333****567`, `ma***@example.it`.
    pub masked: String,
}

/// `GET /api/v1/pin/verify-contacts`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerifyContactsStatus {
    pub contacts: Vec<ContactToVerify>,
    /// A live code is waiting for every contact (else: ask to send them).
    pub codes_sent: bool,
    pub verified: bool,
}

/// `POST /api/v1/pin/verify-contacts`: one code per contact kind.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct VerifyContactsRequest {
    pub codes: std::collections::BTreeMap<String, String>,
}

/// `GET /api/v1/privacy`: the privacy notice in force.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivacyNotice {
    pub version: i64,
    pub title: String,
    pub text: String,
}

/// `POST /api/v1/pin/privacy`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PrivacyAccept {
    pub version: i64,
}

/// Contacts registered on a PIN (restore, activation, contacts change).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PinContacts {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub home_phone: Option<String>,
    pub mobile: Option<String>,
    pub email: Option<String>,
    pub pec: Option<String>,
}

/// `POST /api/v1/pin/restore`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RestoreRequest {
    pub codice_fiscale: String,
    pub tessera_sanitaria_number: String,
    pub contacts: PinContacts,
}

/// `POST /api/v1/pin/revoke`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RevokeRequest {
    pub codice_fiscale: String,
    pub tessera_sanitaria_number: String,
    /// `YYYY-MM-DD` (or `GG/MM/AAAA`).
    pub tessera_sanitaria_expiry: String,
    pub email: Option<String>,
    pub pec: Option<String>,
}

/// `POST /api/v1/pin/activate`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ActivateRequest {
    pub codice_fiscale: String,
    pub tessera_sanitaria_number: String,
    pub tessera_sanitaria_expiry: String,
    /// The first 8 characters of the PIN.
    pub first_half: String,
    pub contacts: PinContacts,
}

/// `POST /api/v1/pin/{restore,revoke,activate}/confirm`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CodeConfirm {
    pub codice_fiscale: String,
    pub code: String,
}

/// A 202/200 answer that only says what happens now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    pub message: String,
}

/// One line of "Le tue attività" (`GET /api/v1/me/activity`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityEntry {
    #[serde(with = "crate::datetime::rfc3339")]
    pub at: DateTime<Utc>,
    /// `login, pin_locked, first_access, pin_changed, contacts_verified,
    /// privacy_accepted, pin_activated, pin_restored, pin_revoked, contacts_changed`.
    pub kind: String,
    /// Italian description.
    pub description: String,
    /// Where the notice went (null: no notice).
    pub channel: Option<Channel>,
    /// Masked recipient of the notice.
    pub recipient: Option<String>,
}
