//! Free-text fields (address, civic number, comune, city, names, the
//! issuer of a document): a length limit in characters (not bytes) and the
//! characters an address or a name is written with — letters of any
//! alphabet, digits, spaces and `. , ' ’ - / ° ( )`. Markup (`<`, `>`, `&`,
//! quotes), control characters and emoji are refused with a message that
//! names the problem, in the browser and on the server alike.

use crate::api::FieldError;

/// Address, comune, city (Italian or foreign residence).
pub const MAX_TEXT_LEN: usize = 100;
/// Civic number ("12", "12/B", "snc").
pub const MAX_CIVIC_LEN: usize = 10;
/// Surname and name.
pub const MAX_NAME_LEN: usize = 60;
/// "Rilasciato da" of an identity document (its 3–80 rule stays with it).
pub const MAX_ISSUER_LEN: usize = 80;

pub const MSG_TEXT_TOO_LONG: &str = "Testo troppo lungo: al massimo 100 caratteri";
pub const MSG_CIVIC_TOO_LONG: &str = "Numero civico troppo lungo: al massimo 10 caratteri";
pub const MSG_NAME_TOO_LONG: &str = "Testo troppo lungo: al massimo 60 caratteri";
pub const MSG_TEXT_CHARS: &str =
    "Caratteri non ammessi: usare solo lettere, cifre, spazi e . , ' - / ° ( )";

/// A character an address, a place or an issuer may be written with.
pub fn is_text_char(c: char) -> bool {
    c.is_alphabetic()
        || c.is_ascii_digit()
        || matches!(
            c,
            ' ' | '.' | ',' | '\'' | '’' | '-' | '/' | '°' | '(' | ')'
        )
}

/// The message for a length limit (one of the `MAX_*_LEN` above).
fn too_long_message(max: usize) -> &'static str {
    match max {
        MAX_CIVIC_LEN => MSG_CIVIC_TOO_LONG,
        MAX_NAME_LEN => MSG_NAME_TOO_LONG,
        _ => MSG_TEXT_TOO_LONG,
    }
}

/// What is wrong with a free text typed in `field`, if anything: too many
/// characters (`TEXT_TOO_LONG`) or characters not allowed (`TEXT_CHARS`).
/// An empty text is left to the field's "required" rule.
pub fn check_free_text(field: &str, value: &str, max: usize) -> Option<FieldError> {
    let v = value.trim();
    if v.chars().count() > max {
        return Some(FieldError::new(
            field,
            "TEXT_TOO_LONG",
            too_long_message(max),
        ));
    }
    if !v.chars().all(is_text_char) {
        return Some(FieldError::new(field, "TEXT_CHARS", MSG_TEXT_CHARS));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_addresses_pass() {
        for v in [
            "Via dei Mille",
            "Piazza S. Maria Maggiore, int. 4",
            "12/B",
            "Corso d'Italia",
            "Straße der Einheit",
            "Località Sant’Anna (frazione)",
            "Km 3,5",
            "",
        ] {
            assert_eq!(
                check_free_text("residence.address", v, MAX_TEXT_LEN),
                None,
                "{v}"
            );
        }
    }

    #[test]
    fn markup_emoji_and_control_characters_are_refused() {
        for v in [
            "<script>alert(1)</script>",
            "Via <b>Roma</b>",
            "Via Roma & C.",
            "Via \"Roma\"",
            "Via Roma 😀",
            "Via\u{0}Roma",
        ] {
            let e = check_free_text("residence.address", v, MAX_TEXT_LEN).unwrap();
            assert_eq!(e.code, "TEXT_CHARS", "{v}");
            assert_eq!(e.message, MSG_TEXT_CHARS);
        }
    }

    #[test]
    fn limits_count_characters_not_bytes() {
        let at_limit = "è".repeat(MAX_TEXT_LEN);
        assert_eq!(check_free_text("f", &at_limit, MAX_TEXT_LEN), None);
        let over = "a".repeat(MAX_TEXT_LEN + 1);
        let e = check_free_text("f", &over, MAX_TEXT_LEN).unwrap();
        assert_eq!(
            (e.code.as_str(), e.message.as_str()),
            ("TEXT_TOO_LONG", MSG_TEXT_TOO_LONG)
        );
        let e = check_free_text("f", &"1".repeat(11), MAX_CIVIC_LEN).unwrap();
        assert_eq!(e.message, MSG_CIVIC_TOO_LONG);
        let e = check_free_text("f", &"a".repeat(300), MAX_NAME_LEN).unwrap();
        assert_eq!(e.message, MSG_NAME_TOO_LONG);
    }
}
