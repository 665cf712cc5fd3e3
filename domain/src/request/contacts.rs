//! "Recapiti": the phones and mailboxes, which of them are needed for the
//! residence type, their formats, and the call-back preferences.

use super::{
    preferred_time_label, present, required, Email, Phone, PhoneError, MSG_EMAIL_FORMAT,
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
        if let Err(e) = Phone::parse(h) {
            errors.push(phone_error("contacts.home_phone", e));
        }
    }
    if let Some(m) = mobile {
        match Phone::parse(m) {
            Err(e) => errors.push(phone_error("contacts.mobile", e)),
            Ok(p) if p.is_italian_mobile() => {}
            // A resident abroad may give a foreign mobile, never a
            // non-mobile Italian number.
            Ok(p) if !p.is_italian() && kind == ResidenceType::Estero => {}
            Ok(_) => errors.push(FieldError::new(
                "contacts.mobile",
                "MOBILE_ITALIAN",
                MSG_MOBILE_ITALIAN,
            )),
        }
    }
    if email.is_some_and(|e| Email::parse(e).is_none()) {
        errors.push(FieldError::new(
            "contacts.email",
            "EMAIL_FORMAT",
            MSG_EMAIL_FORMAT,
        ));
    }
    if pec.is_some_and(|p| Email::parse(p).is_none()) {
        errors.push(FieldError::new(
            "contacts.pec",
            "PEC_FORMAT",
            MSG_PEC_FORMAT,
        ));
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

fn phone_error(field: &str, e: PhoneError) -> FieldError {
    match e {
        PhoneError::Prefix => FieldError::new(field, "PHONE_PREFIX", MSG_PHONE_PREFIX),
        PhoneError::Format => FieldError::new(field, "PHONE_FORMAT", MSG_PHONE_FORMAT),
    }
}
