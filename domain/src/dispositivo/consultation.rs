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
    #[serde(with = "crate::datetime::iso_date")]
    pub issued_on: NaiveDate,
    #[serde(with = "crate::datetime::iso_date")]
    pub from: NaiveDate,
    #[serde(with = "crate::datetime::iso_date")]
    pub to: NaiveDate,
    /// Italian label of the kind ([`CERTIFICATE_KINDS`]).
    pub kind: String,
    /// The kind's code, the same in every language (absent in answers of
    /// older servers).
    #[serde(default)]
    pub kind_code: String,
    pub doctor: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Payment {
    #[serde(with = "crate::datetime::iso_date")]
    pub date: NaiveDate,
    /// Italian label of what was paid ([`PAYMENT_KINDS`]).
    pub description: String,
    /// Its code, the same in every language (absent in answers of older
    /// servers; so are the two below).
    #[serde(default)]
    pub description_code: String,
    pub amount: f64,
    /// Italian label ([`PAYMENT_METHODS`]).
    pub method: String,
    #[serde(default)]
    pub method_code: String,
    /// Italian label ([`PAYMENT_STATUSES`]).
    pub status: String,
    #[serde(default)]
    pub status_code: String,
}

/// Kinds of a sickness certificate: (code, Italian label). A client shows
/// its own text for the code, the label where it has none.
pub const CERTIFICATE_KINDS: &[(&str, &str)] =
    &[("inizio", "Inizio"), ("continuazione", "Continuazione")];

/// What INPS pays a citizen: (code, Italian label).
pub const PAYMENT_KINDS: &[(&str, &str)] = &[
    ("rimborso_730", "Rimborso IRPEF da modello 730"),
    ("indennita_malattia", "Indennità di malattia"),
    ("anf", "Assegno per il nucleo familiare"),
    ("rimborso_contributi", "Rimborso contributi"),
];

/// How a payment reaches the citizen: (code, Italian label).
pub const PAYMENT_METHODS: &[(&str, &str)] = &[
    ("conto_corrente", "Accredito su conto corrente"),
    ("bonifico_domiciliato", "Bonifico domiciliato"),
];

/// A payment's state: (code, Italian label).
pub const PAYMENT_STATUSES: &[(&str, &str)] = &[("pagato", "Pagato")];

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
