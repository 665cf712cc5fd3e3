//! Synthetic people for the registry: plausible Italian names, birth data,
//! residences and tessera sanitaria numbers, with a codice fiscale that is
//! valid for them. Any field the caller gives is kept; the rest is invented.

use chrono::{Datelike, Duration, NaiveDate};
use domain::api::{Citizen, NewCitizen, RegistryResidence, Role, Sex, TesseraSanitaria};
use domain::codice_fiscale;
use rand::seq::IndexedRandom;
use rand::Rng;

pub(crate) const SURNAMES: &[&str] = &[
    "Ferrari",
    "Esposito",
    "Bianchi",
    "Romano",
    "Colombo",
    "Ricci",
    "Marino",
    "Greco",
    "Bruno",
    "Gallo",
    "Conti",
    "De Luca",
    "Mancini",
    "Costa",
    "Giordano",
    "Rizzo",
    "Lombardi",
    "Moretti",
    "Barbieri",
    "Fontana",
    "Santoro",
    "Mariani",
    "Rinaldi",
    "Caruso",
    "Ferrara",
    "Martini",
    "Leone",
    "Longo",
    "Gentile",
    "Martinelli",
    "Vitale",
    "Serra",
    "Coppola",
    "De Santis",
    "D'Angelo",
    "Marchetti",
    "Parisi",
    "Villa",
    "Conte",
    "Ferraro",
    "Ferri",
    "Fabbri",
    "Bianco",
    "Marini",
    "Grasso",
    "Valentini",
    "Messina",
    "Sala",
    "De Angelis",
    "Rossi",
    "Russo",
    "Galli",
];
pub(crate) const MALE_NAMES: &[&str] = &[
    "Mario",
    "Giuseppe",
    "Giovanni",
    "Antonio",
    "Francesco",
    "Luca",
    "Marco",
    "Andrea",
    "Alessandro",
    "Paolo",
    "Stefano",
    "Roberto",
    "Salvatore",
    "Davide",
    "Matteo",
    "Lorenzo",
    "Simone",
    "Federico",
    "Riccardo",
    "Gabriele",
];
pub(crate) const FEMALE_NAMES: &[&str] = &[
    "Maria",
    "Anna",
    "Giulia",
    "Francesca",
    "Chiara",
    "Sara",
    "Laura",
    "Valentina",
    "Elena",
    "Paola",
    "Alessandra",
    "Martina",
    "Giovanna",
    "Rosa",
    "Federica",
    "Silvia",
    "Beatrice",
    "Alice",
    "Elisa",
    "Roberta",
];
pub(crate) const STREETS: &[&str] = &[
    "Via Roma",
    "Via Garibaldi",
    "Via Mazzini",
    "Corso Vittorio Emanuele II",
    "Via Dante",
    "Via Verdi",
    "Piazza della Repubblica",
    "Via Cavour",
    "Viale Europa",
    "Via XX Settembre",
    "Via Marconi",
    "Via Matteotti",
    "Corso Italia",
    "Via San Francesco",
    "Via dei Mille",
];

/// (Belfiore code, comune, province sigla, a CAP of the comune).
pub const PLACES: &[(&str, &str, &str, &str)] = &[
    ("H501", "Roma", "RM", "00184"),
    ("F205", "Milano", "MI", "20121"),
    ("F839", "Napoli", "NA", "80133"),
    ("L219", "Torino", "TO", "10121"),
    ("G273", "Palermo", "PA", "90133"),
    ("D969", "Genova", "GE", "16121"),
    ("A944", "Bologna", "BO", "40121"),
    ("D612", "Firenze", "FI", "50122"),
    ("A662", "Bari", "BA", "70121"),
    ("L736", "Venezia", "VE", "30124"),
    ("C351", "Catania", "CT", "95124"),
    ("L424", "Trieste", "TS", "34121"),
    ("E506", "Lecce", "LE", "73100"),
    ("G224", "Padova", "PD", "35122"),
    ("B354", "Cagliari", "CA", "09124"),
    ("L378", "Trento", "TN", "38122"),
    ("A271", "Ancona", "AN", "60121"),
    ("H703", "Salerno", "SA", "84121"),
    ("E472", "Latina", "LT", "04100"),
];

/// A citizen from `given`, inventing whatever is missing. A given codice
/// fiscale is kept as is (normalised); sex, birth date and birthplace are then
/// read from it when not given, so the record stays coherent.
pub fn citizen(given: NewCitizen, today: NaiveDate) -> Citizen {
    let mut rng = rand::rng();
    let given_cf = given
        .codice_fiscale
        .as_deref()
        .map(codice_fiscale::normalize);
    let decoded = given_cf
        .as_deref()
        .and_then(|cf| codice_fiscale::check_on(cf, None, today).decoded);

    let sex = given
        .sex
        .or(decoded.as_ref().map(|d| d.sex))
        .unwrap_or(if rng.random_bool(0.5) { Sex::M } else { Sex::F });
    let surname = given.surname.unwrap_or_else(|| pick(&mut rng, SURNAMES));
    let name = given.name.unwrap_or_else(|| match sex {
        Sex::M => pick(&mut rng, MALE_NAMES),
        Sex::F => pick(&mut rng, FEMALE_NAMES),
    });
    let birth_date = given
        .birth_date
        .or(decoded.as_ref().map(|d| d.birth_date))
        .unwrap_or_else(|| {
            let start = NaiveDate::from_ymd_opt(1945, 1, 1).expect("valid date");
            start + Duration::days(rng.random_range(0..365 * 55))
        });
    let birthplace_code = given
        .birthplace_code
        .map(|c| c.trim().to_uppercase())
        .or(decoded.as_ref().map(|d| d.birthplace.code.clone()))
        .unwrap_or_else(|| PLACES.choose(&mut rng).expect("non-empty").0.to_owned());
    let residence = given.residence.unwrap_or_else(|| {
        let (_, comune, province, cap) = *PLACES.choose(&mut rng).expect("non-empty");
        RegistryResidence {
            address: pick(&mut rng, STREETS),
            civic: rng.random_range(1..200).to_string(),
            province: province.into(),
            comune: comune.into(),
            cap: cap.into(),
        }
    });
    let tessera_sanitaria = given.tessera_sanitaria.unwrap_or_else(|| TesseraSanitaria {
        // Italian cards start with 80380 (ISO 7812 issuer prefix of the MEF).
        number: format!(
            "80380{}",
            (0..15)
                .map(|_| char::from(b'0' + rng.random_range(0..10u8)))
                .collect::<String>()
        ),
        expiry: NaiveDate::from_ymd_opt(rng.random_range(2021..2027), rng.random_range(1..13), 1)
            .expect("valid date")
            .with_day(28)
            .expect("valid day"),
    });
    let codice_fiscale = given_cf.unwrap_or_else(|| {
        codice_fiscale::encode(&surname, &name, sex, birth_date, &birthplace_code)
    });
    Citizen {
        codice_fiscale,
        surname,
        name,
        sex,
        birth_date,
        birthplace_code,
        residence,
        tessera_sanitaria,
        role: given.role.unwrap_or(Role::Citizen),
    }
}

/// The well-known first person of every seeded registry, so docs and
/// trainers can refer to someone stable.
pub fn mario_rossi(today: NaiveDate) -> Citizen {
    citizen(
        NewCitizen {
            surname: Some("Rossi".into()),
            name: Some("Mario".into()),
            sex: Some(Sex::M),
            birth_date: NaiveDate::from_ymd_opt(1980, 1, 1),
            birthplace_code: Some("H501".into()),
            residence: Some(RegistryResidence {
                address: "Via Roma".into(),
                civic: "1".into(),
                province: "RM".into(),
                comune: "Roma".into(),
                cap: "00184".into(),
            }),
            tessera_sanitaria: Some(TesseraSanitaria {
                number: "80380000000000000001".into(),
                expiry: NaiveDate::from_ymd_opt(2024, 12, 31).expect("valid date"),
            }),
            ..Default::default()
        },
        today,
    )
}

fn pick(rng: &mut impl Rng, list: &[&str]) -> String {
    (*list.choose(rng).expect("non-empty")).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2020, 4, 1).unwrap()
    }

    #[test]
    fn generated_citizens_have_valid_matching_codes() {
        for _ in 0..50 {
            let c = citizen(NewCitizen::default(), today());
            let check = codice_fiscale::check_on(&c.codice_fiscale, None, today());
            assert!(check.valid, "{} {:?}", c.codice_fiscale, check.errors);
            let d = check.decoded.unwrap();
            assert_eq!(d.sex, c.sex);
            assert_eq!(d.birth_date, c.birth_date);
            assert_eq!(c.tessera_sanitaria.number.len(), 20);
        }
    }

    #[test]
    fn mario_rossi_is_the_textbook_code() {
        assert_eq!(mario_rossi(today()).codice_fiscale, "RSSMRA80A01H501U");
    }

    #[test]
    fn a_given_code_fills_birth_data() {
        let c = citizen(
            NewCitizen {
                codice_fiscale: Some(" rssmra80a01h501u ".into()),
                ..Default::default()
            },
            today(),
        );
        assert_eq!(c.codice_fiscale, "RSSMRA80A01H501U");
        assert_eq!(c.birth_date, NaiveDate::from_ymd_opt(1980, 1, 1).unwrap());
        assert_eq!(c.birthplace_code, "H501");
        assert_eq!(c.sex, Sex::M);
    }
}
