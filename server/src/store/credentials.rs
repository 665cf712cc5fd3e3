//! PIN credentials: the request that creates one, its lookups, its login
//! counters and PIN hashes, and the lifecycle steps that rewrite it
//! (contacts, activation, restore, revoke).

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use domain::api::{PinState, Role};

use super::{Attempt, CredentialEvent, NewMessage, Session, StoreResult};

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
    /// Onboarding steps after first access: contacts verified by code,
    /// privacy notice accepted.
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

/// Contacts as registered on a credential: the contract's own type, in the
/// form [`domain::request::normalize_contacts`] gives it.
pub type StoredContacts = domain::api::PinContacts;

/// Everything one accepted PIN request writes, stored atomically.
#[derive(Debug, Clone)]
pub struct NewPinRequest {
    pub request_id: String,
    pub status: String,
    pub request_json: String,
    pub credential: Credential,
    pub messages: Vec<NewMessage>,
}

/// What a correct PIN at login writes, in one transaction
/// ([`CredentialStore::commit_login`]).
#[derive(Debug, Clone)]
pub struct NewLogin {
    pub credential_id: String,
    /// The hash the typed PIN matched: the login stands only if the
    /// credential still holds it (no PIN change, restore or revoke since).
    pub verified_hash: String,
    pub now: DateTime<Utc>,
    /// `None`: right PIN but no session (activation still required); only
    /// the failure count is cleared, `last_login_at` is left alone.
    pub session: Option<LoginSession>,
}

/// The session a login opens and what it records.
#[derive(Debug, Clone)]
pub struct LoginSession {
    pub session: Session,
    /// The browser's previous session (by key), ended by this login.
    pub replaces: Option<String>,
    /// The "Le tue attività" line of the login.
    pub event: CredentialEvent,
}

/// Outcome of [`CredentialStore::commit_login`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoginCommit {
    /// Count and block cleared, `last_login_at` set, session created.
    Committed,
    /// A block started while the PIN was being checked: nothing written.
    Locked { retry_after_seconds: i64 },
    /// The credential no longer holds the verified hash (or was revoked):
    /// nothing written.
    Stale,
}

#[async_trait]
pub trait CredentialStore: Send + Sync {
    // ----- PIN request
    /// The non-revoked credential of a codice fiscale, if any.
    async fn live_credential(&self, codice_fiscale: &str) -> StoreResult<Option<Credential>>;
    /// The most recently revoked credential (to answer `PIN_REVOKED`).
    async fn last_revoked_credential(
        &self,
        codice_fiscale: &str,
    ) -> StoreResult<Option<Credential>>;
    async fn credential(&self, id: &str) -> StoreResult<Option<Credential>>;
    /// Request, credential and messages in one transaction. `Conflict` (and
    /// nothing written) if the CF already holds a live credential.
    async fn create_pin_request(&self, req: NewPinRequest) -> StoreResult<()>;
    /// The accepted "Richiedi PIN" JSON of a credential's request, if any.
    async fn pin_request_json(&self, request_id: &str) -> StoreResult<Option<String>>;

    // ----- login and PIN
    /// Atomically: refuse if blocked, otherwise count one failed attempt
    /// (blocking at the 10th) before the PIN is checked, so concurrent wrong
    /// attempts can never check more than the allowed number.
    async fn reserve_attempt(
        &self,
        credential_id: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Attempt>;
    /// A correct PIN at login, after it was checked, in one transaction:
    /// refused if the credential is blocked now or no longer holds
    /// `verified_hash`; otherwise count and block cleared, and with a
    /// session: `last_login_at` set, the session created, the replaced one
    /// deleted and the event recorded. A correct PIN is never counted as a
    /// failed attempt; wrong ones go through [`Self::reserve_attempt`].
    async fn commit_login(&self, login: &NewLogin) -> StoreResult<LoginCommit>;
    /// After a correct PIN: count and block cleared.
    async fn reset_lockout(&self, credential_id: &str) -> StoreResult<()>;
    /// A correct login: count and block cleared, `last_login_at` set.
    async fn record_login(&self, credential_id: &str, now: DateTime<Utc>) -> StoreResult<()>;
    /// First access: the initial PIN (and half 1) stop working, `pin_hash`
    /// becomes the PIN, state `active` (a PIN dispositivo stays one).
    /// `false` if already done or revoked.
    async fn complete_first_access(
        &self,
        credential_id: &str,
        pin_hash: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<bool>;
    /// A new PIN, remembered in the history in the same transaction.
    async fn change_pin(
        &self,
        credential_id: &str,
        pin_hash: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<()>;
    /// Hashes of the last `n` PINs, newest first.
    async fn pin_history(&self, credential_id: &str, n: i64) -> StoreResult<Vec<String>>;

    // ----- lifecycle
    async fn set_contacts_verified(&self, credential_id: &str, verified: bool) -> StoreResult<()>;
    /// Records the privacy notice version accepted (and that one was).
    async fn set_privacy_version(&self, credential_id: &str, version: i64) -> StoreResult<()>;
    /// New contacts (contacts change, activation); `verified` as given.
    async fn update_contacts(
        &self,
        credential_id: &str,
        contacts: &StoredContacts,
        verified: bool,
        now: DateTime<Utc>,
    ) -> StoreResult<()>;
    /// Activation done: contacts registered and verified, PIN usable,
    /// lockout cleared.
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
    /// Revoke: the PIN is annulled, its sessions end and its live codes stop
    /// working. `false` if it was already revoked.
    async fn revoke(&self, credential_id: &str, now: DateTime<Utc>) -> StoreResult<bool>;

    // ----- login without a PIN
    /// A failed login with a codice fiscale that holds no live PIN, counted
    /// in one of 256 buckets of the code's hash (table `login_probes`: no
    /// row per code, so probing cannot grow it). One write transaction of
    /// one statement: with the look-up of the revoked PIN before it, the
    /// same round trips and commit as a wrong PIN's look-up and lockout count
    /// ([`Self::reserve_attempt`]), so the answer time does not tell which
    /// codici fiscali hold a PIN.
    async fn count_login_without_pin(
        &self,
        codice_fiscale: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<()>;

    // ----- bulk load (`server seed`)
    /// The credentials as given (no lockout counted) in one transaction,
    /// with multi-row inserts; a codice fiscale that already holds a live
    /// PIN is skipped. Returns how many were inserted.
    async fn insert_credentials(&self, batch: &[Credential]) -> StoreResult<u64>;
}
