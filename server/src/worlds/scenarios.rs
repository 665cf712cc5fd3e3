//! Scenarios: a world (or a citizen in a world) put straight into a state
//! of the PIN's life. (Being written: the list is empty for now.)

use serde_json::Value;

use super::World;
use crate::error::{AppError, AppResult};
use domain::api::FieldError;

pub struct Scenario {
    pub name: &'static str,
    pub title: &'static str,
    pub learner_text: &'static str,
    pub trainer_text: &'static str,
}

pub fn all() -> &'static [Scenario] {
    &[]
}

pub fn find(name: &str) -> Option<&'static Scenario> {
    all().iter().find(|s| s.name == name)
}

/// 422 naming the field: the scenario does not exist.
pub fn unknown(_name: &str) -> AppError {
    AppError::Validation(vec![FieldError::new(
        "scenario",
        "UNKNOWN_SCENARIO",
        "Scenario sconosciuto: scegliere uno degli scenari elencati",
    )])
}

/// Applies scenario `name` to `world`; answers its citizens, each as
/// `POST /sim/citizens` answers plus `pin_state` and `holds`.
pub async fn apply(_world: &World, name: &str) -> AppResult<Vec<Value>> {
    find(name).ok_or_else(|| unknown(name))?;
    Ok(Vec::new())
}
