//! Which part of the application answers an API request (anything outside
//! `/api` is the SPA's, served by `web::Edge`), without a router of its own
//! in front: the hub's routes (worlds, scenarios, trainer) for their paths; every other
//! API request in the world its `X-Sim-World` header or `pin_inps_world`
//! cookie names, else in the default world. So a request to a procedure
//! goes through one router match, the world's own — there is no outer
//! wildcard route, and no request rebuilt to drop its path parameters.

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;

use axum::extract::{Request, State};
use axum::response::{IntoResponse, Response};
use axum::routing::future::RouteFuture;
use axum::Router;
use tower::Service;

use super::Worlds;
use crate::error::AppError;

/// The first segments after `/api/v1/sim/` that the hub's routes
/// (`routes::worlds`, `routes::trainer`) live under; any other `/api` path
/// is a world's.
const HUB_SEGMENTS: [&str; 3] = ["worlds", "scenarios", "trainer"];

/// Every API request, as [`Dispatch::start`] splits it.
pub struct Dispatch {
    hub: Worlds,
    /// The hub's routes (`None` with `--no-sim`); what they do not match
    /// goes to [`dispatch`], i.e. to a world.
    hub_routes: Option<Router>,
}

impl Dispatch {
    /// `hub_routes`: the hub's routes on the hub's state, or `None`.
    pub fn new(hub: Worlds, hub_routes: Option<Router<Worlds>>) -> Self {
        let hub_routes = hub_routes.map(|r| r.fallback(dispatch).with_state(hub.clone()));
        Self { hub, hub_routes }
    }

    /// Starts answering the API request `req`. Without a boxed future in
    /// the common cases: a request to a procedure in the default world or to
    /// the hub is its router's own future; only a request in another world
    /// (the world may have to be opened) is boxed.
    pub fn start(&self, req: Request) -> Answer {
        let path = req.uri().path();
        // `Router::poll_ready` is always ready: calling it is not needed.
        if let Some(routes) = &self.hub_routes {
            if is_hub(path) {
                return Answer::Routed(routes.clone().call(req));
            }
        }
        match self.hub.named_world(req.headers()) {
            None => Answer::Routed(self.hub.default.api.clone().call(req)),
            Some(id) => {
                let hub = self.hub.clone();
                Answer::Later(Box::pin(
                    async move { in_named_world(&hub, &id, req).await },
                ))
            }
        }
    }
}

/// An answer as [`Dispatch::start`] begins it.
pub enum Answer {
    Ready(Response),
    Routed(RouteFuture<Infallible>),
    Later(Pin<Box<dyn Future<Output = Response> + Send>>),
}

/// `/api` and everything under `/api/` (not `/apidocs`: that is the SPA's).
pub fn is_api(path: &str) -> bool {
    path.strip_prefix("/api")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// A path the hub's routes may answer.
fn is_hub(path: &str) -> bool {
    path.strip_prefix("/api/v1/sim/").is_some_and(|rest| {
        let first = rest.split('/').next().unwrap_or_default();
        HUB_SEGMENTS.contains(&first)
    })
}

/// The hub routes' fallback: an API request they do not match, answered in
/// the world it names. (A fallback adds no path parameters to the request.)
pub async fn dispatch(State(hub): State<Worlds>, req: Request) -> Response {
    in_world(&hub, req).await
}

/// An API request answered in the world it names; 404 `WORLD_NOT_FOUND`
/// for a world that does not exist (or no longer does).
async fn in_world(hub: &Worlds, req: Request) -> Response {
    match hub.named_world(req.headers()) {
        None => hub.default.handle(req).await,
        Some(id) => in_named_world(hub, &id, req).await,
    }
}

async fn in_named_world(hub: &Worlds, id: &str, req: Request) -> Response {
    match hub.world(id).await {
        Ok(Some(w)) => w.handle(req).await,
        Ok(None) => AppError::WorldNotFound.into_response(),
        Err(e) => e.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_paths_are_api_and_the_rest_is_the_spa() {
        for p in ["/api", "/api/", "/api/v1/me", "/api/v2"] {
            assert!(is_api(p), "{p}");
        }
        for p in ["/", "/apix", "/apidocs/x", "/accedi", "/app-1.css"] {
            assert!(!is_api(p), "{p}");
        }
    }

    #[test]
    fn only_the_hubs_paths_go_to_the_hub() {
        for p in [
            "/api/v1/sim/worlds",
            "/api/v1/sim/worlds/abc/reset",
            "/api/v1/sim/scenarios",
            "/api/v1/sim/trainer/classes/1",
        ] {
            assert!(is_hub(p), "{p}");
        }
        for p in [
            "/api/v1/sim/clock",
            "/api/v1/sim/worldsx",
            "/api/v1/me",
            "/api/v1/sim",
        ] {
            assert!(!is_hub(p), "{p}");
        }
    }

    /// Every route the hub's routers declare is under [`HUB_SEGMENTS`]
    /// (else it would be sent to a world's router and answer 404).
    #[test]
    fn every_hub_route_is_under_the_hub_segments() {
        let sources = [
            include_str!("../routes/worlds.rs"),
            include_str!("../routes/trainer/mod.rs"),
        ];
        let mut seen = 0;
        for src in sources {
            let code = src.split("#[cfg(test)]").next().unwrap_or_default();
            for (at, _) in code.match_indices(".route(") {
                let rest = code[at + ".route(".len()..].trim_start();
                let Some(lit) = rest.strip_prefix('"') else {
                    continue;
                };
                let path = &lit[..lit.find('"').unwrap_or(0)];
                assert!(
                    is_hub(path),
                    "hub route {path} is not under {HUB_SEGMENTS:?}"
                );
                seen += 1;
            }
        }
        assert!(
            seen > 10,
            "only {seen} hub routes read: the reader is broken"
        );
    }
}
