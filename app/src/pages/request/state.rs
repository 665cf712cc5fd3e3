//! Form state of "Richiedi PIN": what the user typed, persisted in session
//! storage (`pin-inps.request`), turned into the API's `PinRequest`, and
//! checked with the same domain rules as the server.

use chrono::NaiveDate;
use domain::api::{Contacts, FieldError, Personal, PinRequest, Residence, ResidenceType, Sex};
use domain::codice_fiscale::{self, PersonData};
use domain::request as rules;
use serde::{Deserialize, Serialize};

pub const STORAGE_KEY: &str = "pin-inps.request";

/// UI-only field: the province select of an Italian birthplace.
pub const BIRTH_PROVINCE: &str = "personal.birth_province";

/// Everything typed, as typed (dates `GG/MM/AAAA`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FormState {
    /// 1..=3.
    pub step: u8,
    pub codice_fiscale: String,
    pub residence_type: ResidenceType,
    pub surname: String,
    pub name: String,
    pub birth_date: String,
    pub sex: String,
    /// `italia` or `estero`.
    pub birth_kind: String,
    pub birth_province: String,
    pub birth_comune: String,
    pub birth_comune_name: String,
    pub birth_country: String,
    pub birth_country_name: String,
    pub address: String,
    pub civic: String,
    pub province: String,
    pub comune: String,
    pub cap: String,
    pub country_code: String,
    pub country_name: String,
    pub city: String,
    pub home_phone: String,
    pub mobile: String,
    pub email: String,
    pub pec: String,
    pub preferred_phone: String,
    pub preferred_time: String,
}

impl Default for FormState {
    fn default() -> Self {
        Self::new()
    }
}

impl FormState {
    pub fn new() -> Self {
        Self {
            step: 1,
            residence_type: ResidenceType::Italia,
            birth_kind: "italia".into(),
            codice_fiscale: String::new(),
            surname: String::new(),
            name: String::new(),
            birth_date: String::new(),
            sex: String::new(),
            birth_province: String::new(),
            birth_comune: String::new(),
            birth_comune_name: String::new(),
            birth_country: String::new(),
            birth_country_name: String::new(),
            address: String::new(),
            civic: String::new(),
            province: String::new(),
            comune: String::new(),
            cap: String::new(),
            country_code: String::new(),
            country_name: String::new(),
            city: String::new(),
            home_phone: String::new(),
            mobile: String::new(),
            email: String::new(),
            pec: String::new(),
            preferred_phone: String::new(),
            preferred_time: String::new(),
        }
    }

    pub fn birth_abroad(&self) -> bool {
        self.birth_kind == "estero"
    }

    /// The text field behind an API field path (the one the UI edits).
    pub fn get(&self, path: &str) -> String {
        self.slot(path).cloned().unwrap_or_default()
    }

    fn slot(&self, path: &str) -> Option<&String> {
        Some(match path {
            "codice_fiscale" => &self.codice_fiscale,
            "personal.surname" => &self.surname,
            "personal.name" => &self.name,
            "personal.birth_date" => &self.birth_date,
            "personal.sex" => &self.sex,
            "personal.birth_kind" => &self.birth_kind,
            BIRTH_PROVINCE => &self.birth_province,
            "personal.birthplace_code" if self.birth_abroad() => &self.birth_country,
            "personal.birthplace_code" => &self.birth_comune,
            "residence.address" => &self.address,
            "residence.civic" => &self.civic,
            "residence.province" => &self.province,
            "residence.comune" => &self.comune,
            "residence.cap" => &self.cap,
            "residence.country_code" => &self.country_code,
            "residence.city" => &self.city,
            "contacts.home_phone" => &self.home_phone,
            "contacts.mobile" => &self.mobile,
            "contacts.email" => &self.email,
            "contacts.pec" => &self.pec,
            "contacts.preferred_phone" => &self.preferred_phone,
            "contacts.preferred_time" => &self.preferred_time,
            _ => return None,
        })
    }

    /// Sets the text field behind `path`; clears what depends on it.
    pub fn set(&mut self, path: &str, value: String) {
        match path {
            "codice_fiscale" => self.codice_fiscale = value,
            "residence_type" => {
                self.residence_type = if value == "estero" {
                    ResidenceType::Estero
                } else {
                    ResidenceType::Italia
                }
            }
            "personal.surname" => self.surname = value,
            "personal.name" => self.name = value,
            "personal.birth_date" => self.birth_date = value,
            "personal.sex" => self.sex = value,
            "personal.birth_kind" => self.birth_kind = value,
            BIRTH_PROVINCE => {
                if self.birth_province != value {
                    self.birth_comune.clear();
                    self.birth_comune_name.clear();
                }
                self.birth_province = value;
            }
            "personal.birthplace_code" if self.birth_abroad() => self.birth_country = value,
            "personal.birthplace_code" => self.birth_comune = value,
            "residence.address" => self.address = value,
            "residence.civic" => self.civic = value,
            "residence.province" => {
                if self.province != value {
                    self.comune.clear();
                }
                self.province = value;
            }
            "residence.comune" => self.comune = value,
            "residence.cap" => self.cap = value,
            "residence.country_code" => self.country_code = value,
            "residence.city" => self.city = value,
            "contacts.home_phone" => self.home_phone = value,
            "contacts.mobile" => self.mobile = value,
            "contacts.email" => self.email = value,
            "contacts.pec" => self.pec = value,
            "contacts.preferred_phone" => self.preferred_phone = value,
            "contacts.preferred_time" => self.preferred_time = value,
            _ => {}
        }
    }

    pub fn birthplace_code(&self) -> &str {
        if self.birth_abroad() {
            &self.birth_country
        } else {
            &self.birth_comune
        }
    }

    /// Birth date as `YYYY-MM-DD` when it parses, else as typed.
    pub fn birth_date_iso(&self) -> Option<String> {
        rules::parse_date(&self.birth_date).map(domain::datetime::iso)
    }

    /// The body of `POST /api/v1/pin-requests`.
    pub fn to_request(&self) -> PinRequest {
        let opt = |s: &str| {
            let s = s.trim();
            (!s.is_empty()).then(|| s.to_string())
        };
        let residence = match self.residence_type {
            ResidenceType::Italia => Residence {
                address: opt(&self.address),
                civic: opt(&self.civic),
                province: opt(&self.province),
                comune: opt(&self.comune),
                cap: opt(&self.cap),
                ..Residence::default()
            },
            ResidenceType::Estero => Residence {
                country_code: opt(&self.country_code),
                city: opt(&self.city),
                address: opt(&self.address),
                ..Residence::default()
            },
        };
        PinRequest {
            codice_fiscale: rules::normalize_cf(&self.codice_fiscale),
            residence_type: self.residence_type,
            personal: Personal {
                surname: self.surname.trim().to_string(),
                name: self.name.trim().to_string(),
                birth_date: self
                    .birth_date_iso()
                    .unwrap_or_else(|| self.birth_date.trim().to_string()),
                sex: self.sex.trim().to_string(),
                birthplace_code: self.birthplace_code().trim().to_uppercase(),
            },
            residence,
            contacts: Contacts {
                home_phone: opt(&self.home_phone),
                mobile: opt(&self.mobile),
                email: opt(&self.email),
                pec: opt(&self.pec),
                preferred_phone: self.preferred_phone.trim().to_string(),
                preferred_time: self.preferred_time.trim().to_string(),
            },
        }
    }

    /// Problems of step 1: codice fiscale present and well formed.
    pub fn step1_errors(&self, today: NaiveDate) -> Vec<FieldError> {
        let req = self.to_request();
        let mut errors = rules::validate_step1(&req);
        if errors.is_empty() {
            let check = codice_fiscale::check_on(&req.codice_fiscale, None, today);
            if let Some(e) = check.errors.first() {
                errors.push(FieldError::new(
                    "codice_fiscale",
                    e.code.clone(),
                    e.message.clone(),
                ));
            }
        }
        errors
    }

    /// Problems of step 2: the domain rules of every section plus the
    /// consistency of the personal data with the codice fiscale.
    pub fn step2_errors(&self, today: NaiveDate) -> Vec<FieldError> {
        let req = self.to_request();
        let mut errors = Vec::new();
        if !self.birth_abroad() && self.birth_province.trim().is_empty() {
            errors.push(FieldError::new(
                BIRTH_PROVINCE,
                "REQUIRED",
                rules::MSG_REQUIRED,
            ));
        }
        let personal = rules::validate_personal(&req.personal, today);
        // The birthplace select belongs after the province select.
        let (birthplace, others): (Vec<_>, Vec<_>) = personal
            .into_iter()
            .partition(|e| e.field == "personal.birthplace_code");
        let mut personal = others;
        personal.extend(birthplace);
        errors.splice(
            0..0,
            personal.into_iter().filter(|e| {
                // "required" on the comune is noise while the province is missing too.
                !(e.field == "personal.birthplace_code"
                    && !self.birth_abroad()
                    && self.birth_province.trim().is_empty())
            }),
        );
        errors.extend(self.cf_mismatches(&req, today, &errors));
        errors.extend(rules::validate_residence(
            req.residence_type,
            &req.residence,
        ));
        errors.extend(rules::validate_contacts(req.residence_type, &req.contacts));
        errors
    }

    fn cf_mismatches(
        &self,
        req: &PinRequest,
        today: NaiveDate,
        known: &[FieldError],
    ) -> Vec<FieldError> {
        let cf = &req.codice_fiscale;
        if !codice_fiscale::check_on(cf, None, today).valid {
            return Vec::new();
        }
        let p = &req.personal;
        let has_error = |f: &str| known.iter().any(|e| e.field == format!("personal.{f}"));
        let nonempty = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
        let person = PersonData {
            surname: nonempty(&p.surname).filter(|_| !has_error("surname")),
            name: nonempty(&p.name).filter(|_| !has_error("name")),
            sex: match p.sex.as_str() {
                "M" => Some(Sex::M),
                "F" => Some(Sex::F),
                _ => None,
            },
            birth_date: rules::parse_date(&p.birth_date).filter(|_| !has_error("birth_date")),
            birthplace_code: nonempty(&p.birthplace_code).filter(|_| !has_error("birthplace_code")),
        };
        let check = codice_fiscale::check_on(cf, Some(&person), today);
        check
            .mismatches
            .unwrap_or_default()
            .into_iter()
            .map(|f| {
                FieldError::new(
                    format!("personal.{f}"),
                    "CF_MISMATCH",
                    codice_fiscale::mismatch_message(&f),
                )
            })
            .collect()
    }

    /// Which step shows the field `path`.
    pub fn step_of(path: &str) -> u8 {
        if path == "codice_fiscale" || path == "residence_type" {
            1
        } else {
            2
        }
    }
}

// ---------------------------------------------------------------- storage

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

pub fn load() -> FormState {
    session_storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|json| serde_json::from_str::<FormState>(&json).ok())
        .map(|mut f| {
            f.step = f.step.clamp(1, 3);
            f
        })
        .unwrap_or_default()
}

pub fn save(form: &FormState) {
    if let (Some(s), Ok(json)) = (session_storage(), serde_json::to_string(form)) {
        let _ = s.set_item(STORAGE_KEY, &json);
    }
}

pub fn clear() {
    if let Some(s) = session_storage() {
        let _ = s.remove_item(STORAGE_KEY);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn birth_date_travels_as_iso() {
        let mut f = FormState::new();
        f.set("personal.birth_date", "01/02/1980".into());
        assert_eq!(f.to_request().personal.birth_date, "1980-02-01");
    }

    #[test]
    fn province_change_clears_comune() {
        let mut f = FormState::new();
        f.set("residence.province", "RM".into());
        f.set("residence.comune", "Roma".into());
        f.set("residence.province", "MI".into());
        assert_eq!(f.comune, "");
    }
}
