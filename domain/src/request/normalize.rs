//! Parsing and normalisation shared beyond the form: dates in either
//! format, phone numbers, codice fiscale case, e-mail syntax. The PIN
//! procedures and the server compare values through these same functions.

use chrono::NaiveDate;

/// Parses a date typed as `GG/MM/AAAA` (the form) or `AAAA-MM-GG` (the JSON
/// API). Both are accepted so the same rule serves the UI and scripts.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .filter(|_| s.len() == 10)
        .or_else(|| {
            NaiveDate::parse_from_str(s, "%d/%m/%Y")
                .ok()
                .filter(|_| s.len() == 10)
        })
}

/// A phone number as stored and compared: spaces, dots, dashes, slashes and
/// parentheses removed (people type "+39 333 123 4567").
pub fn normalize_phone(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, ' ' | '.' | '-' | '/' | '(' | ')' | '\t'))
        .collect()
}

/// A codice fiscale as stored and answered: trimmed, upper-case.
pub fn normalize_cf(s: &str) -> String {
    crate::codice_fiscale::normalize(s)
}

/// Loose but useful e-mail syntax: `local@domain.tld`, no spaces, one `@`,
/// non-empty dot-separated domain labels.
pub fn is_email(s: &str) -> bool {
    let s = s.trim();
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    if local.is_empty() || domain.contains('@') || s.chars().any(|c| c.is_whitespace()) {
        return false;
    }
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels.last().is_some_and(|tld| tld.len() >= 2)
}
