//! JSON of "Richiedi PIN" (`POST /api/v1/pin-requests`): the request with
//! its personal data, residence and contacts, and the answer.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ResidenceType {
    #[default]
    Italia,
    Estero,
}

/// `POST /api/v1/pin-requests`. Dates travel as text so that a malformed one
/// gets a field-level message instead of a generic decoding error.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PinRequest {
    pub codice_fiscale: String,
    pub residence_type: ResidenceType,
    pub personal: Personal,
    pub residence: Residence,
    pub contacts: Contacts,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Personal {
    pub surname: String,
    pub name: String,
    /// `YYYY-MM-DD`.
    pub birth_date: String,
    /// `M` or `F`.
    pub sex: String,
    /// Belfiore code of the comune (e.g. `H501`) or Z-code of a foreign state.
    pub birthplace_code: String,
}

/// Italian residence uses `address, civic, province, comune, cap`;
/// foreign residence uses `country_code, city, address`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Residence {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub civic: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comune: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cap: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Contacts {
    pub home_phone: Option<String>,
    pub mobile: Option<String>,
    pub email: Option<String>,
    pub pec: Option<String>,
    /// `home` or `mobile`.
    pub preferred_phone: String,
    /// A time slot such as `09-13`.
    pub preferred_time: String,
}

/// The phones and mailboxes of a request, as registered on the PIN.
impl From<&Contacts> for super::PinContacts {
    fn from(c: &Contacts) -> Self {
        super::PinContacts {
            home_phone: c.home_phone.clone(),
            mobile: c.mobile.clone(),
            email: c.email.clone(),
            pec: c.pec.clone(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestStatus {
    /// Both halves dispatched.
    Issued,
    /// Half 2 held until the contact center verifies the residence.
    AwaitingVerification,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinRequestCreated {
    pub request_id: String,
    pub status: RequestStatus,
}
