#![cfg(feature = "place-data")]
//! Unit tests of the codice fiscale engine, from the algorithm's own
//! definition (Decreto ministeriale 23/12/1976 and its omocodia rules).

use chrono::NaiveDate;
use domain::api::Sex;
use domain::codice_fiscale::{
    check_character, check_on, encode, encode_birth, encode_name, encode_surname, mismatch_message,
    normalize, omocode_variant, omocodes, PersonData, DIGIT_POSITIONS,
};
use domain::places;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn today() -> NaiveDate {
    d(2026, 1, 15)
}

fn error_codes(code: &str) -> Vec<String> {
    check_on(code, None, today())
        .errors
        .into_iter()
        .map(|e| e.code)
        .collect()
}

// ------------------------------------------------------------ worked examples

#[test]
fn textbook_example_mario_rossi_roma() {
    let c = check_on("RSSMRA80A01H501U", None, today());
    assert!(c.valid, "{c:?}");
    assert!(!c.omocode);
    assert!(c.errors.is_empty() && c.warnings.is_empty());
    let dec = c.decoded.unwrap();
    assert_eq!(dec.sex, Sex::M);
    assert_eq!(dec.birth_date, d(1980, 1, 1));
    assert_eq!(dec.birthplace.code, "H501");
    assert_eq!(dec.birthplace.name, "Roma");
    assert_eq!(dec.birthplace.province.as_deref(), Some("RM"));
    assert_eq!(c.mismatches, None);
}

#[test]
fn encode_worked_examples() {
    // Wikipedia's example: Matteo Moretti, born in Milan on 9 April 1925.
    assert_eq!(
        encode("Moretti", "Matteo", Sex::M, d(1925, 4, 9), "F205"),
        "MRTMTT25D09F205Z"
    );
    assert_eq!(
        encode("Rossi", "Mario", Sex::M, d(1980, 1, 1), "H501"),
        "RSSMRA80A01H501U"
    );
    assert_eq!(
        encode("Caccamo", "Fabio", Sex::M, d(1985, 4, 3), "L219"),
        "CCCFBA85D03L219P"
    );
    assert_eq!(
        encode("Rossi", "Maria", Sex::F, d(1980, 1, 1), "h501"),
        "RSSMRA80A41H501Y"
    );
}

#[test]
fn check_character_tables() {
    // Odd positions of "RSSMRA80A01H501": R S R 8 A 1 5 1 → 8+12+8+19+1+0+13+0 = 61;
    // even positions: S M A 0 0 H 0 → 18+12+0+0+0+7+0 = 37; 98 mod 26 = 20 → U.
    assert_eq!(check_character(b"RSSMRA80A01H501"), Some(b'U'));
    assert_eq!(check_character(b"RSSMRA80A01H50"), None);
    assert_eq!(check_character(b"RSSMRA80A01H50!"), None);
    let c = check_on("RSSMRA80A01H501V", None, today());
    assert!(!c.valid);
    assert_eq!(error_codes("RSSMRA80A01H501V"), ["CHECK_CHARACTER"]);
    // Still decoded: only the check character is wrong.
    assert_eq!(c.decoded.unwrap().birth_date, d(1980, 1, 1));
}

// ------------------------------------------------------------ normalisation and errors

#[test]
fn normalises_case_and_surrounding_spaces() {
    assert_eq!(normalize("  rssmra80a01h501u \t"), "RSSMRA80A01H501U");
    let c = check_on("  rssmra80a01h501u\n", None, today());
    assert!(c.valid);
    assert_eq!(c.code, "RSSMRA80A01H501U");
}

#[test]
fn length_errors() {
    for code in [
        "",
        "RSSMRA80A01H501",
        "RSSMRA80A01H501UU",
        "RSS MRA80A01H501U",
    ] {
        let c = check_on(code, None, today());
        assert_eq!(error_codes(code), ["LENGTH"], "{code:?}");
        assert!(!c.valid && c.decoded.is_none());
    }
}

#[test]
fn syntax_errors() {
    for code in [
        "R5SMRA80A01H501U", // digit in the surname
        "RSSMRA8AA01H501U", // A is not an omocode letter
        "RSSMRA80101H501U", // digit as month
        "RSSMRA80A01H5W1U", // W is not an omocode letter
        "RSSMRA80A01H5011", // digit as check character
        "RSSMRA80A01H501Ù", // 16 characters, one not ASCII
        "RSSMRA80A0 H501U",
    ] {
        assert_eq!(error_codes(code), ["SYNTAX"], "{code}");
        assert!(check_on(code, None, today()).decoded.is_none());
    }
}

fn with_check_character(first15: &str) -> String {
    let c = check_character(first15.as_bytes()).unwrap() as char;
    format!("{first15}{c}")
}

#[test]
fn month_letter() {
    for (letter, month) in "ABCDEHLMPRST".chars().zip(1..) {
        let code = with_check_character(&format!("RSSMRA80{letter}01H501"));
        let c = check_on(&code, None, today());
        assert!(c.valid, "{code}");
        assert_eq!(c.decoded.unwrap().birth_date, d(1980, month, 1));
    }
    for letter in "FGIJKNOQUVWXYZ".chars() {
        let code = with_check_character(&format!("RSSMRA80{letter}01H501"));
        assert_eq!(error_codes(&code), ["MONTH"], "{code}");
    }
}

#[test]
fn day_ranges_and_female_offset() {
    for (day, ok) in [
        ("00", false),
        ("01", true),
        ("31", true),
        ("32", false),
        ("40", false),
    ] {
        let code = with_check_character(&format!("RSSMRA80A{day}H501"));
        assert_eq!(check_on(&code, None, today()).valid, ok, "{code}");
        if !ok {
            assert_eq!(error_codes(&code), ["DAY"]);
        }
    }
    for (day, ok) in [("41", true), ("71", true), ("72", false), ("99", false)] {
        let code = with_check_character(&format!("RSSMRA80A{day}H501"));
        assert_eq!(check_on(&code, None, today()).valid, ok, "{code}");
    }
    let c = check_on("RSSMRA80A41H501Y", None, today());
    let dec = c.decoded.unwrap();
    assert_eq!((dec.sex, dec.birth_date), (Sex::F, d(1980, 1, 1)));
    let dec = check_on(&with_check_character("RSSMRA80A71H501"), None, today())
        .decoded
        .unwrap();
    assert_eq!((dec.sex, dec.birth_date), (Sex::F, d(1980, 1, 31)));
    assert_eq!(encode_birth(d(1980, 1, 31), Sex::F), "80A71");
    assert_eq!(encode_birth(d(2005, 12, 9), Sex::M), "05T09");
}

#[test]
fn impossible_dates() {
    for block in ["80B30", "80B70", "80D31", "81B29", "80S31"] {
        let code = with_check_character(&format!("RSSMRA{block}H501"));
        assert_eq!(error_codes(&code), ["DATE"], "{code}");
        assert!(check_on(&code, None, today()).decoded.is_none());
    }
    // 1980 and 2000 are leap years.
    for block in ["80B29", "00B69"] {
        assert!(
            check_on(
                &with_check_character(&format!("RSSMRA{block}H501")),
                None,
                today()
            )
            .valid
        );
    }
}

#[test]
fn several_errors_are_all_reported() {
    // Unknown birthplace and wrong check character together.
    assert_eq!(
        error_codes("RSSMRA80A01Z999A"),
        ["CHECK_CHARACTER", "BIRTHPLACE_UNKNOWN"]
    );
}

// ------------------------------------------------------------ century

#[test]
fn century_is_the_most_recent_past() {
    let code = "MRTMTT25D09F205Z";
    let on = |t| check_on(code, None, t).decoded.unwrap().birth_date;
    assert_eq!(on(d(2020, 4, 1)), d(1925, 4, 9));
    assert_eq!(on(d(2025, 4, 8)), d(1925, 4, 9));
    assert_eq!(on(d(2025, 4, 9)), d(2025, 4, 9));
    assert_eq!(on(d(2026, 1, 15)), d(2025, 4, 9));
    let c = check_on(
        &encode("Rossi", "Luca", Sex::M, d(2005, 12, 9), "H501"),
        None,
        today(),
    );
    assert_eq!(c.decoded.unwrap().birth_date, d(2005, 12, 9));
    // "00" with 29 February: 2000 is a leap year, so it stays in 2000.
    let c = check_on(
        &with_check_character("RSSMRA00B29H501"),
        None,
        d(2020, 4, 1),
    );
    assert_eq!(c.decoded.unwrap().birth_date, d(2000, 2, 29));
}

// ------------------------------------------------------------ omocodia

#[test]
fn every_single_omocode_position() {
    let base = "RSSMRA80A01H501U";
    let base_decoded = check_on(base, None, today()).decoded.unwrap();
    for (bit, &pos) in DIGIT_POSITIONS.iter().rev().enumerate() {
        let variant = omocode_variant(base, 1 << bit).unwrap();
        let digit = base.as_bytes()[pos] - b'0';
        assert_eq!(
            variant.as_bytes()[pos],
            b"LMNPQRSTUV"[digit as usize],
            "{variant}"
        );
        let c = check_on(&variant, None, today());
        assert!(c.valid && c.omocode, "{variant}: {c:?}");
        assert_eq!(c.decoded.as_ref(), Some(&base_decoded));
        // The same substitution without recomputing the check character.
        let mut stale = variant.into_bytes();
        stale[15] = b'U';
        let stale = String::from_utf8(stale).unwrap();
        assert_eq!(error_codes(&stale), ["CHECK_CHARACTER"], "{stale}");
    }
}

#[test]
fn all_128_omocodes() {
    let all = omocodes("RSSMRA80A01H501U");
    assert_eq!(all.len(), 128);
    assert_eq!(all[0], "RSSMRA80A01H501U");
    assert_eq!(all[127], with_check_character("RSSMRAULALMHRLM"));
    let unique: std::collections::HashSet<_> = all.iter().collect();
    assert_eq!(unique.len(), 128);
    for code in &all[1..] {
        let c = check_on(code, None, today());
        assert!(c.valid && c.omocode, "{code}");
        assert_eq!(c.decoded.unwrap().birthplace.code, "H501");
    }
    // From any spelling, the same 128.
    assert_eq!(omocodes(&all[77]), all);
}

#[test]
fn omocode_birthplace_is_decoded_to_digits() {
    let code = with_check_character("RSSMRA80A01H5LM");
    let c = check_on(&code, None, today());
    assert!(c.valid);
    assert_eq!(c.decoded.unwrap().birthplace.code, "H501");
}

// ------------------------------------------------------------ triplets

#[test]
fn surname_triplets() {
    assert_eq!(encode_surname("Rossi"), "RSS");
    assert_eq!(encode_surname("Bernardi"), "BRN");
    assert_eq!(encode_surname("Moretti"), "MRT");
    assert_eq!(encode_surname("Bianco"), "BNC");
    assert_eq!(encode_surname("Aieie"), "AIE"); // vowels only
    assert_eq!(encode_surname("Rea"), "REA");
    assert_eq!(encode_surname("Fo"), "FOX"); // X padding
    assert_eq!(encode_surname("Wu"), "WUX");
    assert_eq!(encode_surname("O"), "OXX");
    assert_eq!(encode_surname(""), "XXX");
    assert_eq!(encode_surname("De Luca"), "DLC");
}

#[test]
fn name_triplets_and_four_consonants() {
    assert_eq!(encode_name("Mario"), "MRA");
    assert_eq!(encode_name("Matteo"), "MTT");
    assert_eq!(encode_name("Gianfranco"), "GFR"); // G N F R N C → 1st, 3rd, 4th
    assert_eq!(encode_name("Alberto"), "LRT"); // L B R T
    assert_eq!(encode_name("Francesca"), "FNC"); // F R N C S C
    assert_eq!(encode_name("Marco"), "MRC"); // exactly 3 consonants
    assert_eq!(encode_name("Anna Maria"), "NMR"); // N N M R
    assert_eq!(encode_name("Ada"), "DAA");
    assert_eq!(encode_name("Ai"), "AIX");
    assert_eq!(encode_name("Li"), "LIX");
}

#[test]
fn accents_and_apostrophes_are_folded() {
    assert_eq!(encode_surname("D'Angelo"), "DNG");
    assert_eq!(encode_surname("d’angelo"), "DNG"); // typographic apostrophe
    assert_eq!(encode_name("Nicolò"), "NCL");
    assert_eq!(encode_surname("Cefalù"), "CFL");
    assert_eq!(encode_surname("Müller"), "MLL");
    assert_eq!(encode_name("Zoë"), "ZOE");
    assert_eq!(encode_name("Élodie"), "LDE");
    assert_eq!(encode_surname("Dell'Òlio"), "DLL");
    assert_eq!(encode_surname("Strauß"), "STR");
    assert_eq!(encode_name("José"), "JSO");
}

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

// ------------------------------------------------------------ consistency with personal data

fn person() -> PersonData {
    PersonData {
        surname: Some("Rossi".into()),
        name: Some("Mario".into()),
        sex: Some(Sex::M),
        birth_date: Some(d(1980, 1, 1)),
        birthplace_code: Some("h501 ".into()),
    }
}

#[test]
fn matching_person_has_no_mismatches() {
    let c = check_on("RSSMRA80A01H501U", Some(&person()), today());
    assert_eq!(c.mismatches, Some(vec![]));
    let c = check_on("RSSMRA80A01H501U", Some(&PersonData::default()), today());
    assert_eq!(c.mismatches, Some(vec![]));
    // Omocode spelling of the same person.
    let c = check_on(
        &omocode_variant("RSSMRA80A01H501U", 0b111_1111).unwrap(),
        Some(&person()),
        today(),
    );
    assert_eq!(c.mismatches, Some(vec![]));
}

#[test]
fn each_field_mismatch_is_named() {
    type Change = fn(&mut PersonData);
    let cases: [(&str, Change); 5] = [
        ("surname", |p| p.surname = Some("Verdi".into())),
        ("name", |p| p.name = Some("Luigi".into())),
        ("sex", |p| p.sex = Some(Sex::F)),
        ("birth_date", |p| p.birth_date = Some(d(1980, 1, 2))),
        ("birthplace_code", |p| {
            p.birthplace_code = Some("F205".into())
        }),
    ];
    for (field, change) in cases {
        let mut p = person();
        change(&mut p);
        let c = check_on("RSSMRA80A01H501U", Some(&p), today());
        assert_eq!(c.mismatches, Some(vec![field.to_string()]), "{field}");
    }
    let all = PersonData {
        surname: Some("Bianchi".into()),
        name: Some("Luca".into()),
        sex: Some(Sex::F),
        birth_date: Some(d(1981, 1, 1)),
        birthplace_code: Some("Z404".into()),
    };
    let c = check_on("RSSMRA80A01H501U", Some(&all), today());
    assert_eq!(
        c.mismatches.unwrap(),
        ["surname", "name", "sex", "birth_date", "birthplace_code"]
    );
}

#[test]
fn birth_date_compares_what_the_code_carries() {
    // A person aged over 100: the code says "25", inferred as 2025 on this
    // "today", yet 1925 is the same two-digit year.
    let p = PersonData {
        birth_date: Some(d(1925, 4, 9)),
        ..Default::default()
    };
    let c = check_on("MRTMTT25D09F205Z", Some(&p), today());
    assert_eq!(c.mismatches, Some(vec![]));
    let p = PersonData {
        birth_date: Some(d(1926, 4, 9)),
        ..Default::default()
    };
    assert_eq!(
        check_on("MRTMTT25D09F205Z", Some(&p), today())
            .mismatches
            .unwrap(),
        ["birth_date"]
    );
}

#[test]
fn accents_in_personal_data_match() {
    let code = encode("D'Angelo", "Nicolò", Sex::M, d(1990, 6, 15), "F839");
    assert!(code.starts_with("DNGNCL90H15F839"), "{code}");
    let p = PersonData {
        surname: Some("DANGELO".into()),
        name: Some("nicolo".into()),
        ..Default::default()
    };
    assert_eq!(check_on(&code, Some(&p), today()).mismatches, Some(vec![]));
}

#[test]
fn mismatch_messages_are_italian() {
    assert_eq!(
        mismatch_message("surname"),
        "Il cognome non corrisponde al codice fiscale"
    );
    assert_eq!(
        mismatch_message("name"),
        "Il nome non corrisponde al codice fiscale"
    );
    assert_eq!(
        mismatch_message("sex"),
        "Il sesso non corrisponde al codice fiscale"
    );
    assert_eq!(
        mismatch_message("birth_date"),
        "La data di nascita non corrisponde al codice fiscale"
    );
    assert_eq!(
        mismatch_message("birthplace_code"),
        "Il luogo di nascita non corrisponde al codice fiscale"
    );
}

#[test]
fn json_shape_matches_the_api_contract() {
    let c = check_on(
        "rssmra80a01h501u",
        Some(&PersonData {
            surname: Some("Verdi".into()),
            ..Default::default()
        }),
        today(),
    );
    let v = serde_json::to_value(&c).unwrap();
    assert_eq!(
        v,
        serde_json::json!({
            "code": "RSSMRA80A01H501U", "valid": true, "omocode": false,
            "errors": [], "warnings": [],
            "decoded": {"sex": "M", "birth_date": "1980-01-01",
                        "birthplace": {"code": "H501", "name": "Roma", "province": "RM"}},
            "mismatches": ["surname"]
        })
    );
    let v = serde_json::to_value(check_on("x", None, today())).unwrap();
    assert_eq!(v["decoded"], serde_json::Value::Null);
    assert!(v.get("mismatches").is_none());
    assert_eq!(v["errors"][0]["code"], "LENGTH");
}
