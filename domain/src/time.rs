//! Instant arithmetic that cannot panic. Every rule adds a duration to a
//! "now" passed in (a letter's due date, a code's expiry, a lockout's end);
//! `DateTime + TimeDelta` panics past chrono's limits, so the rules go
//! through [`later`] instead.

use chrono::{DateTime, TimeDelta, Utc};

/// `at + delta`, saturating at chrono's limits instead of panicking.
pub fn later(at: DateTime<Utc>, delta: TimeDelta) -> DateTime<Utc> {
    at.checked_add_signed(delta)
        .unwrap_or(if delta < TimeDelta::zero() {
            DateTime::<Utc>::MIN_UTC
        } else {
            DateTime::<Utc>::MAX_UTC
        })
}

/// `days` whole days, saturating (a configured delay can be any number).
pub fn days(days: i64) -> TimeDelta {
    TimeDelta::try_days(days).unwrap_or(if days < 0 {
        TimeDelta::MIN
    } else {
        TimeDelta::MAX
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saturates_at_the_limits() {
        let max = DateTime::<Utc>::MAX_UTC;
        assert_eq!(later(max, TimeDelta::minutes(3)), max);
        assert_eq!(
            later(DateTime::<Utc>::MIN_UTC, -TimeDelta::days(1)),
            DateTime::<Utc>::MIN_UTC
        );
        assert_eq!(later(max, days(i64::MAX)), max);
        let t: DateTime<Utc> = "2020-04-01T09:00:00Z".parse().unwrap();
        assert_eq!(
            later(t, days(7)),
            "2020-04-08T09:00:00Z".parse::<DateTime<Utc>>().unwrap()
        );
    }
}
