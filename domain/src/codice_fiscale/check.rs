//! Reading a codice fiscale: length and syntax, omocode letters, the check
//! character, the birth date (century from "today"), the birthplace against
//! the place data, decoding, and the field-by-field comparison with the
//! personal data typed with it.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{encode_name, encode_surname, normalize, DIGIT_POSITIONS, MONTHS, OMOCODE_LETTERS};
use crate::api::{Birthplace, CfCheck, CfDecoded, CfIssue, Sex};
use crate::places;

/// Values of the letters A–Z in odd positions (1st, 3rd, ...) for the check
/// character; digits 0–9 take the values of A–J.
const ODD_VALUES: [u8; 26] = [
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

pub const ERR_LENGTH: &str = "LENGTH";
pub const ERR_SYNTAX: &str = "SYNTAX";
pub const ERR_MONTH: &str = "MONTH";
pub const ERR_DAY: &str = "DAY";
pub const ERR_DATE: &str = "DATE";
pub const ERR_CHECK_CHARACTER: &str = "CHECK_CHARACTER";
pub const ERR_BIRTHPLACE_UNKNOWN: &str = "BIRTHPLACE_UNKNOWN";
pub const WARN_BIRTHPLACE_DATE: &str = "BIRTHPLACE_DATE";
pub const WARN_CENTURY: &str = "CENTURY_FROM_BIRTHPLACE";

pub const MSG_LENGTH: &str = "Il codice fiscale deve essere di 16 caratteri";
pub const MSG_SYNTAX: &str =
    "Il codice fiscale contiene caratteri non ammessi o in posizione errata";
pub const MSG_MONTH: &str = "Il mese di nascita indicato nel codice fiscale non è valido";
pub const MSG_DAY: &str = "Il giorno di nascita indicato nel codice fiscale non è valido";
pub const MSG_DATE: &str = "La data di nascita indicata nel codice fiscale non esiste";
pub const MSG_CHECK_CHARACTER: &str = "Il carattere di controllo del codice fiscale non è corretto";
pub const MSG_BIRTHPLACE_UNKNOWN: &str =
    "Il codice del luogo di nascita non corrisponde ad alcun comune o stato estero";
pub const MSG_BIRTHPLACE_DATE: &str =
    "Il luogo di nascita non risulta attivo alla data di nascita indicata nel codice fiscale";
pub const MSG_CENTURY: &str = "L'anno di nascita è stato letto nel secolo precedente: \
     il comune di nascita non esisteva più nel secolo più recente";

/// Personal data to compare with a code; `None` fields are not compared.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PersonData {
    pub surname: Option<String>,
    pub name: Option<String>,
    pub sex: Option<Sex>,
    #[serde(default, with = "crate::datetime::iso_date::option")]
    pub birth_date: Option<NaiveDate>,
    pub birthplace_code: Option<String>,
}

/// Italian message for a mismatching field (`surname`, `name`, `sex`,
/// `birth_date`, `birthplace_code`).
pub fn mismatch_message(field: &str) -> &'static str {
    match field {
        "surname" => "Il cognome non corrisponde al codice fiscale",
        "name" => "Il nome non corrisponde al codice fiscale",
        "sex" => "Il sesso non corrisponde al codice fiscale",
        "birth_date" => "La data di nascita non corrisponde al codice fiscale",
        "birthplace_code" => "Il luogo di nascita non corrisponde al codice fiscale",
        _ => "Il dato non corrisponde al codice fiscale",
    }
}

/// Is the code valid (length, syntax, date, check character, known birthplace)
/// whatever today is? Only 29 February of a year ending in `00` depends on the
/// century (leap in 2000, not in 1900); reading years in the 2000s accepts it.
pub fn is_valid(code: &str) -> bool {
    let end_of_2000s = NaiveDate::from_ymd_opt(2099, 12, 31).expect("valid date");
    check_on(code, None, end_of_2000s).valid
}

/// Checks a code, and optionally the personal data typed with it. A
/// two-digit year is read as the most
/// recent date not after `today` (so 80 → 1980, 05 → 2005 when today is in
/// 2020).
pub fn check_on(code: &str, person: Option<&PersonData>, today: NaiveDate) -> CfCheck {
    let normalized = normalize(code);
    let mut out = CfCheck {
        code: normalized,
        valid: false,
        omocode: false,
        errors: Vec::new(),
        warnings: Vec::new(),
        decoded: None,
        mismatches: person.map(|_| Vec::new()),
    };
    let Some(raw) = Raw::parse(&out.code, &mut out.errors) else {
        return out;
    };
    out.omocode = raw.omocode;

    let month = MONTHS
        .iter()
        .position(|&m| m == raw.bytes[8])
        .map(|m| m as u32 + 1);
    // A month letter that names no month is the mistake to name: the check
    // character computed over it says nothing more (a mistyped month letter
    // makes it wrong too), so it is reported only with a valid month.
    if month.is_none() {
        out.errors.push(issue(ERR_MONTH, MSG_MONTH));
    } else if check_character(&raw.bytes[..15]) != Some(raw.bytes[15]) {
        out.errors
            .push(issue(ERR_CHECK_CHARACTER, MSG_CHECK_CHARACTER));
    }
    let (day, sex) = match raw.day {
        1..=31 => (Some(raw.day), Some(Sex::M)),
        41..=71 => (Some(raw.day - 40), Some(Sex::F)),
        _ => {
            out.errors.push(issue(ERR_DAY, MSG_DAY));
            (None, None)
        }
    };
    let mut birth_date = match (month, day) {
        (Some(month), Some(day)) => {
            let date = infer_date(raw.year, month, day, today);
            if date.is_none() {
                out.errors.push(issue(ERR_DATE, MSG_DATE));
            }
            date
        }
        _ => None,
    };

    let mut place = places::resolve(raw.place_index, birth_date);
    // Two digits of year name two centuries: when the birthplace did not
    // exist in the recent one but did a century earlier (a comune
    // suppressed in 1927 and the year 07), the earlier one is meant.
    if let (Some(p), Some(date)) = (&place, birth_date) {
        let earlier = date.with_year(date.year() - 100);
        let earlier_place = earlier.and_then(|d| places::resolve(raw.place_index, Some(d)));
        if p.in_validity == Some(false)
            && earlier_place
                .as_ref()
                .is_some_and(|e| e.in_validity == Some(true))
        {
            birth_date = earlier;
            place = earlier_place;
            out.warnings.push(issue(WARN_CENTURY, MSG_CENTURY));
        }
    }
    match &place {
        None => out
            .errors
            .push(issue(ERR_BIRTHPLACE_UNKNOWN, MSG_BIRTHPLACE_UNKNOWN)),
        Some(p) if p.in_validity == Some(false) => out
            .warnings
            .push(issue(WARN_BIRTHPLACE_DATE, MSG_BIRTHPLACE_DATE)),
        Some(_) => {}
    }
    if let (Some(sex), Some(birth_date), Some(place)) = (sex, birth_date, &place) {
        out.decoded = Some(CfDecoded {
            sex,
            birth_date,
            birthplace: Birthplace {
                code: raw.place_code(),
                name: place.name.to_string(),
                province: place.province.map(str::to_string),
            },
        });
    }
    out.valid = out.errors.is_empty();

    if let (Some(person), Some(mismatches)) = (person, out.mismatches.as_mut()) {
        if let Some(surname) = &person.surname {
            if encode_surname(surname).as_bytes() != &raw.bytes[0..3] {
                mismatches.push("surname".to_string());
            }
        }
        if let Some(name) = &person.name {
            if encode_name(name).as_bytes() != &raw.bytes[3..6] {
                mismatches.push("name".to_string());
            }
        }
        if let (Some(given), Some(coded)) = (person.sex, sex) {
            if given != coded {
                mismatches.push("sex".to_string());
            }
        }
        if let (Some(given), Some(month), Some(day)) = (person.birth_date, month, day) {
            // Compare what the code carries (two-digit year), whatever century
            // was inferred: a person aged 100+ still matches.
            if given.year().rem_euclid(100) as u32 != raw.year
                || given.month() != month
                || given.day() != day
            {
                mismatches.push("birth_date".to_string());
            }
        }
        if let Some(given) = &person.birthplace_code {
            if !given.trim().eq_ignore_ascii_case(&raw.place_code()) {
                mismatches.push("birthplace_code".to_string());
            }
        }
    }
    out
}

fn issue(code: &str, message: &str) -> CfIssue {
    CfIssue {
        code: code.to_string(),
        message: message.to_string(),
    }
}

/// The most recent date with these two-digit year, month and day that is not
/// after `today`; `None` if no such day exists (e.g. 30 February).
fn infer_date(year2: u32, month: u32, day: u32, today: NaiveDate) -> Option<NaiveDate> {
    let century = today.year().div_euclid(100) * 100;
    let mut year = century + year2 as i32;
    if (year, month, day) > (today.year(), today.month(), today.day()) {
        year -= 100;
    }
    NaiveDate::from_ymd_opt(year, month, day)
}

/// A code that passed the length and syntax checks.
pub(super) struct Raw {
    pub(super) bytes: [u8; 16],
    omocode: bool,
    /// Two-digit year, omocode letters mapped back to digits.
    year: u32,
    /// Day field as written (1–31 men, 41–71 women), omocode letters mapped back.
    day: u32,
    /// Birthplace as `letter * 1000 + number` (see [`places::code_index`]).
    place_index: u16,
}

impl Raw {
    pub(super) fn parse(code: &str, errors: &mut Vec<CfIssue>) -> Option<Raw> {
        let bytes: [u8; 16] = match code.as_bytes().try_into() {
            Ok(b) => b,
            Err(_) => {
                // Non-ASCII characters count once each, and one that can
                // never be part of a code (an emoji, an accented letter) is
                // named as such whatever the length.
                if code.chars().count() == 16 || !code.is_ascii() {
                    errors.push(issue(ERR_SYNTAX, MSG_SYNTAX));
                } else {
                    errors.push(issue(ERR_LENGTH, MSG_LENGTH));
                }
                return None;
            }
        };
        let mut digits = [0u32; 16];
        let mut omocode = false;
        let mut ok = true;
        for (i, &b) in bytes.iter().enumerate() {
            if DIGIT_POSITIONS.contains(&i) {
                match b {
                    b'0'..=b'9' => digits[i] = (b - b'0') as u32,
                    _ => match OMOCODE_LETTERS.iter().position(|&l| l == b) {
                        Some(d) => {
                            digits[i] = d as u32;
                            omocode = true;
                        }
                        None => ok = false,
                    },
                }
            } else if !b.is_ascii_uppercase() {
                ok = false;
            }
        }
        if !ok {
            errors.push(issue(ERR_SYNTAX, MSG_SYNTAX));
            return None;
        }
        Some(Raw {
            bytes,
            omocode,
            year: digits[6] * 10 + digits[7],
            day: digits[9] * 10 + digits[10],
            place_index: (bytes[11] - b'A') as u16 * 1000
                + (digits[12] * 100 + digits[13] * 10 + digits[14]) as u16,
        })
    }

    /// Birthplace code with omocode letters mapped back to digits (e.g. `H501`).
    fn place_code(&self) -> String {
        places::code_from_index(self.place_index)
    }
}

/// The check character of the first 15 characters of a code (upper-case
/// letters and digits); `None` if they are not 15 such characters.
pub fn check_character(first15: &[u8]) -> Option<u8> {
    if first15.len() != 15 {
        return None;
    }
    let mut sum = 0u32;
    for (i, &b) in first15.iter().enumerate() {
        let even_value = match b {
            b'0'..=b'9' => b - b'0',
            b'A'..=b'Z' => b - b'A',
            _ => return None,
        };
        sum += if i % 2 == 0 {
            ODD_VALUES[even_value as usize]
        } else {
            even_value
        } as u32;
    }
    Some(b'A' + (sum % 26) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_character_of_the_textbook_example() {
        assert_eq!(check_character(b"RSSMRA80A01H501"), Some(b'U'));
    }
}
