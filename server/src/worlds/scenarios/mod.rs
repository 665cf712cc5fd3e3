//! Scenarios: a world (or a citizen in a world) put straight into a state
//! of the PIN's life, with everything that state implies — credentials and
//! their hashes, the messages in the inboxes, the dates.
//!
//! A scenario is data, not code: one JSON file per scenario under
//! `server/scenarios/` (shared runs of steps under `server/scenarios/steps/`),
//! embedded in the binary and read by one interpreter (`steps`). Its steps
//! drive the world through the world's own public API, in-process, as a
//! person, an operator or the simulator would: so a scenario reaches a
//! state only the way the product allows, and every secret is made and
//! hashed by the procedures themselves. What the person ends up holding in
//! hand (`holds`: the PIN or its halves, the contacts they can read) is
//! declared in the file from values captured along the way.
//!
//! The world's clock: the steps move it forward (a letter arrives, months
//! pass); before running them the interpreter sets it back by the same
//! total, so the world's date ends where it was — a citizen added to a
//! running class does not move the class's clock.
//!
//! `docs/scenarios.md` is generated from the files (see the test below).

mod steps;

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

use serde::Deserialize;
use serde_json::Value;

use super::{World, CITIZENS_SETTING};
use crate::error::{AppError, AppResult};
use domain::api::FieldError;

pub use steps::Step;

pub struct Scenario {
    pub name: &'static str,
    pub title: &'static str,
    pub learner_text: &'static str,
    pub trainer_text: &'static str,
    /// The procedure of the world the steps drive, in order (includes
    /// expanded).
    pub steps: Vec<Step>,
    /// What the person holds in hand, a template over the captured values.
    pub holds: Value,
    /// The captured value that is the registry citizen (`POST /sim/citizens`).
    pub citizen: &'static str,
}

/// A scenario file as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    name: String,
    title: String,
    learner_text: String,
    trainer_text: String,
    #[serde(default = "default_citizen")]
    citizen: String,
    steps: Vec<Value>,
    holds: Value,
}

fn default_citizen() -> String {
    "citizen".into()
}

/// The scenario files, in the order `GET /sim/scenarios` lists them.
const FILES: &[&str] = &[
    include_str!("../../../scenarios/half1_missing.json"),
    include_str!("../../../scenarios/letter_in_post.json"),
    include_str!("../../../scenarios/awaiting_callback.json"),
    include_str!("../../../scenarios/first_access_due.json"),
    include_str!("../../../scenarios/active.json"),
    include_str!("../../../scenarios/expired.json"),
    include_str!("../../../scenarios/expired_intermediary.json"),
    include_str!("../../../scenarios/locked.json"),
    include_str!("../../../scenarios/locked_again.json"),
    include_str!("../../../scenarios/lost_with_contacts.json"),
    include_str!("../../../scenarios/lost_without_contacts.json"),
    include_str!("../../../scenarios/awaiting_activation.json"),
    include_str!("../../../scenarios/conversion_in_review.json"),
    include_str!("../../../scenarios/conversion_rejected.json"),
    include_str!("../../../scenarios/dispositivo.json"),
    include_str!("../../../scenarios/after_cutoff.json"),
];

/// Runs of steps several scenarios share (`{"include": "<name>"}`).
const INCLUDES: &[(&str, &str)] = &[
    (
        "citizen",
        include_str!("../../../scenarios/steps/citizen.json"),
    ),
    (
        "request",
        include_str!("../../../scenarios/steps/request.json"),
    ),
    (
        "letter",
        include_str!("../../../scenarios/steps/letter.json"),
    ),
    (
        "first_access",
        include_str!("../../../scenarios/steps/first_access.json"),
    ),
    (
        "wrong_logins",
        include_str!("../../../scenarios/steps/wrong_logins.json"),
    ),
    (
        "conversion",
        include_str!("../../../scenarios/steps/conversion.json"),
    ),
];

static ALL: LazyLock<Vec<Scenario>> = LazyLock::new(|| {
    let includes: HashMap<&str, Vec<Value>> = INCLUDES
        .iter()
        .map(|(name, text)| {
            let steps = serde_json::from_str(text)
                .unwrap_or_else(|e| panic!("server/scenarios/steps/{name}.json: {e}"));
            (*name, steps)
        })
        .collect();
    FILES
        .iter()
        .map(|text| {
            let f: File =
                serde_json::from_str(text).unwrap_or_else(|e| panic!("a scenario file: {e}"));
            let steps = steps::parse(&f.steps, &includes)
                .unwrap_or_else(|e| panic!("server/scenarios/{}.json: {e}", f.name));
            Scenario {
                name: f.name.leak(),
                title: f.title.leak(),
                learner_text: f.learner_text.leak(),
                trainer_text: f.trainer_text.leak(),
                steps,
                holds: f.holds,
                citizen: f.citizen.leak(),
            }
        })
        .collect()
});

pub fn all() -> &'static [Scenario] {
    &ALL
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

/// One scenario at a time per world: its steps set the world's clock back
/// and forward again, and its citizens are appended to the world's list.
fn world_lock(world: &World) -> Arc<tokio::sync::Mutex<()>> {
    static LOCKS: LazyLock<Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>> =
        LazyLock::new(Default::default);
    let mut locks = LOCKS.lock().unwrap_or_else(|p| p.into_inner());
    // Worlds come and go: forget the locks nobody holds.
    locks.retain(|_, l| Arc::strong_count(l) > 1);
    locks.entry(world.id.clone()).or_default().clone()
}

/// Applies scenario `name` to `world`; answers its citizens, each as
/// `POST /sim/citizens` answers plus `pin_state` and `holds`.
pub async fn apply(world: &World, name: &str) -> AppResult<Vec<Value>> {
    let scenario = find(name).ok_or_else(|| unknown(name))?;
    let lock = world_lock(world);
    let _held = lock.lock().await;
    Ok(vec![steps::run(world, scenario).await?])
}

/// A citizen of scenario `name` added to a running world: applied, and
/// kept with the world's other scenario citizens (trainer slips, export).
pub async fn add_citizen(world: &World, name: &str) -> AppResult<Value> {
    let scenario = find(name).ok_or_else(|| unknown(name))?;
    let lock = world_lock(world);
    let _held = lock.lock().await;
    let citizen = steps::run(world, scenario).await?;
    let store = &world.state.store;
    let mut citizens: Vec<Value> = store
        .setting(CITIZENS_SETTING)
        .await?
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default();
    citizens.push(citizen.clone());
    store
        .save_setting(CITIZENS_SETTING, &Value::Array(citizens).to_string())
        .await?;
    Ok(citizen)
}

/// `docs/scenarios.md`, from the files.
pub fn docs() -> String {
    let mut out = String::from(
        "# Scenarios\n\n\
         <!-- Generated from server/scenarios/*.json by the test \
         `worlds::scenarios::tests::the_doc_is_generated_from_the_files`: \
         run it with UPDATE_DOCS=1 to rewrite this file. -->\n\n\
         A scenario puts a new world (`POST /api/v1/sim/worlds {\"scenario\": name}`) or a \
         new citizen of a running world (`POST /api/v1/sim/worlds/{id}/citizens`) straight \
         into a state of the PIN's life. Each is one JSON file in `server/scenarios/`: the \
         texts below, the steps that drive the world through its own API (the same \
         procedures a person, an operator or the simulator uses; shared runs of steps in \
         `server/scenarios/steps/`), and what the person holds in hand at the end. The \
         steps' clock moves are rewound first, so the world's date ends where it was.\n\n\
         Every scenario's state is checked through the public API by \
         `server/tests/api/scenarios.rs`.\n\n\
         | scenario | title |\n|---|---|\n",
    );
    for s in all() {
        out.push_str(&format!("| [`{}`](#{}) | {} |\n", s.name, s.name, s.title));
    }
    for s in all() {
        out.push_str(&format!(
            "\n## {}\n\n**{}**\n\n*Per chi impara.* {}\n\n*Per il formatore (percorso \
             atteso).* {}\n\nIn mano: {}.\n\nHow the world is made: {}.\n",
            s.name,
            s.title,
            s.learner_text,
            s.trainer_text,
            holds_words(&s.holds),
            steps::describe(&s.steps),
        ));
    }
    out
}

fn holds_words(holds: &Value) -> String {
    let Some(map) = holds.as_object() else {
        return "niente".into();
    };
    let had: Vec<&str> = map
        .iter()
        .filter(|(_, v)| !v.is_null())
        .map(|(k, _)| match k.as_str() {
            "pin" => "il PIN",
            "half1" => "la prima parte del PIN",
            "half2" => "la seconda parte del PIN",
            "contacts" => "il cellulare e la casella e-mail",
            _ => "altro",
        })
        .collect();
    if had.is_empty() {
        "niente".into()
    } else {
        had.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// API.md names these; the product may have more.
    const CONTRACT: &[&str] = &[
        "half1_missing",
        "letter_in_post",
        "awaiting_callback",
        "first_access_due",
        "active",
        "expired",
        "expired_intermediary",
        "locked",
        "lost_with_contacts",
        "lost_without_contacts",
        "awaiting_activation",
        "conversion_in_review",
        "conversion_rejected",
        "dispositivo",
        "after_cutoff",
    ];

    #[test]
    fn every_file_parses_and_every_name_of_the_contract_is_there_once() {
        let names: Vec<&str> = all().iter().map(|s| s.name).collect();
        for n in CONTRACT {
            assert_eq!(names.iter().filter(|m| *m == n).count(), 1, "{n}");
        }
        let mut unique = names.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "{names:?}");
        for s in all() {
            assert!(
                !s.title.is_empty() && !s.learner_text.is_empty(),
                "{}",
                s.name
            );
            assert!(
                !s.trainer_text.is_empty() && !s.steps.is_empty(),
                "{}",
                s.name
            );
            for k in ["pin", "half1", "half2", "contacts"] {
                assert!(s.holds.get(k).is_some(), "{}: holds.{k}", s.name);
            }
        }
    }

    #[test]
    fn the_doc_is_generated_from_the_files() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/scenarios.md");
        let want = docs();
        if std::env::var_os("UPDATE_DOCS").is_some() {
            std::fs::write(&path, &want).expect("write docs/scenarios.md");
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "docs/scenarios.md is out of date: run `UPDATE_DOCS=1 cargo test -p server --lib \
             scenarios` and commit it"
        );
    }
}
