#![cfg(feature = "place-data")]
//! Place tables: provinces, comuni by province and date, foreign states, and
//! consistency of the embedded code index with the full archive.

use chrono::NaiveDate;
use domain::places::{self, PlaceKind};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn provinces_are_the_107_active_ones() {
    let p = places::provinces();
    assert_eq!(p.len(), 107);
    let rm = p.iter().find(|p| p.sigla == "RM").unwrap();
    assert_eq!(rm.name, "Roma");
    assert!(p.iter().any(|p| p.sigla == "SU"), "Sud Sardegna (2016)");
    assert!(
        !p.iter().any(|p| p.sigla == "CI"),
        "Carbonia-Iglesias was abolished"
    );
    let mut sorted = p.clone();
    sorted.sort_by(|a, b| a.sigla.cmp(&b.sigla));
    assert_eq!(p, sorted);
}

#[test]
fn every_active_comune_has_an_active_province_and_vice_versa() {
    let mut total = 0;
    for p in places::provinces() {
        let comuni = places::comuni_active(&p.sigla);
        assert!(!comuni.is_empty(), "{}", p.sigla);
        total += comuni.len();
    }
    assert_eq!(total, 7894, "ANPR's active comuni");
}

#[test]
fn comuni_of_a_province_on_a_date() {
    let today = places::comuni("rm", d(2020, 1, 1));
    assert_eq!(today.len(), places::comuni_active("RM").len());
    assert!(today.iter().any(|c| c.code == "H501" && c.name == "Roma"));
    // Sorted by name, accents folded.
    let names: Vec<_> = today.iter().map(|c| c.name.to_lowercase()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names.first(), sorted.first());

    // In 1933 Littoria (E472) belonged to the province of Rome; in 1940 to Littoria's.
    assert!(places::comuni("RM", d(1933, 1, 1))
        .iter()
        .any(|c| c.code == "E472" && c.name == "Littoria"));
    assert!(!places::comuni("RM", d(1940, 1, 1))
        .iter()
        .any(|c| c.code == "E472"));
    let lt = places::comuni("LT", d(1940, 1, 1));
    let littoria = lt.iter().find(|c| c.code == "E472").unwrap();
    assert_eq!(littoria.valid_from, Some(d(1934, 10, 26)));
    assert_eq!(littoria.valid_to, Some(d(1945, 4, 23)));

    // Suppressed comune: in Como's list in 1920, not in 1930.
    assert!(places::comuni("CO", d(1920, 1, 1))
        .iter()
        .any(|c| c.code == "A002"));
    assert!(!places::comuni("CO", d(1930, 1, 1))
        .iter()
        .any(|c| c.code == "A002"));
    // A province that no longer exists still has its historical comuni.
    assert!(!places::comuni("PS", d(1990, 1, 1)).is_empty());
    assert!(places::comuni("PS", d(2020, 1, 1)).is_empty());
    assert!(places::province_exists("ps"));
    assert!(!places::province_exists("XX"));
    assert!(!places::province_exists("EE"));
    assert!(places::comuni("EE", d(2020, 1, 1)).is_empty());
}

#[test]
fn countries_are_current_foreign_states() {
    let c = places::countries();
    assert_eq!(c.len(), 211);
    assert!(c.iter().all(|c| c.code.starts_with('Z')));
    assert!(c.iter().any(|c| c.code == "Z404"));
    assert!(
        !c.iter().any(|c| c.code == "Z105"),
        "Cecoslovacchia no longer exists"
    );
}

#[test]
fn lookup_gives_names_and_validity() {
    let roma = places::lookup(" h501 ").unwrap();
    assert_eq!(roma.kind, PlaceKind::Comune);
    assert_eq!(
        (roma.name.as_str(), roma.province.as_deref()),
        ("Roma", Some("RM"))
    );
    assert!(roma.active && roma.valid_to.is_none());
    let cs = places::lookup("Z105").unwrap();
    assert_eq!(cs.kind, PlaceKind::Country);
    assert_eq!(cs.province, None);
    assert_eq!(cs.valid_to, Some(d(1993, 1, 1)));
    assert!(!cs.active);
    assert_eq!(
        places::lookup_on("E472", d(1940, 6, 1)).unwrap().name,
        "Littoria"
    );
    assert_eq!(places::lookup("E472").unwrap().name, "Latina");
    assert_eq!(places::lookup("Z999"), None);
    assert_eq!(places::lookup("nonsense"), None);
}

#[test]
fn code_index_round_trip_and_known_codes_match_the_archive() {
    assert_eq!(places::code_index("H501"), Some(7501));
    assert_eq!(places::code_index("z404"), Some(25404));
    assert_eq!(places::code_index("H5O1"), None);
    assert_eq!(places::code_from_index(7501), "H501");
    let mut known = 0;
    for index in 0..26_000u16 {
        let code = places::code_from_index(index);
        assert_eq!(places::code_index(&code), Some(index));
        let is_known = places::is_known(&code);
        assert_eq!(is_known, places::lookup(&code).is_some(), "{code}");
        known += is_known as usize;
    }
    assert_eq!(known, 10_086, "9 864 Belfiore codes + 222 Z-codes");
}

#[test]
fn serializes_as_json() {
    let v = serde_json::to_value(places::lookup("H501").unwrap()).unwrap();
    assert_eq!(v["kind"], "comune");
    assert_eq!(v["valid_to"], serde_json::Value::Null);
    let v = serde_json::to_value(&places::comuni("LT", d(1940, 1, 1))[0]).unwrap();
    assert!(v.get("valid_from").is_some() && v["province"] == "LT");
}
