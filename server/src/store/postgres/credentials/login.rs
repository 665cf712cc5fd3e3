//! The login's write path on `credentials`: the one transaction that
//! commits a verified PIN (`commit_login`) and the probe counter for
//! codici fiscali without a PIN.

use chrono::{DateTime, Utc};
use sqlx::Row;

use super::super::activity::insert_event_on;
use super::super::sessions::{delete_session_on, insert_session_on};
use super::super::{count, ms, opt_from_ms, PgStore};
use crate::store::credentials::{LoginCommit, NewLogin};
use crate::store::encode::probe_bucket;
use crate::store::{StoreError, StoreResult};

impl PgStore {
    /// The login's one write transaction: under the credential's row, check
    /// it is not locked and still holds the verified hash, clear the count and,
    /// for a session login, write the session, drop the one it replaces and
    /// record the event.
    pub(super) async fn commit_login_tx(&self, login: &NewLogin) -> StoreResult<LoginCommit> {
        let mut tx = self.tx().await?;
        let row = sqlx::query(
            "SELECT failed_attempts, locked_until, state = 'revoked' AS revoked, \
             (initial_hash IS NOT DISTINCT FROM $1 OR half1_hash IS NOT DISTINCT FROM $1 \
             OR pin_hash IS NOT DISTINCT FROM $1) AS holds \
             FROM credentials WHERE id = $2 FOR UPDATE",
        )
        .bind(&login.verified_hash)
        .bind(&login.credential_id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(|| {
            StoreError::Corrupt(format!("credential {} vanished", login.credential_id))
        })?;
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
        if row.try_get::<bool, _>("revoked")? || !row.try_get::<bool, _>("holds")? {
            tx.rollback().await?;
            return Ok(LoginCommit::Stale);
        }
        let Some(ls) = &login.session else {
            sqlx::query(
                "UPDATE credentials SET failed_attempts = 0, locked_until = NULL WHERE id = $1",
            )
            .bind(&login.credential_id)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            return Ok(LoginCommit::Committed);
        };
        sqlx::query(
            "UPDATE credentials SET failed_attempts = 0, locked_until = NULL, last_login_at = $1 \
             WHERE id = $2",
        )
        .bind(ms(login.now))
        .bind(&login.credential_id)
        .execute(&mut *tx)
        .await?;
        insert_session_on(&mut *tx, &ls.session).await?;
        if let Some(old) = &ls.replaces {
            delete_session_on(&mut *tx, old).await?;
        }
        insert_event_on(&mut *tx, &ls.event).await?;
        tx.commit().await?;
        Ok(LoginCommit::Committed)
    }

    /// Counts a login attempt for a codice fiscale that holds no PIN, in a
    /// bucket of its hash (no codice fiscale is stored for it).
    pub(super) async fn count_probe(
        &self,
        codice_fiscale: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let bucket = probe_bucket(codice_fiscale);
        let mut tx = self.tx().await?;
        sqlx::query(
            "INSERT INTO login_probes (bucket, attempts, last_at) VALUES ($1, 1, $2) \
             ON CONFLICT (bucket) DO UPDATE SET attempts = login_probes.attempts + 1, \
             last_at = excluded.last_at",
        )
        .bind(bucket)
        .bind(ms(now))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
