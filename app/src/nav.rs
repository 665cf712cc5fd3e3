//! Where the app goes next: the page for each `next` step of the API (login,
//! first access, contact verification, privacy notice, contact changes).

use domain::api::Next;

/// The address of the page that handles `next`.
pub fn next_path(next: Next) -> &'static str {
    match next {
        Next::ChangePin => "/cambia-pin",
        Next::VerifyContacts => "/verifica-recapiti",
        Next::AcceptPrivacy => "/informativa-privacy",
        Next::Home => "/myinps",
    }
}
