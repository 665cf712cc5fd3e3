//! Who is logged in, with what, until when; the citizen's own contacts.

use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use domain::api::ErrorCode;
use domain::api::{Me, NextStep, PinContacts};
use domain::pin;
use domain::request::normalize_contacts;

use crate::auth::session_credential;
use crate::auth::{ActiveSession, SessionWithCredential};
use crate::error::{AppError, AppJson, AppResult};
use crate::notify::{self, kind};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/me", get(me))
        .route("/me/contacts", get(contacts).post(change_contacts))
}

async fn me(SessionWithCredential { session, cred }: SessionWithCredential) -> Json<Me> {
    Json(Me {
        pin_expires_at: cred.pin_changed_at.map(|at| pin::expires_at(at, cred.role)),
        codice_fiscale: cred.codice_fiscale,
        surname: cred.surname,
        name: cred.name,
        level: session.level,
        pin_state: cred.state,
    })
}

async fn contacts(
    State(st): State<AppState>,
    ActiveSession(session): ActiveSession,
) -> AppResult<Json<PinContacts>> {
    let cred = session_credential(&st, &session).await?;
    Ok(Json(notify::contacts_of(&cred)))
}

/// New contacts: the old ones get the notice (whoever changed them cannot
/// silence it), and the new ones must be verified again (codes sent now;
/// `next` is `verify_contacts`).
async fn change_contacts(
    State(st): State<AppState>,
    ActiveSession(session): ActiveSession,
    AppJson(body): AppJson<PinContacts>,
) -> AppResult<Json<NextStep>> {
    if session.level == domain::api::Level::L0 {
        return Err(AppError::Forbidden {
            code: ErrorCode::FirstAccessRequired,
            message: "Completare prima il primo accesso con il PIN di 16 caratteri",
        });
    }
    AppError::check(pin::validate_contacts_change(&body))?;
    let cred = session_credential(&st, &session).await?;
    let new = normalize_contacts(&body);
    let old = notify::contacts_of(&cred);
    st.store
        .update_contacts(&cred.id, &new, false, st.clock.now())
        .await?;
    notify::notify(&st, &cred, kind::CONTACTS_CHANGED, &old).await?;
    let cred = session_credential(&st, &session).await?;
    let next = crate::onboarding::next_step(&st, &cred).await?;
    if next == domain::api::Next::VerifyContacts {
        crate::onboarding::send_verification_codes(&st, &cred).await?;
    }
    Ok(Json(NextStep { next }))
}
