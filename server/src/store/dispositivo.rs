//! The PIN dispositivo procedures: online applications (frozen at L1,
//! protocolled at L2), preferences, and the conversion requests with their
//! files' records.

use std::collections::BTreeMap;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use domain::dispositivo::{
    ApplicationKind, ApplicationStatus, Conversion, ConversionChannel, ConversionStatus,
    IdentityDocument, Preferences, UploadSlot, UploadedFile,
};
use domain::upload::FileKind;

use super::StoreResult;

/// Sede code in protocol numbers (`INPS.0080.21/04/2020.0000012`).
pub const PROTOCOL_PREFIX: &str = "INPS.0080.";

/// The protocol number of the application numbered `seq`, protocolled at
/// `at`. The implementation only supplies the sequence (unique, assigned in
/// the protocolling transaction); the format is the same for all of them.
pub fn protocol_number(at: DateTime<Utc>, seq: i64) -> String {
    // The day of the protocol is the day in Rome, not in UTC.
    format!(
        "{PROTOCOL_PREFIX}{}.{seq:07}",
        domain::datetime::rome_date(at)
    )
}

#[derive(Debug, Clone)]
pub struct ApplicationRow {
    pub id: String,
    pub credential_id: String,
    pub codice_fiscale: String,
    pub kind: ApplicationKind,
    pub status: ApplicationStatus,
    pub data: BTreeMap<String, String>,
    pub submitted_at: DateTime<Utc>,
    pub protocolled_at: Option<DateTime<Utc>>,
    pub protocol_number: Option<String>,
}

/// One uploaded file's record; the bytes live in the uploads directory
/// under `stored_name` (random, no extension).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFile {
    pub stored_name: String,
    pub kind: FileKind,
    pub size: u64,
    pub uploaded_at: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub struct ConversionRow {
    pub id: String,
    pub credential_id: String,
    pub codice_fiscale: String,
    pub status: ConversionStatus,
    pub channel: ConversionChannel,
    pub document: IdentityDocument,
    pub module_file: Option<StoredFile>,
    pub document_file: Option<StoredFile>,
    pub created_at: DateTime<Utc>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub decided_at: Option<DateTime<Utc>>,
    pub decided_by: Option<String>,
    pub reason: Option<String>,
}

impl ConversionRow {
    pub fn file(&self, slot: UploadSlot) -> Option<&StoredFile> {
        match slot {
            UploadSlot::Module => self.module_file.as_ref(),
            UploadSlot::Document => self.document_file.as_ref(),
        }
    }

    /// The API shape. It carries no URL (the files are reached by slot under
    /// the citizen's own conversion), so it needs nothing from the routes.
    pub fn to_api(&self) -> Conversion {
        let f = |s: &Option<StoredFile>| {
            s.as_ref().map(|s| UploadedFile {
                kind: s.kind,
                content_type: s.kind.mime().into(),
                size: s.size,
                uploaded_at: s.uploaded_at,
            })
        };
        Conversion {
            id: self.id.clone(),
            status: self.status,
            status_label: self.status.label().into(),
            channel: self.channel,
            document: self.document.clone(),
            module_file: f(&self.module_file),
            document_file: f(&self.document_file),
            created_at: self.created_at,
            submitted_at: self.submitted_at,
            decided_at: self.decided_at,
            rejection_reason: self.reason.clone(),
        }
    }
}

/// What an approval changed, for the e-mail and the answer.
#[derive(Debug, Clone)]
pub struct Approval {
    /// The applications it protocolled, oldest submitted first.
    pub protocolled: Vec<ApplicationRow>,
}

#[async_trait]
pub trait DispositivoStore: Send + Sync {
    // ----- applications
    /// Inserts; a `protocolled` one gets its protocol number from its
    /// sequence. Returns the stored row.
    async fn insert_application(&self, row: ApplicationRow) -> StoreResult<ApplicationRow>;
    /// Newest first.
    async fn applications(&self, codice_fiscale: &str) -> StoreResult<Vec<ApplicationRow>>;
    async fn application(&self, id: &str) -> StoreResult<Option<ApplicationRow>>;

    // ----- preferences
    async fn preferences(&self, codice_fiscale: &str) -> StoreResult<Option<Preferences>>;
    /// Inserts or overwrites.
    async fn save_preferences(
        &self,
        codice_fiscale: &str,
        p: &Preferences,
        now: DateTime<Utc>,
    ) -> StoreResult<()>;

    // ----- conversions
    /// Most recent conversion of a credential (any status).
    async fn latest_conversion(&self, credential_id: &str) -> StoreResult<Option<ConversionRow>>;
    /// The whole row (channel, files, submission date as given). `Conflict`
    /// if the credential already has an open one (draft or in review).
    async fn insert_conversion(&self, row: &ConversionRow) -> StoreResult<()>;
    /// Only while `draft`; `false` otherwise.
    async fn update_conversion_document(
        &self,
        id: &str,
        doc: &IdentityDocument,
    ) -> StoreResult<bool>;
    /// Only while `draft`. Returns `Ok(Some(old stored name))` when replaced,
    /// `Ok(None)` when it was the first, `Err(Conflict)` if not a draft.
    async fn set_conversion_file(
        &self,
        id: &str,
        slot: UploadSlot,
        file: &StoredFile,
    ) -> StoreResult<Option<String>>;
    /// draft with both files → in_lavorazione. `false` if not possible.
    async fn submit_conversion(&self, id: &str, now: DateTime<Utc>) -> StoreResult<bool>;
    async fn conversion(&self, id: &str) -> StoreResult<Option<ConversionRow>>;
    /// Oldest submitted first; all statuses but drafts when `status` is None.
    async fn conversions(
        &self,
        status: Option<ConversionStatus>,
    ) -> StoreResult<Vec<ConversionRow>>;
    /// in_lavorazione → approved, atomically with: credential `dispositivo`,
    /// its open sessions L1 → L2, its frozen applications protocolled (their
    /// submission date kept). `None` if the conversion was not in review.
    async fn approve_conversion(
        &self,
        id: &str,
        operator: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<Approval>>;
    /// in_lavorazione → rejected with the reason. `false` if not in review.
    async fn reject_conversion(
        &self,
        id: &str,
        operator: &str,
        reason: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<bool>;
}
