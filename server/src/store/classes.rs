//! Trainer classes (`routes::trainer`): a class is a set of worlds made
//! together by a trainer (`worlds.class_id`), kept in the default world's
//! database beside the list of worlds.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreResult;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassRow {
    /// Unguessable, like a world's id.
    pub id: String,
    pub name: String,
    /// The scenarios its worlds were made from, in the trainer's order.
    pub scenarios: Vec<String>,
    /// The trainer's username.
    pub created_by: String,
    /// Real time.
    pub created_at: DateTime<Utc>,
}

#[async_trait]
pub trait ClassStore: Send + Sync {
    /// `StoreError::Conflict` when the id is taken.
    async fn insert_class(&self, class: &ClassRow) -> StoreResult<()>;
    async fn class(&self, id: &str) -> StoreResult<Option<ClassRow>>;
    /// Every class, newest first.
    async fn classes(&self) -> StoreResult<Vec<ClassRow>>;
    /// `false` when there is no such class. Its worlds are the caller's
    /// to end (each has a database of its own).
    async fn delete_class(&self, id: &str) -> StoreResult<bool>;

    /// Read on a world's own store, for the trainer's live table: the id of
    /// the newest credential, the `events` newest activity lines of the
    /// whole world and how many messages were written. Reads only.
    async fn world_activity(&self, events: i64) -> StoreResult<WorldActivity>;
}

/// What a world's learner has done so far, as its records show it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorldActivity {
    pub latest_credential: Option<String>,
    /// Newest first.
    pub events: Vec<ActivityLine>,
    pub messages: i64,
}

/// One line of a world's activity (`credential_events`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivityLine {
    pub kind: String,
    pub codice_fiscale: String,
    /// Simulated time.
    pub at: DateTime<Utc>,
}
