//! What each PIN level opens: the level names, the 403 message of a closed
//! service, the way up the home page explains, the service list and the
//! `GET /api/v1/services` overview built from it.

use serde::{Deserialize, Serialize};

use super::Conversion;
use crate::api::{Level, PinState};

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
