//! How PINs look and the rules a new one must follow: the alphabet and
//! lengths, generation from random bytes (the server's CSPRNG supplies
//! them), the initial PIN split into two halves, normalisation of a typed
//! PIN, and the rules of a PIN the user chooses.

use crate::api::FieldError;

/// Characters of generated 8-character PINs and e-mail codes: upper-case
/// letters and digits without the easily confused `0 O 1 I`. 32 symbols, so
/// one random byte maps to one character without bias (256 is a multiple of
/// 32).
pub const PIN_ALPHABET: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// The characters of the 16-character initial PIN INPS issued: the digits
/// and the letters A to F (its letters warned that 0 is the digit zero, not
/// the letter O). 16 symbols: a random byte maps to one without bias.
pub const INITIAL_PIN_HEX: &[u8; 16] = b"0123456789ABCDEF";

/// Which symbols the initial PIN is drawn from (`--pin-alphabet`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum PinAlphabet {
    /// 0–9 and A–F, as INPS issued it (the default).
    #[default]
    Hex,
    /// [`PIN_ALPHABET`]: no look-alike characters, 80 bits instead of 64
    /// for the 16 characters.
    Unambiguous,
}

impl PinAlphabet {
    pub fn symbols(self) -> &'static [u8] {
        match self {
            PinAlphabet::Hex => INITIAL_PIN_HEX,
            PinAlphabet::Unambiguous => PIN_ALPHABET,
        }
    }

    /// `hex` or `unambiguous`, as on the command line.
    pub fn parse(s: &str) -> Option<PinAlphabet> {
        match s {
            "hex" => Some(PinAlphabet::Hex),
            "unambiguous" => Some(PinAlphabet::Unambiguous),
            _ => None,
        }
    }
}

fn draw(symbols: &[u8], bytes: &[u8]) -> String {
    // Unbiased only because 256 is a multiple of every alphabet's size.
    debug_assert_eq!(256 % symbols.len(), 0);
    bytes
        .iter()
        .map(|b| symbols[usize::from(*b) % symbols.len()] as char)
        .collect()
}

/// Length of the initial PIN (two halves of [`HALF_LEN`]).
pub const INITIAL_LEN: usize = 16;
/// Length of each half of the initial PIN, and of every later PIN.
pub const HALF_LEN: usize = 8;

/// How many previous PINs a new one may not repeat.
pub const HISTORY: usize = 5;

/// Maps each random byte to one PIN character.
pub fn pin_from_random(bytes: &[u8]) -> String {
    draw(PIN_ALPHABET, bytes)
}

/// The 16-character PIN of a new request, split as it is delivered:
/// `half1` at once by SMS/e-mail/PEC, `half2` by post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InitialPin {
    pub half1: String,
    pub half2: String,
}

impl InitialPin {
    pub fn from_random(bytes: &[u8; INITIAL_LEN], alphabet: PinAlphabet) -> Self {
        let pin = draw(alphabet.symbols(), bytes);
        let (half1, half2) = pin.split_at(HALF_LEN);
        Self {
            half1: half1.to_owned(),
            half2: half2.to_owned(),
        }
    }

    pub fn full(&self) -> String {
        format!("{}{}", self.half1, self.half2)
    }
}

/// PINs are accepted in any letter case and with surrounding spaces (a PIN
/// copied from a letter often carries both); inner spaces are dropped too,
/// since letters print the PIN in groups.
pub fn normalize(pin: &str) -> String {
    pin.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect()
}

/// Rules for a PIN chosen by the user (change at will or at expiry).
/// The "not one of the last 5" rule needs the stored hashes, so the server
/// checks it; this function names every other broken rule, each on the
/// `new_pin` field with its own Italian message.
pub fn validate_new_pin(
    new: &str,
    codice_fiscale: &str,
    surname: &str,
    name: &str,
) -> Vec<FieldError> {
    let pin = normalize(new);
    let mut errors = Vec::new();
    let field = "new_pin";
    // Characters that are not allowed are named first and alone: an emoji
    // may be several characters (👍🏽 is two), so its length says nothing
    // the user could act on.
    if !pin.chars().all(|c| c.is_ascii_alphanumeric()) {
        errors.push(FieldError::new(
            field,
            "PIN_CHARSET",
            "Il PIN può contenere solo lettere e cifre",
        ));
    } else if pin.chars().count() != HALF_LEN {
        errors.push(FieldError::new(
            field,
            "PIN_LENGTH",
            "Il PIN deve essere di 8 caratteri",
        ));
    } else if !(pin.chars().any(|c| c.is_ascii_alphabetic())
        && pin.chars().any(|c| c.is_ascii_digit()))
    {
        errors.push(FieldError::new(
            field,
            "PIN_MIX",
            "Il PIN deve contenere sia lettere sia cifre",
        ));
    }
    if contains_personal_part(&pin, codice_fiscale, surname, name) {
        errors.push(FieldError::new(
            field,
            "PIN_PERSONAL_DATA",
            "Il PIN non può contenere parti del codice fiscale, del nome o del cognome",
        ));
    }
    errors
}

/// True when the PIN contains a run of 3+ characters of the codice fiscale's
/// name and surname blocks, or a 3+ letter word of the name or surname.
fn contains_personal_part(pin: &str, codice_fiscale: &str, surname: &str, name: &str) -> bool {
    let cf = normalize(codice_fiscale);
    let mut parts: Vec<String> = Vec::new();
    if cf.len() >= 6 {
        parts.push(cf[0..3].to_owned());
        parts.push(cf[3..6].to_owned());
    }
    for word in surname
        .split(|c: char| !c.is_alphabetic())
        .chain(name.split(|c: char| !c.is_alphabetic()))
    {
        let word = normalize(word);
        if word.chars().count() >= 3 {
            parts.push(word);
        }
    }
    if pin.len() >= 3 && cf.contains(pin) {
        return true;
    }
    parts.iter().any(|p| pin.contains(p.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_pins_use_only_the_alphabet_and_cover_it() {
        let bytes: Vec<u8> = (0..=255).collect();
        let pin = pin_from_random(&bytes);
        assert_eq!(pin.len(), 256);
        assert!(pin.bytes().all(|c| PIN_ALPHABET.contains(&c)));
        for c in PIN_ALPHABET {
            assert_eq!(
                pin.bytes().filter(|x| x == c).count(),
                8,
                "byte mapping must be unbiased"
            );
        }
    }

    #[test]
    fn initial_pin_splits_into_two_halves_of_eight() {
        let pin = InitialPin::from_random(&[7u8; 16], PinAlphabet::default());
        assert_eq!(pin.half1.len(), 8);
        assert_eq!(pin.half2.len(), 8);
        assert_eq!(pin.full(), format!("{}{}", pin.half1, pin.half2));
    }

    #[test]
    fn the_initial_pin_is_hex_as_inps_issued_it_unless_configured() {
        let bytes: [u8; 16] = core::array::from_fn(|i| (i * 17) as u8);
        let hex = InitialPin::from_random(&bytes, PinAlphabet::Hex).full();
        assert!(hex
            .bytes()
            .all(|c| c.is_ascii_digit() || (b'A'..=b'F').contains(&c)));
        // Every one of the 16 symbols is reachable, without bias.
        let all: Vec<u8> = (0..=255).collect();
        let drawn = draw(PinAlphabet::Hex.symbols(), &all);
        for c in INITIAL_PIN_HEX {
            assert_eq!(drawn.bytes().filter(|x| x == c).count(), 16);
        }
        let other = InitialPin::from_random(&bytes, PinAlphabet::Unambiguous).full();
        assert!(other.bytes().all(|c| PIN_ALPHABET.contains(&c)));
        assert_eq!(PinAlphabet::parse("hex"), Some(PinAlphabet::Hex));
        assert_eq!(
            PinAlphabet::parse("unambiguous"),
            Some(PinAlphabet::Unambiguous)
        );
        assert_eq!(PinAlphabet::parse("base64"), None);
    }

    #[test]
    fn normalize_folds_case_and_spaces() {
        assert_eq!(normalize("  ab12 cd34 "), "AB12CD34");
    }

    #[test]
    fn new_pin_rules_are_named_one_by_one() {
        let codes = |pin: &str| -> Vec<String> {
            validate_new_pin(pin, "RSSMRA80A01H501U", "Rossi", "Mario")
                .into_iter()
                .map(|e| e.code)
                .collect()
        };
        assert!(codes("K7P2Q9W4").is_empty());
        assert_eq!(codes("K7P2Q9W"), ["PIN_LENGTH"]);
        assert_eq!(codes("K7P2Q9W!"), ["PIN_CHARSET"]);
        assert_eq!(codes("KAPBQCWD"), ["PIN_MIX"]);
        assert_eq!(codes("ROSSI123"), ["PIN_PERSONAL_DATA"]);
        assert_eq!(codes("mario123"), ["PIN_PERSONAL_DATA"]);
        assert_eq!(codes("X1RSSY2Z"), ["PIN_PERSONAL_DATA"]);
        assert_eq!(codes("80A01H50"), ["PIN_PERSONAL_DATA"]);
    }

    #[test]
    fn an_emoji_pin_is_told_its_characters_are_not_allowed_not_its_length() {
        let codes = |pin: &str| -> Vec<String> {
            validate_new_pin(pin, "RSSMRA80A01H501U", "Rossi", "Mario")
                .into_iter()
                .map(|e| e.code)
                .collect()
        };
        // Eight emoji, of which some are two characters (skin tone, VS16).
        assert_eq!(codes("😀😀😀👍🏽❤️😀😀😀"), ["PIN_CHARSET"]);
        assert_eq!(codes("😀😀😀😀😀😀😀😀"), ["PIN_CHARSET"]);
        assert_eq!(codes("K7P2Q9W😀😀"), ["PIN_CHARSET"]);
    }
}
