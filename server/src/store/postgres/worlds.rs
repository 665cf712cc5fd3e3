//! `worlds` (the list, in the default database) and the whole-database
//! dump a world is exported to and imported from.

use std::str::FromStr;
use std::time::Duration;

use async_trait::async_trait;
use serde_json::Value;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions, PgRow};
use sqlx::{PgPool, Postgres, Row, Transaction};

use super::{conflict_on_unique, from_ms, ms, PgStore};
use crate::store::{StoreError, StoreResult, TableDump, WorldRow, WorldStore};

const COLUMNS: &str =
    "id, join_code, name, scenario, class_id, created_at, pace, paced_at, generation";

fn world_row(r: &PgRow) -> StoreResult<WorldRow> {
    Ok(WorldRow {
        id: r.try_get("id")?,
        join_code: r.try_get("join_code")?,
        name: r.try_get("name")?,
        scenario: r.try_get("scenario")?,
        class_id: r.try_get("class_id")?,
        created_at: from_ms(r.try_get("created_at")?)?,
        pace: r.try_get("pace")?,
        paced_at_ms: r.try_get("paced_at")?,
        generation: r.try_get("generation")?,
    })
}

/// A table or column name read from the schema, quoted for SQL.
fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The tables that hold a world's records, in creation order (so a table
/// comes after the ones it references).
async fn record_tables(tx: &mut Transaction<'_, Postgres>) -> StoreResult<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE n.nspname = current_schema() AND c.relkind = 'r' \
         AND c.relname NOT IN ('_sqlx_migrations', 'worlds') ORDER BY c.oid",
    )
    .fetch_all(&mut **tx)
    .await?)
}

/// The identity columns of `table` (numbered by the database on insert).
async fn identity_columns(
    tx: &mut Transaction<'_, Postgres>,
    table: &str,
) -> StoreResult<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT column_name::text FROM information_schema.columns \
         WHERE table_schema = current_schema() AND table_name = $1 AND is_identity = 'YES'",
    )
    .bind(table)
    .fetch_all(&mut **tx)
    .await?)
}

/// Connections of the one pool every world of a process shares, beside
/// the default world's 8: two processes stay well inside a stock
/// `max_connections` of 100 (2 × (8 + 24) = 64, leaving room for tools
/// and a third process). An open world holds no connection of its own.
pub const SHARED_POOL: u32 = 24;

/// The default `search_path` of the shared pool's connections (and the one
/// each returns to when released): a schema that does not exist, so a
/// statement that was not pointed at a world's schema fails (`relation …
/// does not exist`) instead of reading or writing the default world's
/// tables in `public` or another world's.
const NO_WORLD: &str = "pin_inps_no_world";

/// The pool the worlds of a process share (cheap to clone). Lazy: no
/// connection until a world is used.
#[derive(Clone, Debug)]
pub struct SharedPool {
    pub(super) pool: PgPool,
    /// The database's connect options, without a `search_path`.
    base: PgConnectOptions,
}

impl SharedPool {
    /// For the database at `url`, at most `max` connections, idle ones
    /// closed after 30 seconds. Needs a Tokio runtime.
    pub fn lazy(url: &str, max: u32) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        let base = PgConnectOptions::from_str(url)?;
        let pool = PgPoolOptions::new()
            .max_connections(max)
            .min_connections(0)
            .idle_timeout(Duration::from_secs(30))
            .acquire_timeout(Duration::from_secs(30))
            // A world's single statements set the session's search_path
            // (`PgStore::conn`): back to no world before the connection
            // is idle again (sqlx runs this in a task of its own once the
            // request has its answer), so an idle connection never points
            // at a world.
            .after_release(|conn, _| {
                Box::pin(async move {
                    sqlx::raw_sql("RESET search_path").execute(conn).await?;
                    Ok(true)
                })
            })
            .connect_lazy_with(base.clone().options([("search_path", NO_WORLD)]));
        Ok(Self { pool, base })
    }
}

impl PgStore {
    /// A world's database on PostgreSQL: the schema `schema` of the shared
    /// pool's database (created and migrated when `migrate`). Every
    /// transaction and statement of the store points its connection at the
    /// schema first (see [`PgStore`]).
    pub async fn in_schema(
        pool: &SharedPool,
        schema: &str,
        migrate: bool,
    ) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        let quoted = ident(schema);
        let store = Self {
            pool: pool.pool.clone(),
            schema: Some(super::WorldSchema {
                name: schema.to_owned(),
                begin: format!("BEGIN; SET LOCAL search_path TO {quoted}").into(),
                set: format!("SET search_path TO {quoted}").into(),
            }),
        };
        if migrate {
            // On a connection of its own (sqlx's migrator wants a pool or
            // a connection it can name for any lifetime): once per world
            // and process.
            let once = PgPoolOptions::new()
                .max_connections(1)
                .acquire_timeout(Duration::from_secs(120))
                .connect_with(pool.base.clone().options([("search_path", schema)]))
                .await?;
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "CREATE SCHEMA IF NOT EXISTS {quoted}"
            )))
            .execute(&once)
            .await?;
            let migrated = sqlx::migrate!("./migrations_pg").run(&once).await;
            once.close().await;
            migrated?;
        }
        Ok(store)
    }

    /// Drops a world's schema and every record in it.
    pub async fn drop_schema(&self, schema: &str) -> StoreResult<()> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "DROP SCHEMA IF EXISTS {} CASCADE",
            ident(schema)
        )))
        .execute(&mut *self.conn().await?)
        .await?;
        Ok(())
    }

    /// Closes the default world's pool; a world's store has no pool of its
    /// own to close (the shared one serves the other worlds).
    pub async fn close(&self) {
        if self.schema.is_none() {
            self.pool.close().await;
        }
    }
}

#[async_trait]
impl WorldStore for PgStore {
    async fn insert_world(&self, w: &WorldRow) -> StoreResult<()> {
        let done = sqlx::query(sqlx::AssertSqlSafe(format!(
            "INSERT INTO worlds ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
        )))
        .bind(&w.id)
        .bind(&w.join_code)
        .bind(&w.name)
        .bind(&w.scenario)
        .bind(&w.class_id)
        .bind(ms(w.created_at))
        .bind(w.pace)
        .bind(w.paced_at_ms)
        .bind(w.generation)
        .execute(&mut *self.conn().await?)
        .await;
        conflict_on_unique(done)
    }

    async fn world(&self, id: &str) -> StoreResult<Option<WorldRow>> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM worlds WHERE id = $1"
        )))
        .bind(id)
        .fetch_optional(&mut *self.conn().await?)
        .await?
        .as_ref()
        .map(world_row)
        .transpose()
    }

    async fn world_by_join_code(&self, join_code: &str) -> StoreResult<Option<WorldRow>> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM worlds WHERE join_code = $1"
        )))
        .bind(join_code)
        .fetch_optional(&mut *self.conn().await?)
        .await?
        .as_ref()
        .map(world_row)
        .transpose()
    }

    async fn worlds_of_class(&self, class_id: &str) -> StoreResult<Vec<WorldRow>> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM worlds WHERE class_id = $1 ORDER BY created_at, id"
        )))
        .bind(class_id)
        .fetch_all(&mut *self.conn().await?)
        .await?
        .iter()
        .map(world_row)
        .collect()
    }

    async fn paced_worlds(&self) -> StoreResult<Vec<WorldRow>> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM worlds WHERE pace > 1"
        )))
        .fetch_all(&mut *self.conn().await?)
        .await?
        .iter()
        .map(world_row)
        .collect()
    }

    async fn set_join_code(&self, id: &str, join_code: &str) -> StoreResult<bool> {
        let done = sqlx::query("UPDATE worlds SET join_code = $1 WHERE id = $2")
            .bind(join_code)
            .bind(id)
            .execute(&mut *self.conn().await?)
            .await;
        let affected = done.as_ref().map(|d| d.rows_affected()).unwrap_or(0);
        conflict_on_unique(done)?;
        Ok(affected == 1)
    }

    async fn set_pace(&self, id: &str, pace: i64, paced_at_ms: Option<i64>) -> StoreResult<bool> {
        let done = sqlx::query("UPDATE worlds SET pace = $1, paced_at = $2 WHERE id = $3")
            .bind(pace)
            .bind(paced_at_ms)
            .bind(id)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn claim_pace(&self, id: &str, from_ms: i64, to_ms: i64) -> StoreResult<bool> {
        let done = sqlx::query("UPDATE worlds SET paced_at = $1 WHERE id = $2 AND paced_at = $3")
            .bind(to_ms)
            .bind(id)
            .bind(from_ms)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn next_generation(&self, id: &str) -> StoreResult<Option<i64>> {
        Ok(sqlx::query_scalar(
            "UPDATE worlds SET generation = generation + 1 WHERE id = $1 RETURNING generation",
        )
        .bind(id)
        .fetch_optional(&mut *self.conn().await?)
        .await?)
    }

    async fn delete_world(&self, id: &str) -> StoreResult<bool> {
        let done = sqlx::query("DELETE FROM worlds WHERE id = $1")
            .bind(id)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn destroy_world_database(&self) -> StoreResult<()> {
        let schema = match &self.schema {
            Some(s) => s.name.clone(),
            None => "public".to_owned(),
        };
        if !schema.starts_with("world_") {
            return Err(StoreError::Corrupt(format!(
                "refusing to drop schema {schema}: not a world's"
            )));
        }
        self.drop_schema(&schema).await?;
        self.close().await;
        Ok(())
    }

    async fn export_tables(&self) -> StoreResult<Vec<TableDump>> {
        // One repeatable-read transaction: a consistent snapshot.
        let mut tx = self.tx().await?;
        sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            .execute(&mut *tx)
            .await?;
        let mut out = Vec::new();
        for table in record_tables(&mut tx).await? {
            let rows: String = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                "SELECT coalesce(json_agg(t), '[]'::json)::text FROM {} t",
                ident(&table)
            )))
            .fetch_one(&mut *tx)
            .await?;
            let rows: Vec<Value> =
                serde_json::from_str(&rows).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            out.push((table, rows));
        }
        tx.commit().await?;
        Ok(out)
    }

    async fn import_tables(&self, tables: &[TableDump]) -> StoreResult<()> {
        let mut tx = self.tx().await?;
        let known = record_tables(&mut tx).await?;
        for table in known.iter().rev() {
            sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {}", ident(table))))
                .execute(&mut *tx)
                .await?;
        }
        for (table, rows) in tables {
            if !known.contains(table) {
                return Err(StoreError::Corrupt(format!("unknown table {table}")));
            }
            if !rows.is_empty() {
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "INSERT INTO {t} OVERRIDING SYSTEM VALUE \
                     SELECT * FROM json_populate_recordset(NULL::{t}, $1::json)",
                    t = ident(table)
                )))
                .bind(Value::Array(rows.clone()).to_string())
                .execute(&mut *tx)
                .await?;
            }
            // The next number an identity gives follows the imported ones.
            for col in identity_columns(&mut tx, table).await? {
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "SELECT setval(pg_get_serial_sequence($1, $2), \
                     coalesce((SELECT max({c}) FROM {t}), 0) + 1, false)",
                    c = ident(&col),
                    t = ident(table)
                )))
                .bind(ident(table))
                .bind(&col)
                .execute(&mut *tx)
                .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }
}
