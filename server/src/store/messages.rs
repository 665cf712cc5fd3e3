//! The delivery simulator's record of what was sent to whom. The store keeps
//! each message as written (when it was sent, when it is due, whether it is
//! held); what its recipient can read of it at a given instant is decided by
//! `sim::deliveries`, so every implementation returns the same raw rows and
//! no implementation can get the delivery rule wrong.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use domain::api::{Channel, RelayState};

use super::StoreResult;

/// A message as written, and as read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageRow {
    pub id: String,
    pub channel: Channel,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub secret: Option<String>,
    pub sent_at: DateTime<Utc>,
    /// Delivered at once (SMS, e-mail, PEC).
    pub delivered_at: Option<DateTime<Utc>>,
    /// Delivered when the clock reaches it (post).
    pub due_at: Option<DateTime<Utc>>,
    /// Written but not dispatched (half 2 waiting for residence verification).
    pub held: bool,
    pub request_id: Option<String>,
}

/// The name writers use: a message about to be stored has the same shape
/// as one read back.
pub type NewMessage = MessageRow;

#[async_trait]
pub trait MessageStore: Send + Sync {
    async fn insert_message(&self, m: NewMessage) -> StoreResult<()>;
    /// Every message written to `recipient_key` (as made by
    /// `sim::deliveries::recipient_key`), held ones included, newest first;
    /// without a key the newest 1000 of all. Lost ones ([`Self::mark_lost`])
    /// are left out: they never reached the inbox.
    async fn messages(&self, recipient_key: Option<&str>) -> StoreResult<Vec<MessageRow>>;
    /// The simulated network loses message `id`: it leaves its recipient's
    /// inbox for good, the system's record stays (a procedure may still
    /// send it again, as a new message). `false` when there is no such
    /// message; losing one twice changes nothing.
    async fn mark_lost(&self, id: &str) -> StoreResult<bool>;
    /// Bulk load (`server seed`): the messages in one transaction, with
    /// multi-row inserts; an id already stored is skipped. Returns how many
    /// were inserted.
    async fn insert_messages(&self, batch: &[NewMessage]) -> StoreResult<u64>;
}

/// The relay status of one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelayRow {
    pub message_id: String,
    pub status: RelayState,
    pub attempts: u32,
    pub last_error: Option<String>,
}

/// The outbox of the SMTP relay (`relay`). Times are real Unix milliseconds
/// (the relay retries on the wall clock, not the simulated one). Only the
/// relay task writes it; no procedure waits for it.
#[async_trait]
pub trait RelayStore: Send + Sync {
    /// The highest message `seq` so far (0 when none): the relay takes the
    /// messages written after it.
    async fn relay_watermark(&self) -> StoreResult<i64>;
    /// Adds to the outbox (as pending, due at `now_ms`) every e-mail and PEC
    /// message delivered to an inbox with `seq > after_seq` that is not in
    /// it yet. Messages of the outbox enqueued before `settled_before_ms`
    /// move the lower bound up (a write committed that long after a later
    /// one would be missed; the bound keeps each poll small). Returns how
    /// many were added.
    async fn relay_enqueue(
        &self,
        after_seq: i64,
        settled_before_ms: i64,
        now_ms: i64,
    ) -> StoreResult<u64>;
    /// Claims up to `limit` pending messages due at `now_ms`, oldest first,
    /// each with its attempts so far: they are not due again before
    /// `lease_until_ms` (so another relay process, or this one, does not
    /// send them twice meanwhile).
    async fn relay_claim(
        &self,
        now_ms: i64,
        lease_until_ms: i64,
        limit: u32,
    ) -> StoreResult<Vec<(MessageRow, u32)>>;
    /// Records one attempt: the new status, its error (none when sent) and
    /// when to try again (pending only).
    async fn relay_record(
        &self,
        message_id: &str,
        status: RelayState,
        error: Option<&str>,
        next_attempt_at_ms: i64,
        now_ms: i64,
    ) -> StoreResult<()>;
    /// The relay status of the messages to `recipient_key` (as
    /// [`MessageStore::messages`] takes it); without a key, of the newest
    /// 1000 in the outbox.
    async fn relay_statuses(&self, recipient_key: Option<&str>) -> StoreResult<Vec<RelayRow>>;
}
