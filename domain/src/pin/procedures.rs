//! The field rules and registry matching of the credential procedures that
//! need no PIN: Ripristina (restore), Revoca (revoke) and Attiva (activate
//! a PIN filed by phone), plus the contacts change. Tessera sanitaria and
//! contact matching against the registry live here so the server compares
//! exactly what the form validated.

use super::{normalize, HALF_LEN};
use crate::api::{
    ActivateRequest, Contacts, FieldError, PinContacts, ResidenceType, RestoreRequest,
    RevokeRequest,
};
use crate::request::present;
use crate::request::{self, MSG_REQUIRED};

/// Message for a tessera sanitaria number that is not 20 digits.
pub const MSG_TS_NUMBER: &str = "Il numero della tessera sanitaria è di 20 cifre";
pub const MSG_TS_EXPIRY: &str = "Data di scadenza non valida: usare il formato GG/MM/AAAA";
pub const MSG_CF: &str = "Codice fiscale non valido";
pub const MSG_FIRST_HALF: &str = "Inserire i primi 8 caratteri del PIN";
pub const MSG_TWO_CONTACTS: &str = "Indicare almeno due recapiti tra cellulare, e-mail e PEC";
pub const MSG_MOBILE_REQUIRED: &str =
    "Indicare il cellulare: l'SMS di conferma dell'attivazione arriva lì";
pub const MSG_REVOKE_MAIL: &str = "Indicare almeno un indirizzo e-mail o PEC";

fn check_cf(cf: &str, errors: &mut Vec<FieldError>) {
    let cf = request::normalize_cf(cf);
    if cf.is_empty() {
        errors.push(FieldError::new("codice_fiscale", "REQUIRED", MSG_REQUIRED));
    } else if !crate::codice_fiscale::is_valid(&cf) {
        errors.push(FieldError::new("codice_fiscale", "CF_INVALID", MSG_CF));
    }
}

/// Digits only, spaces ignored.
pub fn normalize_ts_number(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Does the tessera sanitaria typed by the citizen identify the registry's
/// card? The number always (spaces ignored); the expiry (`GG/MM/AAAA` or
/// `AAAA-MM-GG`) too when the procedure asks for it (revoke, activation).
pub fn tessera_matches(
    card: &crate::api::TesseraSanitaria,
    typed_number: &str,
    typed_expiry: Option<&str>,
) -> bool {
    card.number == normalize_ts_number(typed_number)
        && typed_expiry.is_none_or(|e| Some(card.expiry) == crate::request::parse_date(e))
}

/// Ripristina's contact rule: every contact the citizen typed equals the one
/// registered (phones by their digits, mailboxes ignoring case), and at
/// least two were typed — a stranger who knows one contact gets nowhere.
pub fn restore_contacts_match(
    registered: &crate::api::PinContacts,
    typed: &crate::api::PinContacts,
) -> bool {
    let same_phone = |t: &str, r: &Option<String>| {
        present(r).is_some_and(|r| {
            crate::request::normalize_phone(t) == crate::request::normalize_phone(r)
        })
    };
    let same_mail =
        |t: &str, r: &Option<String>| present(r).is_some_and(|r| t.eq_ignore_ascii_case(r));
    let checks = [
        present(&typed.mobile).map(|t| same_phone(t, &registered.mobile)),
        present(&typed.email).map(|t| same_mail(t, &registered.email)),
        present(&typed.pec).map(|t| same_mail(t, &registered.pec)),
    ];
    checks.iter().flatten().count() >= 2 && checks.iter().flatten().all(|ok| *ok)
}

fn check_ts(number: &str, expiry: Option<&str>, errors: &mut Vec<FieldError>) {
    let n = normalize_ts_number(number);
    if n.is_empty() {
        errors.push(FieldError::new(
            "tessera_sanitaria_number",
            "REQUIRED",
            MSG_REQUIRED,
        ));
    } else if n.len() != 20 || !n.chars().all(|c| c.is_ascii_digit()) {
        errors.push(FieldError::new(
            "tessera_sanitaria_number",
            "TS_NUMBER",
            MSG_TS_NUMBER,
        ));
    }
    if let Some(e) = expiry {
        if e.trim().is_empty() {
            errors.push(FieldError::new(
                "tessera_sanitaria_expiry",
                "REQUIRED",
                MSG_REQUIRED,
            ));
        } else if request::parse_date(e).is_none() {
            errors.push(FieldError::new(
                "tessera_sanitaria_expiry",
                "TS_EXPIRY",
                MSG_TS_EXPIRY,
            ));
        }
    }
}

/// Format rules of a set of contacts (phones with prefix, Italian mobile,
/// e-mail/PEC syntax), fields named `contacts.*`.
pub fn validate_contact_formats(c: &PinContacts) -> Vec<FieldError> {
    let as_request = Contacts {
        home_phone: c.home_phone.clone(),
        mobile: c.mobile.clone(),
        email: c.email.clone(),
        pec: c.pec.clone(),
        preferred_phone: if present(&c.mobile).is_some() {
            "mobile".into()
        } else {
            "home".into()
        },
        preferred_time: "09-13".into(),
    };
    request::validate_contacts(ResidenceType::Italia, &as_request)
        .into_iter()
        .filter(|e| {
            !matches!(
                e.code.as_str(),
                "PHONE_REQUIRED" | "EMAIL_REQUIRED" | "PREFERRED_PHONE"
            )
        })
        .collect()
}

/// How many of mobile, e-mail, PEC are given.
pub fn reachable_contacts(c: &PinContacts) -> usize {
    [&c.mobile, &c.email, &c.pec]
        .into_iter()
        .filter(|v| present(v).is_some())
        .count()
}

/// Ripristina PIN: codice fiscale, tessera sanitaria, and the two
/// contacts registered earlier (two of mobile, e-mail, PEC).
pub fn validate_restore(r: &RestoreRequest) -> Vec<FieldError> {
    let mut errors = Vec::new();
    check_cf(&r.codice_fiscale, &mut errors);
    check_ts(&r.tessera_sanitaria_number, None, &mut errors);
    errors.extend(validate_contact_formats(&r.contacts));
    if reachable_contacts(&r.contacts) < 2
        && !errors.iter().any(|e| e.field.starts_with("contacts."))
    {
        errors.push(FieldError::new(
            "contacts.mobile",
            "TWO_CONTACTS",
            MSG_TWO_CONTACTS,
        ));
    }
    errors
}

/// Revoca PIN: codice fiscale, tessera sanitaria number and
/// expiry, at least one of e-mail/PEC to receive the confirmation code.
pub fn validate_revoke(r: &RevokeRequest) -> Vec<FieldError> {
    let mut errors = Vec::new();
    check_cf(&r.codice_fiscale, &mut errors);
    check_ts(
        &r.tessera_sanitaria_number,
        Some(&r.tessera_sanitaria_expiry),
        &mut errors,
    );
    match (present(&r.email), present(&r.pec)) {
        (None, None) => errors.push(FieldError::new("email", "EMAIL_REQUIRED", MSG_REVOKE_MAIL)),
        (e, p) => {
            if e.is_some_and(|e| !request::is_email(e)) {
                errors.push(FieldError::new(
                    "email",
                    "EMAIL_FORMAT",
                    request::MSG_EMAIL_FORMAT,
                ));
            }
            if p.is_some_and(|p| !request::is_email(p)) {
                errors.push(FieldError::new(
                    "pec",
                    "PEC_FORMAT",
                    request::MSG_PEC_FORMAT,
                ));
            }
        }
    }
    errors
}

/// Attiva PIN: codice fiscale, tessera sanitaria number and
/// expiry, the first 8 characters of the PIN, at least two contacts of which
/// one is the mobile (the confirmation comes by SMS).
pub fn validate_activate(r: &ActivateRequest) -> Vec<FieldError> {
    let mut errors = Vec::new();
    check_cf(&r.codice_fiscale, &mut errors);
    check_ts(
        &r.tessera_sanitaria_number,
        Some(&r.tessera_sanitaria_expiry),
        &mut errors,
    );
    if normalize(&r.first_half).chars().count() != HALF_LEN {
        errors.push(FieldError::new("first_half", "FIRST_HALF", MSG_FIRST_HALF));
    }
    errors.extend(validate_contact_formats(&r.contacts));
    if present(&r.contacts.mobile).is_none() {
        errors.push(FieldError::new(
            "contacts.mobile",
            "MOBILE_REQUIRED",
            MSG_MOBILE_REQUIRED,
        ));
    } else if reachable_contacts(&r.contacts)
        + usize::from(present(&r.contacts.home_phone).is_some())
        < 2
        && !errors.iter().any(|e| e.field.starts_with("contacts."))
    {
        errors.push(FieldError::new(
            "contacts.email",
            "TWO_CONTACTS",
            MSG_TWO_CONTACTS,
        ));
    }
    errors
}

/// Contacts change from MyINPS: the same rules as the request form (a phone,
/// an e-mail or PEC, formats).
pub fn validate_contacts_change(c: &PinContacts) -> Vec<FieldError> {
    let mut errors = validate_contact_formats(c);
    if present(&c.mobile).is_none() && present(&c.home_phone).is_none() {
        errors.push(FieldError::new(
            "contacts.mobile",
            "PHONE_REQUIRED",
            request::MSG_PHONE_REQUIRED,
        ));
    }
    if present(&c.email).is_none() && present(&c.pec).is_none() {
        errors.push(FieldError::new(
            "contacts.email",
            "EMAIL_REQUIRED",
            request::MSG_EMAIL_REQUIRED,
        ));
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes_of(errors: Vec<FieldError>) -> Vec<(String, String)> {
        errors.into_iter().map(|e| (e.field, e.code)).collect()
    }

    #[test]
    fn restore_needs_ts_and_two_contacts() {
        let mut r = RestoreRequest {
            codice_fiscale: "rssmra80a01h501u".into(),
            tessera_sanitaria_number: "8038 0000 0000 0000 0001".into(),
            contacts: PinContacts {
                mobile: Some("+39 333 1234567".into()),
                email: Some("a@b.it".into()),
                ..Default::default()
            },
        };
        assert!(
            validate_restore(&r).is_empty(),
            "{:?}",
            validate_restore(&r)
        );
        r.contacts.email = None;
        assert_eq!(
            codes_of(validate_restore(&r)),
            [("contacts.mobile".to_owned(), "TWO_CONTACTS".to_owned())]
        );
        r.tessera_sanitaria_number = "123".into();
        r.codice_fiscale = "XYZ".into();
        let c = codes_of(validate_restore(&r));
        assert!(c.contains(&("codice_fiscale".into(), "CF_INVALID".into())));
        assert!(c.contains(&("tessera_sanitaria_number".into(), "TS_NUMBER".into())));
    }

    #[test]
    fn revoke_needs_a_mailbox_and_the_ts_expiry() {
        let mut r = RevokeRequest {
            codice_fiscale: "RSSMRA80A01H501U".into(),
            tessera_sanitaria_number: "80380000000000000001".into(),
            tessera_sanitaria_expiry: "31/12/2024".into(),
            email: None,
            pec: Some("x@pec.it".into()),
        };
        assert!(validate_revoke(&r).is_empty());
        r.pec = None;
        r.tessera_sanitaria_expiry = "2024-13-40".into();
        let c = codes_of(validate_revoke(&r));
        assert!(c.contains(&("email".into(), "EMAIL_REQUIRED".into())));
        assert!(c.contains(&("tessera_sanitaria_expiry".into(), "TS_EXPIRY".into())));
    }

    #[test]
    fn activation_needs_the_mobile_and_a_second_contact() {
        let mut r = ActivateRequest {
            codice_fiscale: "RSSMRA80A01H501U".into(),
            tessera_sanitaria_number: "80380000000000000001".into(),
            tessera_sanitaria_expiry: "2024-12-31".into(),
            first_half: "abcd 2345".into(),
            contacts: PinContacts {
                mobile: Some("+393331234567".into()),
                email: Some("a@b.it".into()),
                ..Default::default()
            },
        };
        assert!(validate_activate(&r).is_empty());
        r.contacts.email = None;
        assert_eq!(
            codes_of(validate_activate(&r)),
            [("contacts.email".to_owned(), "TWO_CONTACTS".to_owned())]
        );
        r.contacts.mobile = None;
        r.contacts.email = Some("a@b.it".into());
        r.contacts.pec = Some("a@pec.it".into());
        r.first_half = "ABC".into();
        let c = codes_of(validate_activate(&r));
        assert!(c.contains(&("contacts.mobile".into(), "MOBILE_REQUIRED".into())));
        assert!(c.contains(&("first_half".into(), "FIRST_HALF".into())));
    }
}
#[cfg(test)]
mod matching_tests {
    use super::*;
    use crate::api::{PinContacts, TesseraSanitaria};
    use chrono::NaiveDate;

    fn contacts(mobile: Option<&str>, email: Option<&str>, pec: Option<&str>) -> PinContacts {
        PinContacts {
            home_phone: None,
            mobile: mobile.map(Into::into),
            email: email.map(Into::into),
            pec: pec.map(Into::into),
        }
    }

    #[test]
    fn restore_needs_two_contacts_all_right() {
        let reg = contacts(Some("+39 333 1234567"), Some("Mario@Example.it"), None);
        let ok = contacts(Some("+393331234567"), Some(" mario@example.it "), None);
        assert!(restore_contacts_match(&reg, &ok));
        let one = contacts(Some("+393331234567"), None, None);
        assert!(
            !restore_contacts_match(&reg, &one),
            "one contact is not enough"
        );
        let wrong_pec = contacts(
            Some("+393331234567"),
            Some("mario@example.it"),
            Some("x@pec.it"),
        );
        assert!(
            !restore_contacts_match(&reg, &wrong_pec),
            "every typed contact must match"
        );
    }

    #[test]
    fn tessera_by_number_and_optionally_expiry() {
        let card = TesseraSanitaria {
            number: "80380000000000000001".into(),
            expiry: NaiveDate::from_ymd_opt(2024, 12, 31).unwrap(),
        };
        assert!(tessera_matches(&card, "8038 0000 0000 0000 0001", None));
        assert!(tessera_matches(
            &card,
            "80380000000000000001",
            Some("31/12/2024")
        ));
        assert!(!tessera_matches(
            &card,
            "80380000000000000001",
            Some("30/12/2024")
        ));
        assert!(!tessera_matches(&card, "80380000000000000002", None));
    }
}
