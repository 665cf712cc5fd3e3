//! The sede's console (API.md, "Operators"): a PIN issued in person, whole
//! and already dispositivo, and the desk conversion of an ordinary PIN.

use serde::{Deserialize, Serialize};

use super::PinState;

/// The identity document the operator checks (dates `YYYY-MM-DD`,
/// `GG/MM/AAAA` also accepted). `kind`: one of [`SEDE_DOCUMENT_KINDS`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SedeDocument {
    pub kind: String,
    pub number: String,
    pub issuer: String,
    pub issued_on: String,
    pub expires_on: String,
}

/// The document kinds a sede accepts: the Italian ones of the online
/// conversion, plus the foreign ones of people without an Italian document.
pub const SEDE_DOCUMENT_KINDS: &[&str] = &[
    "carta_identita",
    "carta_identita_elettronica",
    "passaporto",
    "patente",
    "passaporto_estero",
    "documento_estero",
];

/// The foreign document kinds (any number format, 5–20 letters and digits).
pub const FOREIGN_DOCUMENT_KINDS: &[&str] = &["passaporto_estero", "documento_estero"];

/// Exceptions to the issuance cut-off (Circolare INPS 87/2020).
pub const SEDE_EXCEPTIONS: &[&str] = &["minor", "no_italian_document", "guardianship"];

/// Who acts for the citizen: a parent (minors), a tutore, curatore or
/// amministratore di sostegno. Never a delegate.
pub const REPRESENTATIVE_RELATIONS: &[&str] =
    &["parent", "tutore", "curatore", "amministratore_di_sostegno"];

/// The person acting for a minor or for someone under guardianship.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Representative {
    pub name: String,
    pub surname: String,
    pub codice_fiscale: String,
    /// One of [`REPRESENTATIVE_RELATIONS`].
    pub relation: String,
}

/// `POST /api/v1/operator/in-person-pins`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InPersonPinBody {
    pub codice_fiscale: String,
    pub document: SedeDocument,
    /// `null`, or one of [`SEDE_EXCEPTIONS`] (required after the cut-off).
    pub exception: Option<String>,
    /// Required for minors (a parent or tutore) and for `guardianship`.
    pub representative: Option<Representative>,
}

/// 201 of `POST /api/v1/operator/in-person-pins`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InPersonPinIssued {
    /// The "sealed envelope" PDF with the 16 characters: served to the
    /// operator session that issued it, once.
    pub envelope_url: String,
    pub request_id: String,
    pub state: PinState,
}

/// `POST /api/v1/operator/dispositivo-conversions`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeskConversionBody {
    pub codice_fiscale: String,
    pub document: SedeDocument,
}

/// 200 of `POST /api/v1/operator/dispositivo-conversions`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeskConversionDone {
    pub conversion_id: String,
    pub state: PinState,
    /// Applications frozen while waiting for the PIN dispositivo, now
    /// protocolled.
    pub protocolled: u32,
}
