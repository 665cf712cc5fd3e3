//! One-time codes (contact verification, restore, revoke, activation): only
//! their hash is kept, each is single use, expires, and burns after a few
//! wrong tries.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreResult;

/// What a one-time code is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodePurpose {
    /// Verify a contact after first access (target: `mobile|email|pec`).
    VerifyContact,
    Restore,
    Revoke,
    Activate,
}

impl CodePurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            CodePurpose::VerifyContact => "verify_contact",
            CodePurpose::Restore => "restore",
            CodePurpose::Revoke => "revoke",
            CodePurpose::Activate => "activate",
        }
    }
}

/// A one-time code to store (hash only).
#[derive(Debug, Clone)]
pub struct NewCode {
    pub id: String,
    pub credential_id: String,
    pub purpose: CodePurpose,
    pub target: String,
    pub code_hash: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub payload: Option<String>,
}

/// A stored code still usable (unused, unexpired, not burnt).
#[derive(Debug, Clone)]
pub struct CodeRow {
    pub id: String,
    pub target: String,
    pub code_hash: String,
    pub failed_attempts: u32,
    pub payload: Option<String>,
}

#[async_trait]
pub trait CodeStore: Send + Sync {
    /// Stores a code; earlier live codes of the same credential, purpose and
    /// target stop working (only the newest one counts).
    async fn insert_code(&self, c: NewCode) -> StoreResult<()>;
    /// Live codes (unused, unexpired) of a credential and purpose, newest first.
    async fn live_codes(
        &self,
        credential_id: &str,
        purpose: CodePurpose,
        now: DateTime<Utc>,
    ) -> StoreResult<Vec<CodeRow>>;
    /// One wrong try; at `max` wrong tries the code is burnt.
    async fn code_failed(&self, code_id: &str, max: u32, now: DateTime<Utc>) -> StoreResult<()>;
    /// Marks the code used; `false` if it was already (single use under races).
    async fn consume_code(&self, code_id: &str, now: DateTime<Utc>) -> StoreResult<bool>;
}
