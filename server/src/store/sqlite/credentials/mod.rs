//! `credentials`, `pin_requests` and `pin_history`. The unique index
//! `credentials_one_live_per_cf` is what turns two concurrent requests for
//! one codice fiscale into one success and one `Conflict`.

mod bulk;
mod login;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use domain::api::{PinState, Role};

use super::messages::insert_message_on;
use super::readers::Columns;
use super::sessions::delete_sessions_on;
use super::{
    conflict_on_unique, count, enum_str, from_ms, ms, opt_from_ms, parse_enum, LockoutTable,
    SqliteStore,
};
use crate::store::credentials::{LoginCommit, NewLogin};
use crate::store::{
    Attempt, Credential, CredentialStore, NewPinRequest, StoreResult, StoredContacts,
};

pub(super) const CREDENTIAL_COLUMNS: &str =
    "id, codice_fiscale, request_id, state, role, surname, name, \
     home_phone, mobile, email, pec, initial_hash, half1_hash, pin_hash, pin_changed_at, \
     failed_attempts, locked_until, contacts_verified, privacy_accepted, activation_required, \
     privacy_version, last_login_at, created_at";

/// The login's look-ups by codice fiscale (after `WHERE`): the live PIN
/// (index `credentials_one_live_per_cf`) and, when there is none, the last
/// revoked one (index `credentials_revoked_by_cf`). Both are named so the
/// query-plan test checks the very text that runs.
pub(super) const LIVE_BY_CF: &str = "codice_fiscale = ? AND state <> 'revoked'";
pub(super) const REVOKED_BY_CF: &str =
    "codice_fiscale = ? AND state = 'revoked' ORDER BY updated_at DESC LIMIT 1";

/// A credential from the [`CREDENTIAL_COLUMNS`] of a row of either kind
/// (the pool's, or a session reader's: `readers.rs`).
pub(super) fn credential_from(row: &impl Columns) -> StoreResult<Credential> {
    Ok(Credential {
        id: row.col("id")?,
        codice_fiscale: row.col("codice_fiscale")?,
        request_id: row.col("request_id")?,
        state: parse_enum::<PinState>(row.col("state")?)?,
        role: parse_enum::<Role>(row.col("role")?)?,
        surname: row.col("surname")?,
        name: row.col("name")?,
        home_phone: row.col("home_phone")?,
        mobile: row.col("mobile")?,
        email: row.col("email")?,
        pec: row.col("pec")?,
        initial_hash: row.col("initial_hash")?,
        half1_hash: row.col("half1_hash")?,
        pin_hash: row.col("pin_hash")?,
        pin_changed_at: opt_from_ms(row.col("pin_changed_at")?)?,
        failed_attempts: count(row.col("failed_attempts")?),
        locked_until: opt_from_ms(row.col("locked_until")?)?,
        contacts_verified: row.col::<i64>("contacts_verified")? != 0,
        privacy_accepted: row.col::<i64>("privacy_accepted")? != 0,
        activation_required: row.col::<i64>("activation_required")? != 0,
        privacy_version: row.col("privacy_version")?,
        last_login_at: opt_from_ms(row.col("last_login_at")?)?,
        created_at: from_ms(row.col("created_at")?)?,
    })
}

/// Remembers a PIN hash for the no-reuse rule; in the same transaction as
/// the change that set it, so history and credential never disagree.
async fn record_pin_history<'c, E>(
    exec: E,
    credential_id: &str,
    pin_hash: &str,
    now: DateTime<Utc>,
) -> StoreResult<()>
where
    E: sqlx::Executor<'c, Database = sqlx::Sqlite>,
{
    sqlx::query("INSERT INTO pin_history (credential_id, pin_hash, changed_at) VALUES (?, ?, ?)")
        .bind(credential_id)
        .bind(pin_hash)
        .bind(ms(now))
        .execute(exec)
        .await?;
    Ok(())
}

impl SqliteStore {
    /// The credential matching `filter` (the SQL after `WHERE`, with one `?`
    /// for `key`). Always [`CREDENTIAL_COLUMNS`], so every lookup feeds
    /// [`credential_from`] the same shape and none can forget a column.
    async fn credential_where(&self, filter: &str, key: &str) -> StoreResult<Option<Credential>> {
        let sql = format!("SELECT {CREDENTIAL_COLUMNS} FROM credentials WHERE {filter}");
        self.one_by(sqlx::AssertSqlSafe(sql), key, credential_from)
            .await
    }
}

#[async_trait]
impl CredentialStore for SqliteStore {
    async fn live_credential(&self, codice_fiscale: &str) -> StoreResult<Option<Credential>> {
        self.credential_where(LIVE_BY_CF, codice_fiscale).await
    }

    async fn last_revoked_credential(
        &self,
        codice_fiscale: &str,
    ) -> StoreResult<Option<Credential>> {
        self.credential_where(REVOKED_BY_CF, codice_fiscale).await
    }

    async fn credential(&self, id: &str) -> StoreResult<Option<Credential>> {
        self.credential_where("id = ?", id).await
    }

    async fn create_pin_request(&self, req: NewPinRequest) -> StoreResult<()> {
        let c = &req.credential;
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "INSERT INTO pin_requests (id, codice_fiscale, status, request_json, created_at) \
             VALUES (?, ?, ?, ?, ?)",
        )
        .bind(&req.request_id)
        .bind(&c.codice_fiscale)
        .bind(&req.status)
        .bind(&req.request_json)
        .bind(ms(c.created_at))
        .execute(&mut *tx)
        .await?;
        let r = sqlx::query(
            "INSERT INTO credentials (id, codice_fiscale, request_id, state, role, surname, name, \
             home_phone, mobile, email, pec, initial_hash, half1_hash, pin_hash, pin_changed_at, \
             failed_attempts, locked_until, contacts_verified, privacy_accepted, \
             activation_required, privacy_version, created_at, updated_at) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&c.id)
        .bind(&c.codice_fiscale)
        .bind(&c.request_id)
        .bind(enum_str(c.state))
        .bind(enum_str(c.role))
        .bind(&c.surname)
        .bind(&c.name)
        .bind(&c.home_phone)
        .bind(&c.mobile)
        .bind(&c.email)
        .bind(&c.pec)
        .bind(&c.initial_hash)
        .bind(&c.half1_hash)
        .bind(&c.pin_hash)
        .bind(c.pin_changed_at.map(ms))
        .bind(c.contacts_verified as i64)
        .bind(c.privacy_accepted as i64)
        .bind(c.activation_required as i64)
        .bind(c.privacy_version)
        .bind(ms(c.created_at))
        .bind(ms(c.created_at))
        .execute(&mut *tx)
        .await;
        conflict_on_unique(r)?;
        for m in &req.messages {
            insert_message_on(&mut *tx, m).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn pin_request_json(&self, request_id: &str) -> StoreResult<Option<String>> {
        Ok(
            sqlx::query_scalar("SELECT request_json FROM pin_requests WHERE id = ?")
                .bind(request_id)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    async fn reserve_attempt(
        &self,
        credential_id: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Attempt> {
        self.reserve_attempt_in(LockoutTable::Credentials, credential_id, now)
            .await
    }

    async fn commit_login(&self, login: &NewLogin) -> StoreResult<LoginCommit> {
        self.commit_login_tx(login).await
    }

    async fn reset_lockout(&self, credential_id: &str) -> StoreResult<()> {
        let q = sqlx::query(
            "UPDATE credentials SET failed_attempts = 0, locked_until = NULL WHERE id = ?",
        )
        .bind(credential_id);
        self.run(q).await
    }

    async fn record_login(&self, credential_id: &str, now: DateTime<Utc>) -> StoreResult<()> {
        let q = sqlx::query(
            "UPDATE credentials SET failed_attempts = 0, locked_until = NULL, last_login_at = ? \
             WHERE id = ?",
        )
        .bind(ms(now))
        .bind(credential_id);
        self.run(q).await
    }

    async fn complete_first_access(
        &self,
        credential_id: &str,
        pin_hash: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<bool> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query(
            "UPDATE credentials SET initial_hash = NULL, half1_hash = NULL, pin_hash = ?, \
             pin_changed_at = ?, updated_at = ?, \
             state = CASE WHEN state = 'dispositivo' THEN 'dispositivo' ELSE 'active' END \
             WHERE id = ? AND initial_hash IS NOT NULL AND state <> 'revoked'",
        )
        .bind(pin_hash)
        .bind(ms(now))
        .bind(ms(now))
        .bind(credential_id)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if done {
            record_pin_history(&mut *tx, credential_id, pin_hash, now).await?;
        }
        tx.commit().await?;
        Ok(done)
    }

    async fn change_pin(
        &self,
        credential_id: &str,
        pin_hash: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "UPDATE credentials SET pin_hash = ?, pin_changed_at = ?, updated_at = ? WHERE id = ?",
        )
        .bind(pin_hash)
        .bind(ms(now))
        .bind(ms(now))
        .bind(credential_id)
        .execute(&mut *tx)
        .await?;
        record_pin_history(&mut *tx, credential_id, pin_hash, now).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn pin_history(&self, credential_id: &str, n: i64) -> StoreResult<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT pin_hash FROM pin_history WHERE credential_id = ? \
             ORDER BY changed_at DESC, rowid DESC LIMIT ?",
        )
        .bind(credential_id)
        .bind(n)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn set_contacts_verified(&self, credential_id: &str, verified: bool) -> StoreResult<()> {
        let q = sqlx::query("UPDATE credentials SET contacts_verified = ? WHERE id = ?")
            .bind(verified as i64)
            .bind(credential_id);
        self.run(q).await
    }

    async fn set_privacy_version(&self, credential_id: &str, version: i64) -> StoreResult<()> {
        let q = sqlx::query(
            "UPDATE credentials SET privacy_version = ?, privacy_accepted = 1 WHERE id = ?",
        )
        .bind(version)
        .bind(credential_id);
        self.run(q).await
    }

    async fn update_contacts(
        &self,
        credential_id: &str,
        c: &StoredContacts,
        verified: bool,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let q = sqlx::query(
            "UPDATE credentials SET home_phone = ?, mobile = ?, email = ?, pec = ?, \
             contacts_verified = ?, updated_at = ? WHERE id = ?",
        )
        .bind(&c.home_phone)
        .bind(&c.mobile)
        .bind(&c.email)
        .bind(&c.pec)
        .bind(verified as i64)
        .bind(ms(now))
        .bind(credential_id);
        self.run(q).await
    }

    async fn activate(
        &self,
        credential_id: &str,
        c: &StoredContacts,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let q = sqlx::query(
            "UPDATE credentials SET home_phone = ?, mobile = ?, email = ?, pec = ?, \
             contacts_verified = 1, activation_required = 0, failed_attempts = 0, \
             locked_until = NULL, updated_at = ? WHERE id = ?",
        )
        .bind(&c.home_phone)
        .bind(&c.mobile)
        .bind(&c.email)
        .bind(&c.pec)
        .bind(ms(now))
        .bind(credential_id);
        self.run(q).await
    }

    async fn restore_pin(
        &self,
        credential_id: &str,
        initial_hash: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "UPDATE credentials SET initial_hash = ?, half1_hash = NULL, pin_hash = NULL, \
             failed_attempts = 0, locked_until = NULL, updated_at = ? WHERE id = ?",
        )
        .bind(initial_hash)
        .bind(ms(now))
        .bind(credential_id)
        .execute(&mut *tx)
        .await?;
        delete_sessions_on(&mut *tx, credential_id).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn revoke(&self, credential_id: &str, now: DateTime<Utc>) -> StoreResult<bool> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query(
            "UPDATE credentials SET state = 'revoked', updated_at = ? \
             WHERE id = ? AND state <> 'revoked'",
        )
        .bind(ms(now))
        .bind(credential_id)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        delete_sessions_on(&mut *tx, credential_id).await?;
        sqlx::query("UPDATE codes SET used_at = ? WHERE credential_id = ? AND used_at IS NULL")
            .bind(ms(now))
            .bind(credential_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(done)
    }

    async fn count_login_without_pin(
        &self,
        codice_fiscale: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        self.count_probe(codice_fiscale, now).await
    }

    async fn insert_credentials(&self, batch: &[Credential]) -> StoreResult<u64> {
        self.insert_credentials_bulk(batch).await
    }
}
