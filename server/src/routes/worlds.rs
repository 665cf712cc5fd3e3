//! Simulation worlds (`crate::worlds`): make, read, reset, export, import
//! and end a world; join one from a browser; the scenarios. Mounted outside
//! any world (they manage worlds) and only in simulation mode.
//!
//! Holding a world's id is being its member: every route on `{id}` answers
//! 404 `WORLD_NOT_FOUND` alike for a world that does not exist and one the
//! caller cannot name, so ids cannot be probed.

use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use domain::api::{
    CurrentWorld, FieldError, JoinWorld, NewWorld, ScenarioInfo, WorldInfo, WorldPace,
};

use crate::auth::world_cookie_header;
use crate::error::{AppError, AppJson, AppResult};
use crate::worlds::{export, pacing, scenarios, storage, World, Worlds};

/// A world just made (create, reset, import): its info and the citizens of
/// its scenario, each as `POST /sim/citizens` answers plus `pin_state` and
/// `holds` (what the person has in hand).
#[derive(Debug, serde::Serialize)]
pub struct WorldCreated {
    #[serde(flatten)]
    pub world: WorldInfo,
    pub citizens: Vec<serde_json::Value>,
}

/// An exported world with its uploaded files may be large (the same in
/// `x-max-bytes` of the document).
const IMPORT_LIMIT: usize = 16 * 1024 * 1024;
/// A world's name as a trainer types it.
const NAME_MAX: usize = 80;

pub fn router() -> Router<Worlds> {
    Router::new()
        .route("/api/v1/sim/scenarios", get(list_scenarios))
        .route("/api/v1/sim/worlds", post(create))
        .route(
            "/api/v1/sim/worlds/import",
            post(import).layer(DefaultBodyLimit::max(IMPORT_LIMIT)),
        )
        .route("/api/v1/sim/worlds/join", post(join))
        .route("/api/v1/sim/worlds/leave", post(leave))
        .route("/api/v1/sim/worlds/current", get(current))
        .route("/api/v1/sim/worlds/{id}", get(read).delete(remove))
        .route("/api/v1/sim/worlds/{id}/reset", post(reset))
        .route("/api/v1/sim/worlds/{id}/citizens", post(add_citizen))
        .route("/api/v1/sim/worlds/{id}/export", get(export_world))
        .route("/api/v1/sim/worlds/{id}/pace", put(set_pace))
        .route("/api/v1/sim/worlds/{id}/join-code", post(new_join_code))
}

async fn list_scenarios() -> Json<Vec<ScenarioInfo>> {
    Json(
        scenarios::all()
            .iter()
            .map(|s| ScenarioInfo {
                name: s.name.into(),
                title: s.title.into(),
                learner_text: s.learner_text.into(),
                trainer_text: s.trainer_text.into(),
            })
            .collect(),
    )
}

async fn info(world: &World) -> AppResult<WorldInfo> {
    let row = world.row();
    Ok(WorldInfo {
        id: row.id.clone(),
        join_code: row.join_code.clone(),
        name: row.name.clone(),
        now: world.now().await?,
        scenario: row.scenario.clone(),
        pace: row.pace,
    })
}

/// The open world `id` (with its row), or 404 `WORLD_NOT_FOUND`.
async fn found(hub: &Worlds, id: &str) -> AppResult<World> {
    hub.world(id).await?.ok_or(AppError::WorldNotFound)
}

fn name_of(name: Option<&str>) -> AppResult<String> {
    let name = name.map(str::trim).unwrap_or("");
    if name.chars().count() > NAME_MAX {
        return Err(AppError::Validation(vec![FieldError::new(
            "name",
            "TOO_LONG",
            "Il nome del mondo può avere al massimo 80 caratteri",
        )]));
    }
    Ok(if name.is_empty() {
        "Mondo di simulazione".into()
    } else {
        name.into()
    })
}

async fn create(
    State(hub): State<Worlds>,
    AppJson(body): AppJson<NewWorld>,
) -> AppResult<(StatusCode, Json<WorldCreated>)> {
    let name = name_of(body.name.as_deref())?;
    let scenario = body
        .scenario
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let (world, citizens) = hub.create(&name, scenario, None).await?;
    Ok((
        StatusCode::CREATED,
        Json(WorldCreated {
            world: info(&world).await?,
            citizens,
        }),
    ))
}

async fn read(State(hub): State<Worlds>, Path(id): Path<String>) -> AppResult<Json<WorldInfo>> {
    Ok(Json(info(&found(&hub, &id).await?).await?))
}

async fn remove(State(hub): State<Worlds>, Path(id): Path<String>) -> AppResult<StatusCode> {
    if hub.delete(&id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(AppError::WorldNotFound)
    }
}

async fn reset(State(hub): State<Worlds>, Path(id): Path<String>) -> AppResult<Json<WorldCreated>> {
    let world = found(&hub, &id).await?;
    let (world, citizens) = hub.reset(&world).await?.ok_or(AppError::WorldNotFound)?;
    Ok(Json(WorldCreated {
        world: info(&world).await?,
        citizens,
    }))
}

/// `POST /sim/worlds/{id}/citizens`: which scenario the new citizen is in.
#[derive(Debug, serde::Deserialize)]
struct NewScenarioCitizen {
    scenario: String,
}

/// One more citizen in a running world, put into a scenario's state (its
/// clock moves are rewound first: the world's date ends where it was).
async fn add_citizen(
    State(hub): State<Worlds>,
    Path(id): Path<String>,
    AppJson(body): AppJson<NewScenarioCitizen>,
) -> AppResult<(StatusCode, Json<serde_json::Value>)> {
    let world = found(&hub, &id).await?;
    let citizen = scenarios::add_citizen(&world, body.scenario.trim()).await?;
    Ok((StatusCode::CREATED, Json(citizen)))
}

async fn export_world(
    State(hub): State<Worlds>,
    Path(id): Path<String>,
) -> AppResult<Json<export::Document>> {
    let world = found(&hub, &id).await?;
    Ok(Json(export::export(&hub, &world).await?))
}

async fn import(
    State(hub): State<Worlds>,
    AppJson(doc): AppJson<export::Document>,
) -> AppResult<(StatusCode, Json<WorldCreated>)> {
    let world = export::import(&hub, doc).await?;
    let citizens = hub.citizens(&world).await?;
    Ok((
        StatusCode::CREATED,
        Json(WorldCreated {
            world: info(&world).await?,
            citizens,
        }),
    ))
}

async fn set_pace(
    State(hub): State<Worlds>,
    Path(id): Path<String>,
    AppJson(body): AppJson<WorldPace>,
) -> AppResult<Json<WorldInfo>> {
    let world = found(&hub, &id).await?;
    if !(1..=pacing::MAX_PACE).contains(&body.pace) {
        return Err(AppError::Validation(vec![FieldError::new(
            "pace",
            "PACE_RANGE",
            "Il ritmo va da 1 (tempo manuale) a 10080 secondi simulati per secondo reale",
        )]));
    }
    let since = (body.pace > 1).then(|| chrono::Utc::now().timestamp_millis());
    let world = hub
        .set_pace(&world, body.pace, since)
        .await?
        .ok_or(AppError::WorldNotFound)?;
    Ok(Json(info(&world).await?))
}

async fn new_join_code(
    State(hub): State<Worlds>,
    Path(id): Path<String>,
) -> AppResult<Json<WorldInfo>> {
    let world = found(&hub, &id).await?;
    let world = hub
        .new_join_code(&world)
        .await?
        .ok_or(AppError::WorldNotFound)?;
    Ok(Json(info(&world).await?))
}

/// A browser joins: the join code names the world, the cookie keeps the
/// browser in it. A wrong code is a field error (the learner typed it).
async fn join(
    State(hub): State<Worlds>,
    headers: HeaderMap,
    AppJson(body): AppJson<JoinWorld>,
) -> AppResult<Response> {
    let code = storage::normalize_join_code(&body.join_code);
    let row = if code.is_empty() {
        None
    } else {
        hub.default_state().store.world_by_join_code(&code).await?
    };
    let Some(row) = row else {
        return Err(AppError::Validation(vec![FieldError::new(
            "join_code",
            "JOIN_CODE",
            "Codice di accesso al mondo non valido o revocato: controllare il codice ricevuto dal formatore",
        )]));
    };
    let world = hub.world_of(row).await?;
    let cookie = world_cookie_header(Some(&world.id), &headers, hub.default_state());
    Ok(([cookie], Json(info(&world).await?)).into_response())
}

/// Back to the default world.
async fn leave(State(hub): State<Worlds>, headers: HeaderMap) -> Response {
    let cookie = world_cookie_header(None, &headers, hub.default_state());
    (StatusCode::NO_CONTENT, [cookie]).into_response()
}

/// The world this request is in (for the page header), `null` in the
/// default world; 404 `WORLD_NOT_FOUND` for a world that has ended.
async fn current(State(hub): State<Worlds>, headers: HeaderMap) -> AppResult<Json<CurrentWorld>> {
    let Some(id) = hub.named_world(&headers) else {
        return Ok(Json(CurrentWorld { world: None }));
    };
    let world = found(&hub, &id).await?;
    Ok(Json(CurrentWorld {
        world: Some(info(&world).await?),
    }))
}
