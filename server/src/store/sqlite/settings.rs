//! `sim_settings`: one key/value table; the clock offset is the key
//! `clock_offset_ms`.

use async_trait::async_trait;

use super::SqliteStore;
use crate::store::{SettingsStore, StoreError, StoreResult};

const CLOCK_OFFSET_KEY: &str = "clock_offset_ms";

#[async_trait]
impl SettingsStore for SqliteStore {
    async fn clock_offset(&self) -> StoreResult<Option<i64>> {
        self.setting(CLOCK_OFFSET_KEY)
            .await?
            .map(|s| {
                s.parse()
                    .map_err(|_| StoreError::Corrupt(format!("offset {s}")))
            })
            .transpose()
    }

    async fn save_clock_offset(&self, offset_ms: i64) -> StoreResult<()> {
        self.save_setting(CLOCK_OFFSET_KEY, &offset_ms.to_string())
            .await
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
