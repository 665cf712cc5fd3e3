//! Unit tests of the dispositivo rules: document numbers and validity,
//! IBAN check digits, application field rules, what each level opens.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::*;
use crate::api::{FieldError, Level};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2020, 4, 1).unwrap()
}

fn doc(t: &str, n: &str) -> IdentityDocument {
    IdentityDocument {
        doc_type: t.into(),
        number: n.into(),
        issuer: "Comune di Roma".into(),
        issued_on: "2015-06-10".into(),
        expires_on: "2025-06-10".into(),
    }
}

fn fields(e: &[FieldError]) -> Vec<&str> {
    e.iter().map(|f| f.field.as_str()).collect()
}

#[test]
fn document_number_formats_per_type() {
    for (t, good, bad) in [
        ("carta_identita", "AA1234567", "CA12345AB"),
        ("carta_identita_elettronica", "ca 12345 ab", "AA1234567"),
        ("passaporto", "YA1234567", "YA123456"),
        ("patente", "U12345678Z", "U123456789"),
    ] {
        assert!(
            validate_document(&doc(t, good), today()).is_empty(),
            "{t} {good}"
        );
        let e = validate_document(&doc(t, bad), today());
        assert_eq!(fields(&e), ["document.number"], "{t} {bad}");
        assert!(e[0].message.contains("ad es."), "{}", e[0].message);
    }
}

#[test]
fn document_must_be_valid_today() {
    let mut d = doc("passaporto", "YA1234567");
    d.expires_on = "2020-03-31".into();
    assert_eq!(validate_document(&d, today())[0].code, "DOCUMENT_EXPIRED");
    d.expires_on = "2020-04-01".into(); // still valid on its last day
    assert!(validate_document(&d, today()).is_empty());
    d.issued_on = "2020-04-02".into();
    let e = validate_document(&d, today());
    assert!(e.iter().any(|f| f.code == "DATE_FUTURE"));
    let empty = validate_document(&IdentityDocument::default(), today());
    assert_eq!(
        fields(&empty),
        [
            "document.type",
            "document.number",
            "document.issuer",
            "document.issued_on",
            "document.expires_on"
        ]
    );
}

#[test]
fn iban_check_digits() {
    assert!(is_italian_iban("IT60X0542811101000000123456"));
    assert!(is_italian_iban("it60 x054 2811 1010 0000 0123 456"));
    assert!(!is_italian_iban("IT61X0542811101000000123456"));
    assert!(!is_italian_iban("DE89370400440532013000"));
}

#[test]
fn application_rules() {
    let mut data = BTreeMap::new();
    data.insert("category".into(), "autonomi".into());
    data.insert("iban".into(), "IT60X0542811101000000123456".into());
    assert!(validate_application(ApplicationKind::IndennitaCovid600, &data, today()).is_empty());
    let e = validate_application(ApplicationKind::Naspi, &data, today());
    assert_eq!(fields(&e), ["data.last_employer", "data.termination_date"]);
    data.insert("termination_date".into(), "2020-05-01".into());
    data.insert("last_employer".into(), "Rossi srl".into());
    let e = validate_application(ApplicationKind::Naspi, &data, today());
    assert_eq!(e[0].code, "DATE_FUTURE");
}

#[test]
fn what_levels_open() {
    use ApplicationKind::*;
    assert_eq!(IndennitaCovid600.min_level(), Level::L0);
    assert!(IndennitaCovid600.protocolled_at(Level::L0));
    assert!(!Naspi.protocolled_at(Level::L1));
    assert!(Naspi.protocolled_at(Level::L2));
    assert_eq!(Naspi.min_level(), Level::L1);
    assert_eq!(ApplicationKind::parse("bonus_bebe"), Some(BonusBebe));
    assert!(way_up(Level::L1).unwrap().contains("dispositivo"));
}

#[test]
fn rilasciato_da_refuses_markup_and_overlong_text_with_a_clear_message() {
    let mut d = doc("passaporto", "YA1234567");
    d.issuer = "Questura di <b>Roma</b>".into();
    let e = validate_document(&d, today());
    assert_eq!(fields(&e), ["document.issuer"]);
    assert_eq!(e[0].code, "TEXT_CHARS");
    assert_eq!(e[0].message, crate::request::MSG_TEXT_CHARS);
    d.issuer = "Comune di Roma ".repeat(20);
    let e = validate_document(&d, today());
    assert_eq!(fields(&e), ["document.issuer"]);
    assert_eq!(e[0].code, "ISSUER");
    d.issuer = "Ministero degli Affari Esteri - Consolato d'Italia (Monaco)".into();
    assert!(validate_document(&d, today()).is_empty());
}

#[test]
fn a_document_date_that_does_not_exist_is_named_so_like_the_birth_date() {
    let mut d = doc("passaporto", "YA1234567");
    d.issued_on = "31/02/2015".into();
    d.expires_on = "2025-02-30".into();
    let e = validate_document(&d, today());
    assert_eq!(fields(&e), ["document.issued_on", "document.expires_on"]);
    for f in &e {
        assert_eq!(f.code, "DATE_NOT_EXIST");
        assert_eq!(f.message, crate::request::MSG_DATE_NOT_EXIST);
    }
    // A shape that is not a date stays a format error.
    d.issued_on = "10 giugno".into();
    d.expires_on = "2025-06-10".into();
    assert_eq!(validate_document(&d, today())[0].code, "DATE_FORMAT");
}
