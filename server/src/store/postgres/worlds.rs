//! `worlds` (the list, in the default database) and the whole-database
//! dump a world is exported to and imported from.

use std::str::FromStr;
use std::time::Duration;

use async_trait::async_trait;
use serde_json::Value;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions, PgRow};
use sqlx::{Postgres, Row, Transaction};

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

impl PgStore {
    /// A world's database on PostgreSQL: the schema `schema` of the
    /// database at `url` (created and migrated when `migrate`), every connection
    /// of the pool with its `search_path` set to it. At most `max`
    /// connections, idle ones closed after a minute: many worlds are open
    /// at once and each is used by a few people.
    pub async fn connect_in_schema(
        url: &str,
        schema: &str,
        max: u32,
        migrate: bool,
    ) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        let options = PgConnectOptions::from_str(url)?.options([("search_path", schema)]);
        let pool = PgPoolOptions::new()
            .max_connections(max)
            .min_connections(0)
            .idle_timeout(Duration::from_secs(30))
            .acquire_timeout(Duration::from_secs(30))
            .connect_lazy_with(options);
        if migrate {
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "CREATE SCHEMA IF NOT EXISTS {}",
                ident(schema)
            )))
            .execute(&pool)
            .await?;
            sqlx::migrate!("./migrations_pg").run(&pool).await?;
        }
        Ok(Self { pool })
    }

    /// Drops a world's schema and every record in it.
    pub async fn drop_schema(&self, schema: &str) -> StoreResult<()> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "DROP SCHEMA IF EXISTS {} CASCADE",
            ident(schema)
        )))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Closes the pool (a world being dropped or evicted).
    pub async fn close(&self) {
        self.pool.close().await;
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
        .execute(&self.pool)
        .await;
        conflict_on_unique(done)
    }

    async fn world(&self, id: &str) -> StoreResult<Option<WorldRow>> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM worlds WHERE id = $1"
        )))
        .bind(id)
        .fetch_optional(&self.pool)
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
        .fetch_optional(&self.pool)
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
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(world_row)
        .collect()
    }

    async fn paced_worlds(&self) -> StoreResult<Vec<WorldRow>> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM worlds WHERE pace > 1"
        )))
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(world_row)
        .collect()
    }

    async fn set_join_code(&self, id: &str, join_code: &str) -> StoreResult<bool> {
        let done = sqlx::query("UPDATE worlds SET join_code = $1 WHERE id = $2")
            .bind(join_code)
            .bind(id)
            .execute(&self.pool)
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
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn claim_pace(&self, id: &str, from_ms: i64, to_ms: i64) -> StoreResult<bool> {
        let done = sqlx::query("UPDATE worlds SET paced_at = $1 WHERE id = $2 AND paced_at = $3")
            .bind(to_ms)
            .bind(id)
            .bind(from_ms)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn next_generation(&self, id: &str) -> StoreResult<Option<i64>> {
        Ok(sqlx::query_scalar(
            "UPDATE worlds SET generation = generation + 1 WHERE id = $1 RETURNING generation",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?)
    }

    async fn delete_world(&self, id: &str) -> StoreResult<bool> {
        let done = sqlx::query("DELETE FROM worlds WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn destroy_world_database(&self) -> StoreResult<()> {
        let schema: String = sqlx::query_scalar("SELECT current_schema()::text")
            .fetch_one(&self.pool)
            .await?;
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
        let mut tx = self.pool.begin().await?;
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
        let mut tx = self.pool.begin().await?;
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
