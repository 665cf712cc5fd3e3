//! Persistence behind a trait, so the procedures do not depend on SQLite and
//! a PostgreSQL implementation can be added later. Rows here are the server's
//! own records; API shapes live in `domain::api`.

pub mod dispositivo;
pub mod sqlite;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use domain::api::{Channel, Citizen, Level, Message, PinState, Role};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A uniqueness rule was hit (e.g. a second live PIN for one CF).
    #[error("conflict")]
    Conflict,
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("corrupt row: {0}")]
    Corrupt(String),
}

pub type StoreResult<T> = Result<T, StoreError>;

/// A PIN credential as stored: lifecycle state, hashes, lockout counters.
#[derive(Debug, Clone)]
pub struct Credential {
    pub id: String,
    pub codice_fiscale: String,
    pub request_id: Option<String>,
    pub state: PinState,
    pub role: Role,
    pub surname: String,
    pub name: String,
    pub home_phone: Option<String>,
    pub mobile: Option<String>,
    pub email: Option<String>,
    pub pec: Option<String>,
    /// Hash of the 16-character initial PIN; cleared at first access.
    pub initial_hash: Option<String>,
    /// Hash of half 1 alone (the L0 "prima parte" access); cleared with it.
    pub half1_hash: Option<String>,
    /// Hash of the current 8-character PIN, once there is one.
    pub pin_hash: Option<String>,
    pub pin_changed_at: Option<DateTime<Utc>>,
    pub failed_attempts: u32,
    pub locked_until: Option<DateTime<Utc>>,
    /// Onboarding steps after first access (SPEC §4.3).
    pub contacts_verified: bool,
    pub privacy_accepted: bool,
    /// Filed without verified contacts (by phone): "Attiva PIN" first.
    pub activation_required: bool,
    /// Version of the privacy notice last accepted (0: never).
    pub privacy_version: i64,
    /// Last correct login; `None`: the PIN was never used.
    pub last_login_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

impl Credential {
    /// A PIN "used at least once" (Ripristina applies only to these): its
    /// first access is done, so the citizen has chosen or received an
    /// 8-character PIN.
    pub fn used_once(&self) -> bool {
        self.pin_hash.is_some() || self.last_login_at.is_some()
    }
}

/// What a one-time code is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodePurpose {
    /// Verify a contact after first access (target: `mobile|email|pec`).
    VerifyContact,
    Restore,
    Revoke,
    Activate,
}

impl CodePurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            CodePurpose::VerifyContact => "verify_contact",
            CodePurpose::Restore => "restore",
            CodePurpose::Revoke => "revoke",
            CodePurpose::Activate => "activate",
        }
    }
}

/// A one-time code to store (hash only).
#[derive(Debug, Clone)]
pub struct NewCode {
    pub id: String,
    pub credential_id: String,
    pub purpose: CodePurpose,
    pub target: String,
    pub code_hash: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub payload: Option<String>,
}

/// A stored code still usable (unused, unexpired, not burnt).
#[derive(Debug, Clone)]
pub struct CodeRow {
    pub id: String,
    pub target: String,
    pub code_hash: String,
    pub failed_attempts: u32,
    pub payload: Option<String>,
}

/// One line of "Le tue attività".
#[derive(Debug, Clone)]
pub struct CredentialEvent {
    pub credential_id: String,
    pub codice_fiscale: String,
    /// e.g. `pin_changed`, `pin_locked` (see `routes::activity`).
    pub kind: String,
    pub channel: Option<Channel>,
    /// Masked recipient of the notice.
    pub recipient: Option<String>,
    pub at: DateTime<Utc>,
}

/// Contacts as registered on a credential.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoredContacts {
    pub home_phone: Option<String>,
    pub mobile: Option<String>,
    pub email: Option<String>,
    pub pec: Option<String>,
}

/// A message the delivery simulator will show.
#[derive(Debug, Clone)]
pub struct NewMessage {
    pub id: String,
    pub channel: Channel,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub secret: Option<String>,
    pub sent_at: DateTime<Utc>,
    /// Delivered at once (SMS, e-mail, PEC).
    pub delivered_at: Option<DateTime<Utc>>,
    /// Delivered when the clock reaches it (post).
    pub due_at: Option<DateTime<Utc>>,
    /// Written but not dispatched (half 2 waiting for residence verification).
    pub held: bool,
    pub request_id: Option<String>,
}

/// Everything one accepted PIN request writes, stored atomically.
#[derive(Debug, Clone)]
pub struct NewPinRequest {
    pub request_id: String,
    pub status: String,
    pub request_json: String,
    pub credential: Credential,
    pub messages: Vec<NewMessage>,
}

/// Where a login is in the flow; decides what the session may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionStage {
    /// Logged in with the 16-character PIN: only first access is allowed.
    FirstAccess,
    /// Correct but expired PIN: only the change is allowed.
    Expired,
    /// Normal session (level says what it opens).
    Active,
}

impl SessionStage {
    pub fn as_str(self) -> &'static str {
        match self {
            SessionStage::FirstAccess => "first_access",
            SessionStage::Expired => "expired",
            SessionStage::Active => "active",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "first_access" => SessionStage::FirstAccess,
            "expired" => SessionStage::Expired,
            "active" => SessionStage::Active,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone)]
pub struct Session {
    pub id: String,
    pub credential_id: String,
    pub codice_fiscale: String,
    pub level: Level,
    pub stage: SessionStage,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
}

/// Outcome of reserving a login attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    /// The PIN may be checked; the attempt is already counted as a failure
    /// and is forgiven by `reset_lockout` if the PIN turns out right.
    /// `blocks`: this attempt, if wrong, starts a block (notice to send).
    Allowed { blocks: bool },
    /// Blocked: refused without counting.
    Locked { retry_after_seconds: i64 },
}

#[async_trait]
pub trait Store: Send + Sync + 'static {
    // ----- simulation settings
    async fn clock_offset(&self) -> StoreResult<Option<i64>>;
    async fn save_clock_offset(&self, offset_ms: i64) -> StoreResult<()>;

    // ----- registry
    async fn count_citizens(&self) -> StoreResult<i64>;
    /// `Conflict` if the codice fiscale is already in the registry.
    async fn insert_citizen(&self, c: &Citizen, now: DateTime<Utc>) -> StoreResult<()>;
    async fn citizen(&self, codice_fiscale: &str) -> StoreResult<Option<Citizen>>;
    async fn citizens(&self, limit: i64) -> StoreResult<Vec<Citizen>>;

    // ----- PIN request
    /// The non-revoked credential of a codice fiscale, if any.
    async fn live_credential(&self, codice_fiscale: &str) -> StoreResult<Option<Credential>>;
    /// The most recently revoked credential (to answer `PIN_REVOKED`).
    async fn last_revoked_credential(
        &self,
        codice_fiscale: &str,
    ) -> StoreResult<Option<Credential>>;
    async fn credential(&self, id: &str) -> StoreResult<Option<Credential>>;
    /// `Conflict` if the CF already holds a live credential.
    async fn create_pin_request(&self, req: NewPinRequest) -> StoreResult<()>;

    // ----- delivery simulator
    async fn insert_message(&self, m: NewMessage) -> StoreResult<()>;
    /// Newest first; `recipient_key` as made by `sim::deliveries::recipient_key`.
    async fn messages(
        &self,
        recipient_key: Option<&str>,
        now: DateTime<Utc>,
    ) -> StoreResult<Vec<Message>>;

    // ----- login and PIN
    /// Atomically: refuse if blocked, otherwise count one failed attempt
    /// (blocking at the 10th) before the PIN is checked, so concurrent wrong
    /// attempts can never check more than the allowed number.
    async fn reserve_attempt(
        &self,
        credential_id: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Attempt>;
    /// After a correct PIN: count and block cleared.
    async fn reset_lockout(&self, credential_id: &str) -> StoreResult<()>;
    /// A correct login: count and block cleared, `last_login_at` set.
    async fn record_login(&self, credential_id: &str, now: DateTime<Utc>) -> StoreResult<()>;
    /// First access: the initial PIN (and half 1) stop working, `pin_hash`
    /// becomes the PIN, state `active`. `false` if already done.
    async fn complete_first_access(
        &self,
        credential_id: &str,
        pin_hash: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<bool>;
    async fn change_pin(
        &self,
        credential_id: &str,
        pin_hash: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<()>;
    /// Hashes of the last `n` PINs, newest first.
    async fn pin_history(&self, credential_id: &str, n: i64) -> StoreResult<Vec<String>>;

    // ----- sessions
    async fn create_session(&self, s: &Session) -> StoreResult<()>;
    async fn session(&self, id: &str) -> StoreResult<Option<Session>>;
    async fn touch_session(&self, id: &str, now: DateTime<Utc>) -> StoreResult<()>;
    async fn set_session_stage(&self, id: &str, stage: SessionStage) -> StoreResult<()>;
    async fn delete_session(&self, id: &str) -> StoreResult<()>;
    /// Ends every session of a credential (revoke, restore).
    async fn delete_sessions_of(&self, credential_id: &str) -> StoreResult<()>;

    // ----- one-time codes
    /// Stores a code; earlier live codes of the same credential, purpose and
    /// target stop working (only the newest one counts).
    async fn insert_code(&self, c: NewCode) -> StoreResult<()>;
    /// Live codes (unused, unexpired) of a credential and purpose, newest first.
    async fn live_codes(
        &self,
        credential_id: &str,
        purpose: CodePurpose,
        now: DateTime<Utc>,
    ) -> StoreResult<Vec<CodeRow>>;
    /// One wrong try; at `max` wrong tries the code is burnt.
    async fn code_failed(&self, code_id: &str, max: u32, now: DateTime<Utc>) -> StoreResult<()>;
    /// Marks the code used; `false` if it was already (single use under races).
    async fn consume_code(&self, code_id: &str, now: DateTime<Utc>) -> StoreResult<bool>;

    // ----- lifecycle
    async fn set_contacts_verified(&self, credential_id: &str, verified: bool) -> StoreResult<()>;
    async fn set_privacy_version(&self, credential_id: &str, version: i64) -> StoreResult<()>;
    /// New contacts (contacts change, activation); `verified` as given.
    async fn update_contacts(
        &self,
        credential_id: &str,
        contacts: &StoredContacts,
        verified: bool,
        now: DateTime<Utc>,
    ) -> StoreResult<()>;
    /// Activation done: contacts registered and verified, PIN usable.
    async fn activate(
        &self,
        credential_id: &str,
        contacts: &StoredContacts,
        now: DateTime<Utc>,
    ) -> StoreResult<()>;
    /// Restore: a new 16-character initial PIN replaces the current one
    /// (first-access change again); lockout cleared; every session ended.
    async fn restore_pin(
        &self,
        credential_id: &str,
        initial_hash: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<()>;
    /// Revoke: the PIN is annulled and its sessions end. `false` if it was
    /// already revoked.
    async fn revoke(&self, credential_id: &str, now: DateTime<Utc>) -> StoreResult<bool>;

    // ----- activity
    async fn add_event(&self, e: &CredentialEvent) -> StoreResult<()>;
    /// Newest first.
    async fn events(&self, codice_fiscale: &str, limit: i64) -> StoreResult<Vec<CredentialEvent>>;

    // ----- settings
    async fn setting(&self, key: &str) -> StoreResult<Option<String>>;
    async fn save_setting(&self, key: &str, value: &str) -> StoreResult<()>;
}
