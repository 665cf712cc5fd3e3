//! Simulation settings that survive a restart: the simulated clock and the
//! small key/value settings (e.g. the privacy notice version).
//!
//! The clock is kept as an offset from real time with a version that every
//! change bumps. The database is the clock's single source of truth: a move
//! is one atomic write there (so concurrent moves from several processes all
//! add up), and a process that shares the database with others re-reads the
//! state before each request, adopting it only if its version is newer than
//! the one it holds (see `clock::Clock::observe`).

use async_trait::async_trait;

use super::StoreResult;

/// The stored clock: offset from the real clock in milliseconds, and a
/// version that increases with every change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClockState {
    pub offset_ms: i64,
    pub version: i64,
}

#[async_trait]
pub trait SettingsStore: Send + Sync {
    /// The stored clock; `None` until the first start has saved one.
    async fn clock_state(&self) -> StoreResult<Option<ClockState>>;
    /// The stored clock offset alone.
    async fn clock_offset(&self) -> StoreResult<Option<i64>> {
        Ok(self.clock_state().await?.map(|c| c.offset_ms))
    }
    /// Sets the offset (a jump to a date, or the first start); the version
    /// moves on.
    async fn save_clock_offset(&self, offset_ms: i64) -> StoreResult<ClockState>;
    /// Adds `delta_ms` to the stored offset in one atomic step, only if the
    /// result stays within `min_offset_ms..=max_offset_ms`; `None`, and
    /// nothing changed, otherwise (or when no offset is stored yet).
    async fn shift_clock_offset(
        &self,
        delta_ms: i64,
        min_offset_ms: i64,
        max_offset_ms: i64,
    ) -> StoreResult<Option<ClockState>>;
    /// Whether other processes may move the clock of this store (a database
    /// server shared by several instances): then each request re-reads it.
    fn shares_clock(&self) -> bool {
        false
    }
    async fn setting(&self, key: &str) -> StoreResult<Option<String>>;
    /// Inserts or overwrites.
    async fn save_setting(&self, key: &str, value: &str) -> StoreResult<()>;
}
