//! Simulation worlds: the list of worlds (kept in the default world's
//! database) and, for any world's own database, its records as one JSON
//! document (export, import).
//!
//! A world's records are not rows tagged with a world id: each world has a
//! database of its own (an SQLite file beside the default one, or a
//! PostgreSQL schema), opened as one more `Store`. So every procedure runs
//! unchanged inside a world and no query can reach across worlds.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde_json::Value;

use super::StoreResult;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorldRow {
    /// Unguessable: whoever holds it is a member of the world.
    pub id: String,
    /// What a learner types at `/mondo/{join_code}`; replaced to revoke.
    pub join_code: String,
    pub name: String,
    /// The scenario the world was made from (and is reset to).
    pub scenario: Option<String>,
    /// The trainer's class the world belongs to, if any.
    pub class_id: Option<String>,
    /// Real time.
    pub created_at: DateTime<Utc>,
    /// Simulated seconds per real second; 1 = manual pacing.
    pub pace: i64,
    /// Real instant (ms) up to which compressed time has been applied.
    pub paced_at_ms: Option<i64>,
    /// How many times the world was reset: a process holding the world
    /// open with an older generation opens it again.
    pub generation: i64,
}

/// One table's rows, as JSON objects keyed by column.
pub type TableDump = (String, Vec<Value>);

#[async_trait]
pub trait WorldStore: Send + Sync {
    /// `StoreError::Conflict` when the id or the join code is taken.
    async fn insert_world(&self, world: &WorldRow) -> StoreResult<()>;
    async fn world(&self, id: &str) -> StoreResult<Option<WorldRow>>;
    async fn world_by_join_code(&self, join_code: &str) -> StoreResult<Option<WorldRow>>;
    /// The worlds of a class, oldest first.
    async fn worlds_of_class(&self, class_id: &str) -> StoreResult<Vec<WorldRow>>;
    /// The worlds on compressed time.
    async fn paced_worlds(&self) -> StoreResult<Vec<WorldRow>>;
    /// `false` when there is no such world (or the code is taken: Conflict).
    async fn set_join_code(&self, id: &str, join_code: &str) -> StoreResult<bool>;
    async fn set_pace(&self, id: &str, pace: i64, paced_at_ms: Option<i64>) -> StoreResult<bool>;
    /// Moves `paced_at` from `from_ms` to `to_ms` if nobody did first: the
    /// process that wins applies that stretch of compressed time, so two
    /// processes never apply it twice.
    async fn claim_pace(&self, id: &str, from_ms: i64, to_ms: i64) -> StoreResult<bool>;
    /// The world was reset: its generation moves on by one. The new
    /// generation, `None` when there is no such world.
    async fn next_generation(&self, id: &str) -> StoreResult<Option<i64>>;
    async fn delete_world(&self, id: &str) -> StoreResult<bool>;

    /// Drops this world's whole database (its file, or its schema) and
    /// closes it. Only ever called on a world's store, never the default.
    async fn destroy_world_database(&self) -> StoreResult<()>;

    /// Every record of this database (not the world list, not the
    /// migrations' bookkeeping), table by table in creation order.
    async fn export_tables(&self) -> StoreResult<Vec<TableDump>>;
    /// Replaces every record of this database with `tables` (as exported
    /// by the same kind of database, same migrations), in one transaction.
    async fn import_tables(&self, tables: &[TableDump]) -> StoreResult<()>;
}
