//! JSON of the codice fiscale check (`/api/v1/codice-fiscale/*`): the
//! result, its issues and the decoded sex, birth date and birthplace.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sex {
    M,
    F,
}

/// Answer of `GET /api/v1/codice-fiscale/{code}` and of `server cf check`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CfCheck {
    pub code: String,
    pub valid: bool,
    pub omocode: bool,
    pub errors: Vec<CfIssue>,
    pub warnings: Vec<CfIssue>,
    pub decoded: Option<CfDecoded>,
    /// Present only when person fields were given: which of
    /// `surname, name, sex, birth_date, birthplace_code` disagree.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mismatches: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CfIssue {
    pub code: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CfDecoded {
    pub sex: Sex,
    #[serde(with = "crate::datetime::iso_date")]
    pub birth_date: NaiveDate,
    pub birthplace: Birthplace,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Birthplace {
    pub code: String,
    pub name: String,
    /// Province sigla for a comune; null for a foreign state.
    pub province: Option<String>,
}
