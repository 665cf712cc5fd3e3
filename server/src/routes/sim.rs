//! Simulation control: the clock, the registry and the delivery simulator's
//! inboxes. For trainers, testers and the simulator page; `--no-sim` removes
//! these routes entirely.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use domain::api::ErrorCode;
use domain::api::{
    Citizen, Clock as ClockBody, ClockUpdate, FieldError, Message, NewCitizen, SimStatus,
};
use serde::Deserialize;

use crate::clock::Clock;
use crate::error::{AppError, AppJson, AppQuery, AppResult};
use crate::sim::deliveries::{inbox, recipient_key};
use crate::sim::generator;
use crate::state::AppState;
use crate::store::StoreError;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/sim/clock", get(get_clock).post(update_clock))
        .route("/sim/status", get(status))
        .route("/sim/citizens", get(list_citizens).post(create_citizen))
        .route("/sim/messages", get(messages))
        .route("/sim/messages/{id}/lost", axum::routing::post(lose_message))
}

async fn get_clock(State(st): State<AppState>) -> Json<ClockBody> {
    Json(ClockBody {
        now: st.clock.now(),
    })
}

/// `{"advance_seconds": n}` or `{"set": instant}`; the new offset is saved so
/// a restart keeps the simulated date. The clock may go back (a trainer
/// rewinds to start a walk-through again), within [`crate::clock::EARLIEST`] and
/// [`crate::clock::LATEST`]; a move outside is refused and changes nothing.
async fn update_clock(
    State(st): State<AppState>,
    AppJson(body): AppJson<ClockUpdate>,
) -> AppResult<Json<ClockBody>> {
    let out_of_range = |field: &str| {
        AppError::Validation(vec![FieldError::new(
            field,
            "CLOCK_RANGE",
            "La data simulata deve essere compresa tra il 01/01/2000 e il 31/12/2099",
        )])
    };
    // The move is made in the store, atomically (processes sharing the
    // database all see it, and concurrent advances add up); this process
    // then adopts the state it wrote.
    let (moved, set_to) = match (body.set, body.advance_seconds) {
        (Some(at), None) => {
            let offset = Clock::offset_to(at).map_err(|_| out_of_range("set"))?;
            (st.store.save_clock_offset(offset).await?, Some(at))
        }
        (None, Some(secs)) => {
            let delta = Clock::advance_ms(secs).map_err(|_| out_of_range("advance_seconds"))?;
            let (min, max) = Clock::offset_bounds();
            let moved = st
                .store
                .shift_clock_offset(delta, min, max)
                .await?
                .ok_or_else(|| out_of_range("advance_seconds"))?;
            (moved, None)
        }
        _ => {
            return Err(AppError::Validation(vec![FieldError::new(
                "advance_seconds",
                "CLOCK_UPDATE",
                "Indicare uno solo tra advance_seconds e set",
            )]))
        }
    };
    st.clock.observe(moved);
    let now = set_to.unwrap_or_else(|| st.clock.now());
    tracing::info!(%now, "simulated clock moved");
    Ok(Json(ClockBody { now }))
}

async fn status(State(st): State<AppState>) -> Json<SimStatus> {
    Json(SimStatus {
        now: st.clock.now(),
        cutoff_date: st.settings.cutoff_date,
        pin_end_date: st.settings.pin_end_date,
        post_delay_days: st.settings.post_delay_days,
    })
}

async fn create_citizen(
    State(st): State<AppState>,
    AppJson(body): AppJson<NewCitizen>,
) -> AppResult<(StatusCode, Json<Citizen>)> {
    let today = st.clock.now().date_naive();
    let citizen = generator::citizen(body, today);
    AppError::check(domain::registry::validate_citizen(&citizen, today))?;
    match st.store.insert_citizen(&citizen, st.clock.now()).await {
        Ok(()) => Ok((StatusCode::CREATED, Json(citizen))),
        Err(StoreError::Conflict) => Err(AppError::Conflict {
            code: ErrorCode::CitizenExists,
            message: format!(
                "Il codice fiscale {} è già presente in archivio",
                citizen.codice_fiscale
            ),
        }),
        Err(e) => Err(e.into()),
    }
}

#[derive(Debug, Deserialize)]
struct ListQuery {
    limit: Option<i64>,
}

async fn list_citizens(
    State(st): State<AppState>,
    AppQuery(q): AppQuery<ListQuery>,
) -> AppResult<Json<Vec<Citizen>>> {
    Ok(Json(
        st.store
            .citizens(q.limit.unwrap_or(200).clamp(1, 10_000))
            .await?,
    ))
}

#[derive(Debug, Deserialize)]
struct MessagesQuery {
    recipient: Option<String>,
}

/// One inbox (`?recipient=` a phone, an address, or a codice fiscale for the
/// letterbox), or every message when no recipient is given. Newest first.
async fn messages(
    State(st): State<AppState>,
    AppQuery(q): AppQuery<MessagesQuery>,
) -> AppResult<Json<Vec<Message>>> {
    let key = q
        .recipient
        .as_deref()
        .map(recipient_key)
        .filter(|k| !k.is_empty());
    let rows = st.store.messages(key.as_deref()).await?;
    let mut msgs = inbox(rows, st.clock.now());
    crate::relay::annotate(st.store.as_ref(), key.as_deref(), &mut msgs).await?;
    Ok(Json(msgs))
}

/// The simulated network loses a message (an SMS that never reaches the
/// phone, an e-mail that never reaches the mailbox): it leaves its
/// recipient's inbox for good. The system's own record is untouched, so a
/// procedure that sends it again (the contact center's "resend half 1")
/// still can; the new message is a new one and arrives.
async fn lose_message(
    State(st): State<AppState>,
    crate::error::AppPath(id): crate::error::AppPath<String>,
) -> AppResult<StatusCode> {
    if !st.store.mark_lost(&id).await? {
        return Err(AppError::MessageNotFound);
    }
    Ok(StatusCode::NO_CONTENT)
}
