//! Back-office operators, their lockout and their sessions (separate from
//! the citizens').

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::credentials::LoginCommit;
use super::{Attempt, StoreResult};

#[derive(Debug, Clone)]
pub struct OperatorRow {
    pub id: String,
    pub username: String,
    pub display_name: String,
    pub role: String,
    pub password_hash: String,
    /// One of the simulation's seeded accounts (public password): refused
    /// outside simulation mode.
    pub seeded: bool,
    /// The login lockout as read with the row (ignored by `insert_operator`).
    pub lockout: domain::pin::Lockout,
}

/// A correct operator password, written by
/// [`OperatorStore::commit_operator_login`].
#[derive(Debug, Clone)]
pub struct NewOperatorLogin {
    pub operator_id: String,
    /// The hash the password was verified against: a password changed
    /// meanwhile makes the login stale.
    pub verified_hash: String,
    /// Key of the new session.
    pub session_id: String,
    /// Key of the session this browser had (ended by the login).
    pub replaces: Option<String>,
    pub now: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub struct OperatorSession {
    pub id: String,
    pub operator: OperatorRow,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
}

#[async_trait]
pub trait OperatorStore: Send + Sync {
    async fn count_operators(&self) -> StoreResult<i64>;
    /// A username already taken is left as it is (seeding is idempotent).
    async fn insert_operator(&self, op: &OperatorRow, now: DateTime<Utc>) -> StoreResult<()>;
    async fn operator_by_username(&self, username: &str) -> StoreResult<Option<OperatorRow>>;
    /// Sets a new password hash (CLI `server operator set-password`), no
    /// longer a seeded account, and lifts any lockout; false when there is
    /// no such operator.
    async fn set_operator_password(&self, username: &str, password_hash: &str)
        -> StoreResult<bool>;
    /// Counts one wrong operator password against the lockout, as
    /// [`super::CredentialStore::reserve_attempt`] does for citizens' wrong
    /// PINs (a correct password never counts).
    async fn reserve_operator_attempt(
        &self,
        operator_id: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Attempt>;
    async fn reset_operator_lockout(&self, operator_id: &str) -> StoreResult<()>;
    /// A correct password, in one transaction: count and block cleared,
    /// session created, the browser's old session ended — unless a block
    /// started while the password was checked ([`LoginCommit::Locked`]) or
    /// the password changed meanwhile ([`LoginCommit::Stale`]): then
    /// nothing is written.
    async fn commit_operator_login(&self, login: &NewOperatorLogin) -> StoreResult<LoginCommit>;
    async fn create_operator_session(
        &self,
        id: &str,
        operator_id: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<()>;
    async fn operator_session(&self, id: &str) -> StoreResult<Option<OperatorSession>>;
    async fn touch_operator_session(&self, id: &str, now: DateTime<Utc>) -> StoreResult<()>;
    async fn delete_operator_session(&self, id: &str) -> StoreResult<()>;
    /// Keeps a sealed envelope (replacing one of the same request) and
    /// forgets every expired one.
    async fn save_envelope(&self, e: &SealedEnvelope, now: DateTime<Utc>) -> StoreResult<()>;
    /// The envelope of `request_id` issued by the operator session
    /// `session_id`, unless expired at `now`.
    async fn envelope(
        &self,
        request_id: &str,
        session_id: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<SealedEnvelope>>;
}

/// A PIN issued at the sede waiting to be printed (`routes::sede`): the
/// PIN only encrypted (`sealed`, under a key the database never holds),
/// the envelope's other lines in clear.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedEnvelope {
    pub request_id: String,
    /// The issuing operator session (its key, as stored).
    pub session_id: String,
    pub sealed: Vec<u8>,
    pub data_json: String,
    /// Real time.
    pub expires_at: DateTime<Utc>,
}

/// One line of the operators' audit: who, when, what, on which codice
/// fiscale (never a secret).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// Operator username.
    pub operator: String,
    pub role: String,
    /// e.g. `phone_request`, `callback_outcome`, `half1_resend`.
    pub action: String,
    pub codice_fiscale: Option<String>,
    pub request_id: Option<String>,
    /// Italian summary shown in the audit page.
    pub detail: String,
    pub at: DateTime<Utc>,
}

/// A PIN request as the contact center sees it: the request, and its
/// callback if the residence did not match the registry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallbackRow {
    pub request_id: String,
    pub codice_fiscale: String,
    /// Status of the PIN request (`issued`, `awaiting_verification`,
    /// `cancelled`).
    pub request_status: String,
    pub request_json: String,
    pub created_at: DateTime<Utc>,
    /// Calls that found nobody.
    pub attempts: i64,
    /// `open`, `confirmed`, `corrected`, `cancelled`.
    pub status: String,
    pub updated_at: Option<DateTime<Utc>>,
}

/// What one call outcome writes, atomically (see
/// [`ContactCenterStore::record_callback_outcome`]).
#[derive(Debug, Clone)]
pub struct CallbackOutcome {
    pub request_id: String,
    /// The callback's new status (`open` after no answer).
    pub status: String,
    /// Attempts before this call, as read: the write applies only if
    /// nobody else recorded an outcome in between.
    pub expected_attempts: i64,
    pub attempts: i64,
    /// The PIN request's new status and (corrected residence) JSON.
    pub request_status: Option<String>,
    pub request_json: Option<String>,
    /// Drop the held letter of the request (replaced or cancelled).
    pub drop_held: bool,
    /// Mark the request's pending calls as made.
    pub calls_made: bool,
    /// `requested` → this state for the request's credential.
    pub credential_state: Option<domain::api::PinState>,
    pub messages: Vec<super::NewMessage>,
    pub audit: AuditEntry,
    pub now: DateTime<Utc>,
}

/// The contact center's records: the callback queue and the audit of every
/// operator action.
#[async_trait]
pub trait ContactCenterStore: Send + Sync {
    async fn add_audit(&self, e: &AuditEntry) -> StoreResult<()>;
    /// Newest first; only those of `codice_fiscale` when given.
    async fn audit(&self, codice_fiscale: Option<&str>, limit: i64)
        -> StoreResult<Vec<AuditEntry>>;
    /// How many times `action` was recorded for a PIN request.
    async fn count_audit(&self, request_id: &str, action: &str) -> StoreResult<i64>;
    /// Requests awaiting verification and those the contact center worked
    /// on: open ones first (oldest first), then the others (newest first).
    async fn callbacks(&self) -> StoreResult<Vec<CallbackRow>>;
    async fn callback(&self, request_id: &str) -> StoreResult<Option<CallbackRow>>;
    /// Every PIN request filed for a codice fiscale, newest first, as
    /// [`CallbackRow`]s (attempts 0 and status `none` without a callback).
    async fn requests_of(&self, codice_fiscale: &str) -> StoreResult<Vec<CallbackRow>>;
    /// The messages written for a PIN request, held ones included, oldest
    /// first.
    async fn request_messages(&self, request_id: &str) -> StoreResult<Vec<super::MessageRow>>;
    /// Applies a call outcome and its audit line in one transaction; false
    /// (nothing written) when the callback is no longer open or another
    /// outcome was recorded since it was read.
    async fn record_callback_outcome(&self, o: &CallbackOutcome) -> StoreResult<bool>;
    /// A resend of half 1 within its limit, in one transaction serialised
    /// per PIN request: the resends already recorded for the request
    /// (audit lines `half1_resend`) are counted, and only below `max` are
    /// the message, the audit line and the citizen's event written. The
    /// count before this one, or `None` (nothing written) at the limit:
    /// however many arrive together, exactly `max` are accepted.
    async fn record_half1_resend(&self, r: &Half1Resend) -> StoreResult<Option<i64>>;
}

/// What one resend of half 1 writes (see
/// [`ContactCenterStore::record_half1_resend`]).
#[derive(Debug, Clone)]
pub struct Half1Resend {
    pub request_id: String,
    pub max: i64,
    pub message: super::NewMessage,
    /// Its action is the one counted.
    pub audit: AuditEntry,
    pub event: super::CredentialEvent,
}
