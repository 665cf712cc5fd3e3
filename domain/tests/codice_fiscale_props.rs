//! Property tests of the codice fiscale engine: encode → decode round trip,
//! and all 128 omocodes of a valid code valid and decoding to the same person.
#![cfg(feature = "place-data")]

use std::sync::OnceLock;

use chrono::{Datelike, Days, NaiveDate};
use domain::api::Sex;
use domain::codice_fiscale::{check_on, encode, omocode_variant, omocodes, PersonData};
use domain::places;
use proptest::prelude::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 15).unwrap()
}

/// Every code ANPR ever assigned (comuni and foreign states).
fn known_codes() -> &'static [String] {
    static CODES: OnceLock<Vec<String>> = OnceLock::new();
    CODES.get_or_init(|| {
        (0..26_000u16)
            .map(places::code_from_index)
            .filter(|c| places::is_known(c))
            .collect()
    })
}

fn name_strategy() -> impl Strategy<Value = String> {
    // Letters, accents, apostrophes and spaces, as people type them.
    "[A-Za-zàèéìòùÀÈÉÌÒÙäöüçñ' ]{0,20}"
}

fn person_strategy() -> impl Strategy<Value = (String, String, Sex, NaiveDate, String)> {
    let first = today().checked_sub_days(Days::new(36_500)).unwrap();
    (
        name_strategy(),
        name_strategy(),
        prop_oneof![Just(Sex::M), Just(Sex::F)],
        0u64..36_500,
        0..known_codes().len(),
    )
        .prop_map(move |(surname, name, sex, days, place)| {
            let birth_date = first.checked_add_days(Days::new(days + 1)).unwrap();
            (surname, name, sex, birth_date, known_codes()[place].clone())
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn encode_then_decode_round_trip((surname, name, sex, birth_date, place) in person_strategy()) {
        let code = encode(&surname, &name, sex, birth_date, &place);
        let person = PersonData {
            surname: Some(surname),
            name: Some(name),
            sex: Some(sex),
            birth_date: Some(birth_date),
            birthplace_code: Some(place.clone()),
        };
        let c = check_on(&code, Some(&person), today());
        prop_assert!(c.valid, "{code}: {c:?}");
        prop_assert!(!c.omocode);
        // Two digits of year: a birthplace that did not exist on the date
        // but did a century earlier makes the earlier century the one read.
        let earlier = birth_date.with_year(birth_date.year() - 100);
        let exists = |d: NaiveDate| {
            places::lookup_on(&place, d).is_some_and(|p| {
                p.valid_from.is_none_or(|f| f <= d) && p.valid_to.is_none_or(|t| d <= t)
            })
        };
        let expected = match earlier {
            Some(e) if !exists(birth_date) && exists(e) => e,
            _ => birth_date,
        };
        prop_assert_eq!(
            c.warnings.iter().any(|w| w.code == "CENTURY_FROM_BIRTHPLACE"),
            expected != birth_date
        );
        let decoded = c.decoded.unwrap();
        prop_assert_eq!(decoded.sex, sex);
        prop_assert_eq!(decoded.birth_date, expected);
        prop_assert_eq!(&decoded.birthplace.code, &place);
        prop_assert_eq!(decoded.birthplace.province.is_none(), place.starts_with('Z'));
        prop_assert_eq!(c.mismatches, Some(vec![]));
    }

    #[test]
    fn all_128_omocodes_are_the_same_person(
        (surname, name, sex, birth_date, place) in person_strategy(),
        mask in 0u8..128,
    ) {
        let code = encode(&surname, &name, sex, birth_date, &place);
        let original = check_on(&code, None, today());
        let person = PersonData {
            surname: Some(surname),
            name: Some(name),
            sex: Some(sex),
            birth_date: Some(birth_date),
            birthplace_code: Some(place),
        };
        let all = omocodes(&code);
        prop_assert_eq!(all.len(), 128);
        prop_assert_eq!(&all[0], &code);
        prop_assert_eq!(omocode_variant(&code, mask), Some(all[mask as usize].clone()));
        for (i, variant) in all.iter().enumerate() {
            let c = check_on(variant, Some(&person), today());
            prop_assert!(c.valid, "{}: {:?}", variant, c);
            prop_assert_eq!(c.omocode, i != 0);
            prop_assert_eq!(&c.decoded, &original.decoded);
            prop_assert_eq!(&c.warnings, &original.warnings);
            prop_assert_eq!(c.mismatches, Some(vec![]));
        }
    }

    #[test]
    fn any_input_gets_an_answer(input in "\\PC{0,20}") {
        let c = check_on(&input, None, today());
        prop_assert_eq!(c.valid, c.errors.is_empty());
        if c.valid {
            prop_assert!(c.decoded.is_some());
            prop_assert_eq!(c.code.len(), 16);
        }
    }

    #[test]
    fn a_wrong_check_character_is_caught(
        (surname, name, sex, birth_date, place) in person_strategy(),
        shift in 1u8..26,
    ) {
        let mut code = encode(&surname, &name, sex, birth_date, &place).into_bytes();
        code[15] = b'A' + (code[15] - b'A' + shift) % 26;
        let code = String::from_utf8(code).unwrap();
        let c = check_on(&code, None, today());
        prop_assert!(!c.valid);
        prop_assert_eq!(c.errors.len(), 1);
        prop_assert_eq!(c.errors[0].code.as_str(), "CHECK_CHARACTER");
    }
}
