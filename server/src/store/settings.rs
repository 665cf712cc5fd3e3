//! Simulation settings that survive a restart: the clock offset and the
//! small key/value settings (e.g. the privacy notice version).

use async_trait::async_trait;

use super::StoreResult;

#[async_trait]
pub trait SettingsStore: Send + Sync {
    /// The simulated clock's offset from the real one, in milliseconds;
    /// `None` until the first start has saved one.
    async fn clock_offset(&self) -> StoreResult<Option<i64>>;
    async fn save_clock_offset(&self, offset_ms: i64) -> StoreResult<()>;
    async fn setting(&self, key: &str) -> StoreResult<Option<String>>;
    /// Inserts or overwrites.
    async fn save_setting(&self, key: &str, value: &str) -> StoreResult<()>;
}
