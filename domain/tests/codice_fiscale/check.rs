//! Normalisation, syntax and date errors, the century, omocodia.

use super::*;
use domain::api::Sex;
use domain::codice_fiscale::{
    check_character, check_on, encode, encode_birth, normalize, omocode_variant, omocodes,
    DIGIT_POSITIONS,
};

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
fn an_invalid_month_letter_is_named_even_with_a_wrong_check_character() {
    // RSSMRA80A01H501U with the month letter mistyped (A → F, an unused
    // letter), check character unchanged: the month is what is wrong.
    assert_eq!(error_codes("RSSMRA80F01H501U"), ["MONTH"]);
    let c = check_on("RSSMRA80F01H501U", None, today());
    assert_eq!(
        c.errors[0].message,
        "Il mese di nascita indicato nel codice fiscale non è valido"
    );
}

#[test]
fn emoji_are_named_as_characters_not_allowed_whatever_their_number() {
    for code in [
        "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀",
        "😀😀😀😀😀😀😀😀",
        "RSSMRA80A01H501U😀",
        "RSSMRA80A01H501😀",
    ] {
        assert_eq!(error_codes(code), ["SYNTAX"], "{code}");
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
