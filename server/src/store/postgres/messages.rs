//! `messages`: the delivery simulator's rows, stored as written. Looked up
//! by `recipient_key`, which the simulator defines; `seq` orders messages
//! sent at the same instant.

use async_trait::async_trait;
use domain::api::{Channel, RelayState};
use sqlx::postgres::PgRow;
use sqlx::Row;

use super::{enum_str, from_ms, ms, opt_from_ms, parse_enum, PgStore};
use crate::sim::deliveries::recipient_key;
use crate::store::{MessageRow, MessageStore, NewMessage, StoreResult};

pub(super) fn message_from(row: &PgRow) -> StoreResult<MessageRow> {
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

/// Rows per multi-row `INSERT` of a bulk load: well under the database's
/// limit on bound parameters (SQLite 32 766, PostgreSQL 65 535) at the
/// widest table's 22 columns.
const BULK_ROWS: usize = 1000;

#[async_trait]
impl MessageStore for PgStore {
    async fn insert_message(&self, m: NewMessage) -> StoreResult<()> {
        insert_message_on(&mut *self.conn().await?, &m).await
    }

    async fn messages(&self, recipient_key: Option<&str>) -> StoreResult<Vec<MessageRow>> {
        let q = match recipient_key {
            Some(key) => sqlx::query(
                "SELECT * FROM messages WHERE recipient_key = $1 AND NOT lost \
                 ORDER BY sent_at DESC, seq DESC",
            )
            .bind(key),
            None => sqlx::query(
                "SELECT * FROM messages WHERE NOT lost ORDER BY sent_at DESC, seq DESC LIMIT 1000",
            ),
        };
        self.all(q, message_from).await
    }

    async fn mark_lost(&self, id: &str) -> StoreResult<bool> {
        let done = sqlx::query("UPDATE messages SET lost = TRUE WHERE id = $1")
            .bind(id)
            .execute(&mut *self.conn().await?)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn insert_messages(&self, batch: &[NewMessage]) -> StoreResult<u64> {
        let mut tx = self.tx().await?;
        let mut inserted = 0;
        for chunk in batch.chunks(BULK_ROWS) {
            let mut q = sqlx::QueryBuilder::<sqlx::Postgres>::new(
                "INSERT INTO messages (id, channel, recipient, recipient_key, subject, body, \
                 secret, sent_at, delivered_at, due_at, held, request_id) ",
            );
            q.push_values(chunk, |mut row, m| {
                row.push_bind(&m.id)
                    .push_bind(enum_str(m.channel))
                    .push_bind(&m.recipient)
                    .push_bind(recipient_key(&m.recipient))
                    .push_bind(&m.subject)
                    .push_bind(&m.body)
                    .push_bind(&m.secret)
                    .push_bind(ms(m.sent_at))
                    .push_bind(m.delivered_at.map(ms))
                    .push_bind(m.due_at.map(ms))
                    .push_bind(m.held)
                    .push_bind(&m.request_id);
            });
            q.push(" ON CONFLICT DO NOTHING");
            inserted += q.build().execute(&mut *tx).await?.rows_affected();
        }
        tx.commit().await?;
        Ok(inserted)
    }
}

fn relay_from(row: &PgRow) -> StoreResult<crate::store::RelayRow> {
    Ok(crate::store::RelayRow {
        message_id: row.try_get("message_id")?,
        status: parse_enum::<RelayState>(row.try_get("status")?)?,
        attempts: u32::try_from(row.try_get::<i32, _>("attempts")?).unwrap_or(u32::MAX),
        last_error: row.try_get("last_error")?,
    })
}

/// The relay outbox (`relay_outbox`, PostgreSQL migration 0004): rows written by the
/// relay task only, after the message's own transaction has committed.
#[async_trait]
impl crate::store::RelayStore for PgStore {
    async fn relay_watermark(&self) -> StoreResult<i64> {
        let row = sqlx::query("SELECT COALESCE(MAX(seq), 0) AS seq FROM messages")
            .fetch_one(&mut *self.conn().await?)
            .await?;
        Ok(row.try_get("seq")?)
    }

    async fn relay_enqueue(
        &self,
        after_seq: i64,
        settled_before_ms: i64,
        now_ms: i64,
    ) -> StoreResult<u64> {
        let done = sqlx::query(
            "INSERT INTO relay_outbox \
             (message_id, seq, status, attempts, next_attempt_at, enqueued_at, updated_at) \
             SELECT m.id, m.seq, 'pending', 0, $3, $3, $3 FROM messages m \
             WHERE m.seq > GREATEST($1, COALESCE((SELECT MAX(seq) FROM relay_outbox \
                                                  WHERE enqueued_at < $2), 0)) \
               AND m.channel IN ('email', 'pec') AND NOT m.held \
               AND m.delivered_at IS NOT NULL \
               AND NOT EXISTS (SELECT 1 FROM relay_outbox r WHERE r.message_id = m.id) \
             ORDER BY m.seq ON CONFLICT DO NOTHING",
        )
        .bind(after_seq)
        .bind(settled_before_ms)
        .bind(now_ms)
        .execute(&mut *self.conn().await?)
        .await?;
        Ok(done.rows_affected())
    }

    async fn relay_claim(
        &self,
        now_ms: i64,
        lease_until_ms: i64,
        limit: u32,
    ) -> StoreResult<Vec<(MessageRow, u32)>> {
        let mut tx = self.tx().await?;
        let rows = sqlx::query(
            "SELECT m.*, r.attempts AS relay_attempts FROM relay_outbox r JOIN messages m ON m.id = r.message_id \
             WHERE r.status = 'pending' AND r.next_attempt_at <= $1 ORDER BY r.seq LIMIT $2 \
             FOR UPDATE OF r SKIP LOCKED",
        )
        .bind(now_ms)
        .bind(i64::from(limit))
        .fetch_all(&mut *tx)
        .await?;
        let claimed = rows
            .iter()
            .map(|row| {
                let attempts = row.try_get::<i32, _>("relay_attempts")?;
                Ok((
                    message_from(row)?,
                    u32::try_from(attempts).unwrap_or(u32::MAX),
                ))
            })
            .collect::<StoreResult<Vec<_>>>()?;
        for (m, _) in &claimed {
            sqlx::query("UPDATE relay_outbox SET next_attempt_at = $1 WHERE message_id = $2")
                .bind(lease_until_ms)
                .bind(&m.id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(claimed)
    }

    async fn relay_record(
        &self,
        message_id: &str,
        status: RelayState,
        error: Option<&str>,
        next_attempt_at_ms: i64,
        now_ms: i64,
    ) -> StoreResult<()> {
        sqlx::query(
            "UPDATE relay_outbox SET status = $1, attempts = attempts + 1, last_error = $2, \
             next_attempt_at = $3, updated_at = $4 WHERE message_id = $5",
        )
        .bind(enum_str(status))
        .bind(error)
        .bind(next_attempt_at_ms)
        .bind(now_ms)
        .bind(message_id)
        .execute(&mut *self.conn().await?)
        .await?;
        Ok(())
    }

    async fn relay_statuses(
        &self,
        recipient_key: Option<&str>,
    ) -> StoreResult<Vec<crate::store::RelayRow>> {
        let q = match recipient_key {
            Some(key) => sqlx::query(
                "SELECT r.* FROM relay_outbox r JOIN messages m ON m.id = r.message_id \
                 WHERE m.recipient_key = $1",
            )
            .bind(key),
            None => sqlx::query("SELECT * FROM relay_outbox ORDER BY seq DESC LIMIT 1000"),
        };
        self.all(q, relay_from).await
    }
}
