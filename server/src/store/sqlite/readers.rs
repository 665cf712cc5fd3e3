//! The reads every logged-in request makes (the session, with its
//! credential), done synchronously on the request's own thread with
//! `rusqlite` on connections of their own, instead of on sqlx's pool.
//!
//! Why: sqlx runs each SQLite connection on a worker thread of its own, so
//! a query there costs the request thread a round trip to that thread (a
//! wake-up and a context switch each way, and the `ping` sqlx sends when a
//! pooled connection goes back); `perf` counted 3.3 context switches per
//! `GET /me` against 0.09 per `GET /sim/clock`, and they were most of its
//! CPU time. The statement itself, a primary-key look-up in pages already
//! in SQLite's page cache or the OS's, takes microseconds: less than the
//! hand-over it replaces.
//!
//! Why doing it on an async worker thread is acceptable: under WAL a reader
//! never waits for the writer (it reads the last committed snapshot while
//! a write transaction is open), so the statement does not block on
//! another request. The one wait left is SQLite's lock on the WAL index in
//! rare moments (a connection recovering the WAL after a crash): these
//! connections have no busy timeout, so SQLite answers `SQLITE_BUSY` at
//! once instead of sleeping on the request thread, and the read is made
//! again on sqlx's pool, whose connections wait up to the store's busy
//! timeout on their own threads. Any other SQLite error (I/O, a vanished
//! file) does the same and also drops that connection, so the next read
//! opens a fresh one; if the pool's read fails too, its error is the
//! answer, [`StoreError::Database`] as before (a 500 in the error shape of
//! API.md). A row whose values do not decode is [`StoreError::Corrupt`]
//! (the pool would decode the same row no better).
//!
//! Nothing is cached: every read is a statement on the database file (its
//! prepared form is kept per connection), so it sees every commit before
//! it, this process's or another's. Connections are read-only and opened on
//! first use, at most one per core (tokio's worker threads: a read holds
//! one only while it runs, without awaiting); when all are in use the read
//! goes to the pool. Only for the main database: a world's database closes
//! its idle connections, and an in-memory database is one per connection,
//! so those read on the pool.
//!
//! Both kinds of row decode through [`Columns`], so each table's decoder
//! (and its column list) is written once for both.

use std::cell::Cell;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, TryLockError};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};
use sqlx::sqlite::SqliteRow;
use sqlx::{Row, Sqlite, SqlitePool};

use crate::store::{StoreError, StoreResult};

/// A column value both row kinds decode alike: sqlx's checks (a `TEXT`
/// column into `String`, `INTEGER` into `i64`, `NULL` only into `Option`)
/// are rusqlite's too.
pub(super) trait Value:
    for<'r> sqlx::Decode<'r, Sqlite> + sqlx::Type<Sqlite> + rusqlite::types::FromSql
{
}

impl<T> Value for T where
    T: for<'r> sqlx::Decode<'r, Sqlite> + sqlx::Type<Sqlite> + rusqlite::types::FromSql
{
}

/// A row whose columns are read by name: an sqlx row of the pool or a
/// rusqlite row of a reader connection.
pub(super) trait Columns {
    fn col<T: Value>(&self, name: &str) -> StoreResult<T>;
}

impl Columns for SqliteRow {
    fn col<T: Value>(&self, name: &str) -> StoreResult<T> {
        Ok(self.try_get(name)?)
    }
}

/// A record decoded from a row of either kind (sessions, with or without
/// their credential).
pub(super) trait FromColumns: Sized {
    fn from_columns(row: &impl Columns) -> StoreResult<Self>;
}

/// A rusqlite row read by name. The decoders read the columns in the order
/// they are selected, so the search starts after the last one found: one
/// comparison per column instead of a scan of the list (rusqlite's own
/// look-up by name).
struct SyncRow<'a, 's> {
    row: &'a rusqlite::Row<'s>,
    /// The statement's column names ([`Reader::columns`]).
    names: &'a [Box<str>],
    next: Cell<usize>,
}

impl Columns for SyncRow<'_, '_> {
    fn col<T: Value>(&self, name: &str) -> StoreResult<T> {
        let n = self.names.len();
        let start = self.next.get();
        let i = (0..n)
            .map(|k| (start + k) % n)
            .find(|&i| &*self.names[i] == name)
            .ok_or_else(|| StoreError::Corrupt(format!("no column {name}")))?;
        self.next.set(i + 1);
        self.row
            .get(i)
            .map_err(|e| StoreError::Corrupt(format!("column {name}: {e}")))
    }
}

/// A reader connection, with the column names of each statement it runs.
struct Reader {
    conn: Connection,
    /// Each statement's column names (by its text), read once: asking
    /// SQLite for a column's name (with a UTF-8 check) at every look-up of
    /// every row was about 5 % of the CPU time of `GET /me`.
    columns: Vec<(String, Box<[Box<str>]>)>,
}

pub(super) struct Readers {
    /// The database file; `None`: no readers of its own, every read goes to
    /// the pool.
    path: Option<PathBuf>,
    slots: Box<[Mutex<Option<Reader>>]>,
    next: AtomicUsize,
}

impl Readers {
    pub(super) fn new(path: Option<PathBuf>) -> Self {
        let n = std::thread::available_parallelism().map_or(2, |n| n.get().clamp(2, 16));
        Self {
            path,
            slots: (0..n).map(|_| Mutex::new(None)).collect(),
            next: AtomicUsize::new(0),
        }
    }

    /// At most one row of `sql` (one `?`, bound to `key`), decoded as `T`:
    /// on a reader connection, else on the pool.
    pub(super) async fn one<T: FromColumns>(
        &self,
        pool: &SqlitePool,
        sql: &'static str,
        key: &str,
    ) -> StoreResult<Option<T>> {
        if let Some(answer) = self.one_here::<T>(sql, key) {
            return answer;
        }
        sqlx::query(sql)
            .bind(key)
            .fetch_optional(pool)
            .await?
            .as_ref()
            .map(T::from_columns)
            .transpose()
    }

    /// The read on a free reader connection (opened if needed); `None`
    /// when there is none or SQLite failed (then the pool reads).
    fn one_here<T: FromColumns>(&self, sql: &str, key: &str) -> Option<StoreResult<Option<T>>> {
        let path = self.path.as_ref()?;
        let mut slot = self.free_slot()?;
        if slot.is_none() {
            match open(path) {
                Ok(conn) => {
                    *slot = Some(Reader {
                        conn,
                        columns: Vec::new(),
                    })
                }
                Err(e) => {
                    tracing::warn!(error = %e, "session reader: open failed, reading on the pool");
                    return None;
                }
            }
        }
        let reader = slot.as_mut().expect("opened above");
        match read(reader, sql, key) {
            Ok(answer) => Some(answer),
            Err(e) if is_busy(&e) => {
                tracing::debug!(error = %e, "session reader: busy, reading on the pool");
                None
            }
            Err(e) => {
                tracing::warn!(error = %e, "session reader failed, reading on the pool");
                *slot = None;
                None
            }
        }
    }

    /// A reader slot no other thread holds, starting at the next in turn.
    fn free_slot(&self) -> Option<MutexGuard<'_, Option<Reader>>> {
        let start = self.next.fetch_add(1, Ordering::Relaxed);
        let n = self.slots.len();
        (0..n).find_map(|k| {
            let mutex = &self.slots[(start + k) % n];
            match mutex.try_lock() {
                Ok(guard) => Some(guard),
                Err(TryLockError::WouldBlock) => None,
                // A panic while reading: the connection may be mid-statement,
                // so it is replaced.
                Err(TryLockError::Poisoned(p)) => {
                    let mut guard = p.into_inner();
                    *guard = None;
                    mutex.clear_poison();
                    Some(guard)
                }
            }
        })
    }
}

/// A read-only connection to the file sqlx created and migrated (so already
/// in WAL mode, which is persistent). No busy timeout: see the module doc.
fn open(path: &std::path::Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(Duration::ZERO)?;
    Ok(conn)
}

/// One statement: the outer error is SQLite's (the caller reads on the
/// pool instead), the inner the decoding's.
fn read<T: FromColumns>(
    reader: &mut Reader,
    sql: &str,
    key: &str,
) -> rusqlite::Result<StoreResult<Option<T>>> {
    let Reader { conn, columns } = reader;
    let mut stmt = conn.prepare_cached(sql)?;
    let names = match columns.iter().position(|(s, _)| s == sql) {
        Some(i) => &columns[i].1,
        None => {
            let names = stmt.column_names().into_iter().map(Box::from).collect();
            columns.push((sql.to_owned(), names));
            &columns[columns.len() - 1].1
        }
    };
    let mut rows = stmt.query([key])?;
    let first = rows.next()?;
    let answer = match first {
        None => Ok(None),
        Some(row) => T::from_columns(&SyncRow {
            row,
            names,
            next: Cell::new(0),
        })
        .map(Some),
    };
    Ok(answer)
}

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Utc};
    use domain::api::Level;

    use super::super::sessions::SESSION_BY_ID;
    use super::super::SqliteStore;
    use super::Readers;
    use crate::store::{Session, SessionStage, SessionStore};

    fn at(ms: i64) -> DateTime<Utc> {
        DateTime::from_timestamp_millis(ms).expect("instant")
    }

    fn session(id: &str) -> Session {
        Session {
            id: id.into(),
            credential_id: "cred_1".into(),
            codice_fiscale: "RSSMRA80A01H501U".into(),
            level: Level::L1,
            stage: SessionStage::FirstAccess,
            created_at: at(1_585_735_200_000),
            last_seen_at: at(1_585_735_200_000),
        }
    }

    async fn store(path: &std::path::Path) -> SqliteStore {
        SqliteStore::connect(path.to_str().expect("utf-8 temp path"))
            .await
            .expect("connect and migrate")
    }

    /// What another process (here another pool on the file) commits is read
    /// at once on the request thread, on a reader already open and with its
    /// statement prepared: nothing is kept between reads.
    #[tokio::test]
    async fn a_reader_sees_each_commit_of_another_handle_at_once() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("store.db");
        let (ours, theirs) = (store(&path).await, store(&path).await);
        let read = || {
            ours.readers
                .one_here::<Session>(SESSION_BY_ID, "s1")
                .expect("read on a reader connection, not the pool")
                .expect("no error")
        };
        assert!(read().is_none());

        theirs.create_session(&session("s1")).await.unwrap();
        let got = read().expect("s1 once committed");
        assert_eq!(format!("{got:?}"), format!("{:?}", session("s1")));

        theirs
            .touch_session("s1", at(1_585_735_290_000))
            .await
            .unwrap();
        theirs
            .set_session_stage("s1", SessionStage::Active)
            .await
            .unwrap();
        let got = read().expect("s1");
        assert_eq!(
            (got.last_seen_at, got.stage),
            (at(1_585_735_290_000), SessionStage::Active)
        );

        theirs.delete_session("s1").await.unwrap();
        assert!(read().is_none(), "a deleted session is gone at once");
    }

    /// A reader SQLite cannot serve (here a file that is not a database)
    /// leaves the read to the pool: the answer is the same, not an error.
    #[tokio::test]
    async fn a_failing_reader_leaves_the_read_to_the_pool() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("store.db");
        let s = store(&path).await;
        s.create_session(&session("s1")).await.unwrap();
        let garbage = dir.path().join("not-a-database");
        std::fs::write(&garbage, vec![b'x'; 4096]).unwrap();
        for file in [garbage, dir.path().join("missing.db")] {
            let readers = Readers::new(Some(file));
            assert!(readers.one_here::<Session>(SESSION_BY_ID, "s1").is_none());
            let got = readers
                .one::<Session>(&s.pool, SESSION_BY_ID, "s1")
                .await
                .expect("read on the pool")
                .expect("s1");
            assert_eq!(format!("{got:?}"), format!("{:?}", session("s1")));
        }
    }
}
