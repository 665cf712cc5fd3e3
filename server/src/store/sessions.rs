//! Citizens' server-side sessions (the cookie carries only their id).

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use domain::api::Level;

use super::{Credential, StoreResult};

/// The `sessions` columns as a plain `SELECT *` names them.
pub(super) const SESSION_NAMES: [&str; 7] = [
    "id",
    "credential_id",
    "codice_fiscale",
    "level",
    "stage",
    "created_at",
    "last_seen_at",
];

/// The same columns in [`session_with_credential_sql`], where the
/// credential's own `id`, `codice_fiscale` and `created_at` keep their names.
pub(super) const JOINED_SESSION_NAMES: [&str; 7] = [
    "s_id",
    "s_credential_id",
    "s_codice_fiscale",
    "s_level",
    "s_stage",
    "s_created_at",
    "s_last_seen_at",
];

/// The session by id (bound at `placeholder`) with its credential's
/// `credential_columns` (as each database's `credential_from` reads them),
/// in one statement: one round trip instead of two on every citizen
/// request. One text for both databases, which differ in the placeholder.
pub(super) fn session_with_credential_sql(credential_columns: &str, placeholder: &str) -> String {
    let credential: Vec<String> = credential_columns
        .split(',')
        .map(|c| format!("c.{}", c.trim()))
        .collect();
    let session: Vec<String> = SESSION_NAMES
        .iter()
        .zip(JOINED_SESSION_NAMES)
        .map(|(c, alias)| format!("s.{c} AS {alias}"))
        .collect();
    format!(
        "SELECT {}, {} FROM sessions s LEFT JOIN credentials c ON c.id = s.credential_id \
         WHERE s.id = {placeholder}",
        session.join(", "),
        credential.join(", ")
    )
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

#[async_trait]
pub trait SessionStore: Send + Sync {
    async fn create_session(&self, s: &Session) -> StoreResult<()>;
    async fn session(&self, id: &str) -> StoreResult<Option<Session>>;
    /// The session `id` with its credential, in one read (one joined
    /// `SELECT`): what every request of a logged-in citizen needs (`GET
    /// /me`, `auth::Citizen`). The credential is `None` if its row is gone.
    async fn session_with_credential(
        &self,
        id: &str,
    ) -> StoreResult<Option<(Session, Option<Credential>)>>;
    async fn touch_session(&self, id: &str, now: DateTime<Utc>) -> StoreResult<()>;
    async fn set_session_stage(&self, id: &str, stage: SessionStage) -> StoreResult<()>;
    async fn delete_session(&self, id: &str) -> StoreResult<()>;
    /// Ends every session of a credential (revoke, restore).
    async fn delete_sessions_of(&self, credential_id: &str) -> StoreResult<()>;
}
