//! `operators` and `operator_sessions`. Operators share the citizens'
//! lockout code (`reserve_attempt_in`), on their own table.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::postgres::PgRow;
use sqlx::Row;

use super::activity::insert_event_on;
use super::messages::{insert_message_on, message_from};
use super::{count, enum_str, from_ms, ms, opt_from_ms, LockoutTable, PgStore};
use crate::store::credentials::LoginCommit;
use crate::store::{
    Attempt, AuditEntry, CallbackOutcome, CallbackRow, ContactCenterStore, Half1Resend, MessageRow,
    NewOperatorLogin, OperatorRow, OperatorSession, OperatorStore, SealedEnvelope, StoreError,
    StoreResult,
};

fn operator_from(row: &PgRow) -> StoreResult<OperatorRow> {
    Ok(OperatorRow {
        id: row.try_get("id")?,
        username: row.try_get("username")?,
        display_name: row.try_get("display_name")?,
        role: row.try_get("role")?,
        password_hash: row.try_get("password_hash")?,
        seeded: row.try_get("seeded")?,
        lockout: domain::pin::Lockout {
            failed_attempts: count(row.try_get("failed_attempts")?),
            locked_until: opt_from_ms(row.try_get("locked_until")?)?,
        },
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
            .fetch_one(&mut *self.conn().await?)
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

    async fn commit_operator_login(&self, login: &NewOperatorLogin) -> StoreResult<LoginCommit> {
        let mut tx = self.tx().await?;
        let row = sqlx::query(
            "SELECT failed_attempts, locked_until, password_hash = $1 AS holds \
             FROM operators WHERE id = $2 FOR UPDATE",
        )
        .bind(&login.verified_hash)
        .bind(&login.operator_id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(|| StoreError::Corrupt(format!("operator {} vanished", login.operator_id)))?;
        let lockout = domain::pin::Lockout {
            failed_attempts: count(row.try_get("failed_attempts")?),
            locked_until: opt_from_ms(row.try_get("locked_until")?)?,
        };
        if let Some(secs) = lockout.retry_after(login.now) {
            tx.rollback().await?;
            return Ok(LoginCommit::Locked {
                retry_after_seconds: secs,
            });
        }
        if !row.try_get::<bool, _>("holds")? {
            tx.rollback().await?;
            return Ok(LoginCommit::Stale);
        }
        sqlx::query("UPDATE operators SET failed_attempts = 0, locked_until = NULL WHERE id = $1")
            .bind(&login.operator_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO operator_sessions (id, operator_id, created_at, last_seen_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(&login.session_id)
        .bind(&login.operator_id)
        .bind(ms(login.now))
        .bind(ms(login.now))
        .execute(&mut *tx)
        .await?;
        if let Some(old) = &login.replaces {
            sqlx::query("DELETE FROM operator_sessions WHERE id = $1")
                .bind(old)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(LoginCommit::Committed)
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

    async fn save_envelope(&self, e: &SealedEnvelope, now: DateTime<Utc>) -> StoreResult<()> {
        let mut tx = self.tx().await?;
        sqlx::query("DELETE FROM sede_envelopes WHERE expires_at <= $1")
            .bind(ms(now))
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO sede_envelopes (request_id, session_id, sealed, data_json, expires_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (request_id) DO UPDATE SET \
             session_id = excluded.session_id, sealed = excluded.sealed, \
             data_json = excluded.data_json, expires_at = excluded.expires_at",
        )
        .bind(&e.request_id)
        .bind(&e.session_id)
        .bind(&e.sealed)
        .bind(&e.data_json)
        .bind(ms(e.expires_at))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn envelope(
        &self,
        request_id: &str,
        session_id: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<SealedEnvelope>> {
        let row = sqlx::query(
            "SELECT * FROM sede_envelopes WHERE request_id = $1 AND session_id = $2 \
             AND expires_at > $3",
        )
        .bind(request_id)
        .bind(session_id)
        .bind(ms(now))
        .fetch_optional(&mut *self.conn().await?)
        .await?;
        row.map(|r| {
            Ok(SealedEnvelope {
                request_id: r.try_get("request_id")?,
                session_id: r.try_get("session_id")?,
                sealed: r.try_get("sealed")?,
                data_json: r.try_get("data_json")?,
                expires_at: from_ms(r.try_get("expires_at")?)?,
            })
        })
        .transpose()
    }
}

fn audit_from(r: &PgRow) -> StoreResult<AuditEntry> {
    Ok(AuditEntry {
        operator: r.try_get("operator")?,
        role: r.try_get("role")?,
        action: r.try_get("action")?,
        codice_fiscale: r.try_get("codice_fiscale")?,
        request_id: r.try_get("request_id")?,
        detail: r.try_get("detail")?,
        at: from_ms(r.try_get("at")?)?,
    })
}

fn callback_from(r: &PgRow) -> StoreResult<CallbackRow> {
    Ok(CallbackRow {
        request_id: r.try_get("id")?,
        codice_fiscale: r.try_get("codice_fiscale")?,
        request_status: r.try_get("request_status")?,
        request_json: r.try_get("request_json")?,
        created_at: from_ms(r.try_get("created_at")?)?,
        attempts: r.try_get("attempts")?,
        status: r.try_get("cb_status")?,
        updated_at: opt_from_ms(r.try_get("cb_updated")?)?,
    })
}

/// The columns of the callback list: a request still awaiting the
/// registry check without a callback row is open.
const CALLBACK_LIST: &str = "SELECT p.id, p.codice_fiscale, p.status AS request_status, \
     p.request_json, p.created_at, COALESCE(c.attempts, 0) AS attempts, \
     COALESCE(c.status, 'open') AS cb_status, c.updated_at AS cb_updated";

/// Requests with their callback; a request awaiting verification without
/// a row is an open callback.
const CALLBACK_SELECT: &str = "SELECT p.id, p.codice_fiscale, p.status AS request_status, \
     p.request_json, p.created_at, COALESCE(c.attempts, 0) AS attempts, \
     COALESCE(c.status, CASE WHEN p.status = 'awaiting_verification' THEN 'open' ELSE 'none' END) \
     AS cb_status, c.updated_at AS cb_updated \
     FROM pin_requests p LEFT JOIN callbacks c ON c.request_id = p.id";

pub(super) async fn insert_audit_on<'c, E>(exec: E, e: &AuditEntry) -> StoreResult<()>
where
    E: sqlx::Executor<'c, Database = sqlx::Postgres>,
{
    sqlx::query(
        "INSERT INTO operator_audit (operator, role, action, codice_fiscale, request_id, \
         detail, at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&e.operator)
    .bind(&e.role)
    .bind(&e.action)
    .bind(&e.codice_fiscale)
    .bind(&e.request_id)
    .bind(&e.detail)
    .bind(ms(e.at))
    .execute(exec)
    .await?;
    Ok(())
}

#[async_trait]
impl ContactCenterStore for PgStore {
    async fn add_audit(&self, e: &AuditEntry) -> StoreResult<()> {
        insert_audit_on(&mut *self.conn().await?, e).await
    }

    async fn audit(
        &self,
        codice_fiscale: Option<&str>,
        limit: i64,
    ) -> StoreResult<Vec<AuditEntry>> {
        // Two statements, not `(? IS NULL OR codice_fiscale = ?)`: each has
        // an index that yields its rows already in order.
        let q = match codice_fiscale {
            Some(cf) => sqlx::query(
                "SELECT * FROM operator_audit WHERE codice_fiscale = $1 \
                 ORDER BY at DESC, seq DESC LIMIT $2",
            )
            .bind(cf)
            .bind(limit),
            None => sqlx::query("SELECT * FROM operator_audit ORDER BY at DESC, seq DESC LIMIT $1")
                .bind(limit),
        };
        self.all(q, audit_from).await
    }

    async fn count_audit(&self, request_id: &str, action: &str) -> StoreResult<i64> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM operator_audit WHERE request_id = $1 AND action = $2",
        )
        .bind(request_id)
        .bind(action)
        .fetch_one(&mut *self.conn().await?)
        .await?)
    }

    async fn callbacks(&self) -> StoreResult<Vec<CallbackRow>> {
        // The requests awaiting the registry check (a partial index) and
        // those already called (the callbacks table), not a scan of every
        // request; UNION drops a request that is in both.
        let q = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT * FROM ({CALLBACK_LIST} FROM pin_requests p LEFT JOIN callbacks c \
             ON c.request_id = p.id WHERE p.status = 'awaiting_verification' \
             UNION {CALLBACK_LIST} FROM callbacks c JOIN pin_requests p ON p.id = c.request_id) AS q \
             ORDER BY CASE WHEN cb_status = 'open' THEN 0 ELSE 1 END, \
             CASE WHEN cb_status = 'open' THEN created_at ELSE -cb_updated END, id"
        )));
        self.all(q, callback_from).await
    }

    async fn callback(&self, request_id: &str) -> StoreResult<Option<CallbackRow>> {
        self.one_by(
            sqlx::AssertSqlSafe(format!("{CALLBACK_SELECT} WHERE p.id = $1")),
            request_id,
            callback_from,
        )
        .await
    }

    async fn requests_of(&self, codice_fiscale: &str) -> StoreResult<Vec<CallbackRow>> {
        let q = sqlx::query(sqlx::AssertSqlSafe(format!(
            "{CALLBACK_SELECT} WHERE p.codice_fiscale = $1 ORDER BY p.created_at DESC, p.id"
        )))
        .bind(codice_fiscale);
        self.all(q, callback_from).await
    }

    async fn request_messages(&self, request_id: &str) -> StoreResult<Vec<MessageRow>> {
        let q = sqlx::query("SELECT * FROM messages WHERE request_id = $1 ORDER BY seq")
            .bind(request_id);
        self.all(q, message_from).await
    }

    async fn record_half1_resend(&self, r: &Half1Resend) -> StoreResult<Option<i64>> {
        let mut tx = self.tx().await?;
        // The request's row lock serialises the resends of one request
        // (over every process) from the count to the commit.
        let held: Option<String> =
            sqlx::query_scalar("SELECT id FROM pin_requests WHERE id = $1 FOR UPDATE")
                .bind(&r.request_id)
                .fetch_optional(&mut *tx)
                .await?;
        if held.is_none() {
            return Err(StoreError::Corrupt(format!(
                "pin request {} vanished",
                r.request_id
            )));
        }
        let done: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM operator_audit WHERE request_id = $1 AND action = $2",
        )
        .bind(&r.request_id)
        .bind(&r.audit.action)
        .fetch_one(&mut *tx)
        .await?;
        if done >= r.max {
            tx.rollback().await?;
            return Ok(None);
        }
        insert_message_on(&mut *tx, &r.message).await?;
        insert_audit_on(&mut *tx, &r.audit).await?;
        insert_event_on(&mut *tx, &r.event).await?;
        tx.commit().await?;
        Ok(Some(done))
    }

    async fn record_callback_outcome(&self, o: &CallbackOutcome) -> StoreResult<bool> {
        let mut tx = self.tx().await?;
        let open: Option<(String, i64)> = sqlx::query_as(
            "SELECT COALESCE(c.status, 'open'), COALESCE(c.attempts, 0) FROM pin_requests p \
             LEFT JOIN callbacks c ON c.request_id = p.id \
             WHERE p.id = $1 AND p.status = 'awaiting_verification' FOR UPDATE OF p",
        )
        .bind(&o.request_id)
        .fetch_optional(&mut *tx)
        .await?;
        match open {
            Some((status, attempts)) if status == "open" && attempts == o.expected_attempts => {}
            _ => return Ok(false),
        }
        sqlx::query(
            "INSERT INTO callbacks (request_id, attempts, status, updated_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (request_id) DO UPDATE SET attempts = excluded.attempts, \
             status = excluded.status, updated_at = excluded.updated_at",
        )
        .bind(&o.request_id)
        .bind(o.attempts)
        .bind(&o.status)
        .bind(ms(o.now))
        .execute(&mut *tx)
        .await?;
        if let Some(status) = &o.request_status {
            sqlx::query("UPDATE pin_requests SET status = $1 WHERE id = $2")
                .bind(status)
                .bind(&o.request_id)
                .execute(&mut *tx)
                .await?;
        }
        if let Some(json) = &o.request_json {
            sqlx::query("UPDATE pin_requests SET request_json = $1 WHERE id = $2")
                .bind(json)
                .bind(&o.request_id)
                .execute(&mut *tx)
                .await?;
        }
        if o.drop_held {
            sqlx::query("DELETE FROM messages WHERE request_id = $1 AND held")
                .bind(&o.request_id)
                .execute(&mut *tx)
                .await?;
        }
        if o.calls_made {
            sqlx::query(
                "UPDATE messages SET delivered_at = $1 WHERE request_id = $2 AND channel = 'call' \
                 AND delivered_at IS NULL AND due_at IS NULL AND NOT held",
            )
            .bind(ms(o.now))
            .bind(&o.request_id)
            .execute(&mut *tx)
            .await?;
        }
        if let Some(state) = o.credential_state {
            sqlx::query(
                "UPDATE credentials SET state = $1, updated_at = $2 \
                 WHERE request_id = $3 AND state = 'requested'",
            )
            .bind(enum_str(state))
            .bind(ms(o.now))
            .bind(&o.request_id)
            .execute(&mut *tx)
            .await?;
        }
        for m in &o.messages {
            insert_message_on(&mut *tx, m).await?;
        }
        insert_audit_on(&mut *tx, &o.audit).await?;
        tx.commit().await?;
        Ok(true)
    }
}
