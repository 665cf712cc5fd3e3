//! The codice fiscale engine: normalisation, syntax, check
//! character, omocodia, decoding (sex, birth date, birthplace) and comparison
//! with the personal data a user typed, field by field.
//!
//! Written once and compiled both into the wasm app and the server. Pure: the
//! century of a two-digit year depends on "today", which callers pass to
//! [`check_on`] from their (simulated) clock.
//!
//! Layout of a code: `SSS NNN YY M DD LNNN C`: surname triplet, name triplet,
//! year, month letter, day (+40 for women), birthplace (a comune's Belfiore
//! code or a foreign state's Z-code), check character. In homonym cases
//! ("omocodia") any of the 7 digits may be replaced by `L M N P Q R S T U V`
//! (standing for 0–9), so a valid code has 128 valid spellings.
//!
//! Two directions, one file each, re-exported here so every item keeps its
//! `domain::codice_fiscale::X` path; this file holds the layout tables and
//! the normalisation both use:
//!
//! - `check`: reading a code (syntax, check character, date, birthplace,
//!   decoding, comparison with personal data);
//! - `encode`: writing one from personal data (name folding, triplets, date
//!   block) and its omocode spellings.

mod check;
mod encode;

pub use check::*;
pub use encode::*;

/// Month letters, January to December.
pub const MONTHS: &[u8; 12] = b"ABCDEHLMPRST";
/// Letters standing for the digits 0–9 in an omocode.
pub const OMOCODE_LETTERS: &[u8; 10] = b"LMNPQRSTUV";
/// Positions (0-based) of the 7 digits that omocodia may replace.
pub const DIGIT_POSITIONS: [usize; 7] = [6, 7, 9, 10, 12, 13, 14];

/// Upper-case, surrounding spaces removed: the form in which codes are answered.
pub fn normalize(code: &str) -> String {
    let trimmed = code.trim();
    if trimmed.is_ascii() {
        trimmed.to_ascii_uppercase()
    } else {
        trimmed.to_uppercase()
    }
}
