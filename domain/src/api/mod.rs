//! JSON types of the API contract (`../shared/API.md`).
//!
//! Shared by the server (which produces them) and the wasm app (which consumes
//! them), so a field renamed here is renamed everywhere at compile time. The
//! names are a public contract: add fields, never rename or drop one.
//!
//! One file per procedure (plus the error body), all re-exported here so
//! every type keeps its `domain::api::X` path:
//!
//! - `errors`: `ErrorCode`, `ApiError`, `FieldError`;
//! - `codice_fiscale`: the codice fiscale check and decoding;
//! - `sim`: clock, test citizens, registry data, delivered messages;
//! - `pin_request`: "Richiedi PIN";
//! - `session`: login, level, PIN state, change PIN, `/me`;
//! - `lifecycle`: onboarding, activation, restore, revoke, activity;
//! - `contact_center`: the contact center's console and the operators' audit;
//! - `sede`: in-person issuance and the desk conversion;
//! - `worlds`: simulation worlds and scenarios.

use serde::{Deserialize, Serialize};

mod codice_fiscale;
mod contact_center;
mod errors;
mod lifecycle;
mod pin_request;
mod sede;
mod session;
mod sim;
mod trainer;
mod worlds;

pub use codice_fiscale::*;
pub use contact_center::*;
pub use errors::*;
pub use lifecycle::*;
pub use pin_request::*;
pub use sede::*;
pub use session::*;
pub use sim::*;
pub use trainer::*;
pub use worlds::*;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    pub status: String,
}
