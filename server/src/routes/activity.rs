//! "Le tue attività" (`GET /api/v1/me/activity`): every event of the
//! citizen's credential, newest first, with where its notice went (masked).
//! The events and notices themselves are written by [`crate::notify`].

use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use domain::api::ActivityEntry;

use crate::auth::ActiveSession;
use crate::error::AppResult;
use crate::notify::describe;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/me/activity", get(activity))
}

async fn activity(
    State(st): State<AppState>,
    ActiveSession(session): ActiveSession,
) -> AppResult<Json<Vec<ActivityEntry>>> {
    let events = st.store.events(&session.codice_fiscale, 200).await?;
    Ok(Json(
        events
            .into_iter()
            .map(|e| ActivityEntry {
                at: e.at,
                description: describe(&e.kind).to_owned(),
                kind: e.kind,
                channel: e.channel,
                recipient: e.recipient,
            })
            .collect(),
    ))
}
