//! "Dati anagrafici": surname, name, birth date (against the simulated
//! today), sex and birthplace code.

use chrono::NaiveDate;

use super::{
    has_date_shape, is_place_code, parse_date, required, MAX_NAME_LEN, MSG_BIRTHPLACE,
    MSG_DATE_FORMAT, MSG_DATE_FUTURE, MSG_DATE_NOT_EXIST, MSG_DATE_TOO_OLD, MSG_NAME_CHARS,
    MSG_NAME_TOO_LONG, MSG_SEX,
};
use crate::api::{FieldError, Personal};

/// "Dati anagrafici": surname, name, birth date, sex, birthplace.
pub fn validate_personal(p: &Personal, today: NaiveDate) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for (field, value) in [("personal.surname", &p.surname), ("personal.name", &p.name)] {
        let v = value.trim();
        if v.is_empty() {
            errors.push(required(field));
        } else if v.chars().count() > MAX_NAME_LEN {
            errors.push(FieldError::new(field, "TEXT_TOO_LONG", MSG_NAME_TOO_LONG));
        } else if !is_person_name(v) {
            errors.push(FieldError::new(field, "NAME_CHARS", MSG_NAME_CHARS));
        }
    }
    if let Some(e) = check_birth_date(&p.birth_date, today) {
        errors.push(e);
    }
    match p.sex.trim() {
        "" => errors.push(required("personal.sex")),
        s if s.eq_ignore_ascii_case("M") || s.eq_ignore_ascii_case("F") => {}
        _ => errors.push(FieldError::new("personal.sex", "SEX", MSG_SEX)),
    }
    let bp = p.birthplace_code.trim();
    if bp.is_empty() {
        errors.push(required("personal.birthplace_code"));
    } else if !is_place_code(bp) {
        errors.push(FieldError::new(
            "personal.birthplace_code",
            "BIRTHPLACE_CODE",
            MSG_BIRTHPLACE,
        ));
    }
    errors
}

fn check_birth_date(raw: &str, today: NaiveDate) -> Option<FieldError> {
    const F: &str = "personal.birth_date";
    if raw.trim().is_empty() {
        return Some(required(F));
    }
    let Some(d) = parse_date(raw) else {
        // Typed as a date, but no such day (31/02/1980): say so, not "format".
        if has_date_shape(raw) {
            return Some(FieldError::new(F, "DATE_NOT_EXIST", MSG_DATE_NOT_EXIST));
        }
        return Some(FieldError::new(F, "DATE_FORMAT", MSG_DATE_FORMAT));
    };
    if d > today {
        return Some(FieldError::new(F, "DATE_IN_FUTURE", MSG_DATE_FUTURE));
    }
    if d < NaiveDate::from_ymd_opt(1900, 1, 1).expect("valid date") {
        return Some(FieldError::new(F, "DATE_TOO_OLD", MSG_DATE_TOO_OLD));
    }
    None
}

fn is_person_name(s: &str) -> bool {
    s.chars().any(|c| c.is_alphabetic())
        && s.chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '\'' | '’' | '-' | '.'))
}
