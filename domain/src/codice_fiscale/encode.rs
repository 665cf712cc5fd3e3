//! Writing a codice fiscale from personal data: folding names to the
//! letters that count, the surname and name triplets, the date and sex
//! block, the full code with its check character, and the 128 omocode
//! spellings of a code.

use chrono::{Datelike, NaiveDate};

use super::check::Raw;
use super::{check_character, normalize, DIGIT_POSITIONS, MONTHS, OMOCODE_LETTERS};
use crate::api::Sex;

/// Folds a name to the ASCII letters that count for the codice fiscale:
/// accents removed ("Nicolò" → "NICOLO"), apostrophes, spaces and anything
/// else dropped ("D'Angelo" → "DANGELO"). Calls `f` with each upper-case letter.
fn fold_letters(s: &str, mut f: impl FnMut(u8)) {
    for c in s.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphabetic() {
                f(c.to_ascii_uppercase() as u8);
            }
            continue;
        }
        for lower in c.to_lowercase() {
            for b in fold_char(lower).bytes() {
                f(b.to_ascii_uppercase());
            }
        }
    }
}

/// ASCII transliteration of a lower-case non-ASCII letter ("" if none).
pub(crate) fn fold_char(c: char) -> &'static str {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => "",
    }
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'A' | b'E' | b'I' | b'O' | b'U')
}

/// Consonants (up to 4) and vowels (up to 3) of a folded name.
fn letters(s: &str) -> (Vec<u8>, Vec<u8>) {
    let mut consonants = Vec::with_capacity(4);
    let mut vowels = Vec::with_capacity(3);
    fold_letters(s, |b| {
        if is_vowel(b) {
            if vowels.len() < 3 {
                vowels.push(b);
            }
        } else if consonants.len() < 4 {
            consonants.push(b);
        }
    });
    (consonants, vowels)
}

fn triplet(consonants: &[u8], vowels: &[u8]) -> String {
    consonants
        .iter()
        .chain(vowels)
        .chain(b"XXX")
        .take(3)
        .map(|&b| b as char)
        .collect()
}

/// Surname triplet: consonants, then vowels, then `X` ("Fo" → "FOX").
pub fn encode_surname(surname: &str) -> String {
    let (consonants, vowels) = letters(surname);
    triplet(&consonants[..consonants.len().min(3)], &vowels)
}

/// Name triplet: like the surname, but a name with 4 or more consonants takes
/// the 1st, 3rd and 4th ("Gianfranco" → "GFR").
pub fn encode_name(name: &str) -> String {
    let (mut consonants, vowels) = letters(name);
    if consonants.len() >= 4 {
        consonants.remove(1);
    }
    triplet(&consonants, &vowels)
}

/// Date and sex block: two-digit year, month letter, day (+40 for women).
pub fn encode_birth(birth_date: NaiveDate, sex: Sex) -> String {
    let day = birth_date.day() + if sex == Sex::F { 40 } else { 0 };
    format!(
        "{:02}{}{:02}",
        birth_date.year().rem_euclid(100),
        MONTHS[birth_date.month0() as usize] as char,
        day
    )
}

/// The full 16-character code (without omocodia) for this person.
pub fn encode(
    surname: &str,
    name: &str,
    sex: Sex,
    birth_date: NaiveDate,
    birthplace_code: &str,
) -> String {
    let mut code = String::with_capacity(16);
    code.push_str(&encode_surname(surname));
    code.push_str(&encode_name(name));
    code.push_str(&encode_birth(birth_date, sex));
    code.push_str(&normalize(birthplace_code));
    if let Some(c) = check_character(code.as_bytes()) {
        code.push(c as char);
    }
    code
}

/// The omocode variant of `code` where the digit positions whose bit is set in
/// `mask` (bit 0 = position 14, the last digit, ... bit 6 = position 6) carry
/// letters and the others digits; check character recomputed. `None` if
/// `code` is not 16 characters of valid syntax.
pub fn omocode_variant(code: &str, mask: u8) -> Option<String> {
    let normalized = normalize(code);
    let raw = Raw::parse(&normalized, &mut Vec::new())?;
    let mut bytes = raw.bytes;
    for (bit, &pos) in DIGIT_POSITIONS.iter().rev().enumerate() {
        let digit = match bytes[pos] {
            b @ b'0'..=b'9' => b - b'0',
            l => OMOCODE_LETTERS.iter().position(|&x| x == l)? as u8,
        };
        bytes[pos] = if mask & (1 << bit) != 0 {
            OMOCODE_LETTERS[digit as usize]
        } else {
            b'0' + digit
        };
    }
    bytes[15] = check_character(&bytes[..15])?;
    String::from_utf8(bytes.to_vec()).ok()
}

/// All 128 spellings of a code (index 0: digits only, the "original").
pub fn omocodes(code: &str) -> Vec<String> {
    (0u8..128)
        .filter_map(|mask| omocode_variant(code, mask))
        .collect()
}
