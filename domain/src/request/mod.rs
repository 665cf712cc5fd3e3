//! Field rules of the "Richiedi PIN" form.
//!
//! Written once and compiled into both the wasm app (live feedback while the
//! user types, before "Avanti" is allowed) and the server (which re-validates
//! everything, since a browser can be bypassed). Pure: no IO and no clock —
//! "today" is passed in so that the simulated clock decides what the future is.
//!
//! The codice fiscale consistency check (`crate::codice_fiscale::check`) is
//! deliberately *not* called here: callers combine both lists, so that this
//! module stays usable before the CF engine has loaded its place tables.
//!
//! Field names are dotted paths matching the JSON body of
//! `POST /api/v1/pin-requests` (`personal.surname`, `residence.cap`,
//! `contacts.email`, `codice_fiscale`, ...), so the UI can put each message
//! beside the right input.
//!
//! One file per form section, all re-exported here so every item keeps its
//! `domain::request::X` path:
//!
//! - `form`: the whole form (`validate`) and step 1;
//! - `personal`, `residence`, `contacts`: one section each;
//! - `messages`: the Italian messages and the fixed choices;
//! - `normalize`: date parsing, phone / codice fiscale / e-mail handling
//!   shared with the PIN procedures and the server.

mod contacts;
mod form;
mod messages;
mod normalize;
mod personal;
mod residence;
#[cfg(test)]
mod tests;
mod text;

pub use contacts::*;
pub use form::*;
pub use messages::*;
pub use normalize::*;
pub use personal::*;
pub use residence::*;
pub use text::*;

use crate::api::FieldError;

// Helpers of more than one section (private to the form's modules).

/// One letter and three digits: a Belfiore code or a foreign state's Z-code.
fn is_place_code(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 4 && b[0].is_ascii_alphabetic() && b[1..].iter().all(u8::is_ascii_digit)
}

/// An optional text field as given: trimmed, and `None` when blank — how
/// every rule reads an optional contact or address field.
pub fn present(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

fn required(field: &str) -> FieldError {
    FieldError::new(field, "REQUIRED", MSG_REQUIRED)
}
