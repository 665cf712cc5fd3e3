//! A residence written out: on one line (the consoles, the MV35 form) or as
//! the lines of a postal address (the letter with half 2). Fields as typed,
//! trimmed; blank ones print as nothing.

use crate::api::{RegistryResidence, Residence, ResidenceType};
use crate::request::present;

/// The street line and the town line of an Italian address:
/// `Via Roma 1` and `00184 Roma (RM)`.
fn italian(address: &str, civic: &str, cap: &str, comune: &str, province: &str) -> [String; 2] {
    [
        format!("{address} {civic}"),
        format!("{cap} {comune} ({province})"),
    ]
}

/// The lines of a residence as a letter is addressed: street and town in
/// Italy; street, city and country code abroad.
pub fn postal_lines(r: &Residence, kind: ResidenceType) -> Vec<String> {
    fn t(v: &Option<String>) -> &str {
        present(v).unwrap_or_default()
    }
    match kind {
        ResidenceType::Italia => italian(
            t(&r.address),
            t(&r.civic),
            t(&r.cap),
            t(&r.comune),
            t(&r.province),
        )
        .to_vec(),
        ResidenceType::Estero => vec![
            t(&r.address).to_owned(),
            t(&r.city).to_owned(),
            t(&r.country_code).to_owned(),
        ],
    }
}

/// A residence on one line: `Via Roma 1, 00184 Roma (RM)`; abroad
/// `Rue de Rivoli 10, Paris (FR)`.
pub fn residence_line(r: &Residence, kind: ResidenceType) -> String {
    let lines = postal_lines(r, kind);
    match kind {
        ResidenceType::Italia => lines.join(", "),
        ResidenceType::Estero => format!("{}, {} ({})", lines[0], lines[1], lines[2]),
    }
}

/// The registry's residence on one line, as [`residence_line`] writes an
/// Italian one.
pub fn registry_line(r: &RegistryResidence) -> String {
    italian(&r.address, &r.civic, &r.cap, &r.comune, &r.province).join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn italian_residence() -> Residence {
        Residence {
            address: Some(" Via Roma ".into()),
            civic: Some("1".into()),
            cap: Some("00184".into()),
            comune: Some("Roma".into()),
            province: Some("RM".into()),
            ..Residence::default()
        }
    }

    #[test]
    fn an_italian_residence_is_street_then_town() {
        let r = italian_residence();
        assert_eq!(
            residence_line(&r, ResidenceType::Italia),
            "Via Roma 1, 00184 Roma (RM)"
        );
        assert_eq!(
            postal_lines(&r, ResidenceType::Italia),
            ["Via Roma 1", "00184 Roma (RM)"]
        );
        let registry = RegistryResidence {
            address: "Via Roma".into(),
            civic: "1".into(),
            province: "RM".into(),
            comune: "Roma".into(),
            cap: "00184".into(),
        };
        assert_eq!(registry_line(&registry), "Via Roma 1, 00184 Roma (RM)");
    }

    #[test]
    fn a_foreign_residence_is_street_city_and_country() {
        let r = Residence {
            address: Some("Rue de Rivoli 10".into()),
            city: Some("Paris".into()),
            country_code: Some("FR".into()),
            ..Residence::default()
        };
        assert_eq!(
            residence_line(&r, ResidenceType::Estero),
            "Rue de Rivoli 10, Paris (FR)"
        );
        assert_eq!(
            postal_lines(&r, ResidenceType::Estero),
            ["Rue de Rivoli 10", "Paris", "FR"]
        );
    }

    #[test]
    fn blank_fields_leave_their_place_empty() {
        let r = Residence {
            address: Some("Via Roma".into()),
            civic: Some("  ".into()),
            ..Residence::default()
        };
        assert_eq!(residence_line(&r, ResidenceType::Italia), "Via Roma ,   ()");
    }
}
