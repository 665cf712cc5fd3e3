//! Persistence behind traits, so the procedures do not depend on the
//! database: [`sqlite`] for one process on a file, [`postgres`] for several
//! processes sharing one server. Rows here are
//! the server's own records; API shapes live in `domain::api` and are built
//! by the routes (URLs included).
//!
//! One trait per area, each in its own file with the rows it reads and
//! writes; [`Store`] is all of them, so the application holds one
//! `Arc<dyn Store>` and calls any area's method on it. The areas follow the
//! tables a procedure owns, not the procedures: a method belongs to the area
//! whose rows it is about, and an implementation may touch other areas'
//! tables inside that method's transaction (revoking a PIN ends its sessions
//! and burns its codes atomically). Signatures carry only plain Rust and
//! `domain` types: no database type, no transaction handle, so every
//! implementation keeps its transactions inside its own methods.
//!
//! The store keeps records and applies no procedure rule: what a recipient
//! can read of a message at a given instant is decided by
//! `sim::deliveries`, the URLs of an API answer by the routes. The contract
//! every implementation must meet is written once, as tests, in `suite`.

pub mod activity;
pub mod classes;
pub mod codes;
pub mod credentials;
pub mod dispositivo;
mod encode;
pub mod messages;
pub mod operators;
pub mod postgres;
pub mod registry;
pub mod sessions;
pub mod settings;
pub mod sqlite;
#[cfg(test)]
pub mod suite;
pub mod support_requests;
pub mod worlds;

pub use activity::{ActivityStore, CredentialEvent};
pub use classes::{ActivityLine, ClassRow, ClassStore, WorldActivity};
pub use codes::{CodePurpose, CodeRow, CodeStore, NewCode};
pub use credentials::{Credential, CredentialStore, NewPinRequest, StoredContacts};
pub use dispositivo::{
    protocol_number, ApplicationRow, Approval, ConversionRow, DispositivoStore, StoredFile,
    PROTOCOL_PREFIX,
};
pub use messages::{MessageRow, MessageStore, NewMessage, RelayRow, RelayStore};
pub use operators::{
    AuditEntry, CallbackOutcome, CallbackRow, ContactCenterStore, Half1Resend, NewOperatorLogin,
    OperatorRow, OperatorSession, OperatorStore, SealedEnvelope,
};
pub use registry::RegistryStore;
pub use sessions::{Session, SessionStage, SessionStore};
pub use settings::{ClockState, SettingsStore};
pub use support_requests::{SupportClosing, SupportRequestRow, SupportRequestStore, SupportTaking};
pub use worlds::{TableDump, WorldRow, WorldStore};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A uniqueness rule was hit (e.g. a second live PIN for one CF).
    #[error("conflict")]
    Conflict,
    /// The database failed. `sqlx::Error` is not tied to one database, so a
    /// PostgreSQL implementation on sqlx reports through the same variant.
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("corrupt row: {0}")]
    Corrupt(String),
}

pub type StoreResult<T> = Result<T, StoreError>;

/// Outcome of reserving a login attempt (a citizen's PIN or an operator's
/// password: both follow the same lockout).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    /// The secret may be checked; the attempt is already counted as a
    /// failure and is forgiven by the reset if the secret turns out right.
    /// `blocks`: this attempt, if wrong, starts a block (notice to send).
    Allowed { blocks: bool },
    /// Blocked: refused without counting.
    Locked { retry_after_seconds: i64 },
}

/// Every area at once: what `AppState` holds. Implemented for any type that
/// implements all the areas, so an implementation only writes the area
/// traits.
pub trait Store:
    SettingsStore
    + RegistryStore
    + CredentialStore
    + SessionStore
    + CodeStore
    + MessageStore
    + ActivityStore
    + DispositivoStore
    + OperatorStore
    + ContactCenterStore
    + RelayStore
    + WorldStore
    + ClassStore
    + SupportRequestStore
    + Send
    + Sync
    + 'static
{
}

impl<T> Store for T where
    T: SettingsStore
        + RegistryStore
        + CredentialStore
        + SessionStore
        + CodeStore
        + MessageStore
        + ActivityStore
        + DispositivoStore
        + OperatorStore
        + ContactCenterStore
        + RelayStore
        + WorldStore
        + ClassStore
        + SupportRequestStore
        + Send
        + Sync
        + 'static
{
}
