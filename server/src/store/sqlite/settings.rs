//! `sim_settings`: one key/value table; the clock offset is the key
//! `clock_offset_ms` and its version `clock_version`, both written in one
//! `BEGIN IMMEDIATE` transaction so a move is atomic.

use async_trait::async_trait;
use sqlx::{Sqlite, Transaction};

use super::SqliteStore;
use crate::store::{ClockState, SettingsStore, StoreError, StoreResult};

const CLOCK_OFFSET_KEY: &str = "clock_offset_ms";
const CLOCK_VERSION_KEY: &str = "clock_version";

async fn number_on(tx: &mut Transaction<'_, Sqlite>, key: &str) -> StoreResult<Option<i64>> {
    let v: Option<String> = sqlx::query_scalar("SELECT value FROM sim_settings WHERE key = ?")
        .bind(key)
        .fetch_optional(&mut **tx)
        .await?;
    v.map(|s| {
        s.parse()
            .map_err(|_| StoreError::Corrupt(format!("{key} {s}")))
    })
    .transpose()
}

async fn put_on(tx: &mut Transaction<'_, Sqlite>, key: &str, value: i64) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO sim_settings (key, value) VALUES (?, ?) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )
    .bind(key)
    .bind(value.to_string())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Writes the offset and the next version (a database from before versions
/// were kept starts at 1).
async fn write_clock(tx: &mut Transaction<'_, Sqlite>, offset_ms: i64) -> StoreResult<ClockState> {
    let version = number_on(tx, CLOCK_VERSION_KEY)
        .await?
        .unwrap_or(0)
        .saturating_add(1);
    put_on(tx, CLOCK_OFFSET_KEY, offset_ms).await?;
    put_on(tx, CLOCK_VERSION_KEY, version).await?;
    Ok(ClockState { offset_ms, version })
}

#[async_trait]
impl SettingsStore for SqliteStore {
    async fn clock_state(&self) -> StoreResult<Option<ClockState>> {
        let mut tx = self.pool.begin().await?;
        let offset = number_on(&mut tx, CLOCK_OFFSET_KEY).await?;
        let version = number_on(&mut tx, CLOCK_VERSION_KEY).await?;
        tx.commit().await?;
        Ok(offset.map(|offset_ms| ClockState {
            offset_ms,
            version: version.unwrap_or(0),
        }))
    }

    async fn save_clock_offset(&self, offset_ms: i64) -> StoreResult<ClockState> {
        let mut tx = self.write_tx().await?;
        let state = write_clock(&mut tx, offset_ms).await?;
        tx.commit().await?;
        Ok(state)
    }

    async fn shift_clock_offset(
        &self,
        delta_ms: i64,
        min_offset_ms: i64,
        max_offset_ms: i64,
    ) -> StoreResult<Option<ClockState>> {
        let mut tx = self.write_tx().await?;
        let moved = number_on(&mut tx, CLOCK_OFFSET_KEY)
            .await?
            .and_then(|o| o.checked_add(delta_ms))
            .filter(|o| (min_offset_ms..=max_offset_ms).contains(o));
        let Some(offset) = moved else {
            tx.rollback().await?;
            return Ok(None);
        };
        let state = write_clock(&mut tx, offset).await?;
        tx.commit().await?;
        Ok(Some(state))
    }

    async fn setting(&self, key: &str) -> StoreResult<Option<String>> {
        Ok(
            sqlx::query_scalar("SELECT value FROM sim_settings WHERE key = ?")
                .bind(key)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    async fn save_setting(&self, key: &str, value: &str) -> StoreResult<()> {
        let q = sqlx::query(
            "INSERT INTO sim_settings (key, value) VALUES (?, ?) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(key)
        .bind(value);
        self.run(q).await
    }
}
