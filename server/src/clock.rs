//! The simulated clock. Every rule that depends on time (postal delivery,
//! expiry, lockout, session timeouts, the issuance cut-off) reads it, so a
//! trainer can walk through months of a PIN's life in minutes.
//!
//! Simulated time = real time + an offset. It keeps ticking in real time, so a
//! 3-minute lockout ends on its own as a user would expect, while the admin can
//! jump forward. The offset is persisted by the caller (see
//! `Store::save_clock_offset`) so a restart keeps the simulated date.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use chrono::{DateTime, Utc};

#[derive(Debug, Clone)]
pub struct Clock {
    offset_ms: Arc<AtomicI64>,
}

impl Clock {
    /// A clock whose simulated time is real time shifted by `offset_ms`.
    pub fn with_offset(offset_ms: i64) -> Self {
        Self {
            offset_ms: Arc::new(AtomicI64::new(offset_ms)),
        }
    }

    /// The offset that makes "now" equal `start`.
    pub fn offset_for(start: DateTime<Utc>) -> i64 {
        (start - Utc::now()).num_milliseconds()
    }

    pub fn offset_ms(&self) -> i64 {
        self.offset_ms.load(Ordering::SeqCst)
    }

    /// Simulated now, to the millisecond (the precision the store keeps, so
    /// an instant read back compares equal to the one written).
    pub fn now(&self) -> DateTime<Utc> {
        let ms = Utc::now()
            .timestamp_millis()
            .saturating_add(self.offset_ms());
        DateTime::from_timestamp_millis(ms).unwrap_or(DateTime::<Utc>::MAX_UTC)
    }

    /// Jumps to `at`; returns the new offset (to persist).
    pub fn set(&self, at: DateTime<Utc>) -> i64 {
        let offset = Self::offset_for(at);
        self.offset_ms.store(offset, Ordering::SeqCst);
        offset
    }

    /// Moves forward (or back, if negative); returns the new offset.
    pub fn advance(&self, seconds: i64) -> i64 {
        let delta = seconds.saturating_mul(1000);
        self.offset_ms.fetch_add(delta, Ordering::SeqCst) + delta
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    #[test]
    fn set_and_advance_move_simulated_time() {
        let clock = Clock::with_offset(0);
        let start: DateTime<Utc> = "2020-04-01T09:00:00Z".parse().unwrap();
        clock.set(start);
        assert!((clock.now() - start).num_seconds().abs() < 5);
        clock.advance(86_400);
        assert!(
            (clock.now() - start - Duration::days(1))
                .num_seconds()
                .abs()
                < 5
        );
    }
}
