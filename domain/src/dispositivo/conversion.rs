//! A conversion request to PIN dispositivo as the citizen sees it: its
//! status, the two upload slots (signed MV35 module, document copy) and the
//! JSON types of `/api/v1/dispositivo/conversion`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::IdentityDocument;
use crate::upload::FileKind;

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

/// How the conversion request reached INPS: the online upload, a fax to
/// 800 803 164 (reviewed by the back office as the online ones), or the
/// desk of a sede (checked there, decided at once).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConversionChannel {
    #[default]
    Online,
    Fax,
    Sede,
}

impl ConversionChannel {
    pub fn as_str(self) -> &'static str {
        match self {
            ConversionChannel::Online => "online",
            ConversionChannel::Fax => "fax",
            ConversionChannel::Sede => "sede",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            ConversionChannel::Online,
            ConversionChannel::Fax,
            ConversionChannel::Sede,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
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
    #[serde(with = "crate::datetime::rfc3339")]
    pub uploaded_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conversion {
    pub id: String,
    pub status: ConversionStatus,
    pub status_label: String,
    /// How it was sent (absent in answers of older servers: online).
    #[serde(default)]
    pub channel: ConversionChannel,
    pub document: IdentityDocument,
    pub module_file: Option<UploadedFile>,
    pub document_file: Option<UploadedFile>,
    #[serde(with = "crate::datetime::rfc3339")]
    pub created_at: DateTime<Utc>,
    #[serde(default, with = "crate::datetime::rfc3339::option")]
    pub submitted_at: Option<DateTime<Utc>>,
    #[serde(default, with = "crate::datetime::rfc3339::option")]
    pub decided_at: Option<DateTime<Utc>>,
    pub rejection_reason: Option<String>,
}

/// `POST /api/v1/dispositivo/conversion`: the identity document step.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ConversionRequest {
    pub document: IdentityDocument,
}
