#![cfg(feature = "place-data")]
//! Unit tests of the codice fiscale engine, from the algorithm's own
//! definition (Decreto ministeriale 23/12/1976 and its omocodia rules),
//! one file per part of the engine.

mod birthplaces;
mod check;
mod encode;
mod person;

use chrono::NaiveDate;
use domain::codice_fiscale::check_on;

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

pub fn today() -> NaiveDate {
    d(2026, 1, 15)
}

pub fn error_codes(code: &str) -> Vec<String> {
    check_on(code, None, today())
        .errors
        .into_iter()
        .map(|e| e.code)
        .collect()
}
