//! Field rules of the "Richiedi PIN" form.
//!
//! Written once and compiled into both the wasm app (live feedback while the
//! user types, before "Avanti" is allowed) and the server (which re-validates
//! everything, since a browser can be bypassed). Pure: no IO and no clock —
//! "today" is passed in so that the simulated clock decides what the future is.
//!
//! The codice fiscale consistency check (`crate::codice_fiscale::check`) is
//! deliberately *not* called here: callers combine both lists, so that this
//! module stays usable before the CF engine has loaded its place tables.
//!
//! Field names are dotted paths matching the JSON body of
//! `POST /api/v1/pin-requests` (`personal.surname`, `residence.cap`,
//! `contacts.email`, `codice_fiscale`, ...), so the UI can put each message
//! beside the right input.

use chrono::NaiveDate;

use crate::api::{Contacts, FieldError, Personal, PinRequest, Residence, ResidenceType};

/// Message for an empty required field (the portal's "* Campo obbligatorio").
pub const MSG_REQUIRED: &str = "Campo obbligatorio";
pub const MSG_DATE_FORMAT: &str = "Data non valida: usare il formato GG/MM/AAAA";
pub const MSG_DATE_FUTURE: &str = "La data di nascita non può essere nel futuro";
pub const MSG_DATE_TOO_OLD: &str = "La data di nascita non è plausibile";
pub const MSG_SEX: &str = "Indicare il sesso: M o F";
pub const MSG_NAME_CHARS: &str = "Sono ammessi solo lettere, spazi, apostrofi e trattini";
pub const MSG_BIRTHPLACE: &str =
    "Codice del luogo di nascita non valido (una lettera e tre cifre, ad es. H501)";
pub const MSG_CAP: &str = "Il CAP deve essere di 5 cifre";
pub const MSG_PROVINCE: &str = "Indicare la sigla della provincia (2 lettere, ad es. RM)";
pub const MSG_COUNTRY: &str = "Codice dello Stato estero non valido (ad es. Z404)";
pub const MSG_PHONE_REQUIRED: &str = "Indicare almeno un numero di telefono";
pub const MSG_EMAIL_REQUIRED: &str = "Indicare almeno un indirizzo e-mail o PEC";
pub const MSG_PHONE_PREFIX: &str = "Il numero deve iniziare con il prefisso, ad es. +39";
pub const MSG_PHONE_FORMAT: &str =
    "Numero di telefono non valido: prefisso internazionale seguito da 6-15 cifre";
pub const MSG_MOBILE_ITALIAN: &str = "Il cellulare deve essere un numero mobile italiano (+39 3…)";
pub const MSG_EMAIL_FORMAT: &str = "Indirizzo e-mail non valido";
pub const MSG_PEC_FORMAT: &str = "Indirizzo PEC non valido";
pub const MSG_PREFERRED_PHONE: &str = "Scegliere come telefono preferenziale un numero indicato";
pub const MSG_PREFERRED_TIME: &str = "Scegliere un orario preferenziale";

/// Time slots the contact center may call back in (value, Italian label).
/// The value travels in `contacts.preferred_time`.
pub const PREFERRED_TIMES: &[(&str, &str)] = &[
    ("09-13", "dalle 9 alle 13"),
    ("13-18", "dalle 13 alle 18"),
    ("18-20", "dalle 18 alle 20"),
    ("08-20", "qualsiasi orario (dalle 8 alle 20)"),
];

/// Choices of `contacts.preferred_phone` (value, Italian label).
pub const PREFERRED_PHONES: &[(&str, &str)] =
    &[("home", "Telefono abitazione"), ("mobile", "Cellulare")];

/// Italian label of a preferred time slot, if the value is one of ours.
pub fn preferred_time_label(value: &str) -> Option<&'static str> {
    PREFERRED_TIMES
        .iter()
        .find(|(v, _)| *v == value.trim())
        .map(|(_, l)| *l)
}

/// All rules of the form, every section. `today` is the (simulated) date.
pub fn validate(req: &PinRequest, today: NaiveDate) -> Vec<FieldError> {
    let mut errors = validate_step1(req);
    errors.extend(validate_personal(&req.personal, today));
    errors.extend(validate_residence(req.residence_type, &req.residence));
    errors.extend(validate_contacts(req.residence_type, &req.contacts));
    errors
}

/// Step 1 of the procedure: the codice fiscale is present. Its syntax and
/// consistency belong to `codice_fiscale::check`, combined by the caller.
pub fn validate_step1(req: &PinRequest) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if req.codice_fiscale.trim().is_empty() {
        errors.push(required("codice_fiscale"));
    }
    errors
}

/// "Dati anagrafici": surname, name, birth date, sex, birthplace.
pub fn validate_personal(p: &Personal, today: NaiveDate) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for (field, value) in [("personal.surname", &p.surname), ("personal.name", &p.name)] {
        let v = value.trim();
        if v.is_empty() {
            errors.push(required(field));
        } else if !is_person_name(v) {
            errors.push(FieldError::new(field, "NAME_CHARS", MSG_NAME_CHARS));
        }
    }
    if let Some(e) = check_birth_date(&p.birth_date, today) {
        errors.push(e);
    }
    match p.sex.trim() {
        "" => errors.push(required("personal.sex")),
        s if s.eq_ignore_ascii_case("M") || s.eq_ignore_ascii_case("F") => {}
        _ => errors.push(FieldError::new("personal.sex", "SEX", MSG_SEX)),
    }
    let bp = p.birthplace_code.trim();
    if bp.is_empty() {
        errors.push(required("personal.birthplace_code"));
    } else if !is_place_code(bp) {
        errors.push(FieldError::new(
            "personal.birthplace_code",
            "BIRTHPLACE_CODE",
            MSG_BIRTHPLACE,
        ));
    }
    errors
}

/// "Dati residenza": Italian (address, civic, province, comune, CAP) or
/// foreign (state, city, address).
pub fn validate_residence(kind: ResidenceType, r: &Residence) -> Vec<FieldError> {
    let mut errors = Vec::new();
    match kind {
        ResidenceType::Italia => {
            for (field, value) in [
                ("residence.address", &r.address),
                ("residence.civic", &r.civic),
                ("residence.province", &r.province),
                ("residence.comune", &r.comune),
                ("residence.cap", &r.cap),
            ] {
                if present(value).is_none() {
                    errors.push(required(field));
                }
            }
            if let Some(p) = present(&r.province) {
                if !(p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic())) {
                    errors.push(FieldError::new(
                        "residence.province",
                        "PROVINCE",
                        MSG_PROVINCE,
                    ));
                }
            }
            if let Some(cap) = present(&r.cap) {
                if !(cap.len() == 5 && cap.chars().all(|c| c.is_ascii_digit())) {
                    errors.push(FieldError::new("residence.cap", "CAP", MSG_CAP));
                }
            }
        }
        ResidenceType::Estero => {
            for (field, value) in [
                ("residence.country_code", &r.country_code),
                ("residence.city", &r.city),
                ("residence.address", &r.address),
            ] {
                if present(value).is_none() {
                    errors.push(required(field));
                }
            }
            if let Some(c) = present(&r.country_code) {
                let c = c.to_ascii_uppercase();
                if !(c.starts_with('Z') && is_place_code(&c)) {
                    errors.push(FieldError::new(
                        "residence.country_code",
                        "COUNTRY_CODE",
                        MSG_COUNTRY,
                    ));
                }
            }
        }
    }
    errors
}

/// "Recapiti personali": at least one phone and one of e-mail/PEC, phones
/// with their international prefix, and a preferred phone and time slot for
/// the contact center's callback.
///
/// The mobile must be Italian (+39 3…) for a resident in Italy, because half 1
/// of the PIN travels by SMS; a resident abroad may give a foreign mobile.
pub fn validate_contacts(kind: ResidenceType, c: &Contacts) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let home = present(&c.home_phone);
    let mobile = present(&c.mobile);
    let email = present(&c.email);
    let pec = present(&c.pec);

    if home.is_none() && mobile.is_none() {
        errors.push(FieldError::new(
            "contacts.mobile",
            "PHONE_REQUIRED",
            MSG_PHONE_REQUIRED,
        ));
    }
    if email.is_none() && pec.is_none() {
        errors.push(FieldError::new(
            "contacts.email",
            "EMAIL_REQUIRED",
            MSG_EMAIL_REQUIRED,
        ));
    }
    if let Some(h) = home {
        if let Some(e) = check_phone("contacts.home_phone", h) {
            errors.push(e);
        }
    }
    if let Some(m) = mobile {
        if let Some(e) = check_phone("contacts.mobile", m) {
            errors.push(e);
        } else {
            let digits = normalize_phone(m);
            let italian_mobile = digits
                .strip_prefix("+39")
                .is_some_and(|rest| rest.starts_with('3') && (9..=10).contains(&rest.len()));
            let foreign = !digits.starts_with("+39");
            let ok = italian_mobile || (foreign && kind == ResidenceType::Estero);
            if !ok {
                errors.push(FieldError::new(
                    "contacts.mobile",
                    "MOBILE_ITALIAN",
                    MSG_MOBILE_ITALIAN,
                ));
            }
        }
    }
    if let Some(e) = email {
        if !is_email(e) {
            errors.push(FieldError::new(
                "contacts.email",
                "EMAIL_FORMAT",
                MSG_EMAIL_FORMAT,
            ));
        }
    }
    if let Some(p) = pec {
        if !is_email(p) {
            errors.push(FieldError::new(
                "contacts.pec",
                "PEC_FORMAT",
                MSG_PEC_FORMAT,
            ));
        }
    }
    match c.preferred_phone.trim() {
        "" => errors.push(required("contacts.preferred_phone")),
        "home" if home.is_some() => {}
        "mobile" if mobile.is_some() => {}
        _ => errors.push(FieldError::new(
            "contacts.preferred_phone",
            "PREFERRED_PHONE",
            MSG_PREFERRED_PHONE,
        )),
    }
    match c.preferred_time.trim() {
        "" => errors.push(required("contacts.preferred_time")),
        t if preferred_time_label(t).is_some() => {}
        _ => errors.push(FieldError::new(
            "contacts.preferred_time",
            "PREFERRED_TIME",
            MSG_PREFERRED_TIME,
        )),
    }
    errors
}

/// Parses a date typed as `GG/MM/AAAA` (the form) or `AAAA-MM-GG` (the JSON
/// API). Both are accepted so the same rule serves the UI and scripts.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .filter(|_| s.len() == 10)
        .or_else(|| {
            NaiveDate::parse_from_str(s, "%d/%m/%Y")
                .ok()
                .filter(|_| s.len() == 10)
        })
}

/// A phone number as stored and compared: spaces, dots, dashes, slashes and
/// parentheses removed (people type "+39 333 123 4567").
pub fn normalize_phone(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, ' ' | '.' | '-' | '/' | '(' | ')' | '\t'))
        .collect()
}

/// A codice fiscale as stored and answered: trimmed, upper-case.
pub fn normalize_cf(s: &str) -> String {
    crate::codice_fiscale::normalize(s)
}

/// Loose but useful e-mail syntax: `local@domain.tld`, no spaces, one `@`,
/// non-empty dot-separated domain labels.
pub fn is_email(s: &str) -> bool {
    let s = s.trim();
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    if local.is_empty() || domain.contains('@') || s.chars().any(|c| c.is_whitespace()) {
        return false;
    }
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels.last().is_some_and(|tld| tld.len() >= 2)
}

fn check_birth_date(raw: &str, today: NaiveDate) -> Option<FieldError> {
    const F: &str = "personal.birth_date";
    if raw.trim().is_empty() {
        return Some(required(F));
    }
    let Some(d) = parse_date(raw) else {
        return Some(FieldError::new(F, "DATE_FORMAT", MSG_DATE_FORMAT));
    };
    if d > today {
        return Some(FieldError::new(F, "DATE_IN_FUTURE", MSG_DATE_FUTURE));
    }
    if d < NaiveDate::from_ymd_opt(1900, 1, 1).expect("valid date") {
        return Some(FieldError::new(F, "DATE_TOO_OLD", MSG_DATE_TOO_OLD));
    }
    None
}

fn check_phone(field: &str, raw: &str) -> Option<FieldError> {
    let n = normalize_phone(raw);
    let Some(digits) = n.strip_prefix('+') else {
        return Some(FieldError::new(field, "PHONE_PREFIX", MSG_PHONE_PREFIX));
    };
    if !(6..=15).contains(&digits.len()) || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Some(FieldError::new(field, "PHONE_FORMAT", MSG_PHONE_FORMAT));
    }
    None
}

fn is_person_name(s: &str) -> bool {
    s.chars().any(|c| c.is_alphabetic())
        && s.chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '\'' | '’' | '-' | '.'))
}

/// One letter and three digits: a Belfiore code or a foreign state's Z-code.
fn is_place_code(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 4 && b[0].is_ascii_alphabetic() && b[1..].iter().all(u8::is_ascii_digit)
}

fn present(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

fn required(field: &str) -> FieldError {
    FieldError::new(field, "REQUIRED", MSG_REQUIRED)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2020, 4, 1).unwrap()
    }

    fn good() -> PinRequest {
        PinRequest {
            codice_fiscale: "RSSMRA80A01H501U".into(),
            residence_type: ResidenceType::Italia,
            personal: Personal {
                surname: "Rossi".into(),
                name: "Mario".into(),
                birth_date: "1980-01-01".into(),
                sex: "M".into(),
                birthplace_code: "H501".into(),
            },
            residence: Residence {
                address: Some("Via Roma".into()),
                civic: Some("1".into()),
                province: Some("RM".into()),
                comune: Some("Roma".into()),
                cap: Some("00100".into()),
                ..Default::default()
            },
            contacts: Contacts {
                home_phone: None,
                mobile: Some("+39 333 1234567".into()),
                email: Some("a@b.it".into()),
                pec: None,
                preferred_phone: "mobile".into(),
                preferred_time: "09-13".into(),
            },
        }
    }

    fn fields(errs: &[FieldError]) -> Vec<&str> {
        errs.iter().map(|e| e.field.as_str()).collect()
    }

    #[test]
    fn a_complete_request_passes() {
        assert_eq!(validate(&good(), today()), vec![]);
    }

    #[test]
    fn empty_request_names_every_required_field() {
        let errs = validate(&PinRequest::default(), today());
        let f = fields(&errs);
        for name in [
            "codice_fiscale",
            "personal.surname",
            "personal.name",
            "personal.birth_date",
            "personal.sex",
            "personal.birthplace_code",
            "residence.address",
            "residence.civic",
            "residence.province",
            "residence.comune",
            "residence.cap",
            "contacts.mobile",
            "contacts.email",
            "contacts.preferred_phone",
            "contacts.preferred_time",
        ] {
            assert!(f.contains(&name), "missing {name} in {f:?}");
        }
        let surname = errs.iter().find(|e| e.field == "personal.surname").unwrap();
        assert_eq!(surname.message, "Campo obbligatorio");
    }

    #[test]
    fn date_accepts_both_formats_and_rejects_others() {
        assert_eq!(
            parse_date("01/02/1980"),
            NaiveDate::from_ymd_opt(1980, 2, 1)
        );
        assert_eq!(
            parse_date("1980-02-01"),
            NaiveDate::from_ymd_opt(1980, 2, 1)
        );
        assert_eq!(parse_date("1/2/1980"), None);
        assert_eq!(parse_date("31/02/1980"), None);
        let mut r = good();
        r.personal.birth_date = "1980/01/01".into();
        let errs = validate(&r, today());
        assert_eq!(errs[0].code, "DATE_FORMAT");
        assert_eq!(errs[0].field, "personal.birth_date");
    }

    #[test]
    fn birth_date_in_the_future_is_refused_relative_to_today() {
        let mut r = good();
        r.personal.birth_date = "02/04/2020".into();
        assert_eq!(validate(&r, today())[0].code, "DATE_IN_FUTURE");
        r.personal.birth_date = "01/04/2020".into();
        assert!(validate(&r, today()).is_empty());
    }

    #[test]
    fn sex_cap_province_and_birthplace_syntax() {
        let mut r = good();
        r.personal.sex = "X".into();
        r.residence.cap = Some("0010".into());
        r.residence.province = Some("ROM".into());
        r.personal.birthplace_code = "H50".into();
        let errs = validate(&r, today());
        assert_eq!(
            fields(&errs),
            vec![
                "personal.sex",
                "personal.birthplace_code",
                "residence.province",
                "residence.cap"
            ]
        );
    }

    #[test]
    fn contacts_need_one_phone_and_one_mail() {
        let mut r = good();
        r.contacts.mobile = Some("  ".into());
        r.contacts.email = None;
        let errs = validate(&r, today());
        let phone = errs.iter().find(|e| e.code == "PHONE_REQUIRED").unwrap();
        assert_eq!(phone.message, MSG_PHONE_REQUIRED);
        let mail = errs.iter().find(|e| e.code == "EMAIL_REQUIRED").unwrap();
        assert_eq!(mail.message, MSG_EMAIL_REQUIRED);
        // The preferred phone now names a phone that was not given.
        assert!(errs.iter().any(|e| e.field == "contacts.preferred_phone"));
    }

    #[test]
    fn pec_alone_and_home_phone_alone_are_enough() {
        let mut r = good();
        r.contacts.mobile = None;
        r.contacts.home_phone = Some("+39 06 1234567".into());
        r.contacts.preferred_phone = "home".into();
        r.contacts.email = None;
        r.contacts.pec = Some("mario.rossi@pec.it".into());
        assert_eq!(validate(&r, today()), vec![]);
    }

    #[test]
    fn phones_need_the_prefix_and_a_plausible_length() {
        let mut r = good();
        r.contacts.home_phone = Some("06 1234567".into());
        let errs = validate(&r, today());
        assert_eq!(errs[0].field, "contacts.home_phone");
        assert_eq!(errs[0].message, MSG_PHONE_PREFIX);
        r.contacts.home_phone = Some("+39 12".into());
        assert_eq!(validate(&r, today())[0].code, "PHONE_FORMAT");
        r.contacts.home_phone = Some("+39 06 12a4567".into());
        assert_eq!(validate(&r, today())[0].code, "PHONE_FORMAT");
    }

    #[test]
    fn mobile_must_be_italian_for_residents_in_italy() {
        let mut r = good();
        r.contacts.mobile = Some("+39 06 1234567".into());
        assert_eq!(validate(&r, today())[0].code, "MOBILE_ITALIAN");
        r.contacts.mobile = Some("+49 151 23456789".into());
        assert_eq!(validate(&r, today())[0].code, "MOBILE_ITALIAN");
        // A resident abroad may use a foreign mobile.
        r.residence_type = ResidenceType::Estero;
        r.residence = Residence {
            country_code: Some("Z112".into()),
            city: Some("Berlin".into()),
            address: Some("Hauptstraße 1".into()),
            ..Default::default()
        };
        assert_eq!(validate(&r, today()), vec![]);
    }

    #[test]
    fn foreign_residence_fields() {
        let mut r = good();
        r.residence_type = ResidenceType::Estero;
        r.residence = Residence {
            country_code: Some("H501".into()),
            ..Default::default()
        };
        let errs = validate(&r, today());
        assert_eq!(
            fields(&errs),
            vec![
                "residence.city",
                "residence.address",
                "residence.country_code"
            ]
        );
    }

    #[test]
    fn email_syntax() {
        assert!(is_email("mario.rossi@example.it"));
        assert!(is_email("a+b@sub.example.com"));
        assert!(!is_email("mario.rossi"));
        assert!(!is_email("mario@rossi"));
        assert!(!is_email("mario@@rossi.it"));
        assert!(!is_email("ma rio@rossi.it"));
        assert!(!is_email("@rossi.it"));
        assert!(!is_email("mario@.it"));
        let mut r = good();
        r.contacts.pec = Some("pec@".into());
        assert_eq!(fields(&validate(&r, today())), vec!["contacts.pec"]);
    }

    #[test]
    fn preferred_time_must_be_a_known_slot() {
        let mut r = good();
        r.contacts.preferred_time = "07-08".into();
        assert_eq!(validate(&r, today())[0].code, "PREFERRED_TIME");
        for (slot, label) in PREFERRED_TIMES {
            r.contacts.preferred_time = (*slot).into();
            assert!(validate(&r, today()).is_empty());
            assert!(!label.is_empty());
        }
    }

    #[test]
    fn names_with_apostrophes_and_accents_are_fine() {
        let mut r = good();
        r.personal.surname = "D'Angelo-Cantù".into();
        r.personal.name = "Maria Chiara".into();
        assert!(validate(&r, today()).is_empty());
        r.personal.name = "Mario3".into();
        assert_eq!(validate(&r, today())[0].code, "NAME_CHARS");
    }

    #[test]
    fn normalizers() {
        assert_eq!(normalize_phone("+39 333-123.45/67"), "+393331234567");
        assert_eq!(normalize_cf("  rssmra80a01h501u "), "RSSMRA80A01H501U");
    }
}
