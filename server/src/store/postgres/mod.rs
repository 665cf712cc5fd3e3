//! PostgreSQL implementation of the store areas, for several server
//! processes on one database (sqlx, runtime-checked queries so the build
//! never needs a `DATABASE_URL`): one file per area as in `sqlite`, the
//! connection and the helpers they share here.
//!
//! Every transaction runs at READ COMMITTED, PostgreSQL's default, and is
//! exact across processes by construction: a decision taken on a row read
//! first is taken under that row's lock (`SELECT … FOR UPDATE`), and a
//! guarded change is a single `UPDATE … WHERE guard`, which PostgreSQL
//! re-checks on the newest row version after waiting for a concurrent
//! writer, so two racing writers can never both pass the guard.

mod activity;
mod classes;
mod codes;
mod credentials;
mod dispositivo;
mod messages;
mod operators;
#[cfg(all(test, feature = "postgres-tests"))]
mod plans;
mod registry;
mod sessions;
mod settings;
mod support_requests;
mod worlds;

use std::time::Duration;

use chrono::{DateTime, Utc};
use domain::pin::Lockout;
use sqlx::postgres::{PgArguments, PgPoolOptions, PgRow};
use sqlx::{Connection, PgConnection, PgPool, Row, SqlSafeStr};

// Private imports, visible to the area modules below as `super::…`.
use super::encode::{
    conflict_on_unique, count, enum_str, from_ms, json, ms, opt_from_ms, parse_date, parse_enum,
    to_json, LockoutTable,
};
use super::{Attempt, StoreError, StoreResult};

pub struct PgStore {
    pool: PgPool,
}

impl PgStore {
    /// Connects to `postgres://…` (or `postgresql://…`) and migrates
    /// (`server/migrations_pg`). Processes starting together are safe:
    /// sqlx holds an advisory lock while it migrates.
    pub async fn connect(url: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        let pool = PgPoolOptions::new()
            .max_connections(8)
            .acquire_timeout(Duration::from_secs(30))
            .connect(url)
            .await?;
        sqlx::migrate!("./migrations_pg").run(&pool).await?;
        Ok(Self { pool })
    }

    /// Takes the start-up lock of the database at `url` (a session-level
    /// advisory lock, held by a connection of its own): a process holds it
    /// from before migrating until it has seeded, so processes starting
    /// together on an empty database seed it once, one after the other,
    /// and the later ones find the rows. `None` for a database that is not
    /// PostgreSQL (SQLite has one process).
    pub async fn startup_lock(
        url: &str,
    ) -> Result<Option<StartupLock>, Box<dyn std::error::Error + Send + Sync>> {
        if !Self::handles(url) {
            return Ok(None);
        }
        let mut conn = PgConnection::connect(url).await?;
        sqlx::query("SELECT pg_advisory_lock($1)")
            .bind(STARTUP_LOCK_KEY)
            .execute(&mut conn)
            .await?;
        Ok(Some(StartupLock { conn }))
    }

    /// Whether `url` names a PostgreSQL database.
    pub fn handles(url: &str) -> bool {
        url.starts_with("postgres://") || url.starts_with("postgresql://")
    }

    async fn tx(&self) -> StoreResult<sqlx::Transaction<'_, sqlx::Postgres>> {
        Ok(self.pool.begin().await?)
    }

    /// Counts one login attempt of a credential or an operator against the
    /// lockout of [`Lockout`]. The row is read `FOR UPDATE`, so every other
    /// attempt on it, from any process, waits until this one has written
    /// its decision: concurrent wrong passwords are each counted exactly
    /// once.
    async fn reserve_attempt_in(
        &self,
        table: LockoutTable,
        id: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Attempt> {
        let mut tx = self.tx().await?;
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT failed_attempts, locked_until FROM {} WHERE id = $1 FOR UPDATE",
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
            ", updated_at = $4"
        } else {
            ""
        };
        let mut q = sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE {} SET failed_attempts = $1, locked_until = $2{stamp} WHERE id = $3",
            table.name()
        )))
        .bind(next.failed_attempts as i64)
        .bind(next.locked_until.map(ms))
        .bind(id);
        if table.has_updated_at() {
            q = q.bind(ms(now));
        }
        q.execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(Attempt::Allowed { blocks })
    }

    /// Runs one statement on the pool when only its success matters.
    async fn run(&self, q: PgQuery<'_>) -> StoreResult<()> {
        q.execute(&self.pool).await?;
        Ok(())
    }

    /// Runs one guarded write and tells whether it changed exactly one row.
    async fn changed_one(&self, q: PgQuery<'_>) -> StoreResult<bool> {
        Ok(q.execute(&self.pool).await?.rows_affected() == 1)
    }

    /// At most one row selected by a single text key (`$1`), mapped by
    /// `map`; a missing row is `None`, not an error.
    async fn one_by<T>(
        &self,
        sql: impl SqlSafeStr,
        key: &str,
        map: fn(&PgRow) -> StoreResult<T>,
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
        q: PgQuery<'_>,
        map: fn(&PgRow) -> StoreResult<T>,
    ) -> StoreResult<Vec<T>> {
        q.fetch_all(&self.pool).await?.iter().map(map).collect()
    }
}

/// The advisory lock key of the start-up (advisory locks are per
/// database, so one constant serves every database on a server); sqlx's
/// migrator uses a key of its own, taken inside this one.
const STARTUP_LOCK_KEY: i64 = 0x5049_4e5f_494e_5053; // "PIN_INPS"

/// The start-up lock of [`PgStore::startup_lock`]. [`StartupLock::release`]
/// lets the next process in; dropping it without (a start that failed)
/// closes its connection, which releases the lock too.
pub struct StartupLock {
    conn: PgConnection,
}

impl StartupLock {
    pub async fn release(mut self) -> Result<(), sqlx::Error> {
        sqlx::query("SELECT pg_advisory_unlock($1)")
            .bind(STARTUP_LOCK_KEY)
            .execute(&mut self.conn)
            .await?;
        self.conn.close().await
    }
}

/// A runtime-checked query with its arguments bound, ready to execute.
type PgQuery<'q> = sqlx::query::Query<'q, sqlx::Postgres, PgArguments>;

#[cfg(feature = "postgres-tests")]
pub mod scratch;

#[cfg(all(test, feature = "postgres-tests"))]
mod tests {
    use super::scratch::ScratchDatabase;
    use super::PgStore;

    /// A fresh database per test on the server of `PIN_INPS_TEST_POSTGRES`,
    /// dropped when the test ends.
    async fn fresh() -> (PgStore, ScratchDatabase) {
        let db = ScratchDatabase::create().await;
        let store = PgStore::connect(&db.url)
            .await
            .expect("connect and migrate");
        (store, db)
    }

    crate::store::suite::store_suite!(fresh);

    /// Two pools on one fresh database: two processes, as far as the
    /// database can tell.
    async fn fresh_pair() -> (PgStore, PgStore, ScratchDatabase) {
        let db = ScratchDatabase::create().await;
        let a = PgStore::connect(&db.url)
            .await
            .expect("connect and migrate");
        let b = PgStore::connect(&db.url).await.expect("connect");
        (a, b, db)
    }

    mod processes {
        use super::fresh_pair;
        crate::store::suite::two_handle_suite!(fresh_pair);
    }
}
