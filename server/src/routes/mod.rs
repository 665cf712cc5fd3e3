//! The JSON API (`/api/v1`), one module per procedure.

pub mod activation;
pub mod activity;
pub mod applications;
pub mod backoffice;
pub mod codice_fiscale;
pub mod contact_center;
pub mod dispositivo;
pub mod fax;
pub mod health;
pub mod login;
pub mod me;
pub mod onboarding;
pub mod openapi;
pub mod pin;
pub mod pin_request;
pub mod places;
pub mod restore;
pub mod revoke;
pub mod sede;
pub mod services;
pub mod sim;
pub mod support;
pub mod trainer;
pub mod worlds;

use axum::Router;

use crate::error::AppError;
use crate::state::AppState;

/// Every API route of this crate's procedures, relative to `/api/v1`.
/// (`codice_fiscale` and `places` carry absolute paths and are merged by
/// `crate::app`.) `sim`: include the simulation
/// control endpoints (off with `--no-sim`).
pub fn router(sim: bool) -> Router<AppState> {
    let mut r = Router::new()
        .merge(health::router())
        .merge(openapi::router())
        .merge(pin_request::router())
        .merge(login::router())
        .merge(pin::router())
        .merge(me::router())
        .merge(services::router())
        .merge(applications::router())
        .merge(dispositivo::router())
        .merge(backoffice::router())
        .merge(contact_center::router())
        .merge(sede::router())
        .merge(onboarding::router())
        .merge(restore::router())
        .merge(revoke::router())
        .merge(activation::router())
        .merge(activity::router())
        .merge(support::router());
    if sim {
        r = r.merge(sim::router());
        r = r.merge(fax::router());
        r = r.merge(onboarding::sim_router());
        r = r.merge(pin_request::sim_router());
    }
    r.fallback(|| async { AppError::NotFound })
}
