//! `worlds` (the list, in the default database) and the whole-database
//! dump a world is exported to and imported from.

use async_trait::async_trait;
use serde_json::Value;
use sqlx::sqlite::SqliteRow;
use sqlx::{Row, Sqlite, Transaction};

use super::{conflict_on_unique, from_ms, ms, SqliteStore};
use crate::store::{StoreError, StoreResult, TableDump, WorldRow, WorldStore};

const COLUMNS: &str =
    "id, join_code, name, scenario, class_id, created_at, pace, paced_at, generation";

fn world_row(r: &SqliteRow) -> StoreResult<WorldRow> {
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
async fn record_tables(tx: &mut Transaction<'_, Sqlite>) -> StoreResult<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' \
         AND name NOT LIKE 'sqlite_%' AND name NOT IN ('_sqlx_migrations', 'worlds') \
         ORDER BY rowid",
    )
    .fetch_all(&mut **tx)
    .await?)
}

async fn columns(tx: &mut Transaction<'_, Sqlite>, table: &str) -> StoreResult<Vec<String>> {
    Ok(
        sqlx::query_scalar("SELECT name FROM pragma_table_info(?) ORDER BY cid")
            .bind(table)
            .fetch_all(&mut **tx)
            .await?,
    )
}

#[async_trait]
impl WorldStore for SqliteStore {
    async fn insert_world(&self, w: &WorldRow) -> StoreResult<()> {
        let done = sqlx::query(sqlx::AssertSqlSafe(format!(
            "INSERT INTO worlds ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
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
            "SELECT {COLUMNS} FROM worlds WHERE id = ?"
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
            "SELECT {COLUMNS} FROM worlds WHERE join_code = ?"
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
            "SELECT {COLUMNS} FROM worlds WHERE class_id = ? ORDER BY created_at, id"
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
        let done = sqlx::query("UPDATE worlds SET join_code = ? WHERE id = ?")
            .bind(join_code)
            .bind(id)
            .execute(&self.pool)
            .await;
        let affected = done.as_ref().map(|d| d.rows_affected()).unwrap_or(0);
        conflict_on_unique(done)?;
        Ok(affected == 1)
    }

    async fn set_pace(&self, id: &str, pace: i64, paced_at_ms: Option<i64>) -> StoreResult<bool> {
        let done = sqlx::query("UPDATE worlds SET pace = ?, paced_at = ? WHERE id = ?")
            .bind(pace)
            .bind(paced_at_ms)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn claim_pace(&self, id: &str, from_ms: i64, to_ms: i64) -> StoreResult<bool> {
        let done = sqlx::query("UPDATE worlds SET paced_at = ? WHERE id = ? AND paced_at = ?")
            .bind(to_ms)
            .bind(id)
            .bind(from_ms)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn next_generation(&self, id: &str) -> StoreResult<Option<i64>> {
        Ok(sqlx::query_scalar(
            "UPDATE worlds SET generation = generation + 1 WHERE id = ? RETURNING generation",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?)
    }

    async fn delete_world(&self, id: &str) -> StoreResult<bool> {
        let done = sqlx::query("DELETE FROM worlds WHERE id = ?")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn destroy_world_database(&self) -> StoreResult<()> {
        let path = self.pool.connect_options().get_filename().to_owned();
        self.pool.close().await;
        let memory = path.as_os_str().is_empty() || path.as_os_str() == ":memory:";
        if !memory {
            for suffix in ["", "-wal", "-shm"] {
                let mut file = path.clone().into_os_string();
                file.push(suffix);
                if let Err(e) = std::fs::remove_file(&file) {
                    if e.kind() != std::io::ErrorKind::NotFound {
                        return Err(StoreError::Corrupt(format!("removing {file:?}: {e}")));
                    }
                }
            }
        }
        Ok(())
    }

    async fn export_tables(&self) -> StoreResult<Vec<TableDump>> {
        // One read transaction: a consistent snapshot of every table.
        let mut tx = self.pool.begin().await?;
        let mut out = Vec::new();
        for table in record_tables(&mut tx).await? {
            let cols = columns(&mut tx, &table).await?;
            let pairs: Vec<String> = cols
                .iter()
                .map(|c| format!("'{}', {}", c.replace('\'', "''"), ident(c)))
                .collect();
            let rows: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                "SELECT json_object({}) FROM {}",
                pairs.join(", "),
                ident(&table)
            )))
            .fetch_all(&mut *tx)
            .await?;
            let rows = rows
                .iter()
                .map(|r| serde_json::from_str(r).map_err(|e| StoreError::Corrupt(e.to_string())))
                .collect::<StoreResult<Vec<Value>>>()?;
            out.push((table, rows));
        }
        tx.commit().await?;
        Ok(out)
    }

    async fn import_tables(&self, tables: &[TableDump]) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        // References are checked at commit, when every table is back.
        sqlx::query("PRAGMA defer_foreign_keys = ON")
            .execute(&mut *tx)
            .await?;
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
            if rows.is_empty() {
                continue;
            }
            let cols = columns(&mut tx, table).await?;
            let values: Vec<String> = cols
                .iter()
                .map(|c| {
                    format!(
                        "json_extract(value, '$.\"{}\"')",
                        c.replace(['\'', '"'], "")
                    )
                })
                .collect();
            let names: Vec<String> = cols.iter().map(|c| ident(c)).collect();
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "INSERT INTO {} ({}) SELECT {} FROM json_each(?)",
                ident(table),
                names.join(", "),
                values.join(", ")
            )))
            .bind(Value::Array(rows.clone()).to_string())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}
