//! What each PIN level opens, the online applications and their
//! field rules, and the identity-document rules of "Converti in PIN
//! dispositivo". Also the JSON types of those endpoints.
//!
//! Pure and shared: the app checks fields live with the same rules the
//! server enforces. "Today" is always passed in (simulated clock).

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::api::{FieldError, Level, PinState};
use crate::request::parse_date;
use crate::upload::FileKind;

pub const MSG_REQUIRED: &str = crate::request::MSG_REQUIRED;

// ------------------------------------------------------------------ levels

/// Italian name of a level as the home page shows it.
pub fn level_label(level: Level) -> &'static str {
    match level {
        Level::L0 => "Prima parte del PIN (accesso semplificato)",
        Level::L1 => "PIN ordinario",
        Level::L2 => "PIN dispositivo",
    }
}

/// Why a service is closed to a session of a lower level (403 message).
pub fn level_required_message(required: Level) -> &'static str {
    match required {
        Level::L0 | Level::L1 => {
            "Per questo servizio è necessario il PIN completo: accedere con il codice fiscale e il PIN di 16 caratteri (prima e seconda parte)"
        }
        Level::L2 => {
            "Per questo servizio è necessario il PIN dispositivo: convertire il PIN con la procedura \"Converti il tuo PIN\""
        }
    }
}

/// The way up from a level, as the home page explains it.
pub fn way_up(level: Level) -> Option<&'static str> {
    match level {
        Level::L0 => Some(
            "Con la sola prima parte del PIN sono disponibili solo alcuni servizi semplificati. \
             Quando riceve per posta la seconda parte, acceda con il PIN completo di 16 caratteri: \
             potrà consultare la sua posizione e presentare domande.",
        ),
        Level::L1 => Some(
            "Con il PIN ordinario può consultare la sua posizione; le domande che presenta restano \
             \"in attesa di PIN dispositivo\". Converta il PIN in dispositivo (modulo MV35 firmato \
             e copia di un documento di identità): le domande in attesa saranno protocollate \
             automaticamente con la data di presentazione originale.",
        ),
        Level::L2 => None,
    }
}

/// Services of the portal and the level each needs.
pub const SERVICES: &[(&str, &str, Level)] = &[
    (
        "indennita_covid_600",
        "Indennità COVID-19 di 600 euro (2020)",
        Level::L0,
    ),
    ("preferenze", "Preferenze", Level::L0),
    ("contatti", "I miei contatti", Level::L0),
    ("estratto_conto", "Estratto conto contributivo", Level::L1),
    ("certificati_medici", "Certificati medici", Level::L1),
    ("pagamenti", "Pagamenti", Level::L1),
    ("naspi", "NASpI - Indennità di disoccupazione", Level::L1),
    ("bonus_bebe", "Bonus bebè (assegno di natalità)", Level::L1),
    ("anf", "Assegno per il nucleo familiare (ANF)", Level::L1),
    (
        "converti_pin",
        "Converti il tuo PIN in dispositivo",
        Level::L1,
    ),
];

// ------------------------------------------------------------ applications

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
    pub submitted_at: DateTime<Utc>,
    pub protocolled_at: Option<DateTime<Utc>>,
    pub protocol_number: Option<String>,
    /// `GET` path of the receipt PDF, once protocolled.
    pub receipt_url: Option<String>,
}

// ------------------------------------------------------------ services

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceInfo {
    pub id: String,
    pub title: String,
    pub min_level: Level,
    pub allowed: bool,
}

/// `GET /api/v1/services`: what the session's level opens and the way up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServicesOverview {
    pub level: Level,
    pub level_label: String,
    pub pin_state: PinState,
    pub services: Vec<ServiceInfo>,
    pub way_up: Option<String>,
    /// The latest conversion request, if any.
    pub conversion: Option<Conversion>,
    pub frozen_applications: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContributionYear {
    pub year: i32,
    pub employer: String,
    pub contract: String,
    pub weeks: u32,
    /// Retribuzione imponibile, euro.
    pub taxable_pay: f64,
    /// Contributi accreditati, euro.
    pub contributions: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContributionStatement {
    pub codice_fiscale: String,
    pub years: Vec<ContributionYear>,
    pub total_weeks: u32,
    pub total_contributions: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MedicalCertificate {
    pub number: String,
    pub issued_on: NaiveDate,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub kind: String,
    pub doctor: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Payment {
    pub date: NaiveDate,
    pub description: String,
    pub amount: f64,
    pub method: String,
    pub status: String,
}

/// `GET/PUT /api/v1/preferences` (L0 and up).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// `it`, `de` or `en`.
    pub language: String,
    /// `email` or `sms`: how notices reach the citizen.
    pub notice_channel: String,
    pub newsletter: bool,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            language: "it".into(),
            notice_channel: "email".into(),
            newsletter: false,
        }
    }
}

pub fn validate_preferences(p: &Preferences) -> Vec<FieldError> {
    let mut e = Vec::new();
    if !["it", "de", "en"].contains(&p.language.as_str()) {
        e.push(FieldError::new(
            "language",
            "LANGUAGE",
            "Scegliere una lingua: italiano, tedesco o inglese",
        ));
    }
    if !["email", "sms"].contains(&p.notice_channel.as_str()) {
        e.push(FieldError::new(
            "notice_channel",
            "CHANNEL",
            "Scegliere come ricevere gli avvisi: e-mail o SMS",
        ));
    }
    e
}

/// `GET /api/v1/contacts` (L0 and up): the contacts on the credential.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnContacts {
    pub home_phone: Option<String>,
    pub mobile: Option<String>,
    pub email: Option<String>,
    pub pec: Option<String>,
}

// ------------------------------------------------------ identity document

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentType {
    CartaIdentita,
    CartaIdentitaElettronica,
    Passaporto,
    Patente,
}

impl DocumentType {
    pub const ALL: [DocumentType; 4] = [
        DocumentType::CartaIdentita,
        DocumentType::CartaIdentitaElettronica,
        DocumentType::Passaporto,
        DocumentType::Patente,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            DocumentType::CartaIdentita => "carta_identita",
            DocumentType::CartaIdentitaElettronica => "carta_identita_elettronica",
            DocumentType::Passaporto => "passaporto",
            DocumentType::Patente => "patente",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.slug() == s.trim())
    }

    pub fn label(self) -> &'static str {
        match self {
            DocumentType::CartaIdentita => "Carta d'identità",
            DocumentType::CartaIdentitaElettronica => "Carta d'identità elettronica",
            DocumentType::Passaporto => "Passaporto",
            DocumentType::Patente => "Patente di guida",
        }
    }

    /// Format of the number, as the error message explains it.
    pub fn number_hint(self) -> &'static str {
        match self {
            DocumentType::CartaIdentita => "2 lettere e 7 cifre, ad es. AA1234567",
            DocumentType::CartaIdentitaElettronica => {
                "2 lettere, 5 cifre e 2 lettere, ad es. CA12345AB"
            }
            DocumentType::Passaporto => "2 lettere e 7 cifre, ad es. YA1234567",
            DocumentType::Patente => "10 caratteri, ad es. U12345678Z",
        }
    }

    /// Does `number` (already normalised) have this document's format?
    pub fn number_ok(self, n: &str) -> bool {
        let b = n.as_bytes();
        let letters = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_uppercase);
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        match self {
            DocumentType::CartaIdentita | DocumentType::Passaporto => {
                b.len() == 9 && letters(0..2) && digits(2..9)
            }
            DocumentType::CartaIdentitaElettronica => {
                b.len() == 9 && letters(0..2) && digits(2..7) && letters(7..9)
            }
            DocumentType::Patente => {
                b.len() == 10
                    && b[0].is_ascii_uppercase()
                    && b[1..9]
                        .iter()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                    && b[9].is_ascii_uppercase()
            }
        }
    }
}

/// Number as stored: spaces removed, upper case.
pub fn normalize_document_number(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase()
}

/// The identity document of a conversion (form and API; dates `YYYY-MM-DD`,
/// `GG/MM/AAAA` also accepted).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IdentityDocument {
    /// `carta_identita`, `carta_identita_elettronica`, `passaporto`, `patente`.
    #[serde(rename = "type")]
    pub doc_type: String,
    pub number: String,
    pub issuer: String,
    pub issued_on: String,
    pub expires_on: String,
}

pub const MSG_DOC_TYPE: &str = "Scegliere il tipo di documento";
pub const MSG_ISSUER: &str =
    "Indicare l'ente che ha rilasciato il documento (ad es. Comune di Roma)";
pub const MSG_ISSUED_FUTURE: &str = "La data di rilascio non può essere nel futuro";
pub const MSG_EXPIRED: &str = "Il documento è scaduto: indicare un documento in corso di validità";
pub const MSG_EXPIRY_BEFORE_ISSUE: &str =
    "La data di scadenza deve essere successiva alla data di rilascio";

/// Field rules of step 1; field paths `document.<name>`.
pub fn validate_document(d: &IdentityDocument, today: NaiveDate) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut err = |name: &str, code: &str, msg: String| {
        errors.push(FieldError::new(format!("document.{name}"), code, msg));
    };
    let kind = DocumentType::parse(&d.doc_type);
    if kind.is_none() {
        err("type", "DOCUMENT_TYPE", MSG_DOC_TYPE.into());
    }
    let number = normalize_document_number(&d.number);
    if number.is_empty() {
        err("number", "REQUIRED", MSG_REQUIRED.into());
    } else if let Some(k) = kind {
        if !k.number_ok(&number) {
            err(
                "number",
                "DOCUMENT_NUMBER",
                format!(
                    "Numero di {} non valido: {}",
                    k.label().to_lowercase(),
                    k.number_hint()
                ),
            );
        }
    }
    let issuer = d.issuer.trim();
    if issuer.chars().count() < 3 || issuer.chars().count() > 80 {
        err("issuer", "ISSUER", MSG_ISSUER.into());
    }
    let issued = date_field(d.issued_on.trim(), "issued_on", &mut err);
    let expires = date_field(d.expires_on.trim(), "expires_on", &mut err);
    if let Some(i) = issued {
        if i > today {
            err("issued_on", "DATE_FUTURE", MSG_ISSUED_FUTURE.into());
        }
    }
    if let Some(e) = expires {
        if e < today {
            err("expires_on", "DOCUMENT_EXPIRED", MSG_EXPIRED.into());
        } else if issued.is_some_and(|i| e <= i) {
            err(
                "expires_on",
                "EXPIRY_BEFORE_ISSUE",
                MSG_EXPIRY_BEFORE_ISSUE.into(),
            );
        }
    }
    errors
}

fn date_field(v: &str, name: &str, err: &mut impl FnMut(&str, &str, String)) -> Option<NaiveDate> {
    if v.is_empty() {
        err(name, "REQUIRED", MSG_REQUIRED.into());
        return None;
    }
    let d = parse_date(v);
    if d.is_none() {
        err(name, "DATE_FORMAT", MSG_DATE.into());
    }
    d
}

// ------------------------------------------------------------ conversion

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConversionStatus {
    /// Document given, files being uploaded.
    Draft,
    /// Confirmed: waiting for the back office.
    InLavorazione,
    Approved,
    Rejected,
}

impl ConversionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ConversionStatus::Draft => "draft",
            ConversionStatus::InLavorazione => "in_lavorazione",
            ConversionStatus::Approved => "approved",
            ConversionStatus::Rejected => "rejected",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            ConversionStatus::Draft,
            ConversionStatus::InLavorazione,
            ConversionStatus::Approved,
            ConversionStatus::Rejected,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            ConversionStatus::Draft => "Da completare",
            ConversionStatus::InLavorazione => "In lavorazione",
            ConversionStatus::Approved => "Accolta",
            ConversionStatus::Rejected => "Respinta",
        }
    }
}

/// Which of the two uploads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UploadSlot {
    /// The signed MV35 module.
    Module,
    /// The copy of the identity document.
    Document,
}

impl UploadSlot {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "module" => Some(UploadSlot::Module),
            "document" => Some(UploadSlot::Document),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            UploadSlot::Module => "module",
            UploadSlot::Document => "document",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadedFile {
    pub kind: FileKind,
    pub content_type: String,
    pub size: u64,
    pub uploaded_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conversion {
    pub id: String,
    pub status: ConversionStatus,
    pub status_label: String,
    pub document: IdentityDocument,
    pub module_file: Option<UploadedFile>,
    pub document_file: Option<UploadedFile>,
    pub created_at: DateTime<Utc>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub decided_at: Option<DateTime<Utc>>,
    pub rejection_reason: Option<String>,
}

// ------------------------------------------------------------ back office

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OperatorLogin {
    pub username: String,
    pub password: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Operator {
    pub username: String,
    pub display_name: String,
    /// `back_office`.
    pub role: String,
}

/// The citizen as the reviewer sees them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewCitizen {
    pub codice_fiscale: String,
    pub surname: String,
    pub name: String,
    pub birth_date: Option<NaiveDate>,
    pub birthplace: Option<String>,
    pub residence: Option<String>,
    pub mobile: Option<String>,
    pub email: Option<String>,
    pub pec: Option<String>,
    pub pin_state: PinState,
}

/// One entry of the back-office queue (and its detail).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConversionReview {
    pub conversion: Conversion,
    pub citizen: ReviewCitizen,
    pub decided_by: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RejectConversion {
    pub reason: String,
}

pub const MSG_REASON: &str = "Indicare il motivo del rifiuto (almeno 5 caratteri)";

/// `POST /api/v1/dispositivo/conversion`: the identity document step.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ConversionRequest {
    pub document: IdentityDocument,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2020, 4, 1).unwrap()
    }

    fn doc(t: &str, n: &str) -> IdentityDocument {
        IdentityDocument {
            doc_type: t.into(),
            number: n.into(),
            issuer: "Comune di Roma".into(),
            issued_on: "2015-06-10".into(),
            expires_on: "2025-06-10".into(),
        }
    }

    fn fields(e: &[FieldError]) -> Vec<&str> {
        e.iter().map(|f| f.field.as_str()).collect()
    }

    #[test]
    fn document_number_formats_per_type() {
        for (t, good, bad) in [
            ("carta_identita", "AA1234567", "CA12345AB"),
            ("carta_identita_elettronica", "ca 12345 ab", "AA1234567"),
            ("passaporto", "YA1234567", "YA123456"),
            ("patente", "U12345678Z", "U123456789"),
        ] {
            assert!(
                validate_document(&doc(t, good), today()).is_empty(),
                "{t} {good}"
            );
            let e = validate_document(&doc(t, bad), today());
            assert_eq!(fields(&e), ["document.number"], "{t} {bad}");
            assert!(e[0].message.contains("ad es."), "{}", e[0].message);
        }
    }

    #[test]
    fn document_must_be_valid_today() {
        let mut d = doc("passaporto", "YA1234567");
        d.expires_on = "2020-03-31".into();
        assert_eq!(validate_document(&d, today())[0].code, "DOCUMENT_EXPIRED");
        d.expires_on = "2020-04-01".into(); // still valid on its last day
        assert!(validate_document(&d, today()).is_empty());
        d.issued_on = "2020-04-02".into();
        let e = validate_document(&d, today());
        assert!(e.iter().any(|f| f.code == "DATE_FUTURE"));
        let empty = validate_document(&IdentityDocument::default(), today());
        assert_eq!(
            fields(&empty),
            [
                "document.type",
                "document.number",
                "document.issuer",
                "document.issued_on",
                "document.expires_on"
            ]
        );
    }

    #[test]
    fn iban_check_digits() {
        assert!(is_italian_iban("IT60X0542811101000000123456"));
        assert!(is_italian_iban("it60 x054 2811 1010 0000 0123 456"));
        assert!(!is_italian_iban("IT61X0542811101000000123456"));
        assert!(!is_italian_iban("DE89370400440532013000"));
    }

    #[test]
    fn application_rules() {
        let mut data = BTreeMap::new();
        data.insert("category".into(), "autonomi".into());
        data.insert("iban".into(), "IT60X0542811101000000123456".into());
        assert!(
            validate_application(ApplicationKind::IndennitaCovid600, &data, today()).is_empty()
        );
        let e = validate_application(ApplicationKind::Naspi, &data, today());
        assert_eq!(fields(&e), ["data.last_employer", "data.termination_date"]);
        data.insert("termination_date".into(), "2020-05-01".into());
        data.insert("last_employer".into(), "Rossi srl".into());
        let e = validate_application(ApplicationKind::Naspi, &data, today());
        assert_eq!(e[0].code, "DATE_FUTURE");
    }

    #[test]
    fn what_levels_open() {
        use ApplicationKind::*;
        assert_eq!(IndennitaCovid600.min_level(), Level::L0);
        assert!(IndennitaCovid600.protocolled_at(Level::L0));
        assert!(!Naspi.protocolled_at(Level::L1));
        assert!(Naspi.protocolled_at(Level::L2));
        assert_eq!(Naspi.min_level(), Level::L1);
        assert_eq!(ApplicationKind::parse("bonus_bebe"), Some(BonusBebe));
        assert!(way_up(Level::L1).unwrap().contains("dispositivo"));
    }
}
