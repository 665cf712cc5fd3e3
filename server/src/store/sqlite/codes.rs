//! `codes`: one-time codes. `used_at` set means unusable, whether consumed,
//! superseded by a newer code, burnt by wrong tries or voided by a revoke.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::sqlite::SqliteRow;
use sqlx::Row;

use super::{count, ms, SqliteStore};
use crate::store::{CodePurpose, CodeRow, CodeStore, NewCode, StoreResult};

fn code_from(r: &SqliteRow) -> StoreResult<CodeRow> {
    Ok(CodeRow {
        id: r.try_get("id")?,
        target: r.try_get("target")?,
        code_hash: r.try_get("code_hash")?,
        failed_attempts: count(r.try_get("failed_attempts")?),
        payload: r.try_get("payload")?,
    })
}

#[async_trait]
impl CodeStore for SqliteStore {
    async fn insert_code(&self, c: NewCode) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "UPDATE codes SET used_at = ? WHERE credential_id = ? AND purpose = ? AND target = ? \
             AND used_at IS NULL",
        )
        .bind(ms(c.created_at))
        .bind(&c.credential_id)
        .bind(c.purpose.as_str())
        .bind(&c.target)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO codes (id, credential_id, purpose, target, code_hash, created_at, \
             expires_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&c.id)
        .bind(&c.credential_id)
        .bind(c.purpose.as_str())
        .bind(&c.target)
        .bind(&c.code_hash)
        .bind(ms(c.created_at))
        .bind(ms(c.expires_at))
        .bind(&c.payload)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn live_codes(
        &self,
        credential_id: &str,
        purpose: CodePurpose,
        now: DateTime<Utc>,
    ) -> StoreResult<Vec<CodeRow>> {
        let q = sqlx::query(
            "SELECT id, target, code_hash, failed_attempts, payload FROM codes \
             WHERE credential_id = ? AND purpose = ? AND used_at IS NULL AND expires_at > ? \
             ORDER BY created_at DESC, rowid DESC",
        )
        .bind(credential_id)
        .bind(purpose.as_str())
        .bind(ms(now));
        self.all(q, code_from).await
    }

    async fn code_failed(&self, code_id: &str, max: u32, now: DateTime<Utc>) -> StoreResult<()> {
        let q = sqlx::query(
            "UPDATE codes SET failed_attempts = failed_attempts + 1, \
             used_at = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE used_at END \
             WHERE id = ?",
        )
        .bind(max as i64)
        .bind(ms(now))
        .bind(code_id);
        self.run(q).await
    }

    async fn consume_code(&self, code_id: &str, now: DateTime<Utc>) -> StoreResult<bool> {
        let q = sqlx::query("UPDATE codes SET used_at = ? WHERE id = ? AND used_at IS NULL")
            .bind(ms(now))
            .bind(code_id);
        self.changed_one(q).await
    }
}
