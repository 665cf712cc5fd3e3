//! Login and logout (SPEC §4.5), with the lockout of SPEC §3.
//!
//! A login answers where the user goes next (`next`), so the SPA and scripts
//! follow the same flow: first access → change PIN; expired PIN → change PIN;
//! otherwise home. The onboarding steps after first access (verify contacts,
//! accept privacy) slot into [`next_step`] when they are implemented.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::routing::post;
use axum::{Json, Router};
use chrono::{DateTime, Utc};
use domain::api::{Level, LoginRequest, LoginResponse, Next, NextReason, PinState};
use domain::pin::{self, HALF_LEN, INITIAL_LEN};
use domain::request::normalize_cf;

use crate::error::{AppError, AppJson, AppResult};
use crate::secrets::random_hex;
use crate::session::{clear_cookie, cookie_value, set_cookie};
use crate::state::AppState;
use crate::store::{Attempt, Credential, Session, SessionStage};

pub fn router() -> Router<AppState> {
    Router::new().route("/session", post(login).delete(logout))
}

/// Which secret of the credential the typed PIN matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Matched {
    /// The 16 characters of a never-used initial PIN.
    Initial,
    /// Half 1 alone of a never-used initial PIN: L0 "prima parte".
    FirstHalf,
    /// The current 8-character PIN.
    Current,
}

async fn login(
    State(st): State<AppState>,
    headers: HeaderMap,
    AppJson(body): AppJson<LoginRequest>,
) -> AppResult<impl IntoResponse> {
    let now = st.clock.now();
    let cf = normalize_cf(&body.codice_fiscale);
    let typed = pin::normalize(&body.pin);

    let Some(cred) = st.store.live_credential(&cf).await? else {
        // A revoked PIN is named as such only to someone who typed it right;
        // anyone else learns nothing about the CF.
        if let Some(old) = st.store.last_revoked_credential(&cf).await? {
            if matches_any(&st, &old, &typed).await?.is_some() {
                return Err(AppError::PinRevoked);
            }
        }
        return Err(AppError::InvalidCredentials);
    };

    if let Attempt::Locked {
        retry_after_seconds,
    } = st.store.reserve_attempt(&cred.id, now).await?
    {
        tracing::info!(credential = %cred.id, retry_after_seconds, "login refused: PIN locked");
        return Err(AppError::PinLocked {
            retry_after_seconds,
        });
    }
    let Some(matched) = matches_any(&st, &cred, &typed).await? else {
        tracing::info!(credential = %cred.id, "login failed: wrong PIN");
        return Err(AppError::InvalidCredentials);
    };
    st.store.reset_lockout(&cred.id).await?;

    let (level, stage, next, reason) = outcome(&cred, matched, now);
    let session = Session {
        id: random_hex::<32>(),
        credential_id: cred.id.clone(),
        codice_fiscale: cred.codice_fiscale.clone(),
        level,
        stage,
        created_at: now,
        last_seen_at: now,
    };
    st.store.create_session(&session).await?;
    // Replace a session this browser already had.
    if let Some(old) = cookie_value(&headers) {
        st.store.delete_session(&old).await?;
    }
    tracing::info!(credential = %cred.id, ?level, ?next, "login");
    Ok((
        [set_cookie(&session.id, &headers, &st)],
        Json(LoginResponse {
            next,
            reason,
            level,
        }),
    ))
}

/// Level, session stage and next step after a correct PIN.
fn outcome(
    cred: &Credential,
    matched: Matched,
    now: DateTime<Utc>,
) -> (Level, SessionStage, Next, Option<NextReason>) {
    match matched {
        Matched::Initial => (
            Level::L1,
            SessionStage::FirstAccess,
            Next::ChangePin,
            Some(NextReason::FirstAccess),
        ),
        Matched::FirstHalf => (Level::L0, SessionStage::Active, Next::Home, None),
        Matched::Current => {
            let level = if cred.state == PinState::Dispositivo {
                Level::L2
            } else {
                Level::L1
            };
            if is_expired(cred, now) {
                (
                    level,
                    SessionStage::Expired,
                    Next::ChangePin,
                    Some(NextReason::Expired),
                )
            } else {
                (level, SessionStage::Active, next_step(cred), None)
            }
        }
    }
}

/// Where an active session goes after login or after a PIN change.
///
/// SPEC §4.3 puts "verify contacts" and "accept privacy" after the first
/// change; their flags are stored on the credential (`contacts_verified`,
/// `privacy_accepted`) but the steps are not built yet, so everyone goes home.
pub fn next_step(_cred: &Credential) -> Next {
    Next::Home
}

pub fn is_expired(cred: &Credential, now: DateTime<Utc>) -> bool {
    cred.pin_changed_at
        .is_some_and(|at| now >= pin::expires_at(at, cred.role))
}

/// Checks the typed PIN against the secrets this credential still accepts.
/// Only the hash of the right length is tried, so a wrong PIN costs one
/// Argon2 verification whatever the state.
async fn matches_any(st: &AppState, cred: &Credential, typed: &str) -> AppResult<Option<Matched>> {
    let len = typed.chars().count();
    let candidate = if len == INITIAL_LEN {
        cred.initial_hash.clone().map(|h| (h, Matched::Initial))
    } else if len == HALF_LEN {
        match (&cred.pin_hash, &cred.half1_hash) {
            (Some(h), _) => Some((h.clone(), Matched::Current)),
            (None, Some(h)) if cred.initial_hash.is_some() => Some((h.clone(), Matched::FirstHalf)),
            _ => None,
        }
    } else {
        None
    };
    match candidate {
        Some((hash, matched)) => Ok(st
            .hasher
            .verify(typed.to_owned(), hash)
            .await?
            .then_some(matched)),
        None => Ok(None),
    }
}

async fn logout(State(st): State<AppState>, headers: HeaderMap) -> AppResult<impl IntoResponse> {
    if let Some(id) = cookie_value(&headers) {
        st.store.delete_session(&id).await?;
    }
    Ok((StatusCode::NO_CONTENT, [clear_cookie(&headers, &st)]))
}
