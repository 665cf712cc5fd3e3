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

use chrono::{DateTime, TimeDelta, Utc};

/// The simulated clock stays within these instants. The product replays
/// 2019–2020, so this leaves room for any walk-through (expiries, letters,
/// lockouts) while every duration the rules add to "now" stays far from
/// chrono's limits: nothing downstream can overflow.
pub const EARLIEST: &str = "2000-01-01T00:00:00Z";
pub const LATEST: &str = "2099-12-31T23:59:59Z";

pub fn earliest() -> DateTime<Utc> {
    EARLIEST.parse().expect("valid instant")
}

pub fn latest() -> DateTime<Utc> {
    LATEST.parse().expect("valid instant")
}

/// A clock move that would leave [`EARLIEST`]..=[`LATEST`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("simulated clock out of range")]
pub struct OutOfRange;

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

    /// Jumps to `at` (forward or back); returns the new offset (to persist).
    pub fn set(&self, at: DateTime<Utc>) -> Result<i64, OutOfRange> {
        if !(earliest()..=latest()).contains(&at) {
            return Err(OutOfRange);
        }
        let offset = Self::offset_for(at);
        self.offset_ms.store(offset, Ordering::SeqCst);
        Ok(offset)
    }

    /// Moves forward (or back, if negative) atomically, so concurrent moves
    /// add up; returns the new offset. Refused, leaving the clock as it
    /// was, if the result would leave the range.
    pub fn advance(&self, seconds: i64) -> Result<i64, OutOfRange> {
        let delta = TimeDelta::try_seconds(seconds).ok_or(OutOfRange)?;
        let delta_ms = delta.num_milliseconds();
        let range = earliest()..=latest();
        let moved = self
            .offset_ms
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |offset| {
                let offset = offset.checked_add(delta_ms)?;
                let now = Utc::now().timestamp_millis().checked_add(offset)?;
                let at = DateTime::from_timestamp_millis(now)?;
                range.contains(&at).then_some(offset)
            })
            .map_err(|_| OutOfRange)?;
        Ok(moved + delta_ms)
    }

    /// An offset restored from the database, brought back into range (a
    /// database written before the clock was bounded may hold any value).
    pub fn restored(offset_ms: i64, fallback: DateTime<Utc>) -> Self {
        let clock = Self::with_offset(offset_ms);
        if !(earliest()..=latest()).contains(&clock.now()) {
            clock
                .offset_ms
                .store(Self::offset_for(fallback), Ordering::SeqCst);
        }
        clock
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
        clock.set(start).unwrap();
        assert!((clock.now() - start).num_seconds().abs() < 5);
        clock.advance(86_400).unwrap();
        assert!(
            (clock.now() - start - Duration::days(1))
                .num_seconds()
                .abs()
                < 5
        );
    }

    #[test]
    fn moves_outside_the_range_are_refused_and_change_nothing() {
        let clock = Clock::with_offset(0);
        let start: DateTime<Utc> = "2020-04-01T09:00:00Z".parse().unwrap();
        clock.set(start).unwrap();
        let before = clock.offset_ms();
        for secs in [i64::MIN, i64::MAX, -(30 * 365 * 86_400), 100 * 365 * 86_400] {
            assert_eq!(clock.advance(secs), Err(OutOfRange), "{secs}");
        }
        assert_eq!(clock.set(DateTime::<Utc>::MAX_UTC), Err(OutOfRange));
        assert_eq!(
            clock.set("1999-12-31T23:59:59Z".parse().unwrap()),
            Err(OutOfRange)
        );
        assert_eq!(clock.offset_ms(), before);
        // Backwards within the range is allowed (a trainer rewinds).
        clock.advance(-86_400).unwrap();
        assert!(clock.now() < start);
        clock.set(latest()).unwrap();
        assert_eq!(clock.advance(86_400), Err(OutOfRange));
    }

    #[test]
    fn a_wild_stored_offset_is_brought_back() {
        let start: DateTime<Utc> = "2020-04-01T09:00:00Z".parse().unwrap();
        let clock = Clock::restored(i64::MAX / 2, start);
        assert!((clock.now() - start).num_seconds().abs() < 5);
    }
}
