//! Simulation worlds as a learner's browser sees them: join with a code
//! (`/mondo/{join_code}`), the world it is in (the header's banner), leave.

use domain::api::{ApiError, CurrentWorld, JoinWorld, WorldInfo};

use super::{get_json, post_empty, post_json, BASE};

pub async fn join(join_code: &str) -> Result<WorldInfo, ApiError> {
    post_json(
        &format!("{BASE}/sim/worlds/join"),
        &JoinWorld {
            join_code: join_code.into(),
        },
    )
    .await
}

pub async fn current() -> Result<CurrentWorld, ApiError> {
    get_json(&format!("{BASE}/sim/worlds/current")).await
}

pub async fn leave() -> Result<(), ApiError> {
    post_empty(&format!("{BASE}/sim/worlds/leave")).await
}
