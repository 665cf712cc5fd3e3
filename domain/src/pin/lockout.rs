//! When a PIN stops opening the door: the block after repeated wrong PINs
//! and the expiry by role. "Now" is always passed in (simulated clock).

use chrono::{DateTime, Months, Utc};

use crate::api::Role;

/// Consecutive wrong attempts that block the PIN.
pub const MAX_ATTEMPTS: u32 = 10;
/// How long each block lasts.
pub const LOCK_SECONDS: i64 = 180;
/// From how many attempts left the answer to a wrong PIN says so (the 8th
/// wrong PIN of ten is the first to say "2 attempts left").
pub const ANNOUNCE_FROM_LEFT: u32 = 2;

/// What the answer to a wrong PIN (not yet blocked before it) tells the
/// user, given the consecutive failures counted including this one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WrongPinNotice {
    /// Attempts 1–7: only "wrong codice fiscale or PIN".
    Plain,
    /// Attempts 8 and 9: this many attempts left before the block.
    AttemptsLeft(u32),
    /// The attempt that starts the block (10th, and every further one).
    Blocked,
}

impl WrongPinNotice {
    /// The notice after `failed_attempts` consecutive wrong PINs (this one
    /// included).
    pub fn after(failed_attempts: u32) -> Self {
        match MAX_ATTEMPTS.saturating_sub(failed_attempts) {
            0 => WrongPinNotice::Blocked,
            left if left <= ANNOUNCE_FROM_LEFT => WrongPinNotice::AttemptsLeft(left),
            _ => WrongPinNotice::Plain,
        }
    }
}

/// Consecutive failed logins and the current block, if any.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lockout {
    pub failed_attempts: u32,
    pub locked_until: Option<DateTime<Utc>>,
}

impl Lockout {
    /// Seconds still to wait, if the PIN is blocked at `now`. Attempts made
    /// meanwhile are refused without being checked or counted.
    pub fn retry_after(&self, now: DateTime<Utc>) -> Option<i64> {
        self.locked_until.filter(|until| *until > now).map(|until| {
            let ms = (until - now).num_milliseconds();
            (ms + 999) / 1000
        })
    }

    /// State after one more wrong PIN (checked outside a block): the 10th
    /// consecutive failure blocks for 3 minutes, and so does every further
    /// failure until a correct login resets the count.
    pub fn after_failure(self, now: DateTime<Utc>) -> Lockout {
        let failed_attempts = self.failed_attempts.saturating_add(1);
        let locked_until = if failed_attempts >= MAX_ATTEMPTS {
            Some(crate::time::later(
                now,
                chrono::Duration::seconds(LOCK_SECONDS),
            ))
        } else {
            self.locked_until
        };
        Lockout {
            failed_attempts,
            locked_until,
        }
    }
}

/// When a PIN set at `changed_at` expires: 6 months for citizens, 3 for
/// intermediaries (patronato/CAF staff).
pub fn expires_at(changed_at: DateTime<Utc>, role: Role) -> DateTime<Utc> {
    let months = match role {
        Role::Citizen => 6,
        Role::Intermediary => 3,
    };
    changed_at
        .checked_add_months(Months::new(months))
        .unwrap_or(changed_at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn t(h: u32, m: u32, s: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2020, 4, 1, h, m, s).unwrap()
    }

    #[test]
    fn tenth_failure_blocks_for_three_minutes() {
        let mut l = Lockout::default();
        for _ in 0..9 {
            l = l.after_failure(t(9, 0, 0));
            assert_eq!(l.retry_after(t(9, 0, 0)), None);
        }
        l = l.after_failure(t(9, 0, 0));
        assert_eq!(l.failed_attempts, 10);
        assert_eq!(l.retry_after(t(9, 0, 0)), Some(180));
        assert_eq!(l.retry_after(t(9, 2, 59)), Some(1));
        assert_eq!(l.retry_after(t(9, 3, 0)), None);
    }

    #[test]
    fn each_failure_after_a_block_blocks_again() {
        let mut l = Lockout {
            failed_attempts: 10,
            locked_until: Some(t(9, 3, 0)),
        };
        l = l.after_failure(t(9, 5, 0));
        assert_eq!(l.retry_after(t(9, 5, 0)), Some(180));
        assert_eq!(l.failed_attempts, 11);
    }

    #[test]
    fn wrong_pin_notice_announces_from_the_eighth_and_the_block_on_the_tenth() {
        for n in 1..=7 {
            assert_eq!(
                WrongPinNotice::after(n),
                WrongPinNotice::Plain,
                "attempt {n}"
            );
        }
        assert_eq!(WrongPinNotice::after(8), WrongPinNotice::AttemptsLeft(2));
        assert_eq!(WrongPinNotice::after(9), WrongPinNotice::AttemptsLeft(1));
        assert_eq!(WrongPinNotice::after(10), WrongPinNotice::Blocked);
        assert_eq!(WrongPinNotice::after(11), WrongPinNotice::Blocked);
        // The notice agrees with the block itself.
        let mut l = Lockout::default();
        for n in 1..=10 {
            l = l.after_failure(t(9, 0, 0));
            assert_eq!(
                WrongPinNotice::after(n) == WrongPinNotice::Blocked,
                l.retry_after(t(9, 0, 0)).is_some()
            );
        }
    }

    #[test]
    fn expiry_depends_on_role() {
        let at = t(9, 0, 0);
        assert_eq!(
            expires_at(at, Role::Citizen),
            Utc.with_ymd_and_hms(2020, 10, 1, 9, 0, 0).unwrap()
        );
        assert_eq!(
            expires_at(at, Role::Intermediary),
            Utc.with_ymd_and_hms(2020, 7, 1, 9, 0, 0).unwrap()
        );
    }
}
