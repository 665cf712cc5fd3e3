//! The learner slips of a class (PDF): one page per world.

use std::hash::{Hash, Hasher as _};

use axum::extract::State;
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE, HOST};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use crate::auth::is_https;
use crate::documents::slips::{slips_pdf, Slip, SlipPerson};
use crate::error::{AppPath, AppResult};
use crate::worlds::{scenarios, Worlds};

use super::classes::{class_of, TrainerSession};

/// Printable slips: one page per world.
pub(super) async fn slips(
    State(hub): State<Worlds>,
    _t: TrainerSession,
    AppPath(id): AppPath<String>,
    headers: HeaderMap,
) -> AppResult<Response> {
    let class = class_of(&hub, &id).await?;
    let scheme = if is_https(&headers, hub.default_state()) {
        "https"
    } else {
        "http"
    };
    let host = headers
        .get(HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("127.0.0.1:3000");
    let mut out = Vec::new();
    for row in hub.default_state().store.worlds_of_class(&class.id).await? {
        let world = hub.world_of(row.clone()).await?;
        let scenario = row.scenario.as_deref().and_then(scenarios::find);
        let mut people: Vec<SlipPerson> = hub
            .citizens(&world)
            .await?
            .iter()
            .map(|c| person(c, &row.id))
            .collect();
        if people.is_empty() {
            // No scenario: the learner starts from the registry's first
            // citizen, as a fresh server's simulator page suggests.
            if let Some(c) = world.state.store.citizens(1).await?.first() {
                let c = serde_json::to_value(c).unwrap_or(Value::Null);
                people.push(person(&c, &row.id));
            }
        }
        out.push(Slip {
            class_name: class.name.clone(),
            world_name: row.name.clone(),
            join_code: row.join_code.clone(),
            url: format!("{scheme}://{host}/mondo/{}", row.join_code),
            scenario_title: scenario.map(|s| s.title.to_owned()),
            learner_text: scenario.map(|s| s.learner_text.to_owned()),
            people,
        });
    }
    Ok((
        [
            (CONTENT_TYPE, "application/pdf".to_owned()),
            (
                CONTENT_DISPOSITION,
                "inline; filename=\"schede-classe.pdf\"".to_owned(),
            ),
            (CACHE_CONTROL, "no-store".to_owned()),
        ],
        slips_pdf(&out),
    )
        .into_response())
}

/// What a scenario's citizen (as `POST /sim/worlds` answers it) holds in
/// hand: its `holds` (PIN or halves, the contacts it can read). A citizen
/// of the registry (a world without scenario) holds no contacts yet: the
/// slip gives a phone and an e-mail of the simulator to request the PIN
/// with (their inboxes are read in the world's Simulatore), the same for a
/// world on every print.
fn person(c: &Value, world_id: &str) -> SlipPerson {
    let s = |v: &Value| v.as_str().map(str::to_owned);
    let holds = &c["holds"];
    let name = s(&c["name"]).unwrap_or_default();
    let surname = s(&c["surname"]).unwrap_or_default();
    let cf = s(&c["codice_fiscale"]).unwrap_or_default();
    let (phone, email) = if holds.is_object() {
        let contacts = &holds["contacts"];
        (s(&contacts["mobile"]), s(&contacts["email"]))
    } else {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (world_id, &cf).hash(&mut h);
        let digits = h.finish() % 10_000_000;
        (
            Some(format!("333{digits:07}")),
            Some(format!(
                "{}.{}@esempio.it",
                ascii_lower(&name),
                ascii_lower(&surname)
            )),
        )
    };
    SlipPerson {
        full_name: format!("{name} {surname}").trim().to_owned(),
        codice_fiscale: cf,
        tessera_number: s(&c["tessera_sanitaria"]["number"]),
        tessera_expiry: s(&c["tessera_sanitaria"]["expiry"]).map(|d| italian_date(&d)),
        phone,
        email,
        pin: s(&holds["pin"]),
        half1: s(&holds["half1"]),
        half2: s(&holds["half2"]),
    }
}

fn ascii_lower(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// `2027-05-31` → `31/05/2027`.
fn italian_date(iso: &str) -> String {
    match iso.split('-').collect::<Vec<_>>().as_slice() {
        [y, m, d] => format!("{d}/{m}/{y}"),
        _ => iso.to_owned(),
    }
}
