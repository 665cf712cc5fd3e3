//! The trainer console (`/formatore`): the trainer logs in with the seeded
//! account (`formatore`, simulation mode only), makes a class of worlds
//! from a set of scenarios, hands out printable slips, follows every world
//! in a live table (polled with an ETag) and moves their clocks, resets a
//! world, revokes a join code, ends the class.
//!
//! Mounted outside any world, like `routes::worlds`: the trainer's session
//! and the classes live in the default world's store; each world is read
//! through the hub. A world answers here only under its own class.

mod classes;
mod slips;
mod table;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::Utc;
use domain::api::{
    AdvanceClass, ClassSummary, ClassTable, FieldError, NewClass, Trainer, TrainerLogin,
    CLASS_NAME_MAX, CLASS_WORLDS_MAX, CLASS_WORLDS_MIN,
};
use serde_json::json;

use crate::auth::{trainer_cookie, trainer_cookie_header, TRAINER_ROLE};
use crate::error::{AppError, AppJson, AppPath, AppResult};
use crate::operators;
use crate::secrets::{random_hex, session_key};
use crate::store::{ClassRow, OperatorRow};
use crate::worlds::{scenarios, Worlds};

use classes::{class_of, class_world, TrainerSession};
use slips::slips;
use table::{live_table, table, DEFAULT_STUCK_MINUTES};

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

/// Moves one world's clock or every world's of the class, each through the
/// world's own simulator API (so the rule and its bounds are the same).
async fn advance(
    State(hub): State<Worlds>,
    _t: TrainerSession,
    AppPath(id): AppPath<String>,
    AppJson(body): AppJson<AdvanceClass>,
) -> AppResult<Json<ClassTable>> {
    let class = class_of(&hub, &id).await?;
    let targets = match &body.world {
        Some(wid) => vec![class_world(&hub, &class, wid).await?],
        None => {
            let mut all = Vec::new();
            for row in hub.default_state().store.worlds_of_class(&class.id).await? {
                all.push(hub.world_of(row).await?);
            }
            all
        }
    };
    let move_by = json!({ "advance_seconds": body.seconds });
    for world in targets {
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
                "clock of {}: {status} {answer}",
                world.id
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
    let world = class_world(&hub, &class, &wid).await?;
    hub.reset(&world).await?.ok_or(AppError::WorldNotFound)?;
    Ok(Json(live_table(&hub, &class, DEFAULT_STUCK_MINUTES).await?))
}

/// A new join code for the world: the old one stops working at once.
async fn revoke_code(
    State(hub): State<Worlds>,
    _t: TrainerSession,
    AppPath((id, wid)): AppPath<(String, String)>,
) -> AppResult<Json<ClassTable>> {
    let class = class_of(&hub, &id).await?;
    let world = class_world(&hub, &class, &wid).await?;
    hub.new_join_code(&world)
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
    }
    hub.default_state().store.delete_class(&class.id).await?;
    tracing::info!(class = %class.id, "class ended");
    Ok(StatusCode::NO_CONTENT)
}
