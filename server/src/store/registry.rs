//! The synthetic INPS registry ("archivi INPS") the requests are checked
//! against.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use domain::api::Citizen;

use super::StoreResult;

#[async_trait]
pub trait RegistryStore: Send + Sync {
    async fn count_citizens(&self) -> StoreResult<i64>;
    /// `Conflict` if the codice fiscale is already in the registry.
    async fn insert_citizen(&self, c: &Citizen, now: DateTime<Utc>) -> StoreResult<()>;
    async fn citizen(&self, codice_fiscale: &str) -> StoreResult<Option<Citizen>>;
    /// The first `limit` citizens in insertion order (the seeded Mario Rossi
    /// first).
    async fn citizens(&self, limit: i64) -> StoreResult<Vec<Citizen>>;
    /// Bulk load (`server seed`): the citizens in one transaction, with
    /// multi-row inserts; a codice fiscale already in the registry is
    /// skipped. Returns how many were inserted.
    async fn insert_citizens(&self, batch: &[Citizen], now: DateTime<Utc>) -> StoreResult<u64>;
}
