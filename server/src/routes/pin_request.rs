//! "Richiedi PIN": the server re-validates the whole form, checks
//! the codice fiscale against the personal data, then generates the 16
//! characters and dispatches the two halves — or holds half 2 and queues a
//! contact-center callback when the residence does not match the registry.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use domain::api::{PinRequest, PinRequestCreated};

use crate::error::{AppJson, AppResult};
use crate::filing::file_request;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/pin-requests", post(request_pin))
}

/// Simulation: a request filed "by phone" through the contact center (same
/// body as `/pin-requests`), whose PIN needs "Attiva PIN" before use; the
/// contact-center console files the same through `crate::filing`.
pub fn sim_router() -> Router<AppState> {
    Router::new().route("/sim/phone-requests", post(request_by_phone))
}

async fn request_by_phone(
    State(st): State<AppState>,
    AppJson(req): AppJson<PinRequest>,
) -> AppResult<(StatusCode, Json<PinRequestCreated>)> {
    let created = file_request(&st, req, true).await?;
    Ok((StatusCode::CREATED, Json(created)))
}

async fn request_pin(
    State(st): State<AppState>,
    AppJson(req): AppJson<PinRequest>,
) -> AppResult<(StatusCode, Json<PinRequestCreated>)> {
    let created = file_request(&st, req, false).await?;
    Ok((StatusCode::CREATED, Json(created)))
}
