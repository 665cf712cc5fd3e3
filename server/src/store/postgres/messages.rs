//! `messages`: the delivery simulator's rows, stored as written. Looked up
//! by `recipient_key`, which the simulator defines; `seq` orders messages
//! sent at the same instant.

use async_trait::async_trait;
use domain::api::Channel;
use sqlx::postgres::PgRow;
use sqlx::Row;

use super::{enum_str, from_ms, ms, opt_from_ms, parse_enum, PgStore};
use crate::sim::deliveries::recipient_key;
use crate::store::{MessageRow, MessageStore, NewMessage, StoreResult};

fn message_from(row: &PgRow) -> StoreResult<MessageRow> {
    Ok(MessageRow {
        id: row.try_get("id")?,
        channel: parse_enum::<Channel>(row.try_get("channel")?)?,
        recipient: row.try_get("recipient")?,
        subject: row.try_get("subject")?,
        body: row.try_get("body")?,
        secret: row.try_get("secret")?,
        sent_at: from_ms(row.try_get("sent_at")?)?,
        delivered_at: opt_from_ms(row.try_get("delivered_at")?)?,
        due_at: opt_from_ms(row.try_get("due_at")?)?,
        held: row.try_get("held")?,
        request_id: row.try_get("request_id")?,
    })
}

/// Writes one message; on an executor so a PIN request can write its
/// messages inside its own transaction.
pub(super) async fn insert_message_on<'c, E>(exec: E, m: &NewMessage) -> StoreResult<()>
where
    E: sqlx::Executor<'c, Database = sqlx::Postgres>,
{
    sqlx::query(
        "INSERT INTO messages (id, channel, recipient, recipient_key, subject, body, secret, \
         sent_at, delivered_at, due_at, held, request_id) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(&m.id)
    .bind(enum_str(m.channel))
    .bind(&m.recipient)
    .bind(recipient_key(&m.recipient))
    .bind(&m.subject)
    .bind(&m.body)
    .bind(&m.secret)
    .bind(ms(m.sent_at))
    .bind(m.delivered_at.map(ms))
    .bind(m.due_at.map(ms))
    .bind(m.held)
    .bind(&m.request_id)
    .execute(exec)
    .await?;
    Ok(())
}

#[async_trait]
impl MessageStore for PgStore {
    async fn insert_message(&self, m: NewMessage) -> StoreResult<()> {
        insert_message_on(&self.pool, &m).await
    }

    async fn messages(&self, recipient_key: Option<&str>) -> StoreResult<Vec<MessageRow>> {
        let q = match recipient_key {
            Some(key) => sqlx::query(
                "SELECT * FROM messages WHERE recipient_key = $1 ORDER BY sent_at DESC, seq DESC",
            )
            .bind(key),
            None => {
                sqlx::query("SELECT * FROM messages ORDER BY sent_at DESC, seq DESC LIMIT 1000")
            }
        };
        self.all(q, message_from).await
    }
}
