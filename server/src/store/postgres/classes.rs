//! `classes`: the trainer's classes (in the default database).

use async_trait::async_trait;
use sqlx::postgres::PgRow;
use sqlx::Row;

use super::{conflict_on_unique, from_ms, json, ms, to_json, PgStore};
use crate::store::{ActivityLine, ClassRow, ClassStore, StoreResult, WorldActivity};

fn class_row(r: &PgRow) -> StoreResult<ClassRow> {
    Ok(ClassRow {
        id: r.try_get("id")?,
        name: r.try_get("name")?,
        scenarios: json(&r.try_get::<String, _>("scenarios")?)?,
        created_by: r.try_get("created_by")?,
        created_at: from_ms(r.try_get("created_at")?)?,
    })
}

#[async_trait]
impl ClassStore for PgStore {
    async fn insert_class(&self, c: &ClassRow) -> StoreResult<()> {
        let done = sqlx::query(
            "INSERT INTO classes (id, name, scenarios, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&c.id)
        .bind(&c.name)
        .bind(to_json(&c.scenarios))
        .bind(&c.created_by)
        .bind(ms(c.created_at))
        .execute(&mut *self.conn().await?)
        .await;
        conflict_on_unique(done)
    }

    async fn class(&self, id: &str) -> StoreResult<Option<ClassRow>> {
        sqlx::query("SELECT * FROM classes WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *self.conn().await?)
            .await?
            .as_ref()
            .map(class_row)
            .transpose()
    }

    async fn classes(&self) -> StoreResult<Vec<ClassRow>> {
        sqlx::query("SELECT * FROM classes ORDER BY created_at DESC, id")
            .fetch_all(&mut *self.conn().await?)
            .await?
            .iter()
            .map(class_row)
            .collect()
    }

    async fn delete_class(&self, id: &str) -> StoreResult<bool> {
        let done = sqlx::query("DELETE FROM classes WHERE id = $1")
            .bind(id)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    async fn world_activity(&self, events: i64) -> StoreResult<WorldActivity> {
        let latest_credential = sqlx::query_scalar(
            "SELECT id FROM credentials ORDER BY created_at DESC, id DESC LIMIT 1",
        )
        .fetch_optional(&mut *self.conn().await?)
        .await?;
        let events = sqlx::query(
            "SELECT kind, codice_fiscale, at FROM credential_events \
             ORDER BY at DESC, seq DESC LIMIT $1",
        )
        .bind(events)
        .fetch_all(&mut *self.conn().await?)
        .await?
        .iter()
        .map(|r| {
            Ok(ActivityLine {
                kind: r.try_get("kind")?,
                codice_fiscale: r.try_get("codice_fiscale")?,
                at: from_ms(r.try_get("at")?)?,
            })
        })
        .collect::<StoreResult<Vec<_>>>()?;
        let messages: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM messages")
            .fetch_one(&mut *self.conn().await?)
            .await?;
        Ok(WorldActivity {
            latest_credential,
            events,
            messages,
        })
    }
}
