//! `sessions`: citizens' sessions, looked up by id.

use std::sync::LazyLock;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use domain::api::Level;

use super::credentials::{credential_from, CREDENTIAL_COLUMNS};
use super::readers::{Columns, FromColumns};
use super::{enum_str, from_ms, ms, parse_enum, SqliteStore};
use crate::store::sessions::{session_with_credential_sql, JOINED_SESSION_NAMES, SESSION_NAMES};
use crate::store::{Credential, Session, SessionStage, SessionStore, StoreError, StoreResult};

fn session_named(row: &impl Columns, n: &[&str; 7]) -> StoreResult<Session> {
    let stage: String = row.col(n[4])?;
    Ok(Session {
        id: row.col(n[0])?,
        credential_id: row.col(n[1])?,
        codice_fiscale: row.col(n[2])?,
        level: parse_enum::<Level>(row.col(n[3])?)?,
        stage: SessionStage::parse(&stage)
            .ok_or_else(|| StoreError::Corrupt(format!("stage {stage}")))?,
        created_at: from_ms(row.col(n[5])?)?,
        last_seen_at: from_ms(row.col(n[6])?)?,
    })
}

/// A row of [`SESSION_BY_ID`].
impl FromColumns for Session {
    fn from_columns(row: &impl Columns) -> StoreResult<Self> {
        session_named(row, &SESSION_NAMES)
    }
}

/// One row of [`SESSION_WITH_CREDENTIAL`]: the session, and its credential
/// unless the `LEFT JOIN` found none.
impl FromColumns for (Session, Option<Credential>) {
    fn from_columns(row: &impl Columns) -> StoreResult<Self> {
        let session = session_named(row, &JOINED_SESSION_NAMES)?;
        let credential = match row.col::<Option<String>>("id")? {
            Some(_) => Some(credential_from(row)?),
            None => None,
        };
        Ok((session, credential))
    }
}

/// A session by id, alone (`auth::CurrentSession`).
pub(super) const SESSION_BY_ID: &str = "SELECT * FROM sessions WHERE id = ?";

/// [`session_with_credential_sql`] for this database.
pub(super) static SESSION_WITH_CREDENTIAL: LazyLock<String> =
    LazyLock::new(|| session_with_credential_sql(CREDENTIAL_COLUMNS, "?"));

/// Writes one session; on an executor so a login can write it inside its
/// own transaction.
pub(super) async fn insert_session_on<'c, E>(exec: E, s: &Session) -> StoreResult<()>
where
    E: sqlx::Executor<'c, Database = sqlx::Sqlite>,
{
    sqlx::query(
        "INSERT INTO sessions (id, credential_id, codice_fiscale, level, stage, created_at, \
         last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
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
    E: sqlx::Executor<'c, Database = sqlx::Sqlite>,
{
    sqlx::query("DELETE FROM sessions WHERE id = ?")
        .bind(id)
        .execute(exec)
        .await?;
    Ok(())
}

/// Ends every session of a credential; on an executor so revoke and restore
/// can do it inside their transaction.
pub(super) async fn delete_sessions_on<'c, E>(exec: E, credential_id: &str) -> StoreResult<()>
where
    E: sqlx::Executor<'c, Database = sqlx::Sqlite>,
{
    sqlx::query("DELETE FROM sessions WHERE credential_id = ?")
        .bind(credential_id)
        .execute(exec)
        .await?;
    Ok(())
}

#[async_trait]
impl SessionStore for SqliteStore {
    async fn create_session(&self, s: &Session) -> StoreResult<()> {
        insert_session_on(&self.pool, s).await
    }

    async fn session(&self, id: &str) -> StoreResult<Option<Session>> {
        self.readers.one(&self.pool, SESSION_BY_ID, id).await
    }

    async fn session_with_credential(
        &self,
        id: &str,
    ) -> StoreResult<Option<(Session, Option<Credential>)>> {
        let sql: &'static str = SESSION_WITH_CREDENTIAL.as_str();
        self.readers.one(&self.pool, sql, id).await
    }

    async fn touch_session(&self, id: &str, now: DateTime<Utc>) -> StoreResult<()> {
        let q = sqlx::query("UPDATE sessions SET last_seen_at = ? WHERE id = ?")
            .bind(ms(now))
            .bind(id);
        self.run(q).await
    }

    async fn set_session_stage(&self, id: &str, stage: SessionStage) -> StoreResult<()> {
        let q = sqlx::query("UPDATE sessions SET stage = ? WHERE id = ?")
            .bind(stage.as_str())
            .bind(id);
        self.run(q).await
    }

    async fn delete_session(&self, id: &str) -> StoreResult<()> {
        delete_session_on(&self.pool, id).await
    }

    async fn delete_sessions_of(&self, credential_id: &str) -> StoreResult<()> {
        delete_sessions_on(&self.pool, credential_id).await
    }
}
