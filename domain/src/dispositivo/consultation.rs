//! What a session may read or set without an application: the contribution
//! statement, medical certificates, payments, preferences (with their field
//! rules) and the contacts on the credential.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::api::FieldError;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContributionYear {
    pub year: i32,
    pub employer: String,
    pub contract: String,
    pub weeks: u32,
    /// Retribuzione imponibile, euro.
    pub taxable_pay: f64,
    /// Contributi accreditati, euro.
    pub contributions: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContributionStatement {
    pub codice_fiscale: String,
    pub years: Vec<ContributionYear>,
    pub total_weeks: u32,
    pub total_contributions: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MedicalCertificate {
    pub number: String,
    pub issued_on: NaiveDate,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub kind: String,
    pub doctor: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Payment {
    pub date: NaiveDate,
    pub description: String,
    pub amount: f64,
    pub method: String,
    pub status: String,
}

/// `GET/PUT /api/v1/preferences` (L0 and up).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// `it`, `de` or `en`.
    pub language: String,
    /// `email` or `sms`: how notices reach the citizen.
    pub notice_channel: String,
    pub newsletter: bool,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            language: "it".into(),
            notice_channel: "email".into(),
            newsletter: false,
        }
    }
}

pub fn validate_preferences(p: &Preferences) -> Vec<FieldError> {
    let mut e = Vec::new();
    if !["it", "de", "en"].contains(&p.language.as_str()) {
        e.push(FieldError::new(
            "language",
            "LANGUAGE",
            "Scegliere una lingua: italiano, tedesco o inglese",
        ));
    }
    if !["email", "sms"].contains(&p.notice_channel.as_str()) {
        e.push(FieldError::new(
            "notice_channel",
            "CHANNEL",
            "Scegliere come ricevere gli avvisi: e-mail o SMS",
        ));
    }
    e
}

/// `GET /api/v1/contacts` (L0 and up): the contacts on the credential.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnContacts {
    pub home_phone: Option<String>,
    pub mobile: Option<String>,
    pub email: Option<String>,
    pub pec: Option<String>,
}
