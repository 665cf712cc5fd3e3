//! `operators` and `operator_sessions`. Operators share the citizens'
//! lockout code (`reserve_attempt_in`), on their own table.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::postgres::PgRow;
use sqlx::Row;

use super::{from_ms, ms, LockoutTable, PgStore};
use crate::store::{Attempt, OperatorRow, OperatorSession, OperatorStore, StoreResult};

fn operator_from(row: &PgRow) -> StoreResult<OperatorRow> {
    Ok(OperatorRow {
        id: row.try_get("id")?,
        username: row.try_get("username")?,
        display_name: row.try_get("display_name")?,
        role: row.try_get("role")?,
        password_hash: row.try_get("password_hash")?,
        seeded: row.try_get("seeded")?,
    })
}

/// A session row joined with its operator (`o.*`); the session's own
/// columns are renamed so they cannot shadow the operator's.
fn operator_session_from(r: &PgRow) -> StoreResult<OperatorSession> {
    Ok(OperatorSession {
        id: r.try_get("sid")?,
        operator: operator_from(r)?,
        created_at: from_ms(r.try_get("s_created")?)?,
        last_seen_at: from_ms(r.try_get("s_seen")?)?,
    })
}

#[async_trait]
impl OperatorStore for PgStore {
    async fn count_operators(&self) -> StoreResult<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM operators")
            .fetch_one(&self.pool)
            .await?)
    }

    async fn insert_operator(&self, op: &OperatorRow, now: DateTime<Utc>) -> StoreResult<()> {
        let q = sqlx::query(
            "INSERT INTO operators (id, username, display_name, role, password_hash, seeded, \
             created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (username) DO NOTHING",
        )
        .bind(&op.id)
        .bind(&op.username)
        .bind(&op.display_name)
        .bind(&op.role)
        .bind(&op.password_hash)
        .bind(op.seeded)
        .bind(ms(now));
        self.run(q).await
    }

    async fn operator_by_username(&self, username: &str) -> StoreResult<Option<OperatorRow>> {
        self.one_by(
            "SELECT * FROM operators WHERE username = $1",
            username,
            operator_from,
        )
        .await
    }

    async fn set_operator_password(
        &self,
        username: &str,
        password_hash: &str,
    ) -> StoreResult<bool> {
        let q = sqlx::query(
            "UPDATE operators SET password_hash = $1, seeded = FALSE, failed_attempts = 0, \
             locked_until = NULL WHERE username = $2",
        )
        .bind(password_hash)
        .bind(username);
        self.changed_one(q).await
    }

    async fn reserve_operator_attempt(
        &self,
        operator_id: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Attempt> {
        self.reserve_attempt_in(LockoutTable::Operators, operator_id, now)
            .await
    }

    async fn reset_operator_lockout(&self, operator_id: &str) -> StoreResult<()> {
        let q = sqlx::query(
            "UPDATE operators SET failed_attempts = 0, locked_until = NULL WHERE id = $1",
        )
        .bind(operator_id);
        self.run(q).await
    }

    async fn create_operator_session(
        &self,
        id: &str,
        operator_id: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let q = sqlx::query(
            "INSERT INTO operator_sessions (id, operator_id, created_at, last_seen_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(operator_id)
        .bind(ms(now))
        .bind(ms(now));
        self.run(q).await
    }

    async fn operator_session(&self, id: &str) -> StoreResult<Option<OperatorSession>> {
        self.one_by(
            "SELECT s.id AS sid, s.created_at AS s_created, s.last_seen_at AS s_seen, o.* \
             FROM operator_sessions s JOIN operators o ON o.id = s.operator_id WHERE s.id = $1",
            id,
            operator_session_from,
        )
        .await
    }

    async fn touch_operator_session(&self, id: &str, now: DateTime<Utc>) -> StoreResult<()> {
        let q = sqlx::query("UPDATE operator_sessions SET last_seen_at = $1 WHERE id = $2")
            .bind(ms(now))
            .bind(id);
        self.run(q).await
    }

    async fn delete_operator_session(&self, id: &str) -> StoreResult<()> {
        let q = sqlx::query("DELETE FROM operator_sessions WHERE id = $1").bind(id);
        self.run(q).await
    }
}
