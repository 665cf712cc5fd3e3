//! "Le tue attività": the events of a credential, with the channel its
//! notice went to.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use domain::api::Channel;

use super::StoreResult;

/// One line of "Le tue attività".
#[derive(Debug, Clone)]
pub struct CredentialEvent {
    pub credential_id: String,
    pub codice_fiscale: String,
    /// e.g. `pin_changed`, `pin_locked` (see `routes::activity`).
    pub kind: String,
    pub channel: Option<Channel>,
    /// Masked recipient of the notice.
    pub recipient: Option<String>,
    pub at: DateTime<Utc>,
}

#[async_trait]
pub trait ActivityStore: Send + Sync {
    async fn add_event(&self, e: &CredentialEvent) -> StoreResult<()>;
    /// Of a codice fiscale (every credential it had), newest first; events
    /// at the same instant newest-written first.
    async fn events(&self, codice_fiscale: &str, limit: i64) -> StoreResult<Vec<CredentialEvent>>;
}
