//! Citizens' server-side sessions (the cookie carries only their id).

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use domain::api::Level;

use super::{Credential, StoreResult};

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
