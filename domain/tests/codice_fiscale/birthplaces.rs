//! Birthplaces: foreign states, unknown, renamed and suppressed comuni.

use super::*;
use domain::api::Sex;
use domain::codice_fiscale::{check_on, encode};
use domain::places;

// ------------------------------------------------------------ birthplaces

#[test]
fn foreign_state_z_codes() {
    let code = encode("Smith", "John", Sex::M, d(1970, 7, 4), "Z404");
    let c = check_on(&code, None, today());
    assert!(c.valid && c.warnings.is_empty(), "{c:?}");
    let place = c.decoded.unwrap().birthplace;
    assert_eq!(place.code, "Z404");
    assert_eq!(place.province, None);
    assert_eq!(place.name, "Stati Uniti D'America");
    // Czechoslovakia: a state that ceased on 1993-01-01.
    let c = check_on(
        &encode("Novak", "Jan", Sex::M, d(1980, 3, 3), "Z105"),
        None,
        today(),
    );
    assert!(c.valid && c.warnings.is_empty());
    assert_eq!(c.decoded.unwrap().birthplace.name, "Cecoslovacchia");
    let c = check_on(
        &encode("Novak", "Jan", Sex::M, d(1999, 3, 3), "Z105"),
        None,
        today(),
    );
    assert!(c.valid);
    assert_eq!(
        c.warnings
            .iter()
            .map(|w| w.code.as_str())
            .collect::<Vec<_>>(),
        ["BIRTHPLACE_DATE"]
    );
}

#[test]
fn unknown_birthplace_is_invalid() {
    for place in ["Z999", "A000", "W123"] {
        assert!(!places::is_known(place), "{place}");
        let code = encode("Rossi", "Mario", Sex::M, d(1980, 1, 1), place);
        let c = check_on(&code, None, today());
        assert!(!c.valid);
        assert_eq!(error_codes(&code), ["BIRTHPLACE_UNKNOWN"]);
        assert!(c.decoded.is_none());
    }
}

#[test]
fn renamed_and_suppressed_comuni() {
    // E472: Littoria (province of Rome, then of Littoria), Latina from 1945.
    let on = |date| {
        check_on(
            &encode("Rossi", "Mario", Sex::M, date, "E472"),
            None,
            today(),
        )
    };
    let b = on(d(1933, 5, 1)).decoded.unwrap().birthplace;
    assert_eq!(
        (b.name.as_str(), b.province.as_deref()),
        ("Littoria", Some("RM"))
    );
    let b = on(d(1940, 5, 1)).decoded.unwrap().birthplace;
    assert_eq!(
        (b.name.as_str(), b.province.as_deref()),
        ("Littoria", Some("LT"))
    );
    let b = on(d(1950, 5, 1)).decoded.unwrap().birthplace;
    assert_eq!(
        (b.name.as_str(), b.province.as_deref()),
        ("Latina", Some("LT"))
    );

    // A002 Abbadia Sopra Adda (CO), suppressed on 1928-03-06.
    let c = check_on(
        &encode("Rossi", "Mario", Sex::M, d(1927, 1, 1), "A002"),
        None,
        d(2020, 1, 1),
    );
    assert!(c.valid && c.warnings.is_empty(), "{c:?}");
    assert_eq!(c.decoded.unwrap().birthplace.name, "Abbadia Sopra Adda");
    // Born after the suppression: a warning, never an error.
    let c = check_on(
        &encode("Rossi", "Mario", Sex::M, d(1950, 1, 1), "A002"),
        None,
        today(),
    );
    assert!(c.valid, "{c:?}");
    assert_eq!(c.warnings.len(), 1);
    assert_eq!(c.warnings[0].code, "BIRTHPLACE_DATE");
    assert_eq!(
        c.decoded.unwrap().birthplace.province.as_deref(),
        Some("CO")
    );
    // Latina before it existed (created 1932-11-06): warning, and the first
    // period after the birth date is reported.
    let c = on(d(1931, 5, 1));
    assert!(c.valid);
    assert_eq!(c.warnings[0].code, "BIRTHPLACE_DATE");
    assert_eq!(c.decoded.unwrap().birthplace.name, "Littoria");
}

#[test]
fn a_comune_suppressed_a_century_ago_reads_the_earlier_century() {
    // A003: Abbadia Alpina (Torino), 1864–1928. Year 07 reads as 2007 by
    // default; the comune existed only in 1907, so 1907 is meant.
    let code = encode("Rossi", "Mario", Sex::M, d(1907, 5, 3), "A003");
    let c = check_on(&code, None, today());
    assert!(c.valid, "{:?}", c.errors);
    assert_eq!(c.decoded.as_ref().unwrap().birth_date, d(1907, 5, 3));
    assert_eq!(c.decoded.unwrap().birthplace.name, "Abbadia Alpina");
    let warnings: Vec<_> = c.warnings.iter().map(|w| w.code.as_str()).collect();
    assert_eq!(warnings, ["CENTURY_FROM_BIRTHPLACE"]);
    assert!(c.warnings[0].message.contains("secolo precedente"));

    // A comune that exists in both centuries keeps the recent one, quietly.
    let rome = check_on(
        &encode("Rossi", "Mario", Sex::M, d(2007, 5, 3), "H501"),
        None,
        today(),
    );
    assert_eq!(rome.decoded.unwrap().birth_date, d(2007, 5, 3));
    assert!(rome.warnings.is_empty());
}

#[test]
fn the_earlier_century_counts_from_the_comune_s_first_day() {
    // E315: Invorio Inferiore (Novara), 1861-03-17 to 1928-04-02.
    let code = encode("", "", Sex::M, d(1961, 3, 17), "E315");
    let c = check_on(&code, None, today());
    assert_eq!(c.decoded.unwrap().birth_date, d(1861, 3, 17));
    let code = encode("", "", Sex::M, d(1961, 3, 16), "E315");
    let c = check_on(&code, None, today());
    assert_eq!(c.decoded.unwrap().birth_date, d(1961, 3, 16));
    assert_eq!(c.warnings[0].code, "BIRTHPLACE_DATE");
}
