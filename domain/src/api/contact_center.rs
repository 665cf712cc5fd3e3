//! The contact center's console (API.md, "Operators"): a citizen found by
//! codice fiscale, the callback queue, call outcomes, half 1 resent, and
//! the operators' audit.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{ActivityEntry, PinContacts, PinState, RegistryResidence, Residence, ResidenceType};

/// `GET /api/v1/operator/citizens/{codice_fiscale}`: what the operator may
/// see of a caller (never a secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CitizenFile {
    pub codice_fiscale: String,
    /// The registry record ("archivi INPS"), if any.
    pub registry: Option<RegistryPerson>,
    /// The PIN in use or being issued, if any.
    pub pin: Option<PinSummary>,
    /// PIN requests filed for this codice fiscale, newest first.
    pub requests: Vec<RequestSummary>,
    /// The newest events of "Le tue attività".
    pub events: Vec<ActivityEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistryPerson {
    pub surname: String,
    pub name: String,
    #[serde(with = "crate::datetime::iso_date")]
    pub birth_date: chrono::NaiveDate,
    pub residence: RegistryResidence,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinSummary {
    pub state: PinState,
    #[serde(with = "crate::datetime::rfc3339")]
    pub requested_at: DateTime<Utc>,
    /// Filed by phone and not activated yet ("Attiva PIN").
    pub activation_required: bool,
    /// The 16 characters have been used (first access).
    pub first_access_done: bool,
    #[serde(default, with = "crate::datetime::rfc3339::option")]
    pub last_login_at: Option<DateTime<Utc>>,
    /// Locked after too many wrong PINs, until then.
    #[serde(default, with = "crate::datetime::rfc3339::option")]
    pub locked_until: Option<DateTime<Utc>>,
    pub contacts: PinContacts,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestSummary {
    pub request_id: String,
    /// `issued`, `awaiting_verification`, `cancelled`.
    pub status: String,
    #[serde(with = "crate::datetime::rfc3339")]
    pub created_at: DateTime<Utc>,
    /// `none` (no callback), `open`, `confirmed`, `corrected`, `cancelled`.
    pub callback_status: String,
    pub callback_attempts: i64,
    pub half1_resends: i64,
}

/// One item of `GET /api/v1/operator/callbacks`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Callback {
    /// The PIN request's number.
    pub id: String,
    pub codice_fiscale: String,
    pub surname: String,
    pub name: String,
    /// The number to call (normalised).
    pub preferred_phone: String,
    /// The slot as given (`09-13`).
    pub preferred_time: String,
    /// The slot in words ("dalle 9 alle 13").
    pub preferred_time_label: String,
    /// Calls that found nobody.
    pub attempts: i64,
    /// `open`, `confirmed`, `corrected`, `cancelled`.
    pub status: String,
    #[serde(with = "crate::datetime::rfc3339")]
    pub requested_at: DateTime<Utc>,
    pub residence_type: ResidenceType,
    /// The residence typed in the request.
    pub declared_residence: Residence,
    /// The registry's, when the person is in it.
    pub registry_residence: Option<RegistryResidence>,
}

/// `POST /api/v1/operator/callbacks/{id}/outcome`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallbackOutcomeBody {
    /// `confirmed`, `corrected`, `no_answer`, `cancelled`.
    pub outcome: String,
    /// The corrected residence (for `corrected`).
    #[serde(default)]
    pub residence: Option<Residence>,
    /// Of the corrected residence; default `italia`.
    #[serde(default)]
    pub residence_type: Option<ResidenceType>,
}

/// `POST /api/v1/operator/half1-resend`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Half1ResendBody {
    pub codice_fiscale: String,
    /// `mobile`, `email` or `pec` (a contact on file); default the first
    /// on file in that order.
    #[serde(default)]
    pub contact: Option<String>,
}

/// 202 of `POST /api/v1/operator/half1-resend`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Half1Resent {
    pub request_id: String,
    /// `sms`, `email` or `pec`.
    pub channel: String,
    /// Masked.
    pub recipient: String,
    pub resends_left: i64,
}

/// `POST /api/v1/operator/contacts`: a contact the PIN lacks, verified by a
/// code sent to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddContactBody {
    pub codice_fiscale: String,
    /// `mobile`, `email` or `pec`.
    pub kind: String,
    pub value: String,
}

/// `POST /api/v1/operator/contacts/confirm`: the code the citizen read out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfirmContactBody {
    pub codice_fiscale: String,
    pub kind: String,
    pub code: String,
}

/// One line of `GET /api/v1/operator/audit`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditLine {
    #[serde(with = "crate::datetime::rfc3339")]
    pub at: DateTime<Utc>,
    pub operator: String,
    pub role: String,
    pub action: String,
    pub codice_fiscale: Option<String>,
    pub request_id: Option<String>,
    pub detail: String,
}

/// Most half-1 resends for one request.
pub const MAX_HALF1_RESENDS: i64 = 3;

/// Hours after the request before half 1 may be resent.
pub const HALF1_RESEND_AFTER_HOURS: i64 = 12;
