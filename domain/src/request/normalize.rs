//! Parsing and normalisation shared beyond the form: dates in either
//! format, phone numbers, codice fiscale case, e-mail syntax. The PIN
//! procedures and the server compare values through these same functions.

use chrono::NaiveDate;

use crate::api::PinContacts;

/// Parses a date typed as `GG/MM/AAAA` (the form) or `AAAA-MM-GG` (the JSON
/// API). Both are accepted so the same rule serves the UI and scripts.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if s.len() != 10 {
        return None;
    }
    crate::datetime::parse_iso(s).or_else(|| crate::datetime::parse_dmy(s))
}

/// Written as a date (`GG/MM/AAAA` or `AAAA-MM-GG`, digits in place) that
/// may not exist: `31/02/1980` has the shape, `31-2-80` does not.
pub fn has_date_shape(s: &str) -> bool {
    let b = s.trim().as_bytes();
    let shape = |pattern: &[u8]| {
        b.len() == pattern.len()
            && b.iter().zip(pattern).all(|(c, p)| match p {
                b'9' => c.is_ascii_digit(),
                p => c == p,
            })
    };
    shape(b"99/99/9999") || shape(b"9999-99-99")
}

/// A phone number as stored and compared: spaces, dots, dashes, slashes and
/// parentheses removed (people type "+39 333 123 4567").
pub fn normalize_phone(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, ' ' | '.' | '-' | '/' | '(' | ')' | '\t'))
        .collect()
}

/// A phone number parsed at the boundary: its international prefix and 6 to
/// 15 digits, kept in the normalised form that is stored and compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone(String);

/// Why a typed phone number is not a [`Phone`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneError {
    /// It does not start with `+` and a country prefix.
    Prefix,
    /// Not 6 to 15 digits after the `+`.
    Format,
}

impl Phone {
    pub fn parse(raw: &str) -> Result<Phone, PhoneError> {
        let n = normalize_phone(raw);
        let digits = n.strip_prefix('+').ok_or(PhoneError::Prefix)?;
        if !(6..=15).contains(&digits.len()) || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(PhoneError::Format);
        }
        Ok(Phone(n))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `+39` numbers are Italian.
    pub fn is_italian(&self) -> bool {
        self.0.starts_with("+39")
    }

    /// An Italian mobile: `+39 3…` with 9 or 10 digits after the prefix
    /// (half 1 of the PIN travels by SMS to it).
    pub fn is_italian_mobile(&self) -> bool {
        self.0
            .strip_prefix("+39")
            .is_some_and(|rest| rest.starts_with('3') && (9..=10).contains(&rest.len()))
    }
}

impl From<Phone> for String {
    fn from(p: Phone) -> String {
        p.0
    }
}

/// A codice fiscale as stored and answered: trimmed, upper-case.
pub fn normalize_cf(s: &str) -> String {
    crate::codice_fiscale::normalize(s)
}

/// An e-mail or PEC address parsed at the boundary, trimmed. The syntax is
/// loose but useful: `local@domain.tld`, no spaces, one `@`, non-empty
/// dot-separated domain labels, a top-level domain of two letters or more.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Option<Email> {
        let s = raw.trim();
        let (local, domain) = s.split_once('@')?;
        if local.is_empty() || domain.contains('@') || s.chars().any(|c| c.is_whitespace()) {
            return None;
        }
        let labels: Vec<&str> = domain.split('.').collect();
        let ok = labels.len() >= 2
            && labels.iter().all(|l| {
                !l.is_empty()
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.chars().all(|c| c.is_alphanumeric() || c == '-')
            })
            && labels.last().is_some_and(|tld| tld.len() >= 2);
        ok.then(|| Email(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<Email> for String {
    fn from(e: Email) -> String {
        e.0
    }
}

/// Whether `s` parses as an [`Email`].
pub fn is_email(s: &str) -> bool {
    Email::parse(s).is_some()
}

/// Contacts as stored: each trimmed, blanks dropped, phones normalised.
/// Every procedure that writes contacts (request, activation, contacts
/// change) stores them through this one function, after validation.
pub fn normalize_contacts(c: &PinContacts) -> PinContacts {
    let phone = |v: &Option<String>| super::present(v).map(normalize_phone);
    let mail = |v: &Option<String>| super::present(v).map(str::to_owned);
    PinContacts {
        home_phone: phone(&c.home_phone),
        mobile: phone(&c.mobile),
        email: mail(&c.email),
        pec: mail(&c.pec),
    }
}
