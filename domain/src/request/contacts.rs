//! "Recapiti": the phones and mailboxes, which of them are needed for the
//! residence type, their formats, and the call-back preferences.

use super::{
    is_email, normalize_phone, preferred_time_label, present, required, MSG_EMAIL_FORMAT,
    MSG_EMAIL_REQUIRED, MSG_MOBILE_ITALIAN, MSG_PEC_FORMAT, MSG_PHONE_FORMAT, MSG_PHONE_PREFIX,
    MSG_PHONE_REQUIRED, MSG_PREFERRED_PHONE, MSG_PREFERRED_TIME,
};
use crate::api::{Contacts, FieldError, ResidenceType};

/// "Recapiti personali": at least one phone and one of e-mail/PEC, phones
/// with their international prefix, and a preferred phone and time slot for
/// the contact center's callback.
///
/// The mobile must be Italian (+39 3…) for a resident in Italy, because half 1
/// of the PIN travels by SMS; a resident abroad may give a foreign mobile.
pub fn validate_contacts(kind: ResidenceType, c: &Contacts) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let home = present(&c.home_phone);
    let mobile = present(&c.mobile);
    let email = present(&c.email);
    let pec = present(&c.pec);

    if home.is_none() && mobile.is_none() {
        errors.push(FieldError::new(
            "contacts.mobile",
            "PHONE_REQUIRED",
            MSG_PHONE_REQUIRED,
        ));
    }
    if email.is_none() && pec.is_none() {
        errors.push(FieldError::new(
            "contacts.email",
            "EMAIL_REQUIRED",
            MSG_EMAIL_REQUIRED,
        ));
    }
    if let Some(h) = home {
        if let Some(e) = check_phone("contacts.home_phone", h) {
            errors.push(e);
        }
    }
    if let Some(m) = mobile {
        if let Some(e) = check_phone("contacts.mobile", m) {
            errors.push(e);
        } else {
            let digits = normalize_phone(m);
            let italian_mobile = digits
                .strip_prefix("+39")
                .is_some_and(|rest| rest.starts_with('3') && (9..=10).contains(&rest.len()));
            let foreign = !digits.starts_with("+39");
            let ok = italian_mobile || (foreign && kind == ResidenceType::Estero);
            if !ok {
                errors.push(FieldError::new(
                    "contacts.mobile",
                    "MOBILE_ITALIAN",
                    MSG_MOBILE_ITALIAN,
                ));
            }
        }
    }
    if let Some(e) = email {
        if !is_email(e) {
            errors.push(FieldError::new(
                "contacts.email",
                "EMAIL_FORMAT",
                MSG_EMAIL_FORMAT,
            ));
        }
    }
    if let Some(p) = pec {
        if !is_email(p) {
            errors.push(FieldError::new(
                "contacts.pec",
                "PEC_FORMAT",
                MSG_PEC_FORMAT,
            ));
        }
    }
    match c.preferred_phone.trim() {
        "" => errors.push(required("contacts.preferred_phone")),
        "home" if home.is_some() => {}
        "mobile" if mobile.is_some() => {}
        _ => errors.push(FieldError::new(
            "contacts.preferred_phone",
            "PREFERRED_PHONE",
            MSG_PREFERRED_PHONE,
        )),
    }
    match c.preferred_time.trim() {
        "" => errors.push(required("contacts.preferred_time")),
        t if preferred_time_label(t).is_some() => {}
        _ => errors.push(FieldError::new(
            "contacts.preferred_time",
            "PREFERRED_TIME",
            MSG_PREFERRED_TIME,
        )),
    }
    errors
}

fn check_phone(field: &str, raw: &str) -> Option<FieldError> {
    let n = normalize_phone(raw);
    let Some(digits) = n.strip_prefix('+') else {
        return Some(FieldError::new(field, "PHONE_PREFIX", MSG_PHONE_PREFIX));
    };
    if !(6..=15).contains(&digits.len()) || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Some(FieldError::new(field, "PHONE_FORMAT", MSG_PHONE_FORMAT));
    }
    None
}
