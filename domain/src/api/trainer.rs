//! The trainer console (`/api/v1/sim/trainer/*`): classes of simulation
//! worlds and their live table.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// `POST /sim/trainer/session`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrainerLogin {
    pub username: String,
    pub password: String,
}

/// The trainer logged in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trainer {
    pub username: String,
    pub display_name: String,
}

/// `POST /sim/trainer/classes`: a class of `worlds` worlds, the
/// `scenarios` assigned to them in turn (none: empty worlds).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewClass {
    pub name: String,
    pub worlds: u32,
    #[serde(default)]
    pub scenarios: Vec<String>,
}

/// Fewest and most worlds in a class.
pub const CLASS_WORLDS_MIN: u32 = 1;
pub const CLASS_WORLDS_MAX: u32 = 40;
/// Longest class name.
pub const CLASS_NAME_MAX: usize = 80;

/// One class in `GET /sim/trainer/classes`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassSummary {
    pub id: String,
    pub name: String,
    pub scenarios: Vec<String>,
    pub worlds: usize,
    /// Real time.
    #[serde(with = "crate::datetime::rfc3339")]
    pub created_at: DateTime<Utc>,
}

/// `GET /sim/trainer/classes/{id}`: the live table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassTable {
    pub id: String,
    pub name: String,
    #[serde(with = "crate::datetime::rfc3339")]
    pub created_at: DateTime<Utc>,
    /// A world is flagged stuck after this many real minutes unchanged.
    pub stuck_minutes: i64,
    pub worlds: Vec<ClassWorld>,
}

/// The step of the PIN's life a world's learner has reached, from the
/// world's records (its newest credential).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LearnerStep {
    /// No PIN requested in the world yet.
    NotStarted,
    /// Filed by phone: "Attiva PIN" is due.
    AwaitingActivation,
    /// Requested: the halves are on their way or in hand; first access due.
    AwaitingFirstAccess,
    /// First access done; contacts and privacy notice still to confirm.
    Onboarding,
    Active,
    Expired,
    Dispositivo,
    Revoked,
}

/// One row of the live table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassWorld {
    pub id: String,
    pub name: String,
    pub join_code: String,
    pub scenario: Option<String>,
    /// The world's simulated now.
    #[serde(with = "crate::datetime::rfc3339")]
    pub now: DateTime<Utc>,
    /// Simulated seconds per real second; 1 = manual.
    pub pace: i64,
    pub step: LearnerStep,
    /// The newest activity lines, newest first.
    pub events: Vec<ClassEvent>,
    /// How many messages (SMS, e-mail, PEC, letters) the world has sent.
    pub messages: i64,
    pub locked: bool,
    pub stuck: bool,
}

/// An activity line of a world (kind as in "Le tue attività").
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ClassEvent {
    pub kind: String,
    pub codice_fiscale: String,
    /// Simulated time.
    #[serde(with = "crate::datetime::rfc3339")]
    pub at: DateTime<Utc>,
}

/// `POST /sim/trainer/classes/{id}/advance`: move one world's clock
/// (`world`) or every world's of the class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdvanceClass {
    pub seconds: i64,
    #[serde(default)]
    pub world: Option<String>,
}
