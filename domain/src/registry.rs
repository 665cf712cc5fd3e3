//! What the registry ("archivi INPS") accepts as a person's record: the
//! simulator's `POST /api/v1/sim/citizens` stores nothing the real archive
//! could not hold, so every later answer about that person (login, restore,
//! the PIN request's comparison) stays within the API's own schema.
//!
//! The checks are the request form's (same rules, same messages), applied
//! to the record's own field names, plus those of the record itself: a valid
//! codice fiscale and a 20-digit tessera sanitaria number.

use chrono::NaiveDate;

use crate::api::{Citizen, FieldError, Personal, Residence, ResidenceType};
use crate::codice_fiscale;
use crate::pin::{MSG_TS_EXPIRY, MSG_TS_NUMBER};
use crate::request::{validate_personal, validate_residence};

/// Field errors of a registry record, empty when it can be stored.
pub fn validate_citizen(c: &Citizen, today: NaiveDate) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let check = codice_fiscale::check_on(&c.codice_fiscale, None, today);
    if !check.valid {
        let message = check
            .errors
            .first()
            .map(|e| e.message.clone())
            .unwrap_or_else(|| crate::pin::MSG_CF.into());
        errors.push(FieldError::new("codice_fiscale", "CODICE_FISCALE", message));
    }
    let personal = Personal {
        surname: c.surname.clone(),
        name: c.name.clone(),
        birth_date: crate::datetime::iso(c.birth_date),
        sex: format!("{:?}", c.sex),
        birthplace_code: c.birthplace_code.clone(),
    };
    let r = &c.residence;
    let residence = Residence {
        address: Some(r.address.clone()),
        civic: Some(r.civic.clone()),
        province: Some(r.province.clone()),
        comune: Some(r.comune.clone()),
        cap: Some(r.cap.clone()),
        ..Default::default()
    };
    let form_errors = validate_personal(&personal, today)
        .into_iter()
        .chain(validate_residence(ResidenceType::Italia, &residence));
    for mut e in form_errors {
        if let Some(rest) = e.field.strip_prefix("personal.") {
            e.field = rest.to_owned();
        }
        errors.push(e);
    }
    let birthplace_flagged = errors.iter().any(|e| e.field == "birthplace_code");
    if !birthplace_flagged && !crate::places::is_known(c.birthplace_code.trim()) {
        errors.push(FieldError::new(
            "birthplace_code",
            "BIRTHPLACE_CODE",
            crate::request::MSG_BIRTHPLACE,
        ));
    }
    let ts = &c.tessera_sanitaria;
    if !(ts.number.len() == 20 && ts.number.chars().all(|ch| ch.is_ascii_digit())) {
        errors.push(FieldError::new(
            "tessera_sanitaria.number",
            "TS_NUMBER",
            MSG_TS_NUMBER,
        ));
    }
    let plausible = NaiveDate::from_ymd_opt(1990, 1, 1).expect("valid date")
        ..=NaiveDate::from_ymd_opt(2099, 12, 31).expect("valid date");
    if !plausible.contains(&ts.expiry) {
        errors.push(FieldError::new(
            "tessera_sanitaria.expiry",
            "TS_EXPIRY",
            MSG_TS_EXPIRY,
        ));
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{RegistryResidence, Role, Sex, TesseraSanitaria};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2020, 4, 1).unwrap()
    }

    fn mario() -> Citizen {
        Citizen {
            codice_fiscale: "RSSMRA80A01H501U".into(),
            surname: "Rossi".into(),
            name: "Mario".into(),
            sex: Sex::M,
            birth_date: NaiveDate::from_ymd_opt(1980, 1, 1).unwrap(),
            birthplace_code: "H501".into(),
            residence: RegistryResidence {
                address: "Via Roma".into(),
                civic: "1".into(),
                province: "RM".into(),
                comune: "Roma".into(),
                cap: "00184".into(),
            },
            tessera_sanitaria: TesseraSanitaria {
                number: "80380000000000000001".into(),
                expiry: NaiveDate::from_ymd_opt(2024, 12, 31).unwrap(),
            },
            role: Role::Citizen,
        }
    }

    fn fields(c: &Citizen) -> Vec<String> {
        validate_citizen(c, today())
            .into_iter()
            .map(|e| e.field)
            .collect()
    }

    #[test]
    fn a_coherent_record_passes() {
        assert!(fields(&mario()).is_empty());
    }

    #[test]
    fn what_the_archive_could_not_hold_is_refused_field_by_field() {
        for (edit, field) in [
            (
                Box::new(|c: &mut Citizen| c.codice_fiscale = String::new())
                    as Box<dyn Fn(&mut Citizen)>,
                "codice_fiscale",
            ),
            (
                Box::new(|c: &mut Citizen| c.codice_fiscale = "R".into()),
                "codice_fiscale",
            ),
            (
                Box::new(|c: &mut Citizen| c.codice_fiscale = "RSSMRA80A01H501V".into()),
                "codice_fiscale",
            ),
            (
                Box::new(|c: &mut Citizen| c.surname = " ".into()),
                "surname",
            ),
            (Box::new(|c: &mut Citizen| c.name = "M4rio".into()), "name"),
            (
                Box::new(|c: &mut Citizen| {
                    c.birth_date = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap()
                }),
                "birth_date",
            ),
            (
                Box::new(|c: &mut Citizen| c.birthplace_code = "Q999".into()),
                "birthplace_code",
            ),
            (
                Box::new(|c: &mut Citizen| c.residence.cap = "1".into()),
                "residence.cap",
            ),
            (
                Box::new(|c: &mut Citizen| c.residence.address = String::new()),
                "residence.address",
            ),
            (
                Box::new(|c: &mut Citizen| c.tessera_sanitaria.number = String::new()),
                "tessera_sanitaria.number",
            ),
            (
                Box::new(|c: &mut Citizen| {
                    c.tessera_sanitaria.expiry = NaiveDate::from_ymd_opt(9999, 1, 1).unwrap()
                }),
                "tessera_sanitaria.expiry",
            ),
        ] {
            let mut c = mario();
            edit(&mut c);
            assert_eq!(fields(&c), vec![field.to_owned()], "{c:?}");
        }
    }
}
