//! Worked examples, check-character tables and the name triplets.

use super::*;
use domain::api::Sex;
use domain::codice_fiscale::{check_character, check_on, encode, encode_name, encode_surname};

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
