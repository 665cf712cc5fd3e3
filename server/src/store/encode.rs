//! Encodings both SQL stores share, so SQLite and PostgreSQL write the same
//! values: instants as Unix milliseconds, enums as their serde names, dates
//! as ISO text, structured data as JSON, and a unique violation reported as
//! [`StoreError::Conflict`].

use chrono::{DateTime, NaiveDate, Utc};
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::{StoreError, StoreResult};

/// The tables whose rows carry a login lockout (`failed_attempts`,
/// `locked_until`): a closed set, so table names never come from input.
#[derive(Debug, Clone, Copy)]
pub(crate) enum LockoutTable {
    Credentials,
    Operators,
}

impl LockoutTable {
    pub(crate) fn name(self) -> &'static str {
        match self {
            LockoutTable::Credentials => "credentials",
            LockoutTable::Operators => "operators",
        }
    }

    pub(crate) fn has_updated_at(self) -> bool {
        matches!(self, LockoutTable::Credentials)
    }
}

/// Instants are stored as Unix milliseconds (`INTEGER`) so SQL can compare
/// them; every area converts through these so all agree.
pub(crate) fn ms(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

pub(crate) fn from_ms(v: i64) -> StoreResult<DateTime<Utc>> {
    DateTime::from_timestamp_millis(v).ok_or_else(|| StoreError::Corrupt(format!("instant {v}")))
}

pub(crate) fn opt_from_ms(v: Option<i64>) -> StoreResult<Option<DateTime<Utc>>> {
    v.map(from_ms).transpose()
}

/// A counter column (`failed_attempts`): never negative in a sane row, and
/// read as 0 if it were.
pub(crate) fn count(v: i64) -> u32 {
    v.max(0) as u32
}

/// The serde name of a unit enum variant (`PinState::Active` → `active`).
pub(crate) fn enum_str<T: Serialize>(v: T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        other => unreachable!("unit enum serialises to a string, got {other:?}"),
    }
}

pub(crate) fn parse_enum<T: DeserializeOwned>(s: String) -> StoreResult<T> {
    serde_json::from_value(serde_json::Value::String(s.clone()))
        .map_err(|_| StoreError::Corrupt(format!("enum value {s}")))
}

pub(crate) fn parse_date(s: &str) -> StoreResult<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| StoreError::Corrupt(format!("date {s}")))
}

pub(crate) fn json<T: DeserializeOwned>(s: &str) -> StoreResult<T> {
    serde_json::from_str(s).map_err(|e| StoreError::Corrupt(format!("json: {e}")))
}

pub(crate) fn to_json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("plain data serialises")
}

/// A statement's outcome with a UNIQUE violation reported as
/// [`StoreError::Conflict`]: callers treat "already there" as a domain
/// answer (duplicate citizen, second open conversion), not a failure.
pub(crate) fn conflict_on_unique<T>(r: Result<T, sqlx::Error>) -> StoreResult<()> {
    match r {
        Ok(_) => Ok(()),
        Err(e)
            if e.as_database_error()
                .is_some_and(|d| d.is_unique_violation()) =>
        {
            Err(StoreError::Conflict)
        }
        Err(e) => Err(e.into()),
    }
}

/// The `login_probes` bucket of a codice fiscale: the first byte of its
/// SHA-256, so the 256 rows spread the writes and keep no code.
pub(crate) fn probe_bucket(codice_fiscale: &str) -> i64 {
    use sha2::{Digest, Sha256};
    i64::from(Sha256::digest(codice_fiscale.as_bytes())[0])
}
