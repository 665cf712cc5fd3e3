//! The credential lifecycle (SPEC §4.2–4.7), one lazily loaded chunk:
//! onboarding after the first login (`/primo-accesso`, `/verifica-recapiti`,
//! `/informativa-privacy`), `/cambia-pin`, and the code-confirmed procedures
//! `/attiva-pin`, `/ripristina-pin`, `/revoca-pin`.
//!
//! Every form keeps what the user typed; each server error lands next to its
//! field (`field-error-<path>`), other errors in an alert
//! (`components::form`). Strings: `i18n/lifecycle.rs` (`lifecycle.*`);
//! styles: `style/pages/lifecycle.css`.

pub mod change_pin;
pub mod code_procedure;
mod code_request;
pub mod onboarding;
