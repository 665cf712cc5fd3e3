//! PIN policy: how PINs look, how they are generated from random bytes, the
//! rules a new PIN must follow, lockout and expiry.
//!
//! Pure: the server supplies random bytes from a CSPRNG and the simulated
//! "now"; this module never reads a clock or an RNG itself.

use chrono::{DateTime, Months, Utc};

use crate::api::{
    ActivateRequest, Contacts, FieldError, PinContacts, ResidenceType, RestoreRequest,
    RevokeRequest, Role,
};
use crate::request::{self, MSG_REQUIRED};

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
            Some(crate::time::later(
                now,
                chrono::Duration::seconds(LOCK_SECONDS),
            ))
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

/// Message for a tessera sanitaria number that is not 20 digits.
pub const MSG_TS_NUMBER: &str = "Il numero della tessera sanitaria è di 20 cifre";
pub const MSG_TS_EXPIRY: &str = "Data di scadenza non valida: usare il formato GG/MM/AAAA";
pub const MSG_CF: &str = "Codice fiscale non valido";
pub const MSG_FIRST_HALF: &str = "Inserire i primi 8 caratteri del PIN";
pub const MSG_TWO_CONTACTS: &str = "Indicare almeno due recapiti tra cellulare, e-mail e PEC";
pub const MSG_MOBILE_REQUIRED: &str =
    "Indicare il cellulare: l'SMS di conferma dell'attivazione arriva lì";
pub const MSG_REVOKE_MAIL: &str = "Indicare almeno un indirizzo e-mail o PEC";

fn present(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

fn check_cf(cf: &str, errors: &mut Vec<FieldError>) {
    let cf = request::normalize_cf(cf);
    if cf.is_empty() {
        errors.push(FieldError::new("codice_fiscale", "REQUIRED", MSG_REQUIRED));
    } else if !crate::codice_fiscale::is_valid(&cf) {
        errors.push(FieldError::new("codice_fiscale", "CF_INVALID", MSG_CF));
    }
}

/// Digits only, spaces ignored.
pub fn normalize_ts_number(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Does the tessera sanitaria typed by the citizen identify the registry's
/// card? The number always (spaces ignored); the expiry (`GG/MM/AAAA` or
/// `AAAA-MM-GG`) too when the procedure asks for it (revoke, activation).
pub fn tessera_matches(
    card: &crate::api::TesseraSanitaria,
    typed_number: &str,
    typed_expiry: Option<&str>,
) -> bool {
    card.number == normalize_ts_number(typed_number)
        && typed_expiry.is_none_or(|e| Some(card.expiry) == crate::request::parse_date(e))
}

/// Ripristina's contact rule: every contact the citizen typed equals the one
/// registered (phones by their digits, mailboxes ignoring case), and at
/// least two were typed — a stranger who knows one contact gets nowhere.
pub fn restore_contacts_match(
    registered: &crate::api::PinContacts,
    typed: &crate::api::PinContacts,
) -> bool {
    fn given(v: &Option<String>) -> Option<&str> {
        v.as_deref().map(str::trim).filter(|s| !s.is_empty())
    }
    let same_phone = |t: &str, r: &Option<String>| {
        given(r).is_some_and(|r| {
            crate::request::normalize_phone(t) == crate::request::normalize_phone(r)
        })
    };
    let same_mail =
        |t: &str, r: &Option<String>| given(r).is_some_and(|r| t.eq_ignore_ascii_case(r));
    let checks = [
        given(&typed.mobile).map(|t| same_phone(t, &registered.mobile)),
        given(&typed.email).map(|t| same_mail(t, &registered.email)),
        given(&typed.pec).map(|t| same_mail(t, &registered.pec)),
    ];
    checks.iter().flatten().count() >= 2 && checks.iter().flatten().all(|ok| *ok)
}

fn check_ts(number: &str, expiry: Option<&str>, errors: &mut Vec<FieldError>) {
    let n = normalize_ts_number(number);
    if n.is_empty() {
        errors.push(FieldError::new(
            "tessera_sanitaria_number",
            "REQUIRED",
            MSG_REQUIRED,
        ));
    } else if n.len() != 20 || !n.chars().all(|c| c.is_ascii_digit()) {
        errors.push(FieldError::new(
            "tessera_sanitaria_number",
            "TS_NUMBER",
            MSG_TS_NUMBER,
        ));
    }
    if let Some(e) = expiry {
        if e.trim().is_empty() {
            errors.push(FieldError::new(
                "tessera_sanitaria_expiry",
                "REQUIRED",
                MSG_REQUIRED,
            ));
        } else if request::parse_date(e).is_none() {
            errors.push(FieldError::new(
                "tessera_sanitaria_expiry",
                "TS_EXPIRY",
                MSG_TS_EXPIRY,
            ));
        }
    }
}

/// Format rules of a set of contacts (phones with prefix, Italian mobile,
/// e-mail/PEC syntax), fields named `contacts.*`.
pub fn validate_contact_formats(c: &PinContacts) -> Vec<FieldError> {
    let as_request = Contacts {
        home_phone: c.home_phone.clone(),
        mobile: c.mobile.clone(),
        email: c.email.clone(),
        pec: c.pec.clone(),
        preferred_phone: if present(&c.mobile).is_some() {
            "mobile".into()
        } else {
            "home".into()
        },
        preferred_time: "09-13".into(),
    };
    request::validate_contacts(ResidenceType::Italia, &as_request)
        .into_iter()
        .filter(|e| {
            !matches!(
                e.code.as_str(),
                "PHONE_REQUIRED" | "EMAIL_REQUIRED" | "PREFERRED_PHONE"
            )
        })
        .collect()
}

/// How many of mobile, e-mail, PEC are given.
pub fn reachable_contacts(c: &PinContacts) -> usize {
    [&c.mobile, &c.email, &c.pec]
        .into_iter()
        .filter(|v| present(v).is_some())
        .count()
}

/// Ripristina PIN: codice fiscale, tessera sanitaria, and the two
/// contacts registered earlier (two of mobile, e-mail, PEC).
pub fn validate_restore(r: &RestoreRequest) -> Vec<FieldError> {
    let mut errors = Vec::new();
    check_cf(&r.codice_fiscale, &mut errors);
    check_ts(&r.tessera_sanitaria_number, None, &mut errors);
    errors.extend(validate_contact_formats(&r.contacts));
    if reachable_contacts(&r.contacts) < 2
        && !errors.iter().any(|e| e.field.starts_with("contacts."))
    {
        errors.push(FieldError::new(
            "contacts.mobile",
            "TWO_CONTACTS",
            MSG_TWO_CONTACTS,
        ));
    }
    errors
}

/// Revoca PIN: codice fiscale, tessera sanitaria number and
/// expiry, at least one of e-mail/PEC to receive the confirmation code.
pub fn validate_revoke(r: &RevokeRequest) -> Vec<FieldError> {
    let mut errors = Vec::new();
    check_cf(&r.codice_fiscale, &mut errors);
    check_ts(
        &r.tessera_sanitaria_number,
        Some(&r.tessera_sanitaria_expiry),
        &mut errors,
    );
    match (present(&r.email), present(&r.pec)) {
        (None, None) => errors.push(FieldError::new("email", "EMAIL_REQUIRED", MSG_REVOKE_MAIL)),
        (e, p) => {
            if e.is_some_and(|e| !request::is_email(e)) {
                errors.push(FieldError::new(
                    "email",
                    "EMAIL_FORMAT",
                    request::MSG_EMAIL_FORMAT,
                ));
            }
            if p.is_some_and(|p| !request::is_email(p)) {
                errors.push(FieldError::new(
                    "pec",
                    "PEC_FORMAT",
                    request::MSG_PEC_FORMAT,
                ));
            }
        }
    }
    errors
}

/// Attiva PIN: codice fiscale, tessera sanitaria number and
/// expiry, the first 8 characters of the PIN, at least two contacts of which
/// one is the mobile (the confirmation comes by SMS).
pub fn validate_activate(r: &ActivateRequest) -> Vec<FieldError> {
    let mut errors = Vec::new();
    check_cf(&r.codice_fiscale, &mut errors);
    check_ts(
        &r.tessera_sanitaria_number,
        Some(&r.tessera_sanitaria_expiry),
        &mut errors,
    );
    if normalize(&r.first_half).chars().count() != HALF_LEN {
        errors.push(FieldError::new("first_half", "FIRST_HALF", MSG_FIRST_HALF));
    }
    errors.extend(validate_contact_formats(&r.contacts));
    if present(&r.contacts.mobile).is_none() {
        errors.push(FieldError::new(
            "contacts.mobile",
            "MOBILE_REQUIRED",
            MSG_MOBILE_REQUIRED,
        ));
    } else if reachable_contacts(&r.contacts)
        + usize::from(present(&r.contacts.home_phone).is_some())
        < 2
        && !errors.iter().any(|e| e.field.starts_with("contacts."))
    {
        errors.push(FieldError::new(
            "contacts.email",
            "TWO_CONTACTS",
            MSG_TWO_CONTACTS,
        ));
    }
    errors
}

/// Contacts change from MyINPS: the same rules as the request form (a phone,
/// an e-mail or PEC, formats).
pub fn validate_contacts_change(c: &PinContacts) -> Vec<FieldError> {
    let mut errors = validate_contact_formats(c);
    if present(&c.mobile).is_none() && present(&c.home_phone).is_none() {
        errors.push(FieldError::new(
            "contacts.mobile",
            "PHONE_REQUIRED",
            request::MSG_PHONE_REQUIRED,
        ));
    }
    if present(&c.email).is_none() && present(&c.pec).is_none() {
        errors.push(FieldError::new(
            "contacts.email",
            "EMAIL_REQUIRED",
            request::MSG_EMAIL_REQUIRED,
        ));
    }
    errors
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

    fn codes_of(errors: Vec<FieldError>) -> Vec<(String, String)> {
        errors.into_iter().map(|e| (e.field, e.code)).collect()
    }

    #[test]
    fn restore_needs_ts_and_two_contacts() {
        let mut r = RestoreRequest {
            codice_fiscale: "rssmra80a01h501u".into(),
            tessera_sanitaria_number: "8038 0000 0000 0000 0001".into(),
            contacts: PinContacts {
                mobile: Some("+39 333 1234567".into()),
                email: Some("a@b.it".into()),
                ..Default::default()
            },
        };
        assert!(
            validate_restore(&r).is_empty(),
            "{:?}",
            validate_restore(&r)
        );
        r.contacts.email = None;
        assert_eq!(
            codes_of(validate_restore(&r)),
            [("contacts.mobile".to_owned(), "TWO_CONTACTS".to_owned())]
        );
        r.tessera_sanitaria_number = "123".into();
        r.codice_fiscale = "XYZ".into();
        let c = codes_of(validate_restore(&r));
        assert!(c.contains(&("codice_fiscale".into(), "CF_INVALID".into())));
        assert!(c.contains(&("tessera_sanitaria_number".into(), "TS_NUMBER".into())));
    }

    #[test]
    fn revoke_needs_a_mailbox_and_the_ts_expiry() {
        let mut r = RevokeRequest {
            codice_fiscale: "RSSMRA80A01H501U".into(),
            tessera_sanitaria_number: "80380000000000000001".into(),
            tessera_sanitaria_expiry: "31/12/2024".into(),
            email: None,
            pec: Some("x@pec.it".into()),
        };
        assert!(validate_revoke(&r).is_empty());
        r.pec = None;
        r.tessera_sanitaria_expiry = "2024-13-40".into();
        let c = codes_of(validate_revoke(&r));
        assert!(c.contains(&("email".into(), "EMAIL_REQUIRED".into())));
        assert!(c.contains(&("tessera_sanitaria_expiry".into(), "TS_EXPIRY".into())));
    }

    #[test]
    fn activation_needs_the_mobile_and_a_second_contact() {
        let mut r = ActivateRequest {
            codice_fiscale: "RSSMRA80A01H501U".into(),
            tessera_sanitaria_number: "80380000000000000001".into(),
            tessera_sanitaria_expiry: "2024-12-31".into(),
            first_half: "abcd 2345".into(),
            contacts: PinContacts {
                mobile: Some("+393331234567".into()),
                email: Some("a@b.it".into()),
                ..Default::default()
            },
        };
        assert!(validate_activate(&r).is_empty());
        r.contacts.email = None;
        assert_eq!(
            codes_of(validate_activate(&r)),
            [("contacts.email".to_owned(), "TWO_CONTACTS".to_owned())]
        );
        r.contacts.mobile = None;
        r.contacts.email = Some("a@b.it".into());
        r.contacts.pec = Some("a@pec.it".into());
        r.first_half = "ABC".into();
        let c = codes_of(validate_activate(&r));
        assert!(c.contains(&("contacts.mobile".into(), "MOBILE_REQUIRED".into())));
        assert!(c.contains(&("first_half".into(), "FIRST_HALF".into())));
    }
}

#[cfg(test)]
mod matching_tests {
    use super::*;
    use crate::api::{PinContacts, TesseraSanitaria};
    use chrono::NaiveDate;

    fn contacts(mobile: Option<&str>, email: Option<&str>, pec: Option<&str>) -> PinContacts {
        PinContacts {
            home_phone: None,
            mobile: mobile.map(Into::into),
            email: email.map(Into::into),
            pec: pec.map(Into::into),
        }
    }

    #[test]
    fn restore_needs_two_contacts_all_right() {
        let reg = contacts(Some("+39 333 1234567"), Some("Mario@Example.it"), None);
        let ok = contacts(Some("+393331234567"), Some(" mario@example.it "), None);
        assert!(restore_contacts_match(&reg, &ok));
        let one = contacts(Some("+393331234567"), None, None);
        assert!(
            !restore_contacts_match(&reg, &one),
            "one contact is not enough"
        );
        let wrong_pec = contacts(
            Some("+393331234567"),
            Some("mario@example.it"),
            Some("x@pec.it"),
        );
        assert!(
            !restore_contacts_match(&reg, &wrong_pec),
            "every typed contact must match"
        );
    }

    #[test]
    fn tessera_by_number_and_optionally_expiry() {
        let card = TesseraSanitaria {
            number: "80380000000000000001".into(),
            expiry: NaiveDate::from_ymd_opt(2024, 12, 31).unwrap(),
        };
        assert!(tessera_matches(&card, "8038 0000 0000 0000 0001", None));
        assert!(tessera_matches(
            &card,
            "80380000000000000001",
            Some("31/12/2024")
        ));
        assert!(!tessera_matches(
            &card,
            "80380000000000000001",
            Some("30/12/2024")
        ));
        assert!(!tessera_matches(&card, "80380000000000000002", None));
    }
}
