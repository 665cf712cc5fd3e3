//! "Dati residenza": an Italian residence (address, civic, province, comune,
//! CAP) or a foreign one (state, city, address).

use super::{
    check_free_text, is_place_code, present, required, MAX_CIVIC_LEN, MAX_TEXT_LEN, MSG_CAP,
    MSG_COUNTRY, MSG_PROVINCE,
};
use crate::api::{FieldError, Residence, ResidenceType};

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
            for (field, value, max) in [
                ("residence.address", &r.address, MAX_TEXT_LEN),
                ("residence.civic", &r.civic, MAX_CIVIC_LEN),
                ("residence.comune", &r.comune, MAX_TEXT_LEN),
            ] {
                if let Some(e) = present(value).and_then(|v| check_free_text(field, v, max)) {
                    errors.push(e);
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
            for (field, value) in [
                ("residence.city", &r.city),
                ("residence.address", &r.address),
            ] {
                if let Some(e) =
                    present(value).and_then(|v| check_free_text(field, v, MAX_TEXT_LEN))
                {
                    errors.push(e);
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
