//! What each PIN level opens, the online applications and their
//! field rules, and the identity-document rules of "Converti in PIN
//! dispositivo". Also the JSON types of those endpoints.
//!
//! Pure and shared: the app checks fields live with the same rules the
//! server enforces. "Today" is always passed in (simulated clock).
//!
//! One file per job, all re-exported here so every item keeps its
//! `domain::dispositivo::X` path:
//!
//! - `levels`: level names, the services each level opens, the way up;
//! - `applications`: application kinds, their field rules and status;
//! - `consultation`: statement, certificates, payments, preferences, contacts;
//! - `document`: the identity document and its step-1 rules;
//! - `conversion`: the conversion request, its status and uploads;
//! - `backoffice`: operators and the review of conversions.

mod applications;
mod backoffice;
mod consultation;
mod conversion;
mod document;
mod levels;
#[cfg(test)]
mod tests;

pub use applications::*;
pub use backoffice::*;
pub use consultation::*;
pub use conversion::*;
pub use document::*;
pub use levels::*;

pub const MSG_REQUIRED: &str = crate::request::MSG_REQUIRED;
