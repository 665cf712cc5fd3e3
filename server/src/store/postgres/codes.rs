//! `codes`: one-time codes. `used_at` set means unusable, whether consumed,
//! superseded by a newer code, burnt by wrong tries or voided by a revoke.
//! Writing a code locks its credential's row first, so two codes issued at
//! once (from any process) cannot both stay live, and a revoke, which takes
//! the same lock, cannot interleave with them.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::postgres::PgRow;
use sqlx::Row;

use super::{count, ms, PgStore};
use crate::store::{CodePurpose, CodeRow, CodeStore, NewCode, StoreResult};

fn code_from(r: &PgRow) -> StoreResult<CodeRow> {
    Ok(CodeRow {
        id: r.try_get("id")?,
        target: r.try_get("target")?,
        code_hash: r.try_get("code_hash")?,
        failed_attempts: count(r.try_get("failed_attempts")?),
        payload: r.try_get("payload")?,
    })
}

#[async_trait]
impl CodeStore for PgStore {
    async fn insert_code(&self, c: NewCode) -> StoreResult<()> {
        let mut tx = self.tx().await?;
        sqlx::query("SELECT 1 FROM credentials WHERE id = $1 FOR UPDATE")
            .bind(&c.credential_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "UPDATE codes SET used_at = $1 WHERE credential_id = $2 AND purpose = $3 \
             AND target = $4 AND used_at IS NULL",
        )
        .bind(ms(c.created_at))
        .bind(&c.credential_id)
        .bind(c.purpose.as_str())
        .bind(&c.target)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO codes (id, credential_id, purpose, target, code_hash, created_at, \
             expires_at, payload) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
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
             WHERE credential_id = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3 \
             ORDER BY created_at DESC, seq DESC",
        )
        .bind(credential_id)
        .bind(purpose.as_str())
        .bind(ms(now));
        self.all(q, code_from).await
    }

    async fn code_failed(&self, code_id: &str, max: u32, now: DateTime<Utc>) -> StoreResult<()> {
        let q = sqlx::query(
            "UPDATE codes SET failed_attempts = failed_attempts + 1, \
             used_at = CASE WHEN failed_attempts + 1 >= $1 THEN $2 ELSE used_at END \
             WHERE id = $3",
        )
        .bind(max as i64)
        .bind(ms(now))
        .bind(code_id);
        self.run(q).await
    }

    async fn consume_code(&self, code_id: &str, now: DateTime<Utc>) -> StoreResult<bool> {
        let q = sqlx::query("UPDATE codes SET used_at = $1 WHERE id = $2 AND used_at IS NULL")
            .bind(ms(now))
            .bind(code_id);
        self.changed_one(q).await
    }
}
