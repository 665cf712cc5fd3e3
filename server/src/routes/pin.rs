//! First access and voluntary / expiry PIN change.

use axum::extract::State;
use axum::routing::post;
use axum::{Json, Router};
use domain::api::ErrorCode;
use domain::api::{ChangePinRequest, FieldError, FirstAccessDone, Level, PinChanged};
use domain::pin::{self, HALF_LEN, HISTORY};

use crate::auth::{session_credential, CurrentSession};
use crate::error::{AppError, AppJson, AppResult};
use crate::notify::{self, kind};
use crate::secrets::random_bytes;
use crate::state::AppState;
use crate::store::credentials::{LoginCommit, NewLogin};
use crate::store::{Attempt, Credential, SessionStage};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/pin/first-access", post(first_access))
        .route("/pin/change", post(change))
}

/// Issues the new 8-character PIN after a login with the 16 characters. The
/// system chooses it and shows it once; from here on the initial
/// PIN and its half 1 never work again. A code then goes to each contact
/// to verify (the next step, unless already verified).
async fn first_access(
    State(st): State<AppState>,
    CurrentSession(session): CurrentSession,
) -> AppResult<Json<FirstAccessDone>> {
    if session.stage != SessionStage::FirstAccess {
        return Err(AppError::Forbidden {
            code: ErrorCode::NotFirstAccess,
            message: "Il primo accesso è già stato completato",
        });
    }
    let cred = session_credential(&st, &session).await?;
    let new_pin = generate_pin(&cred);
    let hash = st.hasher.hash(new_pin.clone()).await?;
    let now = st.clock.now();
    if !st.store.complete_first_access(&cred.id, &hash, now).await? {
        return Err(AppError::Conflict {
            code: ErrorCode::NotFirstAccess,
            message: "Il primo accesso è già stato completato".into(),
        });
    }
    st.store
        .set_session_stage(&session.id, SessionStage::Active)
        .await?;
    tracing::info!(credential = %cred.id, "first access completed");
    notify::record(&st, &cred, kind::FIRST_ACCESS).await?;
    let cred = session_credential(&st, &session).await?;
    let next = crate::onboarding::next_step(&st, &cred).await?;
    if next == domain::api::Next::VerifyContacts {
        crate::onboarding::send_verification_codes(&st, &cred).await?;
    }
    Ok(Json(FirstAccessDone { new_pin, next }))
}

/// A random PIN that also satisfies the rules a user-chosen one must follow
/// (letters and digits, no part of CF or name), drawn again until it does.
fn generate_pin(cred: &Credential) -> String {
    loop {
        let candidate = pin::pin_from_random(&random_bytes::<HALF_LEN>());
        if pin::validate_new_pin(&candidate, &cred.codice_fiscale, &cred.surname, &cred.name)
            .is_empty()
        {
            return candidate;
        }
    }
}

async fn change(
    State(st): State<AppState>,
    CurrentSession(session): CurrentSession,
    AppJson(body): AppJson<ChangePinRequest>,
) -> AppResult<Json<PinChanged>> {
    if session.stage == SessionStage::FirstAccess || session.level == Level::L0 {
        return Err(AppError::Forbidden {
            code: ErrorCode::FirstAccessRequired,
            message: "Completare prima il primo accesso con il PIN di 16 caratteri",
        });
    }
    let cred = session_credential(&st, &session).await?;
    let Some(current_hash) = cred.pin_hash.clone() else {
        return Err(AppError::Forbidden {
            code: ErrorCode::FirstAccessRequired,
            message: "Completare prima il primo accesso con il PIN di 16 caratteri",
        });
    };
    let current = pin::normalize(&body.current_pin);
    let new = pin::normalize(&body.new_pin);
    // A wrong current PIN counts toward the lockout exactly like a wrong PIN
    // at login (otherwise a session left open would let anyone try PINs
    // here without limit), and, as at login, only a wrong one counts: it is
    // checked first and counted after, so correct ones in flight never hold
    // a slot of the lockout.
    let now = st.clock.now();
    let lockout = pin::Lockout {
        failed_attempts: cred.failed_attempts,
        locked_until: cred.locked_until,
    };
    if let Some(retry_after_seconds) = lockout.retry_after(now) {
        return Err(AppError::PinLocked {
            retry_after_seconds,
        });
    }
    let wrong_current = || {
        AppError::Validation(vec![FieldError::new(
            "current_pin",
            "PIN_CURRENT_WRONG",
            "Il PIN attuale non è corretto",
        )])
    };
    if !st.hasher.verify(current, current_hash.clone()).await? {
        tracing::info!(credential = %cred.id, "PIN change refused: wrong current PIN");
        match st.store.reserve_attempt(&cred.id, now).await? {
            Attempt::Locked {
                retry_after_seconds,
            } => {
                return Err(AppError::PinLocked {
                    retry_after_seconds,
                })
            }
            Attempt::Allowed { blocks } => {
                if blocks {
                    notify::notify(&st, &cred, kind::PIN_LOCKED, &notify::contacts_of(&cred))
                        .await?;
                }
            }
        }
        return Err(wrong_current());
    }
    // Right: the count is cleared unless a block started meanwhile (or the
    // PIN changed meanwhile).
    let right = NewLogin {
        credential_id: cred.id.clone(),
        verified_hash: current_hash,
        now,
        session: None,
    };
    match st.store.commit_login(&right).await? {
        LoginCommit::Committed => {}
        LoginCommit::Locked {
            retry_after_seconds,
        } => {
            return Err(AppError::PinLocked {
                retry_after_seconds,
            })
        }
        LoginCommit::Stale => return Err(wrong_current()),
    }
    AppError::check(pin::validate_new_pin(
        &new,
        &cred.codice_fiscale,
        &cred.surname,
        &cred.name,
    ))?;
    let history = st.store.pin_history(&cred.id, HISTORY as i64).await?;
    if st.hasher.verify_any(&new, history).await? {
        return Err(AppError::Validation(vec![FieldError::new(
            "new_pin",
            "PIN_REUSED",
            "Il nuovo PIN non può essere uguale a uno degli ultimi 5 utilizzati",
        )]));
    }
    let hash = st.hasher.hash(new).await?;
    let now = st.clock.now();
    st.store.change_pin(&cred.id, &hash, now).await?;
    st.store
        .set_session_stage(&session.id, SessionStage::Active)
        .await?;
    tracing::info!(credential = %cred.id, "PIN changed");
    notify::notify(&st, &cred, kind::PIN_CHANGED, &notify::contacts_of(&cred)).await?;
    let next = crate::onboarding::next_step(&st, &cred).await?;
    if next == domain::api::Next::VerifyContacts {
        crate::onboarding::send_verification_codes(&st, &cred).await?;
    }
    Ok(Json(PinChanged {
        pin_expires_at: pin::expires_at(now, cred.role),
        next,
    }))
}
