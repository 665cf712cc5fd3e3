//! Unit tests of the "Richiedi PIN" field rules, section by section.

use chrono::NaiveDate;

use super::*;
use crate::api::{Contacts, FieldError, Personal, PinRequest, Residence, ResidenceType};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2020, 4, 1).unwrap()
}

fn good() -> PinRequest {
    PinRequest {
        codice_fiscale: "RSSMRA80A01H501U".into(),
        residence_type: ResidenceType::Italia,
        personal: Personal {
            surname: "Rossi".into(),
            name: "Mario".into(),
            birth_date: "1980-01-01".into(),
            sex: "M".into(),
            birthplace_code: "H501".into(),
        },
        residence: Residence {
            address: Some("Via Roma".into()),
            civic: Some("1".into()),
            province: Some("RM".into()),
            comune: Some("Roma".into()),
            cap: Some("00100".into()),
            ..Default::default()
        },
        contacts: Contacts {
            home_phone: None,
            mobile: Some("+39 333 1234567".into()),
            email: Some("a@b.it".into()),
            pec: None,
            preferred_phone: "mobile".into(),
            preferred_time: "09-13".into(),
        },
    }
}

fn fields(errs: &[FieldError]) -> Vec<&str> {
    errs.iter().map(|e| e.field.as_str()).collect()
}

#[test]
fn a_complete_request_passes() {
    assert_eq!(validate(&good(), today()), vec![]);
}

#[test]
fn empty_request_names_every_required_field() {
    let errs = validate(&PinRequest::default(), today());
    let f = fields(&errs);
    for name in [
        "codice_fiscale",
        "personal.surname",
        "personal.name",
        "personal.birth_date",
        "personal.sex",
        "personal.birthplace_code",
        "residence.address",
        "residence.civic",
        "residence.province",
        "residence.comune",
        "residence.cap",
        "contacts.mobile",
        "contacts.email",
        "contacts.preferred_phone",
        "contacts.preferred_time",
    ] {
        assert!(f.contains(&name), "missing {name} in {f:?}");
    }
    let surname = errs.iter().find(|e| e.field == "personal.surname").unwrap();
    assert_eq!(surname.message, "Campo obbligatorio");
}

#[test]
fn date_accepts_both_formats_and_rejects_others() {
    assert_eq!(
        parse_date("01/02/1980"),
        NaiveDate::from_ymd_opt(1980, 2, 1)
    );
    assert_eq!(
        parse_date("1980-02-01"),
        NaiveDate::from_ymd_opt(1980, 2, 1)
    );
    assert_eq!(parse_date("1/2/1980"), None);
    assert_eq!(parse_date("31/02/1980"), None);
    let mut r = good();
    r.personal.birth_date = "1980/01/01".into();
    let errs = validate(&r, today());
    assert_eq!(errs[0].code, "DATE_FORMAT");
    assert_eq!(errs[0].field, "personal.birth_date");
}

#[test]
fn a_birth_date_that_does_not_exist_is_named_as_such_not_as_a_format_error() {
    for typed in [
        "31/02/1980",
        "30/02/1980",
        "29/02/1981",
        "1980-02-31",
        "00/13/1980",
    ] {
        let mut r = good();
        r.personal.birth_date = typed.into();
        let errs = validate(&r, today());
        assert_eq!(errs[0].field, "personal.birth_date", "{typed}");
        assert_eq!(errs[0].code, "DATE_NOT_EXIST", "{typed}");
        assert_eq!(errs[0].message, MSG_DATE_NOT_EXIST);
    }
    // A shape that is not a date stays a format error.
    for typed in ["31-2-80", "1/2/1980", "31/02/80", "ieri"] {
        let mut r = good();
        r.personal.birth_date = typed.into();
        assert_eq!(validate(&r, today())[0].code, "DATE_FORMAT", "{typed}");
    }
}

#[test]
fn birth_date_in_the_future_is_refused_relative_to_today() {
    let mut r = good();
    r.personal.birth_date = "02/04/2020".into();
    assert_eq!(validate(&r, today())[0].code, "DATE_IN_FUTURE");
    r.personal.birth_date = "01/04/2020".into();
    assert!(validate(&r, today()).is_empty());
}

#[test]
fn sex_cap_province_and_birthplace_syntax() {
    let mut r = good();
    r.personal.sex = "X".into();
    r.residence.cap = Some("0010".into());
    r.residence.province = Some("ROM".into());
    r.personal.birthplace_code = "H50".into();
    let errs = validate(&r, today());
    assert_eq!(
        fields(&errs),
        vec![
            "personal.sex",
            "personal.birthplace_code",
            "residence.province",
            "residence.cap"
        ]
    );
}

#[test]
fn contacts_need_one_phone_and_one_mail() {
    let mut r = good();
    r.contacts.mobile = Some("  ".into());
    r.contacts.email = None;
    let errs = validate(&r, today());
    let phone = errs.iter().find(|e| e.code == "PHONE_REQUIRED").unwrap();
    assert_eq!(phone.message, MSG_PHONE_REQUIRED);
    let mail = errs.iter().find(|e| e.code == "EMAIL_REQUIRED").unwrap();
    assert_eq!(mail.message, MSG_EMAIL_REQUIRED);
    // The preferred phone now names a phone that was not given.
    assert!(errs.iter().any(|e| e.field == "contacts.preferred_phone"));
}

#[test]
fn pec_alone_and_home_phone_alone_are_enough() {
    let mut r = good();
    r.contacts.mobile = None;
    r.contacts.home_phone = Some("+39 06 1234567".into());
    r.contacts.preferred_phone = "home".into();
    r.contacts.email = None;
    r.contacts.pec = Some("mario.rossi@pec.it".into());
    assert_eq!(validate(&r, today()), vec![]);
}

#[test]
fn phones_need_the_prefix_and_a_plausible_length() {
    let mut r = good();
    r.contacts.home_phone = Some("06 1234567".into());
    let errs = validate(&r, today());
    assert_eq!(errs[0].field, "contacts.home_phone");
    assert_eq!(errs[0].message, MSG_PHONE_PREFIX);
    r.contacts.home_phone = Some("+39 12".into());
    assert_eq!(validate(&r, today())[0].code, "PHONE_FORMAT");
    r.contacts.home_phone = Some("+39 06 12a4567".into());
    assert_eq!(validate(&r, today())[0].code, "PHONE_FORMAT");
}

#[test]
fn mobile_must_be_italian_for_residents_in_italy() {
    let mut r = good();
    r.contacts.mobile = Some("+39 06 1234567".into());
    assert_eq!(validate(&r, today())[0].code, "MOBILE_ITALIAN");
    r.contacts.mobile = Some("+49 151 23456789".into());
    assert_eq!(validate(&r, today())[0].code, "MOBILE_ITALIAN");
    // A resident abroad may use a foreign mobile.
    r.residence_type = ResidenceType::Estero;
    r.residence = Residence {
        country_code: Some("Z112".into()),
        city: Some("Berlin".into()),
        address: Some("Hauptstraße 1".into()),
        ..Default::default()
    };
    assert_eq!(validate(&r, today()), vec![]);
}

#[test]
fn foreign_residence_fields() {
    let mut r = good();
    r.residence_type = ResidenceType::Estero;
    r.residence = Residence {
        country_code: Some("H501".into()),
        ..Default::default()
    };
    let errs = validate(&r, today());
    assert_eq!(
        fields(&errs),
        vec![
            "residence.city",
            "residence.address",
            "residence.country_code"
        ]
    );
}

#[test]
fn email_syntax() {
    assert!(is_email("mario.rossi@example.it"));
    assert!(is_email("a+b@sub.example.com"));
    assert!(!is_email("mario.rossi"));
    assert!(!is_email("mario@rossi"));
    assert!(!is_email("mario@@rossi.it"));
    assert!(!is_email("ma rio@rossi.it"));
    assert!(!is_email("@rossi.it"));
    assert!(!is_email("mario@.it"));
    let mut r = good();
    r.contacts.pec = Some("pec@".into());
    assert_eq!(fields(&validate(&r, today())), vec!["contacts.pec"]);
}

#[test]
fn preferred_time_must_be_a_known_slot() {
    let mut r = good();
    r.contacts.preferred_time = "07-08".into();
    assert_eq!(validate(&r, today())[0].code, "PREFERRED_TIME");
    for (slot, label) in PREFERRED_TIMES {
        r.contacts.preferred_time = (*slot).into();
        assert!(validate(&r, today()).is_empty());
        assert!(!label.is_empty());
    }
}

#[test]
fn names_with_apostrophes_and_accents_are_fine() {
    let mut r = good();
    r.personal.surname = "D'Angelo-Cantù".into();
    r.personal.name = "Maria Chiara".into();
    assert!(validate(&r, today()).is_empty());
    r.personal.name = "Mario3".into();
    assert_eq!(validate(&r, today())[0].code, "NAME_CHARS");
}

#[test]
fn phones_and_mailboxes_are_parsed_once_into_what_is_stored() {
    let p = Phone::parse(" +39 333-123.45/67 ").unwrap();
    assert_eq!(p.as_str(), "+393331234567");
    assert!(p.is_italian() && p.is_italian_mobile());
    let landline = Phone::parse("+39 06 1234567").unwrap();
    assert!(landline.is_italian() && !landline.is_italian_mobile());
    assert!(!Phone::parse("+41 79 123 45 67").unwrap().is_italian());
    assert_eq!(Phone::parse("333 1234567"), Err(PhoneError::Prefix));
    assert_eq!(Phone::parse("+39 333 12A 4567"), Err(PhoneError::Format));
    assert_eq!(Phone::parse("+3912"), Err(PhoneError::Format));
    assert_eq!(
        Email::parse(" mario.rossi@example.it ").map(String::from),
        Some("mario.rossi@example.it".to_owned())
    );
    let typed = crate::api::PinContacts {
        home_phone: Some("  ".into()),
        mobile: Some(" +39 333 123 4567".into()),
        email: Some(" mario@example.it ".into()),
        pec: None,
    };
    let stored = normalize_contacts(&typed);
    assert_eq!(stored.home_phone, None);
    assert_eq!(stored.mobile.as_deref(), Some("+393331234567"));
    assert_eq!(stored.email.as_deref(), Some("mario@example.it"));
    assert_eq!(stored.pec, None);
}

#[test]
fn normalizers() {
    assert_eq!(normalize_phone("+39 333-123.45/67"), "+393331234567");
    assert_eq!(normalize_cf("  rssmra80a01h501u "), "RSSMRA80A01H501U");
}

#[test]
fn free_text_fields_have_a_length_limit_and_refuse_markup() {
    let mut r = good();
    r.residence.address = Some("Via Roma ".repeat(40));
    let errs = validate(&r, today());
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(errs[0].field, "residence.address");
    assert_eq!(errs[0].code, "TEXT_TOO_LONG");
    assert_eq!(errs[0].message, MSG_TEXT_TOO_LONG);

    let mut r = good();
    r.residence.address = Some("<img src=x onerror=alert(1)>".into());
    let errs = validate(&r, today());
    assert_eq!(errs[0].field, "residence.address");
    assert_eq!(errs[0].code, "TEXT_CHARS");
    assert_eq!(errs[0].message, MSG_TEXT_CHARS);

    let mut r = good();
    r.residence.civic = Some("12345678901".into());
    assert_eq!(validate(&r, today())[0].message, MSG_CIVIC_TOO_LONG);

    let mut r = good();
    r.personal.surname = "A".repeat(300);
    let errs = validate(&r, today());
    assert_eq!(errs[0].field, "personal.surname");
    assert_eq!(errs[0].message, MSG_NAME_TOO_LONG);
}
