//! The live table of a class: each world's date, the learner's step, the
//! last events, the flags; polled with an ETag.

use std::hash::{Hash, Hasher as _};

use axum::extract::State;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, ETAG, IF_NONE_MATCH};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, DurationRound, Utc};
use domain::api::{ClassEvent, ClassTable, ClassWorld, FieldError, LearnerStep, PinState};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::error::{AppError, AppPath, AppQuery, AppResult};
use crate::store::ClassRow;
use crate::worlds::{World, Worlds};

use super::classes::{class_of, TrainerSession};

/// A world is stuck after this many real minutes without a change, unless
/// the trainer asks for another threshold.
pub(super) const DEFAULT_STUCK_MINUTES: i64 = 10;
const MAX_STUCK_MINUTES: i64 = 240;
/// Activity lines shown per world.
const EVENTS_SHOWN: i64 = 3;

#[derive(Debug, Deserialize)]
pub(super) struct TableQuery {
    stuck_minutes: Option<i64>,
}

/// The live table, with an ETag of its content: an `If-None-Match` that
/// matches answers 304 with no body, so polling every few seconds costs a
/// hash, not a download.
pub(super) async fn table(
    State(hub): State<Worlds>,
    _t: TrainerSession,
    AppPath(id): AppPath<String>,
    AppQuery(q): AppQuery<TableQuery>,
    headers: HeaderMap,
) -> AppResult<Response> {
    let class = class_of(&hub, &id).await?;
    let stuck_minutes = q.stuck_minutes.unwrap_or(DEFAULT_STUCK_MINUTES);
    if !(0..=MAX_STUCK_MINUTES).contains(&stuck_minutes) {
        return Err(AppError::Validation(vec![FieldError::new(
            "stuck_minutes",
            "STUCK_RANGE",
            "La soglia di inattività va da 0 a 240 minuti",
        )]));
    }
    let table = live_table(&hub, &class, stuck_minutes).await?;
    let body = serde_json::to_vec(&table).map_err(AppError::internal)?;
    let digest = hex::encode(&Sha256::digest(&body)[..12]);
    let etag = format!("\"{digest}\"");
    let etag_value = HeaderValue::from_str(&etag).map_err(AppError::internal)?;
    let matches = headers
        .get_all(IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|t| {
            let t = t.trim();
            t == "*" || t.trim_start_matches("W/") == etag
        });
    let cache = (CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if matches {
        return Ok((StatusCode::NOT_MODIFIED, [(ETAG, etag_value), cache]).into_response());
    }
    Ok((
        [
            (ETAG, etag_value),
            cache,
            (CONTENT_TYPE, HeaderValue::from_static("application/json")),
        ],
        body,
    )
        .into_response())
}

/// Whether `world`, now showing `fingerprint`, has shown it for at least
/// `minutes` real minutes (never on the first look). The hub keeps what
/// each world showed while the trainer looks, and forgets it when the
/// world is reset or ended.
fn stuck(hub: &Worlds, world: &World, fingerprint: u64, minutes: i64) -> bool {
    hub.unchanged_since(&world.id, fingerprint)
        .is_some_and(|since| since.elapsed().as_secs() >= u64::try_from(minutes).unwrap_or(0) * 60)
}

/// The step of the world's newest credential.
fn step_of(c: Option<&crate::store::Credential>, now: DateTime<Utc>) -> LearnerStep {
    let Some(c) = c else {
        return LearnerStep::NotStarted;
    };
    let expired = c
        .pin_changed_at
        .is_some_and(|at| now >= domain::pin::expires_at(at, c.role));
    match c.state {
        PinState::Revoked => LearnerStep::Revoked,
        _ if c.activation_required => LearnerStep::AwaitingActivation,
        _ if c.initial_hash.is_some() => LearnerStep::AwaitingFirstAccess,
        _ if expired => LearnerStep::Expired,
        PinState::Dispositivo => LearnerStep::Dispositivo,
        _ if !c.contacts_verified || !c.privacy_accepted => LearnerStep::Onboarding,
        _ => LearnerStep::Active,
    }
}

async fn world_row(hub: &Worlds, world: &World, stuck_minutes: i64) -> AppResult<ClassWorld> {
    let row = world.row();
    let store = &world.state.store;
    let now = world.now().await?;
    let activity = store.world_activity(EVENTS_SHOWN).await?;
    let cred = match &activity.latest_credential {
        Some(id) => store.credential(id).await?,
        None => None,
    };
    let step = step_of(cred.as_ref(), now);
    let locked = cred
        .as_ref()
        .and_then(|c| c.locked_until)
        .is_some_and(|until| until > now);
    let events: Vec<ClassEvent> = activity
        .events
        .into_iter()
        .map(|e| ClassEvent {
            kind: e.kind,
            codice_fiscale: e.codice_fiscale,
            at: e.at,
        })
        .collect();
    // A change is what someone did: records, a clock moved by hand (its
    // offset; the clock's running on its own, or on compressed time, is
    // not), a new join code.
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (step, &events, activity.messages, locked, &row.join_code).hash(&mut h);
    if row.pace <= 1 {
        world.state.clock.offset_ms().hash(&mut h);
    }
    Ok(ClassWorld {
        id: row.id.clone(),
        name: row.name.clone(),
        join_code: row.join_code.clone(),
        scenario: row.scenario.clone(),
        // To the minute, as the table shows it: the ETag then changes only
        // when something did, or once a minute.
        now: now
            .duration_trunc(chrono::TimeDelta::minutes(1))
            .unwrap_or(now),
        pace: row.pace,
        step,
        events,
        messages: activity.messages,
        locked,
        stuck: stuck(hub, world, h.finish(), stuck_minutes),
    })
}

pub(super) async fn live_table(
    hub: &Worlds,
    class: &ClassRow,
    stuck_minutes: i64,
) -> AppResult<ClassTable> {
    let mut worlds = Vec::new();
    for row in hub.default_state().store.worlds_of_class(&class.id).await? {
        let world = hub.world_of(row).await?;
        worlds.push(world_row(hub, &world, stuck_minutes).await?);
    }
    Ok(ClassTable {
        id: class.id.clone(),
        name: class.name.clone(),
        created_at: class.created_at,
        stuck_minutes,
        worlds,
    })
}
