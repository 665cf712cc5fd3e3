//! `sim_settings` (key/value) and `sim_clock`, the one row of the clock
//! shared by every process on the database. A move is one `UPDATE …
//! RETURNING` that checks the bounds and bumps the version in the same
//! statement, so concurrent moves from any process all add up and none can
//! leave the range.

use async_trait::async_trait;
use sqlx::postgres::PgRow;
use sqlx::Row;

use super::PgStore;
use crate::store::{ClockState, SettingsStore, StoreResult};

fn clock_from(r: &PgRow) -> StoreResult<ClockState> {
    Ok(ClockState {
        offset_ms: r.try_get("offset_ms")?,
        version: r.try_get("version")?,
    })
}

#[async_trait]
impl SettingsStore for PgStore {
    async fn clock_state(&self) -> StoreResult<Option<ClockState>> {
        sqlx::query("SELECT offset_ms, version FROM sim_clock")
            .fetch_optional(&mut *self.conn().await?)
            .await?
            .as_ref()
            .map(clock_from)
            .transpose()
    }

    async fn save_clock_offset(&self, offset_ms: i64) -> StoreResult<ClockState> {
        let row = sqlx::query(
            "INSERT INTO sim_clock (id, offset_ms, version) VALUES (TRUE, $1, 1) \
             ON CONFLICT (id) DO UPDATE SET offset_ms = EXCLUDED.offset_ms, \
             version = sim_clock.version + 1 RETURNING offset_ms, version",
        )
        .bind(offset_ms)
        .fetch_one(&mut *self.conn().await?)
        .await?;
        clock_from(&row)
    }

    async fn shift_clock_offset(
        &self,
        delta_ms: i64,
        min_offset_ms: i64,
        max_offset_ms: i64,
    ) -> StoreResult<Option<ClockState>> {
        // The bounds are compared against the delta (`min - offset` and
        // `max - offset` stay small), never by adding it first: a huge
        // delta is refused instead of overflowing BIGINT.
        sqlx::query(
            "UPDATE sim_clock SET offset_ms = offset_ms + $1, version = version + 1 \
             WHERE $1 BETWEEN $2 - offset_ms AND $3 - offset_ms \
             RETURNING offset_ms, version",
        )
        .bind(delta_ms)
        .bind(min_offset_ms)
        .bind(max_offset_ms)
        .fetch_optional(&mut *self.conn().await?)
        .await?
        .as_ref()
        .map(clock_from)
        .transpose()
    }

    fn shares_clock(&self) -> bool {
        true
    }

    async fn setting(&self, key: &str) -> StoreResult<Option<String>> {
        Ok(
            sqlx::query_scalar("SELECT value FROM sim_settings WHERE key = $1")
                .bind(key)
                .fetch_optional(&mut *self.conn().await?)
                .await?,
        )
    }

    async fn save_setting(&self, key: &str, value: &str) -> StoreResult<()> {
        let q = sqlx::query(
            "INSERT INTO sim_settings (key, value) VALUES ($1, $2) \
             ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
        )
        .bind(key)
        .bind(value);
        self.run(q).await
    }
}
