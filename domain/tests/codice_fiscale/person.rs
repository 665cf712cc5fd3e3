//! Consistency of a code with the personal data typed beside it.

use super::*;
use domain::api::Sex;
use domain::codice_fiscale::{check_on, encode, mismatch_message, omocode_variant, PersonData};

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
