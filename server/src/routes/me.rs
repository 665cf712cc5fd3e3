//! Who is logged in, with what, until when.

use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use domain::api::Me;
use domain::pin;

use crate::error::AppResult;
use crate::session::CurrentSession;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/me", get(me))
}

async fn me(
    State(st): State<AppState>,
    CurrentSession(session): CurrentSession,
) -> AppResult<Json<Me>> {
    let cred = super::pin::session_credential(&st, &session).await?;
    Ok(Json(Me {
        codice_fiscale: cred.codice_fiscale.clone(),
        surname: cred.surname.clone(),
        name: cred.name.clone(),
        level: session.level,
        pin_state: cred.state,
        pin_expires_at: cred.pin_changed_at.map(|at| pin::expires_at(at, cred.role)),
    }))
}
