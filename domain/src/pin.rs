//! PIN policy: how PINs look, how they are generated from random bytes, the
//! rules a new PIN must follow, lockout and expiry (SPEC §3).
//!
//! Pure: the server supplies random bytes from a CSPRNG and the simulated
//! "now"; this module never reads a clock or an RNG itself.

use chrono::{DateTime, Months, Utc};

use crate::api::{FieldError, Role};

/// Characters of generated PINs: upper-case letters and digits without the
/// easily confused `0 O 1 I`. 32 symbols, so one random byte maps to one
/// character without bias (256 is a multiple of 32).
pub const PIN_ALPHABET: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// Length of the initial PIN (two halves of [`HALF_LEN`]).
pub const INITIAL_LEN: usize = 16;
/// Length of each half of the initial PIN, and of every later PIN.
pub const HALF_LEN: usize = 8;
/// Consecutive wrong attempts that block the PIN.
pub const MAX_ATTEMPTS: u32 = 10;
/// How long each block lasts.
pub const LOCK_SECONDS: i64 = 180;
/// How many previous PINs a new one may not repeat.
pub const HISTORY: usize = 5;

/// Maps each random byte to one PIN character.
pub fn pin_from_random(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| PIN_ALPHABET[usize::from(*b) % PIN_ALPHABET.len()] as char)
        .collect()
}

/// The 16-character PIN of a new request, split as it is delivered:
/// `half1` at once by SMS/e-mail/PEC, `half2` by post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InitialPin {
    pub half1: String,
    pub half2: String,
}

impl InitialPin {
    pub fn from_random(bytes: &[u8; INITIAL_LEN]) -> Self {
        let pin = pin_from_random(bytes);
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
    if pin.chars().count() != HALF_LEN {
        errors.push(FieldError::new(
            field,
            "PIN_LENGTH",
            "Il PIN deve essere di 8 caratteri",
        ));
    }
    if !pin.chars().all(|c| c.is_ascii_alphanumeric()) {
        errors.push(FieldError::new(
            field,
            "PIN_CHARSET",
            "Il PIN può contenere solo lettere e cifre",
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

/// Consecutive failed logins and the current block, if any.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lockout {
    pub failed_attempts: u32,
    pub locked_until: Option<DateTime<Utc>>,
}

impl Lockout {
    /// Seconds still to wait, if the PIN is blocked at `now`. Attempts made
    /// meanwhile are refused without being checked or counted.
    pub fn retry_after(&self, now: DateTime<Utc>) -> Option<i64> {
        self.locked_until.filter(|until| *until > now).map(|until| {
            let ms = (until - now).num_milliseconds();
            (ms + 999) / 1000
        })
    }

    /// State after one more wrong PIN (checked outside a block): the 10th
    /// consecutive failure blocks for 3 minutes, and so does every further
    /// failure until a correct login resets the count.
    pub fn after_failure(self, now: DateTime<Utc>) -> Lockout {
        let failed_attempts = self.failed_attempts.saturating_add(1);
        let locked_until = if failed_attempts >= MAX_ATTEMPTS {
            Some(now + chrono::Duration::seconds(LOCK_SECONDS))
        } else {
            self.locked_until
        };
        Lockout {
            failed_attempts,
            locked_until,
        }
    }
}

/// When a PIN set at `changed_at` expires: 6 months for citizens, 3 for
/// intermediaries (patronato/CAF staff).
pub fn expires_at(changed_at: DateTime<Utc>, role: Role) -> DateTime<Utc> {
    let months = match role {
        Role::Citizen => 6,
        Role::Intermediary => 3,
    };
    changed_at
        .checked_add_months(Months::new(months))
        .unwrap_or(changed_at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn t(h: u32, m: u32, s: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2020, 4, 1, h, m, s).unwrap()
    }

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
        let pin = InitialPin::from_random(&[7u8; 16]);
        assert_eq!(pin.half1.len(), 8);
        assert_eq!(pin.half2.len(), 8);
        assert_eq!(pin.full(), format!("{}{}", pin.half1, pin.half2));
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
    fn tenth_failure_blocks_for_three_minutes() {
        let mut l = Lockout::default();
        for _ in 0..9 {
            l = l.after_failure(t(9, 0, 0));
            assert_eq!(l.retry_after(t(9, 0, 0)), None);
        }
        l = l.after_failure(t(9, 0, 0));
        assert_eq!(l.failed_attempts, 10);
        assert_eq!(l.retry_after(t(9, 0, 0)), Some(180));
        assert_eq!(l.retry_after(t(9, 2, 59)), Some(1));
        assert_eq!(l.retry_after(t(9, 3, 0)), None);
    }

    #[test]
    fn each_failure_after_a_block_blocks_again() {
        let mut l = Lockout {
            failed_attempts: 10,
            locked_until: Some(t(9, 3, 0)),
        };
        l = l.after_failure(t(9, 5, 0));
        assert_eq!(l.retry_after(t(9, 5, 0)), Some(180));
        assert_eq!(l.failed_attempts, 11);
    }

    #[test]
    fn expiry_depends_on_role() {
        let at = t(9, 0, 0);
        assert_eq!(
            expires_at(at, Role::Citizen),
            Utc.with_ymd_and_hms(2020, 10, 1, 9, 0, 0).unwrap()
        );
        assert_eq!(
            expires_at(at, Role::Intermediary),
            Utc.with_ymd_and_hms(2020, 7, 1, 9, 0, 0).unwrap()
        );
    }
}
