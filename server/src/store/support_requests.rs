//! Support requests ("Richiesta di assistenza", `/supporto-tecnico`): filed
//! by a citizen with their acknowledgement e-mail, then worked by the
//! contact center — taken in charge, closed with a reply that goes to the
//! requester by e-mail. Each world's database has its own.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::{AuditEntry, NewMessage, StoreResult};

/// A support request as filed, and as the contact center has worked it:
/// the API's record itself (nothing of it is kept from the contact center).
pub type SupportRequestRow = domain::support::SupportRequestRecord;

/// Taking a request in charge ([`SupportRequestStore::take_support_request`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportTaking {
    pub id: String,
    pub operator: String,
    pub audit: AuditEntry,
    pub now: DateTime<Utc>,
}

/// Closing a request ([`SupportRequestStore::close_support_request`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportClosing {
    pub id: String,
    pub operator: String,
    pub reply: String,
    /// The reply e-mail to the requester.
    pub message: NewMessage,
    pub audit: AuditEntry,
    pub now: DateTime<Utc>,
}

#[async_trait]
pub trait SupportRequestStore: Send + Sync {
    /// Stores a new request (status `open`) and its acknowledgement, in one
    /// transaction. `StoreError::Conflict` when the id is taken.
    async fn file_support_request(
        &self,
        r: &SupportRequestRow,
        acknowledgement: &NewMessage,
    ) -> StoreResult<()>;
    async fn support_request(&self, id: &str) -> StoreResult<Option<SupportRequestRow>>;
    /// Newest first (filing time, then id), only those of `status` when
    /// given, at most `limit`.
    async fn support_requests(
        &self,
        status: Option<&str>,
        limit: i64,
    ) -> StoreResult<Vec<SupportRequestRow>>;
    /// A request not closed becomes `in_progress`, with `operator` (who
    /// takes over from any earlier one) and the audit line, atomically.
    /// `false` (nothing written) when it is closed or missing.
    async fn take_support_request(&self, t: &SupportTaking) -> StoreResult<bool>;
    /// A request not closed becomes `closed` with the reply, the operator
    /// and `closed_at` (`taken_at` set if it was never taken), and the
    /// reply e-mail and the audit line are written, atomically; `false`
    /// (nothing written) when it is already closed or missing: one reply
    /// per request, even when two operators close it at once.
    async fn close_support_request(&self, c: &SupportClosing) -> StoreResult<bool>;
}
