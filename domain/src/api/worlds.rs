//! Simulation worlds (`/api/v1/sim/worlds`, `/api/v1/sim/scenarios`).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A world as `GET /sim/worlds/{id}` answers it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorldInfo {
    pub id: String,
    pub join_code: String,
    pub name: String,
    /// The world's simulated now.
    #[serde(with = "crate::datetime::rfc3339")]
    pub now: DateTime<Utc>,
    /// The scenario it was made from (and is reset to), if any.
    #[serde(default)]
    pub scenario: Option<String>,
    /// Simulated seconds per real second: 1 = manual (the clock buttons).
    #[serde(default = "manual")]
    pub pace: i64,
}

fn manual() -> i64 {
    1
}

/// `POST /sim/worlds`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NewWorld {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub scenario: Option<String>,
}

/// `POST /sim/worlds/join`: what a learner typed (or the link carried).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JoinWorld {
    pub join_code: String,
}

/// `GET /sim/worlds/current`: the world this browser is in; `None` in the
/// default world.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CurrentWorld {
    pub world: Option<WorldInfo>,
}

/// `PUT /sim/worlds/{id}/pace`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorldPace {
    pub pace: i64,
}

/// One entry of `GET /sim/scenarios`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioInfo {
    pub name: String,
    pub title: String,
    pub learner_text: String,
    pub trainer_text: String,
}
