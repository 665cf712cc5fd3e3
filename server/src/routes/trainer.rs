//! The trainer console (`/formatore`): the trainer logs in with the seeded
//! account (`formatore`, simulation mode only), makes a class of worlds
//! from a set of scenarios, hands out printable slips, follows every world
//! in a live table (polled with an ETag) and moves their clocks, resets a
//! world, revokes a join code, ends the class.
//!
//! Mounted outside any world, like `routes::worlds`: the trainer's session
//! and the classes live in the default world's store; each world is read
//! through the hub. A world answers here only under its own class.

use std::collections::HashMap;
use std::hash::{Hash, Hasher as _};
use std::sync::{LazyLock, Mutex};
use std::time::Instant;

use axum::extract::{FromRequestParts, State};
use axum::http::header::{
    CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE, ETAG, HOST, IF_NONE_MATCH,
};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::{DateTime, DurationRound, Utc};
use domain::api::{
    AdvanceClass, ClassEvent, ClassSummary, ClassTable, ClassWorld, FieldError, LearnerStep,
    NewClass, PinState, Trainer, TrainerLogin, CLASS_NAME_MAX, CLASS_WORLDS_MAX, CLASS_WORLDS_MIN,
};
use serde::Deserialize;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::auth::{is_https, trainer_cookie, trainer_cookie_header, trainer_session, TRAINER_ROLE};
use crate::documents::slips::{slips_pdf, Slip, SlipPerson};
use crate::error::{AppError, AppJson, AppPath, AppQuery, AppResult};
use crate::operators;
use crate::secrets::{random_hex, session_key};
use crate::store::{ClassRow, OperatorRow, OperatorSession, WorldRow};
use crate::worlds::{scenarios, World, Worlds};

pub fn router() -> Router<Worlds> {
    Router::new()
        .route(
            "/api/v1/sim/trainer/session",
            post(login).get(whoami).delete(logout),
        )
        .route(
            "/api/v1/sim/trainer/classes",
            get(list_classes).post(create_class),
        )
        .route(
            "/api/v1/sim/trainer/classes/{id}",
            get(table).delete(end_class),
        )
        .route("/api/v1/sim/trainer/classes/{id}/advance", post(advance))
        .route(
            "/api/v1/sim/trainer/classes/{id}/worlds/{wid}/reset",
            post(reset_world),
        )
        .route(
            "/api/v1/sim/trainer/classes/{id}/worlds/{wid}/join-code",
            post(revoke_code),
        )
        .route("/api/v1/sim/trainer/classes/{id}/slips.pdf", get(slips))
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

fn trainer_api(o: &OperatorRow) -> Trainer {
    Trainer {
        username: o.username.clone(),
        display_name: o.display_name.clone(),
    }
}

/// The trainer's login: the operators' one (`operators::login`), for the
/// trainer's role only.
async fn login(
    State(hub): State<Worlds>,
    headers: HeaderMap,
    AppJson(body): AppJson<TrainerLogin>,
) -> AppResult<Response> {
    let st = hub.default_state();
    if body
        .username
        .trim()
        .eq_ignore_ascii_case(operators::SEEDED_TRAINER.0)
    {
        operators::seed_trainer(st).await?;
    }
    let (op, token) = operators::login(
        st,
        &body.username,
        body.password,
        trainer_cookie(&headers),
        Some(TRAINER_ROLE),
    )
    .await?;
    Ok((
        [trainer_cookie_header(&token, false, &headers, st)],
        Json(trainer_api(&op)),
    )
        .into_response())
}

async fn whoami(TrainerSession(s): TrainerSession) -> Json<Trainer> {
    Json(trainer_api(&s.operator))
}

async fn logout(State(hub): State<Worlds>, headers: HeaderMap) -> AppResult<Response> {
    let st = hub.default_state();
    if let Some(v) = trainer_cookie(&headers) {
        st.store.delete_operator_session(&session_key(&v)).await?;
    }
    Ok((
        StatusCode::NO_CONTENT,
        [trainer_cookie_header("", true, &headers, st)],
    )
        .into_response())
}

/// The class named, or 404 `NOT_FOUND`.
async fn class_of(hub: &Worlds, id: &str) -> AppResult<ClassRow> {
    hub.default_state()
        .store
        .class(id)
        .await?
        .ok_or(AppError::NotFound)
}

fn check_class(body: &NewClass) -> AppResult<String> {
    let name = body.name.trim().to_owned();
    let mut errors = Vec::new();
    if name.is_empty() {
        errors.push(FieldError::new("name", "REQUIRED", "Campo obbligatorio"));
    } else if name.chars().count() > CLASS_NAME_MAX {
        errors.push(FieldError::new(
            "name",
            "TOO_LONG",
            "Il nome della classe può avere al massimo 80 caratteri",
        ));
    }
    if !(CLASS_WORLDS_MIN..=CLASS_WORLDS_MAX).contains(&body.worlds) {
        errors.push(FieldError::new(
            "worlds",
            "WORLDS_RANGE",
            "Una classe ha da 1 a 40 mondi",
        ));
    }
    if body.scenarios.iter().any(|s| scenarios::find(s).is_none()) {
        errors.push(FieldError::new(
            "scenarios",
            "UNKNOWN_SCENARIO",
            "Scenario sconosciuto: scegliere uno degli scenari elencati",
        ));
    }
    AppError::check(errors)?;
    Ok(name)
}

/// Makes the class and its worlds, the scenarios assigned in turn; answers
/// its live table.
async fn create_class(
    State(hub): State<Worlds>,
    TrainerSession(t): TrainerSession,
    AppJson(body): AppJson<NewClass>,
) -> AppResult<(StatusCode, Json<ClassTable>)> {
    let name = check_class(&body)?;
    let class = ClassRow {
        id: format!("cls_{}", random_hex::<16>()),
        name: name.clone(),
        scenarios: body.scenarios.clone(),
        created_by: t.operator.username.clone(),
        created_at: Utc::now(),
    };
    hub.default_state().store.insert_class(&class).await?;
    for i in 0..body.worlds as usize {
        let scenario =
            (!body.scenarios.is_empty()).then(|| body.scenarios[i % body.scenarios.len()].as_str());
        let world_name = format!("{name} - {}", i + 1);
        hub.create(&world_name, scenario, Some(&class.id)).await?;
    }
    tracing::info!(class = %class.id, worlds = body.worlds, "class created");
    let table = live_table(&hub, &class, DEFAULT_STUCK_MINUTES).await?;
    Ok((StatusCode::CREATED, Json(table)))
}

async fn list_classes(
    State(hub): State<Worlds>,
    _t: TrainerSession,
) -> AppResult<Json<Vec<ClassSummary>>> {
    let store = &hub.default_state().store;
    let mut out = Vec::new();
    for c in store.classes().await? {
        let worlds = store.worlds_of_class(&c.id).await?.len();
        out.push(ClassSummary {
            id: c.id,
            name: c.name,
            scenarios: c.scenarios,
            worlds,
            created_at: c.created_at,
        });
    }
    Ok(Json(out))
}

/// A world is stuck after this many real minutes without a change, unless
/// the trainer asks for another threshold.
const DEFAULT_STUCK_MINUTES: i64 = 10;
const MAX_STUCK_MINUTES: i64 = 240;
/// Activity lines shown per world.
const EVENTS_SHOWN: i64 = 3;

#[derive(Debug, Deserialize)]
struct TableQuery {
    stuck_minutes: Option<i64>,
}

/// The live table, with an ETag of its content: an `If-None-Match` that
/// matches answers 304 with no body, so polling every few seconds costs a
/// hash, not a download.
async fn table(
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
    let digest: String = Sha256::digest(&body)[..12]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
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

/// The world `wid` of class `class`: 404 `WORLD_NOT_FOUND` for a world of
/// another class (or none), so a class cannot reach into another's.
async fn class_world(hub: &Worlds, class: &ClassRow, wid: &str) -> AppResult<(WorldRow, World)> {
    let row = hub
        .default_state()
        .store
        .world(wid)
        .await?
        .filter(|w| w.class_id.as_deref() == Some(class.id.as_str()))
        .ok_or(AppError::WorldNotFound)?;
    let world = hub.world(wid).await?.ok_or(AppError::WorldNotFound)?;
    Ok((row, world))
}

/// Moves one world's clock or every world's of the class, each through the
/// world's own simulator API (so the rule and its bounds are the same).
async fn advance(
    State(hub): State<Worlds>,
    _t: TrainerSession,
    AppPath(id): AppPath<String>,
    AppJson(body): AppJson<AdvanceClass>,
) -> AppResult<Json<ClassTable>> {
    let class = class_of(&hub, &id).await?;
    let targets: Vec<String> = match &body.world {
        Some(wid) => vec![class_world(&hub, &class, wid).await?.0.id],
        None => hub
            .default_state()
            .store
            .worlds_of_class(&class.id)
            .await?
            .into_iter()
            .map(|w| w.id)
            .collect(),
    };
    let move_by = json!({ "advance_seconds": body.seconds });
    for wid in targets {
        let Some(world) = hub.world(&wid).await? else {
            continue;
        };
        let (status, answer, _) = world
            .call("POST", "/api/v1/sim/clock", Some(&move_by), None)
            .await;
        if status == StatusCode::UNPROCESSABLE_ENTITY {
            return Err(AppError::Validation(vec![FieldError::new(
                "seconds",
                "CLOCK_RANGE",
                "La data simulata deve essere compresa tra il 01/01/2000 e il 31/12/2099",
            )]));
        }
        if !status.is_success() {
            return Err(AppError::internal(format!(
                "clock of {wid}: {status} {answer}"
            )));
        }
    }
    Ok(Json(live_table(&hub, &class, DEFAULT_STUCK_MINUTES).await?))
}

async fn reset_world(
    State(hub): State<Worlds>,
    _t: TrainerSession,
    AppPath((id, wid)): AppPath<(String, String)>,
) -> AppResult<Json<ClassTable>> {
    let class = class_of(&hub, &id).await?;
    class_world(&hub, &class, &wid).await?;
    hub.reset(&wid).await?.ok_or(AppError::WorldNotFound)?;
    forget_seen(&wid);
    Ok(Json(live_table(&hub, &class, DEFAULT_STUCK_MINUTES).await?))
}

/// A new join code for the world: the old one stops working at once.
async fn revoke_code(
    State(hub): State<Worlds>,
    _t: TrainerSession,
    AppPath((id, wid)): AppPath<(String, String)>,
) -> AppResult<Json<ClassTable>> {
    let class = class_of(&hub, &id).await?;
    class_world(&hub, &class, &wid).await?;
    hub.new_join_code(&wid)
        .await?
        .ok_or(AppError::WorldNotFound)?;
    Ok(Json(live_table(&hub, &class, DEFAULT_STUCK_MINUTES).await?))
}

/// Ends the class: every world of it (its database, its files), then the
/// class itself.
async fn end_class(
    State(hub): State<Worlds>,
    _t: TrainerSession,
    AppPath(id): AppPath<String>,
) -> AppResult<StatusCode> {
    let class = class_of(&hub, &id).await?;
    for w in hub.default_state().store.worlds_of_class(&class.id).await? {
        hub.delete(&w.id).await?;
        forget_seen(&w.id);
    }
    hub.default_state().store.delete_class(&class.id).await?;
    tracing::info!(class = %class.id, "class ended");
    Ok(StatusCode::NO_CONTENT)
}

/// Printable slips: one page per world.
async fn slips(
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
        let Some(world) = hub.world(&row.id).await? else {
            continue;
        };
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

/// Per world: a fingerprint of what the table showed and when it last
/// changed (real time). Kept by this process while the trainer looks: a
/// world whose fingerprint has not changed for the threshold is stuck.
static SEEN: LazyLock<Mutex<HashMap<String, (u64, Instant)>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

fn forget_seen(world_id: &str) {
    SEEN.lock()
        .unwrap_or_else(|p| p.into_inner())
        .remove(world_id);
}

/// Whether `world_id`, now showing `fingerprint`, has shown it for at
/// least `minutes` real minutes (never on the first look).
fn stuck(world_id: &str, fingerprint: u64, minutes: i64) -> bool {
    let mut seen = SEEN.lock().unwrap_or_else(|p| p.into_inner());
    match seen.get(world_id) {
        Some((f, since)) if *f == fingerprint => {
            since.elapsed().as_secs() >= u64::try_from(minutes).unwrap_or(0) * 60
        }
        _ => {
            seen.insert(world_id.to_owned(), (fingerprint, Instant::now()));
            false
        }
    }
}

/// The world's simulated now, fresh (another process may have moved it).
async fn now_of(world: &World) -> AppResult<DateTime<Utc>> {
    if world.state.store.shares_clock() {
        if let Some(c) = world.state.store.clock_state().await? {
            world.state.clock.observe(c);
        }
    }
    Ok(world.state.clock.now())
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

async fn world_row(row: &WorldRow, world: &World, stuck_minutes: i64) -> AppResult<ClassWorld> {
    let store = &world.state.store;
    let now = now_of(world).await?;
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
        stuck: stuck(&row.id, h.finish(), stuck_minutes),
    })
}

async fn live_table(hub: &Worlds, class: &ClassRow, stuck_minutes: i64) -> AppResult<ClassTable> {
    let mut worlds = Vec::new();
    for row in hub.default_state().store.worlds_of_class(&class.id).await? {
        let Some(world) = hub.world(&row.id).await? else {
            continue;
        };
        worlds.push(world_row(&row, &world, stuck_minutes).await?);
    }
    Ok(ClassTable {
        id: class.id.clone(),
        name: class.name.clone(),
        created_at: class.created_at,
        stuck_minutes,
        worlds,
    })
}
