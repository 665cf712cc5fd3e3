//! The delivery simulator's record of what was sent to whom. The store keeps
//! each message as written (when it was sent, when it is due, whether it is
//! held); what its recipient can read of it at a given instant is decided by
//! `sim::deliveries`, so every implementation returns the same raw rows and
//! no implementation can get the delivery rule wrong.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use domain::api::Channel;

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
    /// without a key the newest 1000 of all.
    async fn messages(&self, recipient_key: Option<&str>) -> StoreResult<Vec<MessageRow>>;
}
