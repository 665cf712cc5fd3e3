//! The simulated clock. Every rule that depends on time (postal delivery,
//! expiry, lockout, session timeouts, the issuance cut-off) reads it, so a
//! trainer can walk through months of a PIN's life in minutes.
//!
//! Simulated time = real time + an offset. It keeps ticking in real time, so a
//! 3-minute lockout ends on its own as a user would expect, while the admin can
//! jump forward.
//!
//! The database holds the clock (`store::SettingsStore`): a move is made
//! there, atomically, and its result adopted here with [`Clock::observe`].
//! Each stored state carries a version that every move bumps, and a clock
//! adopts a state only if it is newer than the one it holds; so when several
//! processes share a PostgreSQL database and each re-reads the state before
//! every request, a move made on one process is seen by any request that
//! starts after it on any other, and a slow re-read can never put an older
//! offset back over a newer one.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};

use crate::store::ClockState;

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
    /// Version of the stored state the offset came from; held while the
    /// offset is replaced, so observing is one step. `now()` reads only the
    /// atomic and never waits.
    version: Arc<Mutex<i64>>,
}

impl Clock {
    /// A clock whose simulated time is real time shifted by `offset_ms`.
    pub fn with_offset(offset_ms: i64) -> Self {
        Self {
            offset_ms: Arc::new(AtomicI64::new(offset_ms)),
            version: Arc::new(Mutex::new(i64::MIN)),
        }
    }

    /// Adopts a state read from (or just written to) the store, unless the
    /// clock already holds this version or a newer one.
    pub fn observe(&self, state: ClockState) {
        let mut version = self.version.lock().unwrap_or_else(|p| p.into_inner());
        if state.version > *version {
            self.offset_ms.store(state.offset_ms, Ordering::SeqCst);
            *version = state.version;
        }
    }

    /// The offsets that keep simulated now within [`EARLIEST`]..=[`LATEST`]
    /// at this real instant: the bounds a store checks a move against.
    pub fn offset_bounds() -> (i64, i64) {
        let real = Utc::now().timestamp_millis();
        (
            earliest().timestamp_millis() - real,
            latest().timestamp_millis() - real,
        )
    }

    /// The offset that makes "now" equal `at`, if `at` is within range.
    pub fn offset_to(at: DateTime<Utc>) -> Result<i64, OutOfRange> {
        if !(earliest()..=latest()).contains(&at) {
            return Err(OutOfRange);
        }
        Ok(Self::offset_for(at))
    }

    /// An advance of `seconds` in milliseconds, if it is representable
    /// (whether it keeps the clock in range is the store's check).
    pub fn advance_ms(seconds: i64) -> Result<i64, OutOfRange> {
        Ok(TimeDelta::try_seconds(seconds)
            .ok_or(OutOfRange)?
            .num_milliseconds())
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

    /// Jumps to `at` (forward or back) in this process only; returns the
    /// new offset. The server moves the stored clock instead (see the
    /// module notes); this is the same rule for a clock of its own.
    pub fn set(&self, at: DateTime<Utc>) -> Result<i64, OutOfRange> {
        let offset = Self::offset_to(at)?;
        self.offset_ms.store(offset, Ordering::SeqCst);
        Ok(offset)
    }

    /// Moves forward (or back, if negative) atomically in this process, so
    /// concurrent moves add up; returns the new offset. Refused, leaving the clock as it
    /// was, if the result would leave the range.
    pub fn advance(&self, seconds: i64) -> Result<i64, OutOfRange> {
        let delta_ms = Self::advance_ms(seconds)?;
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
    fn only_newer_states_are_observed() {
        let clock = Clock::with_offset(0);
        clock.observe(ClockState {
            offset_ms: 5_000,
            version: 2,
        });
        assert_eq!(clock.offset_ms(), 5_000);
        // A re-read that started before the move to version 2 arrives late.
        clock.observe(ClockState {
            offset_ms: 1_000,
            version: 1,
        });
        assert_eq!(clock.offset_ms(), 5_000);
        clock.observe(ClockState {
            offset_ms: -7,
            version: 3,
        });
        assert_eq!(clock.offset_ms(), -7);
    }

    #[test]
    fn bounds_hold_exactly_the_range() {
        let (lo, hi) = Clock::offset_bounds();
        let at = |o: i64| Clock::with_offset(o).now();
        assert!((at(lo) - earliest()).num_seconds().abs() < 5);
        assert!((at(hi) - latest()).num_seconds().abs() < 5);
        assert_eq!(Clock::advance_ms(i64::MAX), Err(OutOfRange));
        assert_eq!(Clock::advance_ms(60), Ok(60_000));
        assert_eq!(Clock::offset_to(DateTime::<Utc>::MAX_UTC), Err(OutOfRange));
    }

    #[test]
    fn a_wild_stored_offset_is_brought_back() {
        let start: DateTime<Utc> = "2020-04-01T09:00:00Z".parse().unwrap();
        let clock = Clock::restored(i64::MAX / 2, start);
        assert!((clock.now() - start).num_seconds().abs() < 5);
    }
}
