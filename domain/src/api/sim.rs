//! JSON of the simulator (`/api/v1/sim/*`): the clock, test citizens of
//! the synthetic registry (residence, tessera sanitaria, role) and the
//! delivered messages.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::Sex;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Clock {
    #[serde(with = "crate::datetime::rfc3339")]
    pub now: DateTime<Utc>,
}

/// `POST /api/v1/sim/clock`: either advance or set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClockUpdate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advance_seconds: Option<i64>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::datetime::rfc3339::option"
    )]
    pub set: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    #[default]
    Citizen,
    /// Patronato/CAF staff: same PIN, 3-month expiry.
    Intermediary,
}

/// `POST /api/v1/sim/citizens` body: any subset; the rest is generated.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NewCitizen {
    pub codice_fiscale: Option<String>,
    pub surname: Option<String>,
    pub name: Option<String>,
    pub sex: Option<Sex>,
    #[serde(default, with = "crate::datetime::iso_date::option")]
    pub birth_date: Option<NaiveDate>,
    pub birthplace_code: Option<String>,
    pub residence: Option<RegistryResidence>,
    pub tessera_sanitaria: Option<TesseraSanitaria>,
    pub role: Option<Role>,
}

/// `GET /api/v1/sim/status`: what the simulator page needs to explain the
/// rules in force.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimStatus {
    #[serde(with = "crate::datetime::rfc3339")]
    pub now: DateTime<Utc>,
    /// First day on which PIN requests are refused.
    #[serde(with = "crate::datetime::iso_date")]
    pub cutoff_date: NaiveDate,
    /// Last day on which a PIN opens a session (then SPID, CIE or CNS).
    #[serde(with = "crate::datetime::iso_date")]
    pub pin_end_date: NaiveDate,
    pub post_delay_days: i64,
}

/// A synthetic person of the INPS registry ("archivi INPS").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Citizen {
    pub codice_fiscale: String,
    pub surname: String,
    pub name: String,
    pub sex: Sex,
    #[serde(with = "crate::datetime::iso_date")]
    pub birth_date: NaiveDate,
    pub birthplace_code: String,
    pub residence: RegistryResidence,
    pub tessera_sanitaria: TesseraSanitaria,
    #[serde(default)]
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistryResidence {
    pub address: String,
    pub civic: String,
    pub province: String,
    pub comune: String,
    pub cap: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TesseraSanitaria {
    /// 20 digits.
    pub number: String,
    #[serde(with = "crate::datetime::iso_date")]
    pub expiry: NaiveDate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    Sms,
    Email,
    Pec,
    Post,
    Call,
}

/// A simulated delivery, as `GET /api/v1/sim/messages` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub id: String,
    pub channel: Channel,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    /// The PIN part or code the message carries, if any.
    pub secret: Option<String>,
    #[serde(with = "crate::datetime::rfc3339")]
    pub sent_at: DateTime<Utc>,
    /// Null while the message is still on its way (post).
    #[serde(default, with = "crate::datetime::rfc3339::option")]
    pub delivered_at: Option<DateTime<Utc>>,
    /// When a letter is due to arrive (post only; null for instant channels
    /// and for pending calls).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::datetime::rfc3339::option"
    )]
    pub due_at: Option<DateTime<Utc>>,
    /// E-mail and PEC only, with `--smtp-url`: where its copy to the real
    /// SMTP server stands; null when it is not relayed.
    #[serde(default)]
    pub relay: Option<RelayStatus>,
}

/// The relay of a simulator message to a real SMTP server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelayStatus {
    pub status: RelayState,
    /// Attempts made so far (0 while the first is pending).
    pub attempts: u32,
    /// The last attempt's error, while retrying or once given up.
    pub error: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RelayState {
    /// To send, or retrying after a failure.
    Pending,
    Sent,
    /// Given up.
    Failed,
}
