//! The back office's side of conversions (`/api/v1/operator/*`): operator
//! login and identity, the review queue entry with the citizen as the
//! reviewer sees them, and the rejection body with its rule.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Conversion;
use crate::api::PinState;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OperatorLogin {
    pub username: String,
    pub password: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Operator {
    pub username: String,
    pub display_name: String,
    /// `back_office`.
    pub role: String,
}

/// The citizen as the reviewer sees them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewCitizen {
    pub codice_fiscale: String,
    pub surname: String,
    pub name: String,
    #[serde(default, with = "crate::datetime::iso_date::option")]
    pub birth_date: Option<NaiveDate>,
    pub birthplace: Option<String>,
    pub residence: Option<String>,
    pub mobile: Option<String>,
    pub email: Option<String>,
    pub pec: Option<String>,
    pub pin_state: PinState,
}

/// One entry of the back-office queue (and its detail).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConversionReview {
    pub conversion: Conversion,
    pub citizen: ReviewCitizen,
    pub decided_by: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RejectConversion {
    pub reason: String,
}

pub const MSG_REASON: &str = "Indicare il motivo del rifiuto (almeno 5 caratteri)";
