//! `support_requests`: the citizens' support requests and how the contact
//! center worked them.

use async_trait::async_trait;
use sqlx::sqlite::SqliteRow;
use sqlx::Row;

use super::messages::insert_message_on;
use super::operators::insert_audit_on;
use super::{conflict_on_unique, from_ms, ms, opt_from_ms, SqliteStore};
use crate::store::{
    NewMessage, StoreResult, SupportClosing, SupportRequestRow, SupportRequestStore, SupportTaking,
};

fn support_row(r: &SqliteRow) -> StoreResult<SupportRequestRow> {
    Ok(SupportRequestRow {
        id: r.try_get("id")?,
        filed_at: from_ms(r.try_get("filed_at")?)?,
        topic: r.try_get("topic")?,
        name: r.try_get("name")?,
        codice_fiscale: r.try_get("codice_fiscale")?,
        email: r.try_get("email")?,
        message: r.try_get("message")?,
        lang: r.try_get("lang")?,
        status: r.try_get("status")?,
        operator: r.try_get("operator")?,
        taken_at: opt_from_ms(r.try_get("taken_at")?)?,
        reply: r.try_get("reply")?,
        closed_at: opt_from_ms(r.try_get("closed_at")?)?,
    })
}

#[async_trait]
impl SupportRequestStore for SqliteStore {
    async fn file_support_request(
        &self,
        r: &SupportRequestRow,
        acknowledgement: &NewMessage,
    ) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query(
            "INSERT INTO support_requests (id, filed_at, topic, name, codice_fiscale, email, \
             message, lang, status, operator, taken_at, reply, closed_at) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&r.id)
        .bind(ms(r.filed_at))
        .bind(&r.topic)
        .bind(&r.name)
        .bind(&r.codice_fiscale)
        .bind(&r.email)
        .bind(&r.message)
        .bind(&r.lang)
        .bind(&r.status)
        .bind(&r.operator)
        .bind(r.taken_at.map(ms))
        .bind(&r.reply)
        .bind(r.closed_at.map(ms))
        .execute(&mut *tx)
        .await;
        conflict_on_unique(done)?;
        insert_message_on(&mut *tx, acknowledgement).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn support_request(&self, id: &str) -> StoreResult<Option<SupportRequestRow>> {
        self.one_by(
            "SELECT * FROM support_requests WHERE id = ?",
            id,
            support_row,
        )
        .await
    }

    async fn support_requests(
        &self,
        status: Option<&str>,
        limit: i64,
    ) -> StoreResult<Vec<SupportRequestRow>> {
        // Two statements, each served in order by its own index.
        let q = match status {
            Some(s) => sqlx::query(
                "SELECT * FROM support_requests WHERE status = ? \
                 ORDER BY filed_at DESC, id DESC LIMIT ?",
            )
            .bind(s)
            .bind(limit),
            None => sqlx::query(
                "SELECT * FROM support_requests ORDER BY filed_at DESC, id DESC LIMIT ?",
            )
            .bind(limit),
        };
        self.all(q, support_row).await
    }

    async fn take_support_request(&self, t: &SupportTaking) -> StoreResult<bool> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query(
            "UPDATE support_requests SET status = 'in_progress', operator = ?, taken_at = ? \
             WHERE id = ? AND status <> 'closed'",
        )
        .bind(&t.operator)
        .bind(ms(t.now))
        .bind(&t.id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            tx.rollback().await?;
            return Ok(false);
        }
        insert_audit_on(&mut *tx, &t.audit).await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn close_support_request(&self, c: &SupportClosing) -> StoreResult<bool> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query(
            "UPDATE support_requests SET status = 'closed', operator = ?, reply = ?, \
             closed_at = ?, taken_at = COALESCE(taken_at, ?) \
             WHERE id = ? AND status <> 'closed'",
        )
        .bind(&c.operator)
        .bind(&c.reply)
        .bind(ms(c.now))
        .bind(ms(c.now))
        .bind(&c.id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            tx.rollback().await?;
            return Ok(false);
        }
        insert_message_on(&mut *tx, &c.message).await?;
        insert_audit_on(&mut *tx, &c.audit).await?;
        tx.commit().await?;
        Ok(true)
    }
}
