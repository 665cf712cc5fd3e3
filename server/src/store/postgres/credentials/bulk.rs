//! Bulk load of generated credentials (scale benchmark, large worlds).

use super::super::{enum_str, ms, PgStore};
use crate::store::{Credential, StoreResult};

/// Rows per multi-row `INSERT` of a bulk load: well under the database's
/// limit on bound parameters (SQLite 32 766, PostgreSQL 65 535) at the
/// widest table's 22 columns.
const BULK_ROWS: usize = 1000;

impl PgStore {
    /// Loads generated credentials in multi-row `INSERT`s, skipping ids
    /// already present (the scale benchmark's 1 000 000 citizens).
    pub(super) async fn insert_credentials_bulk(&self, batch: &[Credential]) -> StoreResult<u64> {
        let mut tx = self.tx().await?;
        let mut inserted = 0;
        for chunk in batch.chunks(BULK_ROWS) {
            let mut q = sqlx::QueryBuilder::<sqlx::Postgres>::new(
                "INSERT INTO credentials (id, codice_fiscale, request_id, state, role, surname, \
                 name, home_phone, mobile, email, pec, initial_hash, half1_hash, pin_hash, \
                 pin_changed_at, contacts_verified, privacy_accepted, activation_required, \
                 privacy_version, last_login_at, created_at, updated_at) ",
            );
            q.push_values(chunk, |mut row, c| {
                row.push_bind(&c.id)
                    .push_bind(&c.codice_fiscale)
                    .push_bind(&c.request_id)
                    .push_bind(enum_str(c.state))
                    .push_bind(enum_str(c.role))
                    .push_bind(&c.surname)
                    .push_bind(&c.name)
                    .push_bind(&c.home_phone)
                    .push_bind(&c.mobile)
                    .push_bind(&c.email)
                    .push_bind(&c.pec)
                    .push_bind(&c.initial_hash)
                    .push_bind(&c.half1_hash)
                    .push_bind(&c.pin_hash)
                    .push_bind(c.pin_changed_at.map(ms))
                    .push_bind(c.contacts_verified)
                    .push_bind(c.privacy_accepted)
                    .push_bind(c.activation_required)
                    .push_bind(c.privacy_version)
                    .push_bind(c.last_login_at.map(ms))
                    .push_bind(ms(c.created_at))
                    .push_bind(ms(c.created_at));
            });
            q.push(" ON CONFLICT DO NOTHING");
            inserted += q.build().execute(&mut *tx).await?.rows_affected();
        }
        tx.commit().await?;
        Ok(inserted)
    }
}
