//! The engine without the `place-data` feature (the wasm app's build):
//! validity is the same, names and validity-date warnings are left to the
//! server. Run with `cargo test -p domain --no-default-features`.
#![cfg(not(feature = "place-data"))]

use chrono::NaiveDate;
use domain::api::Sex;
use domain::codice_fiscale::{check_on, encode};

#[test]
fn validity_without_names() {
    let today = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    let c = check_on("RSSMRA80A01H501U", None, today);
    assert!(c.valid);
    let place = c.decoded.unwrap().birthplace;
    assert_eq!((place.code.as_str(), place.name.as_str()), ("H501", ""));
    let born = NaiveDate::from_ymd_opt(1950, 1, 1).unwrap();
    // Unknown code: still an error.
    let c = check_on(&encode("Rossi", "Mario", Sex::M, born, "Z999"), None, today);
    assert_eq!(c.errors[0].code, "BIRTHPLACE_UNKNOWN");
    // Suppressed comune after its suppression: valid, no warning without dates.
    let c = check_on(&encode("Rossi", "Mario", Sex::M, born, "A002"), None, today);
    assert!(c.valid && c.warnings.is_empty());
    assert_eq!(domain::places::provinces().len(), 107);
}
