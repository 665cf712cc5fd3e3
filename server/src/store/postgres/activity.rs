//! `credential_events`: "Le tue attività". `seq` orders events written at
//! the same instant.

use async_trait::async_trait;
use domain::api::Channel;
use sqlx::postgres::PgRow;
use sqlx::Row;

use super::{enum_str, from_ms, ms, parse_enum, PgStore};
use crate::store::{ActivityStore, CredentialEvent, StoreResult};

fn event_from(r: &PgRow) -> StoreResult<CredentialEvent> {
    let channel: Option<String> = r.try_get("channel")?;
    Ok(CredentialEvent {
        credential_id: r.try_get("credential_id")?,
        codice_fiscale: r.try_get("codice_fiscale")?,
        kind: r.try_get("kind")?,
        channel: channel.map(parse_enum::<Channel>).transpose()?,
        recipient: r.try_get("recipient")?,
        at: from_ms(r.try_get("at")?)?,
    })
}

/// Writes one event; on an executor so a login can record it inside its
/// own transaction.
pub(super) async fn insert_event_on<'c, E>(exec: E, e: &CredentialEvent) -> StoreResult<()>
where
    E: sqlx::Executor<'c, Database = sqlx::Postgres>,
{
    sqlx::query(
        "INSERT INTO credential_events (credential_id, codice_fiscale, kind, channel, \
         recipient, at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&e.credential_id)
    .bind(&e.codice_fiscale)
    .bind(&e.kind)
    .bind(e.channel.map(enum_str))
    .bind(&e.recipient)
    .bind(ms(e.at))
    .execute(exec)
    .await?;
    Ok(())
}

#[async_trait]
impl ActivityStore for PgStore {
    async fn add_event(&self, e: &CredentialEvent) -> StoreResult<()> {
        insert_event_on(&mut *self.conn().await?, e).await
    }

    async fn events(&self, codice_fiscale: &str, limit: i64) -> StoreResult<Vec<CredentialEvent>> {
        let q = sqlx::query(
            "SELECT * FROM credential_events WHERE codice_fiscale = $1 \
             ORDER BY at DESC, seq DESC LIMIT $2",
        )
        .bind(codice_fiscale)
        .bind(limit);
        self.all(q, event_from).await
    }
}
