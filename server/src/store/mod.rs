//! Persistence behind a trait, so the procedures do not depend on SQLite and
//! a PostgreSQL implementation can be added later. Rows here are the server's
//! own records; API shapes live in `domain::api`.

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
    /// Onboarding steps after first access (SPEC §4.3), for a later issue.
    pub contacts_verified: bool,
    pub privacy_accepted: bool,
    pub created_at: DateTime<Utc>,
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
    Allowed,
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
}
