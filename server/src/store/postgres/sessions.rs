//! `sessions`: citizens' sessions, looked up by id.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use domain::api::Level;
use sqlx::postgres::PgRow;
use sqlx::Row;

use super::{enum_str, from_ms, ms, parse_enum, PgStore};
use crate::store::{Session, SessionStage, SessionStore, StoreError, StoreResult};

fn session_from(row: &PgRow) -> StoreResult<Session> {
    let stage: String = row.try_get("stage")?;
    Ok(Session {
        id: row.try_get("id")?,
        credential_id: row.try_get("credential_id")?,
        codice_fiscale: row.try_get("codice_fiscale")?,
        level: parse_enum::<Level>(row.try_get("level")?)?,
        stage: SessionStage::parse(&stage)
            .ok_or_else(|| StoreError::Corrupt(format!("stage {stage}")))?,
        created_at: from_ms(row.try_get("created_at")?)?,
        last_seen_at: from_ms(row.try_get("last_seen_at")?)?,
    })
}

/// Writes one session; on an executor so a login can write it inside its
/// own transaction.
pub(super) async fn insert_session_on<'c, E>(exec: E, s: &Session) -> StoreResult<()>
where
    E: sqlx::Executor<'c, Database = sqlx::Postgres>,
{
    sqlx::query(
        "INSERT INTO sessions (id, credential_id, codice_fiscale, level, stage, created_at, \
         last_seen_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&s.id)
    .bind(&s.credential_id)
    .bind(&s.codice_fiscale)
    .bind(enum_str(s.level))
    .bind(s.stage.as_str())
    .bind(ms(s.created_at))
    .bind(ms(s.last_seen_at))
    .execute(exec)
    .await?;
    Ok(())
}

/// Ends one session; on an executor so a login that replaces a session can
/// do it inside its transaction.
pub(super) async fn delete_session_on<'c, E>(exec: E, id: &str) -> StoreResult<()>
where
    E: sqlx::Executor<'c, Database = sqlx::Postgres>,
{
    sqlx::query("DELETE FROM sessions WHERE id = $1")
        .bind(id)
        .execute(exec)
        .await?;
    Ok(())
}

/// Ends every session of a credential; on an executor so revoke and restore
/// can do it inside their transaction.
pub(super) async fn delete_sessions_on<'c, E>(exec: E, credential_id: &str) -> StoreResult<()>
where
    E: sqlx::Executor<'c, Database = sqlx::Postgres>,
{
    sqlx::query("DELETE FROM sessions WHERE credential_id = $1")
        .bind(credential_id)
        .execute(exec)
        .await?;
    Ok(())
}

#[async_trait]
impl SessionStore for PgStore {
    async fn create_session(&self, s: &Session) -> StoreResult<()> {
        insert_session_on(&mut *self.conn().await?, s).await
    }

    async fn session(&self, id: &str) -> StoreResult<Option<Session>> {
        self.one_by("SELECT * FROM sessions WHERE id = $1", id, session_from)
            .await
    }

    async fn touch_session(&self, id: &str, now: DateTime<Utc>) -> StoreResult<()> {
        let q = sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id = $2")
            .bind(ms(now))
            .bind(id);
        self.run(q).await
    }

    async fn set_session_stage(&self, id: &str, stage: SessionStage) -> StoreResult<()> {
        let q = sqlx::query("UPDATE sessions SET stage = $1 WHERE id = $2")
            .bind(stage.as_str())
            .bind(id);
        self.run(q).await
    }

    async fn delete_session(&self, id: &str) -> StoreResult<()> {
        delete_session_on(&mut *self.conn().await?, id).await
    }

    async fn delete_sessions_of(&self, credential_id: &str) -> StoreResult<()> {
        delete_sessions_on(&mut *self.conn().await?, credential_id).await
    }
}
