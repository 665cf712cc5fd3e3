//! Back-office operators, their lockout and their sessions (separate from
//! the citizens').

use async_trait::async_trait;
use chrono::{DateTime, Utc};

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
    /// Counts one operator login attempt against the lockout, as
    /// [`super::CredentialStore::reserve_attempt`] does for citizens.
    async fn reserve_operator_attempt(
        &self,
        operator_id: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Attempt>;
    async fn reset_operator_lockout(&self, operator_id: &str) -> StoreResult<()>;
    async fn create_operator_session(
        &self,
        id: &str,
        operator_id: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<()>;
    async fn operator_session(&self, id: &str) -> StoreResult<Option<OperatorSession>>;
    async fn touch_operator_session(&self, id: &str, now: DateTime<Utc>) -> StoreResult<()>;
    async fn delete_operator_session(&self, id: &str) -> StoreResult<()>;
}
