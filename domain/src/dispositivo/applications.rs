//! The online applications (`POST /api/v1/applications`): their kinds, which
//! level may submit and which is protocolled at once, their field rules
//! (IBAN with check digits, dates, codice fiscale of a child, ANF figures)
//! and the JSON types.
//!
//! Shared so the app checks each field live with the rules the server
//! enforces; "today" is passed in (simulated clock).

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::MSG_REQUIRED;
use crate::api::{FieldError, Level};
use crate::request::parse_date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationKind {
    IndennitaCovid600,
    Naspi,
    BonusBebe,
    Anf,
}

impl ApplicationKind {
    pub const ALL: [ApplicationKind; 4] = [
        ApplicationKind::IndennitaCovid600,
        ApplicationKind::Naspi,
        ApplicationKind::BonusBebe,
        ApplicationKind::Anf,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            ApplicationKind::IndennitaCovid600 => "indennita_covid_600",
            ApplicationKind::Naspi => "naspi",
            ApplicationKind::BonusBebe => "bonus_bebe",
            ApplicationKind::Anf => "anf",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.slug() == s.trim())
    }

    pub fn title(self) -> &'static str {
        match self {
            ApplicationKind::IndennitaCovid600 => "Indennità COVID-19 di 600 euro (2020)",
            ApplicationKind::Naspi => "NASpI - Indennità di disoccupazione",
            ApplicationKind::BonusBebe => "Bonus bebè (assegno di natalità)",
            ApplicationKind::Anf => "Assegno per il nucleo familiare (ANF)",
        }
    }

    /// Lowest level that may submit it at all.
    pub fn min_level(self) -> Level {
        match self {
            // The simplified 2020 procedure: first 8 characters suffice.
            ApplicationKind::IndennitaCovid600 => Level::L0,
            _ => Level::L1,
        }
    }

    /// Whether a submission at `level` is protocolled at once; otherwise it
    /// is stored frozen "in attesa di PIN dispositivo".
    pub fn protocolled_at(self, level: Level) -> bool {
        match self {
            ApplicationKind::IndennitaCovid600 => true,
            _ => level >= Level::L2,
        }
    }

    /// Field names of `data`, in form order.
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            ApplicationKind::IndennitaCovid600 => &["category", "iban"],
            ApplicationKind::Naspi => &["last_employer", "termination_date", "iban"],
            ApplicationKind::BonusBebe => &["child_codice_fiscale", "child_birth_date", "iban"],
            ApplicationKind::Anf => &["period", "household_members", "household_income", "iban"],
        }
    }
}

/// Categories of the 600 € indemnity (D.L. 18/2020), value and label.
pub const COVID_CATEGORIES: &[(&str, &str)] = &[
    (
        "autonomi",
        "Lavoratori autonomi iscritti alle gestioni speciali AGO",
    ),
    (
        "professionisti",
        "Liberi professionisti titolari di partita IVA",
    ),
    ("cococo", "Collaboratori coordinati e continuativi"),
    ("stagionali", "Lavoratori stagionali del turismo"),
    ("agricoli", "Operai agricoli a tempo determinato"),
    ("spettacolo", "Lavoratori dello spettacolo"),
];

/// ANF periods (1 July – 30 June).
pub const ANF_PERIODS: &[&str] = &["2019-2020", "2020-2021"];

pub const MSG_IBAN: &str =
    "IBAN non valido: 27 caratteri che iniziano con IT, ad es. IT60X0542811101000000123456";
pub const MSG_CATEGORY: &str = "Scegliere la categoria di appartenenza";
pub const MSG_DATE: &str = "Data non valida: usare il formato GG/MM/AAAA";
pub const MSG_DATE_NOT_FUTURE: &str = "La data non può essere nel futuro";
pub const MSG_CHILD_CF: &str = "Codice fiscale del figlio non valido";
pub const MSG_PERIOD: &str = "Scegliere il periodo della domanda";
pub const MSG_MEMBERS: &str = "Indicare il numero dei componenti del nucleo (da 2 a 20)";
pub const MSG_INCOME: &str = "Indicare il reddito del nucleo in euro (ad es. 23500)";
pub const MSG_KIND: &str = "Tipo di domanda sconosciuto";

/// Italian IBAN: `IT`, 2 check digits, CIN letter, ABI, CAB, 12-character
/// account; check digits verified (ISO 13616 mod 97).
pub fn is_italian_iban(s: &str) -> bool {
    let iban: String = s
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase();
    if iban.len() != 27 || !iban.starts_with("IT") || !iban.is_ascii() {
        return false;
    }
    let b = iban.as_bytes();
    if !b[2].is_ascii_digit() || !b[3].is_ascii_digit() || !b[4].is_ascii_uppercase() {
        return false;
    }
    if !b[5..15].iter().all(u8::is_ascii_digit) || !b[15..].iter().all(u8::is_ascii_alphanumeric) {
        return false;
    }
    let rearranged = iban[4..].chars().chain(iban[..4].chars());
    let mut rem: u32 = 0;
    for c in rearranged {
        let v = match c.to_digit(36) {
            Some(v) => v,
            None => return false,
        };
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    rem == 1
}

fn field_value<'a>(data: &'a BTreeMap<String, String>, name: &str) -> &'a str {
    data.get(name).map(|s| s.trim()).unwrap_or("")
}

/// Field rules of one application; field paths are `data.<name>`.
pub fn validate_application(
    kind: ApplicationKind,
    data: &BTreeMap<String, String>,
    today: NaiveDate,
) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut err = |name: &str, code: &str, msg: &str| {
        errors.push(FieldError::new(format!("data.{name}"), code, msg));
    };
    for name in kind.fields() {
        let v = field_value(data, name);
        if v.is_empty() {
            err(name, "REQUIRED", MSG_REQUIRED);
            continue;
        }
        match *name {
            "iban" if !is_italian_iban(v) => err(name, "IBAN", MSG_IBAN),
            "category" if !COVID_CATEGORIES.iter().any(|(c, _)| *c == v) => {
                err(name, "CATEGORY", MSG_CATEGORY)
            }
            "termination_date" | "child_birth_date" => match parse_date(v) {
                None => err(name, "DATE_FORMAT", MSG_DATE),
                Some(d) if d > today => err(name, "DATE_FUTURE", MSG_DATE_NOT_FUTURE),
                Some(_) => {}
            },
            "child_codice_fiscale" if !crate::codice_fiscale::is_valid(v) => {
                err(name, "CODICE_FISCALE", MSG_CHILD_CF)
            }
            "period" if !ANF_PERIODS.contains(&v) => err(name, "PERIOD", MSG_PERIOD),
            "household_members" if !v.parse::<u8>().is_ok_and(|n| (2..=20).contains(&n)) => {
                err(name, "MEMBERS", MSG_MEMBERS)
            }
            "household_income"
                if !v
                    .replace(['.', ' '], "")
                    .replace(',', ".")
                    .parse::<f64>()
                    .is_ok_and(|n| (0.0..10_000_000.0).contains(&n)) =>
            {
                err(name, "INCOME", MSG_INCOME)
            }
            _ => {}
        }
    }
    errors
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationStatus {
    /// Submitted with an ordinary PIN: "in attesa di PIN dispositivo".
    Frozen,
    /// Protocol number assigned; a receipt is available.
    Protocolled,
}

impl ApplicationStatus {
    pub fn label(self) -> &'static str {
        match self {
            ApplicationStatus::Frozen => "In attesa di PIN dispositivo",
            ApplicationStatus::Protocolled => "Protocollata",
        }
    }
}

/// `POST /api/v1/applications`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NewApplication {
    pub kind: String,
    pub data: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Application {
    pub id: String,
    pub kind: ApplicationKind,
    pub title: String,
    pub status: ApplicationStatus,
    pub status_label: String,
    pub data: BTreeMap<String, String>,
    #[serde(with = "crate::datetime::rfc3339")]
    pub submitted_at: DateTime<Utc>,
    #[serde(default, with = "crate::datetime::rfc3339::option")]
    pub protocolled_at: Option<DateTime<Utc>>,
    pub protocol_number: Option<String>,
    /// `GET` path of the receipt PDF, once protocolled.
    pub receipt_url: Option<String>,
}
