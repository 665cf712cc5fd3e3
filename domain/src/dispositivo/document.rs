//! The identity document of "Converti in PIN dispositivo": document types
//! and the number format of each, normalisation, and the field rules of
//! step 1 (issuer, issue and expiry dates against "today").

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{MSG_DATE, MSG_REQUIRED};
use crate::api::FieldError;
use crate::request::{has_date_shape, parse_date, MSG_DATE_NOT_EXIST};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentType {
    CartaIdentita,
    CartaIdentitaElettronica,
    Passaporto,
    Patente,
}

impl DocumentType {
    pub const ALL: [DocumentType; 4] = [
        DocumentType::CartaIdentita,
        DocumentType::CartaIdentitaElettronica,
        DocumentType::Passaporto,
        DocumentType::Patente,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            DocumentType::CartaIdentita => "carta_identita",
            DocumentType::CartaIdentitaElettronica => "carta_identita_elettronica",
            DocumentType::Passaporto => "passaporto",
            DocumentType::Patente => "patente",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.slug() == s.trim())
    }

    pub fn label(self) -> &'static str {
        match self {
            DocumentType::CartaIdentita => "Carta d'identità",
            DocumentType::CartaIdentitaElettronica => "Carta d'identità elettronica",
            DocumentType::Passaporto => "Passaporto",
            DocumentType::Patente => "Patente di guida",
        }
    }

    /// Format of the number, as the error message explains it.
    pub fn number_hint(self) -> &'static str {
        match self {
            DocumentType::CartaIdentita => "2 lettere e 7 cifre, ad es. AA1234567",
            DocumentType::CartaIdentitaElettronica => {
                "2 lettere, 5 cifre e 2 lettere, ad es. CA12345AB"
            }
            DocumentType::Passaporto => "2 lettere e 7 cifre, ad es. YA1234567",
            DocumentType::Patente => "10 caratteri, ad es. U12345678Z",
        }
    }

    /// Does `number` (already normalised) have this document's format?
    pub fn number_ok(self, n: &str) -> bool {
        let b = n.as_bytes();
        let letters = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_uppercase);
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        match self {
            DocumentType::CartaIdentita | DocumentType::Passaporto => {
                b.len() == 9 && letters(0..2) && digits(2..9)
            }
            DocumentType::CartaIdentitaElettronica => {
                b.len() == 9 && letters(0..2) && digits(2..7) && letters(7..9)
            }
            DocumentType::Patente => {
                b.len() == 10
                    && b[0].is_ascii_uppercase()
                    && b[1..9]
                        .iter()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                    && b[9].is_ascii_uppercase()
            }
        }
    }
}

/// Number as stored: spaces removed, upper case.
pub fn normalize_document_number(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase()
}

/// The identity document of a conversion (form and API; dates `YYYY-MM-DD`,
/// `GG/MM/AAAA` also accepted).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IdentityDocument {
    /// `carta_identita`, `carta_identita_elettronica`, `passaporto`, `patente`.
    #[serde(rename = "type")]
    pub doc_type: String,
    pub number: String,
    pub issuer: String,
    pub issued_on: String,
    pub expires_on: String,
}

pub const MSG_DOC_TYPE: &str = "Scegliere il tipo di documento";
pub const MSG_ISSUER: &str =
    "Indicare l'ente che ha rilasciato il documento (ad es. Comune di Roma)";
pub const MSG_ISSUED_FUTURE: &str = "La data di rilascio non può essere nel futuro";
pub const MSG_EXPIRED: &str = "Il documento è scaduto: indicare un documento in corso di validità";
pub const MSG_EXPIRY_BEFORE_ISSUE: &str =
    "La data di scadenza deve essere successiva alla data di rilascio";

/// Field rules of step 1; field paths `document.<name>`.
pub fn validate_document(d: &IdentityDocument, today: NaiveDate) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut err = |name: &str, code: &str, msg: String| {
        errors.push(FieldError::new(format!("document.{name}"), code, msg));
    };
    let kind = DocumentType::parse(&d.doc_type);
    if kind.is_none() {
        err("type", "DOCUMENT_TYPE", MSG_DOC_TYPE.into());
    }
    let number = normalize_document_number(&d.number);
    if number.is_empty() {
        err("number", "REQUIRED", MSG_REQUIRED.into());
    } else if let Some(k) = kind {
        if !k.number_ok(&number) {
            err(
                "number",
                "DOCUMENT_NUMBER",
                format!(
                    "Numero di {} non valido: {}",
                    k.label().to_lowercase(),
                    k.number_hint()
                ),
            );
        }
    }
    let issuer = d.issuer.trim();
    if issuer.chars().count() < 3 || issuer.chars().count() > crate::request::MAX_ISSUER_LEN {
        err("issuer", "ISSUER", MSG_ISSUER.into());
    } else if !issuer.chars().all(crate::request::is_text_char) {
        // Markup or emoji in "Rilasciato da": named as such.
        err(
            "issuer",
            "TEXT_CHARS",
            crate::request::MSG_TEXT_CHARS.into(),
        );
    }
    let issued = date_field(d.issued_on.trim(), "issued_on", &mut err);
    let expires = date_field(d.expires_on.trim(), "expires_on", &mut err);
    if let Some(i) = issued {
        if i > today {
            err("issued_on", "DATE_FUTURE", MSG_ISSUED_FUTURE.into());
        }
    }
    if let Some(e) = expires {
        if e < today {
            err("expires_on", "DOCUMENT_EXPIRED", MSG_EXPIRED.into());
        } else if issued.is_some_and(|i| e <= i) {
            err(
                "expires_on",
                "EXPIRY_BEFORE_ISSUE",
                MSG_EXPIRY_BEFORE_ISSUE.into(),
            );
        }
    }
    errors
}

fn date_field(v: &str, name: &str, err: &mut impl FnMut(&str, &str, String)) -> Option<NaiveDate> {
    if v.is_empty() {
        err(name, "REQUIRED", MSG_REQUIRED.into());
        return None;
    }
    let d = parse_date(v);
    if d.is_none() {
        // Typed as a date, but no such day (31/02/2028): the same words as
        // the birth date of "Richiedi PIN", not "format".
        if has_date_shape(v) {
            err(name, "DATE_NOT_EXIST", MSG_DATE_NOT_EXIST.into());
        } else {
            err(name, "DATE_FORMAT", MSG_DATE.into());
        }
    }
    d
}
