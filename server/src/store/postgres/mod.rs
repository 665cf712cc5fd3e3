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

pub use worlds::{SharedPool, SHARED_POOL};

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use domain::pin::Lockout;
use sqlx::pool::PoolConnection;
use sqlx::postgres::{PgArguments, PgPoolOptions, PgRow};
use sqlx::{AssertSqlSafe, Connection, PgConnection, PgPool, Row, SqlSafeStr};

// Private imports, visible to the area modules below as `super::…`.
use super::encode::{
    conflict_on_unique, count, enum_str, from_ms, json, ms, opt_from_ms, parse_date, parse_enum,
    to_json, LockoutTable,
};
use super::{Attempt, StoreError, StoreResult};

/// A store on PostgreSQL: the default world's (its own pool, tables in
/// `public`) or a simulation world's (the schema `world_{id}`, on the pool
/// every world shares, see [`PgStore::in_schema`]).
///
/// Every access goes through `PgStore::tx` or `PgStore::conn`, which
/// point the connection at the store's schema; the pool stays private so
/// nothing runs on it directly. sqlx caches prepared statements per
/// connection by their text, and a connection of the shared pool runs the
/// same text in many schemas: PostgreSQL's plan cache re-plans a prepared
/// statement when `search_path` has changed since it was planned, so each
/// statement always reads the tables of the schema it runs in.
pub struct PgStore {
    pool: PgPool,
    /// A world's: the statements that point a connection at its schema.
    schema: Option<WorldSchema>,
}

struct WorldSchema {
    name: String,
    /// `BEGIN; SET LOCAL search_path TO "world_…"`: one round trip.
    begin: Arc<str>,
    /// `SET search_path TO "world_…"`, before a single statement.
    set: Arc<str>,
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
        Ok(Self { pool, schema: None })
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

    /// A transaction in this store's schema.
    async fn tx(&self) -> StoreResult<sqlx::Transaction<'static, sqlx::Postgres>> {
        Ok(match &self.schema {
            None => self.pool.begin().await?,
            Some(s) => self.pool.begin_with(AssertSqlSafe(s.begin.clone())).await?,
        })
    }

    /// A connection for single statements, pointed at this store's schema
    /// (a world's: one `SET search_path` first, the connection may have
    /// served another world last).
    async fn conn(&self) -> StoreResult<PoolConnection<sqlx::Postgres>> {
        let mut conn = self.pool.acquire().await?;
        if let Some(s) = &self.schema {
            sqlx::raw_sql(AssertSqlSafe(s.set.clone()))
                .execute(&mut *conn)
                .await?;
        }
        Ok(conn)
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
        q.execute(&mut *self.conn().await?).await?;
        Ok(())
    }

    /// Runs one guarded write and tells whether it changed exactly one row.
    async fn changed_one(&self, q: PgQuery<'_>) -> StoreResult<bool> {
        Ok(q.execute(&mut *self.conn().await?).await?.rows_affected() == 1)
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
            .fetch_optional(&mut *self.conn().await?)
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
        q.fetch_all(&mut *self.conn().await?)
            .await?
            .iter()
            .map(map)
            .collect()
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

    /// Two worlds on a shared pool of ONE connection, beside the default
    /// world, used in turn (single statements and transactions): each sees
    /// only its own citizens, although every world statement runs on the
    /// same connection; and a statement on the shared pool that was not
    /// pointed at a world reaches no world's tables, the default's either.
    #[tokio::test]
    async fn worlds_on_one_shared_connection_see_only_their_own_rows() {
        use crate::sim::generator;
        use crate::store::Store;
        use domain::api::NewCitizen;

        let (default, db) = fresh().await;
        let shared = super::SharedPool::lazy(&db.url, 1).expect("pool");
        let a = PgStore::in_schema(&shared, "world_a", true)
            .await
            .expect("world a");
        let b = PgStore::in_schema(&shared, "world_b", true)
            .await
            .expect("world b");
        let now = chrono::Utc::now();
        let today = now.date_naive();
        let stores: [(&str, &dyn Store, usize); 3] =
            [("default", &default, 1), ("a", &a, 2), ("b", &b, 3)];
        let mut mine = Vec::new();
        for (name, s, n) in &stores {
            let batch: Vec<_> = (0..*n)
                .map(|_| generator::citizen(NewCitizen::default(), today))
                .collect();
            // A transaction (bulk insert) and a single statement.
            s.insert_citizens(&batch[1..], now).await.unwrap();
            s.insert_citizen(&batch[0], now).await.unwrap();
            s.save_setting("who", name).await.unwrap();
            mine.push(batch);
        }
        for _round in 0..3 {
            for (i, (name, s, n)) in stores.iter().enumerate() {
                assert_eq!(s.count_citizens().await.unwrap(), *n as i64, "{name}");
                let seen: Vec<_> = s
                    .citizens(100)
                    .await
                    .unwrap()
                    .into_iter()
                    .map(|c| c.codice_fiscale)
                    .collect();
                for c in &mine[i] {
                    assert!(seen.contains(&c.codice_fiscale), "{name}: {seen:?}");
                }
                assert_eq!(s.setting("who").await.unwrap().as_deref(), Some(*name));
                for (j, (other, ..)) in stores.iter().enumerate() {
                    if i != j {
                        let c = &mine[j][0].codice_fiscale;
                        assert_eq!(s.citizen(c).await.unwrap(), None, "{name} sees {other}'s");
                    }
                }
            }
        }
        // The one connection, last used by world b's single statement, as
        // a statement that forgot its world would get it.
        let stray = sqlx::query("SELECT count(*) FROM citizens")
            .fetch_one(&shared.pool)
            .await;
        assert!(stray.is_err(), "a statement without a world ran: {stray:?}");
        drop((a, b, shared));
        drop(default);
    }
}
