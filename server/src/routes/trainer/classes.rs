//! A class and its worlds as the console's routes find them.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;

use crate::auth::trainer_session;
use crate::error::{AppError, AppResult};
use crate::store::{ClassRow, OperatorSession};
use crate::worlds::{World, Worlds};

/// The class named, or 404 `NOT_FOUND`.
pub(super) async fn class_of(hub: &Worlds, id: &str) -> AppResult<ClassRow> {
    hub.default_state()
        .store
        .class(id)
        .await?
        .ok_or(AppError::NotFound)
}

/// The world `wid` of class `class`: 404 `WORLD_NOT_FOUND` for a world of
/// another class (or none), so a class cannot reach into another's.
pub(super) async fn class_world(hub: &Worlds, class: &ClassRow, wid: &str) -> AppResult<World> {
    hub.world(wid)
        .await?
        .filter(|w| w.row().class_id.as_deref() == Some(class.id.as_str()))
        .ok_or(AppError::WorldNotFound)
}

/// The trainer of the request (an operator session of role `formatore` in
/// the default world).
pub struct TrainerSession(pub OperatorSession);

impl FromRequestParts<Worlds> for TrainerSession {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, hub: &Worlds) -> Result<Self, AppError> {
        Ok(TrainerSession(
            trainer_session(hub.default_state(), &parts.headers).await?,
        ))
    }
}
