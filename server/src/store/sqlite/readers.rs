//! Connections of their own for the reads every logged-in request makes
//! (the session, with its credential): a query on a connection taken from
//! sqlx's pool costs two trips to that connection's worker thread, the
//! query's and the `ping` sqlx sends when the connection goes back to the
//! pool (and a task spawned to send it). On a connection held here only
//! the query's trip is left. Nothing is cached: every read is a statement
//! on the database file, so it sees every commit before it, this
//! process's or another's.
//!
//! Opened on first use, at most [`READERS`]; when all are busy a read
//! waits for the pool like any other. Only for the main database: a
//! world's database closes its idle connections, and an in-memory
//! database is one per connection.

use std::sync::atomic::{AtomicUsize, Ordering};

use sqlx::sqlite::{SqliteConnectOptions, SqliteRow};
use sqlx::{ConnectOptions, SqliteConnection, SqlitePool};
use tokio::sync::Mutex;

use super::SqliteQuery;
use crate::store::StoreResult;

/// How many reader connections at most.
const READERS: usize = 2;

pub(super) struct Readers {
    /// `None`: no readers of our own, every read goes to the pool.
    options: Option<SqliteConnectOptions>,
    slots: [Mutex<Option<SqliteConnection>>; READERS],
    next: AtomicUsize,
}

impl Readers {
    pub(super) fn new(options: Option<SqliteConnectOptions>) -> Self {
        Self {
            options,
            slots: std::array::from_fn(|_| Mutex::new(None)),
            next: AtomicUsize::new(0),
        }
    }

    /// At most one row of `q`, on a free reader connection (opened if
    /// needed), else on the pool.
    pub(super) async fn fetch_optional(
        &self,
        pool: &SqlitePool,
        q: SqliteQuery<'_>,
    ) -> StoreResult<Option<SqliteRow>> {
        let Some(options) = &self.options else {
            return Ok(q.fetch_optional(pool).await?);
        };
        let start = self.next.fetch_add(1, Ordering::Relaxed);
        let free = (0..READERS).find_map(|i| self.slots[(start + i) % READERS].try_lock().ok());
        let Some(mut slot) = free else {
            return Ok(q.fetch_optional(pool).await?);
        };
        if slot.is_none() {
            *slot = Some(options.connect().await?);
        }
        let conn = slot.as_mut().expect("opened above");
        match q.fetch_optional(&mut *conn).await {
            Ok(row) => Ok(row),
            Err(e) => {
                // Whatever went wrong, the next read opens a fresh one.
                *slot = None;
                Err(e.into())
            }
        }
    }
}
