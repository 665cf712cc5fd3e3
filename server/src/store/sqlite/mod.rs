//! SQLite implementation of the store areas (sqlx, runtime-checked queries
//! so the build never needs a `DATABASE_URL`): one file per area, the
//! connection and the helpers they share here.

mod activity;
mod classes;
mod codes;
mod credentials;
mod dispositivo;
mod messages;
mod operators;
#[cfg(test)]
mod plans;
mod readers;
mod registry;
mod sessions;
mod settings;
mod support_requests;
mod worlds;

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, Utc};
use domain::pin::Lockout;
use sqlx::sqlite::{
    SqliteArguments, SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow,
    SqliteSynchronous,
};
use sqlx::{Row, SqlSafeStr, SqlitePool};

// Private imports, visible to the area modules below as `super::…`.
use super::encode::{
    conflict_on_unique, count, enum_str, from_ms, json, ms, opt_from_ms, parse_date, parse_enum,
    to_json, LockoutTable,
};
use super::{Attempt, StoreError, StoreResult};

pub struct SqliteStore {
    pool: SqlitePool,
    /// Read-only connections of its own for the session reads, used on the
    /// request's thread (`readers.rs`).
    readers: readers::Readers,
}

impl SqliteStore {
    /// Opens (creating file and directory if needed) and migrates.
    /// Accepts `sqlite://PATH`, `sqlite:PATH`, `sqlite::memory:` or a path.
    pub async fn connect(url: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Self::connect_pooled(url, 8, None).await
    }

    /// As [`SqliteStore::connect`], with at most `max` connections, and
    /// idle ones closed after `idle` (a world's database: many are open at
    /// once and each is used by a few people).
    pub async fn connect_pooled(
        url: &str,
        max: u32,
        idle: Option<Duration>,
    ) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        let rest = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
            .unwrap_or(url);
        let path = rest.split('?').next().unwrap_or(rest);
        let options = if path == ":memory:" || path.is_empty() {
            SqliteConnectOptions::from_str("sqlite::memory:")?
        } else {
            if let Some(dir) = Path::new(path).parent() {
                if !dir.as_os_str().is_empty() {
                    std::fs::create_dir_all(dir)?;
                }
            }
            SqliteConnectOptions::new()
                .filename(path)
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                // Under WAL, NORMAL syncs at checkpoints, not at every
                // commit: a killed process loses nothing it acknowledged
                // (the WAL is in the OS's page cache); only a power cut can
                // roll back the last commits, never corrupt the file.
                .synchronous(SqliteSynchronous::Normal)
        };
        let options = options
            .busy_timeout(Duration::from_secs(30))
            .foreign_keys(true);
        // In-memory databases are per connection: keep exactly one.
        let memory = path == ":memory:" || path.is_empty();
        let reader_file = (!memory && idle.is_none()).then(|| options.get_filename().to_owned());
        let pool = SqlitePoolOptions::new()
            .max_connections(if memory { 1 } else { max })
            .min_connections(0)
            .idle_timeout(if memory { None } else { idle })
            // A local file's connection does not go stale: a ping before
            // each use (sqlx's default) would double the cost of a read.
            .test_before_acquire(false)
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        Ok(Self {
            pool,
            readers: readers::Readers::new(reader_file),
        })
    }

    /// Every transaction here writes, so each takes SQLite's write lock up
    /// front (`BEGIN IMMEDIATE`). A deferred transaction that reads first
    /// and writes later cannot upgrade its snapshot once another connection
    /// has committed in between: SQLite then answers `SQLITE_BUSY` at once,
    /// without waiting on the busy timeout ("database is locked" under
    /// concurrent requests). Waiting for the lock at `BEGIN` instead honours
    /// the timeout and serialises the writers.
    async fn write_tx(&self) -> StoreResult<sqlx::Transaction<'_, sqlx::Sqlite>> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }

    /// Counts one login attempt of a credential or an operator against the
    /// lockout of [`Lockout`]. `BEGIN IMMEDIATE` serialises read-decide-write
    /// against every other attempt, so concurrent wrong passwords are each
    /// counted exactly once.
    async fn reserve_attempt_in(
        &self,
        table: LockoutTable,
        id: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Attempt> {
        let mut tx = self.write_tx().await?;
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT failed_attempts, locked_until FROM {} WHERE id = ?",
            table.name()
        )))
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row else {
            return Err(StoreError::Corrupt(format!(
                "{} {id} vanished",
                table.name()
            )));
        };
        let current = Lockout {
            failed_attempts: count(row.try_get("failed_attempts")?),
            locked_until: opt_from_ms(row.try_get("locked_until")?)?,
        };
        if let Some(secs) = current.retry_after(now) {
            tx.rollback().await?;
            return Ok(Attempt::Locked {
                retry_after_seconds: secs,
            });
        }
        let next = current.after_failure(now);
        let blocks = next.locked_until != current.locked_until;
        let stamp = if table.has_updated_at() {
            ", updated_at = ?"
        } else {
            ""
        };
        let mut q = sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE {} SET failed_attempts = ?, locked_until = ?{stamp} WHERE id = ?",
            table.name()
        )))
        .bind(next.failed_attempts as i64)
        .bind(next.locked_until.map(ms));
        if table.has_updated_at() {
            q = q.bind(ms(now));
        }
        q.bind(id).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(Attempt::Allowed { blocks })
    }

    /// Runs one statement on the pool when only its success matters: most
    /// setters are a bound statement and nothing else, so the
    /// execute-and-discard lives in one place.
    async fn run(&self, q: SqliteQuery<'_>) -> StoreResult<()> {
        q.execute(&self.pool).await?;
        Ok(())
    }

    /// Runs one guarded write and tells whether it changed exactly one row:
    /// the conditional updates (`... AND status = 'draft'`, `used_at IS
    /// NULL`) answer "did the guard hold" this way.
    async fn changed_one(&self, q: SqliteQuery<'_>) -> StoreResult<bool> {
        Ok(q.execute(&self.pool).await?.rows_affected() == 1)
    }

    /// At most one row selected by a single text key, mapped by `map`: the
    /// lookups by id, codice fiscale or username differ only in SQL and
    /// mapper, and all must map a missing row to `None`, not an error.
    async fn one_by<T>(
        &self,
        sql: impl SqlSafeStr,
        key: &str,
        map: fn(&SqliteRow) -> StoreResult<T>,
    ) -> StoreResult<Option<T>> {
        sqlx::query(sql)
            .bind(key)
            .fetch_optional(&self.pool)
            .await?
            .as_ref()
            .map(map)
            .transpose()
    }

    /// Every row selected by `q`, mapped by `map`.
    async fn all<T>(
        &self,
        q: SqliteQuery<'_>,
        map: fn(&SqliteRow) -> StoreResult<T>,
    ) -> StoreResult<Vec<T>> {
        q.fetch_all(&self.pool).await?.iter().map(map).collect()
    }
}

/// A runtime-checked query with its arguments bound, ready to execute.
type SqliteQuery<'q> = sqlx::query::Query<'q, sqlx::Sqlite, SqliteArguments>;

#[cfg(test)]
mod tests {
    use super::SqliteStore;

    /// A fresh database per test, in a temporary file: an in-memory one is
    /// a single connection, which would hide every concurrency property the
    /// suite relies on (and the pool's `BEGIN IMMEDIATE` waits).
    async fn fresh() -> (SqliteStore, tempfile::TempDir) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("store.db");
        let store = SqliteStore::connect(path.to_str().expect("utf-8 temp path"))
            .await
            .expect("connect and migrate");
        (store, dir)
    }

    crate::store::suite::store_suite!(fresh);

    /// Two pools on one database file: what two processes on it would be.
    async fn fresh_pair() -> (SqliteStore, SqliteStore, tempfile::TempDir) {
        let (a, dir) = fresh().await;
        let path = dir.path().join("store.db");
        let b = SqliteStore::connect(path.to_str().expect("utf-8 temp path"))
            .await
            .expect("connect");
        (a, b, dir)
    }

    mod processes {
        use super::fresh_pair;
        crate::store::suite::two_handle_suite!(fresh_pair);
    }
}
