//! Login and logout, with the lockout (10 wrong PINs → 3 minutes, then 3 more
//! per wrong PIN; see `docs/lifecycle.md`).
//!
//! A login answers where the user goes next (`next`), so the SPA and scripts
//! follow the same flow: first access → change PIN; expired PIN → change PIN;
//! otherwise the onboarding steps still due (verify contacts, accept the
//! privacy notice), then home — see [`crate::onboarding::next_step`].
//!
//! Every login costs exactly one Argon2 verification, whether the codice
//! fiscale holds a PIN or not (a dummy hash stands in), so the answer time
//! does not reveal which codici fiscali exist.
//!
//! The PIN is checked first and counted after: a wrong PIN is counted
//! atomically (exactly ten are answered "wrong" before the block, however
//! many arrive together; later ones are answered "locked"), a correct one
//! never counts. A correct login then writes everything in one transaction
//! ([`crate::store::CredentialStore::commit_login`]): count cleared,
//! session opened, the browser's old session ended, the event recorded —
//! unless a block started meanwhile.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::routing::post;
use axum::{Json, Router};
use chrono::{DateTime, Utc};
use domain::api::ErrorCode;
use domain::api::{Level, LoginRequest, LoginResponse, Next, NextReason, PinState};
use domain::pin::{
    self, Lockout, WrongPinNotice, HALF_LEN, INITIAL_LEN, LOCK_SECONDS, MAX_ATTEMPTS,
};
use domain::request::normalize_cf;

use crate::auth::{clear_cookie, cookie_key, set_cookie};
use crate::error::{AppError, AppJson, AppResult};
use crate::notify::{self, kind};
use crate::secrets::{random_hex, session_key};
use crate::state::AppState;
use crate::store::credentials::{LoginCommit, LoginSession, NewLogin};
use crate::store::{Attempt, Credential, CredentialEvent, Session, SessionStage};

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

/// The answer of every login after the PIN's end of life.
const PIN_DISCONTINUED: &str = "Il PIN INPS è stato dismesso e non consente più l'accesso ai \
     servizi online: utilizza SPID (Sistema Pubblico di Identità Digitale), CIE (Carta di \
     Identità Elettronica) o CNS (Carta Nazionale dei Servizi).";

async fn login(
    State(st): State<AppState>,
    headers: HeaderMap,
    AppJson(body): AppJson<LoginRequest>,
) -> AppResult<impl IntoResponse> {
    let now = st.clock.now();
    // The PIN's end of life ends every PIN alike, before anything is looked
    // up: the answer says nothing about the codice fiscale. Days are Rome days.
    if domain::datetime::rome_time(now).date() > st.settings.pin_end_date {
        return Err(AppError::Forbidden {
            code: ErrorCode::PinDiscontinued,
            message: PIN_DISCONTINUED,
        });
    }
    let cf = normalize_cf(&body.codice_fiscale);
    let typed = pin::normalize(&body.pin);

    let Some(cred) = st.store.live_credential(&cf).await? else {
        // A revoked PIN is named as such only to someone who typed it right;
        // anyone else learns nothing about the CF.
        if let Some(old) = st.store.last_revoked_credential(&cf).await? {
            if check_pin(&st, &old, &typed).await?.is_some() {
                return Err(AppError::PinRevoked);
            }
        } else {
            st.hasher.verify_dummy(typed).await?;
        }
        // The write a wrong PIN costs (its lockout count), paid here too, so
        // the answer time does not tell which codici fiscali hold a PIN.
        st.store.count_login_without_pin(&cf, now).await?;
        return Err(AppError::InvalidCredentials);
    };

    // Already blocked: refused without spending an Argon2 run or counting.
    if let Some(retry_after_seconds) = lockout_of(&cred).retry_after(now) {
        tracing::info!(credential = %cred.id, retry_after_seconds, "login refused: PIN locked");
        return Err(AppError::PinLocked {
            retry_after_seconds,
        });
    }
    let Some((matched, verified_hash)) = check_pin(&st, &cred, &typed).await? else {
        return Err(wrong_pin(&st, &cred, now).await);
    };
    if cred.activation_required {
        // Right PIN, but filed without verified contacts: Attiva PIN first.
        let login = NewLogin {
            credential_id: cred.id.clone(),
            verified_hash,
            now,
            session: None,
        };
        commit(&st, &cred, &login).await?;
        return Err(AppError::Forbidden {
            code: ErrorCode::PinNotActivated,
            message: "Il PIN non è ancora attivo: attivarlo con la funzione \"Attiva PIN\"",
        });
    }

    let (level, stage, next, reason) = outcome(&st, &cred, matched, now).await?;
    let cookie_id = random_hex::<32>();
    let session = Session {
        id: session_key(&cookie_id),
        credential_id: cred.id.clone(),
        codice_fiscale: cred.codice_fiscale.clone(),
        level,
        stage,
        created_at: now,
        last_seen_at: now,
    };
    // Count cleared, session opened (replacing the one this browser had: the
    // id rotates at login) and the login recorded, in one transaction.
    let login = NewLogin {
        credential_id: cred.id.clone(),
        verified_hash,
        now,
        session: Some(LoginSession {
            session,
            replaces: cookie_key(&headers),
            event: CredentialEvent {
                credential_id: cred.id.clone(),
                codice_fiscale: cred.codice_fiscale.clone(),
                kind: kind::LOGIN.to_owned(),
                channel: None,
                recipient: None,
                at: now,
            },
        }),
    };
    commit(&st, &cred, &login).await?;
    tracing::info!(credential = %cred.id, ?level, ?next, "login");
    Ok((
        [set_cookie(&cookie_id, &headers, &st)],
        Json(LoginResponse {
            next,
            reason,
            level,
        }),
    ))
}

/// The lockout counters as read with the credential.
fn lockout_of(cred: &Credential) -> Lockout {
    Lockout {
        failed_attempts: cred.failed_attempts,
        locked_until: cred.locked_until,
    }
}

/// A wrong PIN: counted now, after the check, so only wrong PINs ever
/// count. The count is atomic ([`crate::store::CredentialStore::reserve_attempt`]):
/// however many wrong PINs arrive together, exactly ten are answered
/// "wrong" before the block and every later one "locked". From the 8th
/// wrong PIN the answer says how many are left, and the 10th that it
/// blocked (still 401 `INVALID_CREDENTIALS`, with `attempts_left` and
/// `retry_after_seconds`). A codice fiscale without a PIN has no count
/// (probes are counted in 256 shared buckets, never per code), so it always
/// gets the plain answer of attempts 1–7: the count shows only after 7
/// consecutive wrong PINs for one code, which the block at the 10th
/// (423 `PIN_LOCKED`) already tells apart. The field appears with the
/// sentence (never on attempts 1–7), so the first seven answers stay
/// identical for every codice fiscale.
async fn wrong_pin(st: &AppState, cred: &Credential, now: DateTime<Utc>) -> AppError {
    let attempt = match st.store.reserve_attempt(&cred.id, now).await {
        Ok(a) => a,
        Err(e) => return e.into(),
    };
    match attempt {
        Attempt::Locked {
            retry_after_seconds,
        } => {
            tracing::info!(credential = %cred.id, retry_after_seconds, "login refused: PIN locked");
            AppError::PinLocked {
                retry_after_seconds,
            }
        }
        Attempt::Allowed { blocks } => {
            tracing::info!(credential = %cred.id, "login failed: wrong PIN");
            if blocks {
                let to = notify::contacts_of(cred);
                if let Err(e) = notify::notify(st, cred, kind::PIN_LOCKED, &to).await {
                    return e;
                }
                return AppError::InvalidCredentialsCounted {
                    attempts_left: 0,
                    retry_after_seconds: Some(LOCK_SECONDS),
                };
            }
            // The count read with the credential, plus this attempt. The
            // store's atomic count decides the block (`blocks`); concurrent
            // wrong PINs can only make the real number left smaller, never
            // reach the block unannounced (the blocking one says so).
            let counted = cred.failed_attempts.saturating_add(1).min(MAX_ATTEMPTS - 1);
            match WrongPinNotice::after(counted) {
                WrongPinNotice::AttemptsLeft(attempts_left) => {
                    AppError::InvalidCredentialsCounted {
                        attempts_left,
                        retry_after_seconds: None,
                    }
                }
                WrongPinNotice::Plain | WrongPinNotice::Blocked => AppError::InvalidCredentials,
            }
        }
    }
}

/// Writes a correct login; a block that started while the PIN was checked
/// (concurrent wrong PINs) wins, and so does a PIN changed, restored or
/// revoked meanwhile.
async fn commit(st: &AppState, cred: &Credential, login: &NewLogin) -> AppResult<()> {
    match st.store.commit_login(login).await? {
        LoginCommit::Committed => Ok(()),
        LoginCommit::Locked {
            retry_after_seconds,
        } => {
            tracing::info!(credential = %cred.id, retry_after_seconds, "login refused: PIN locked");
            Err(AppError::PinLocked {
                retry_after_seconds,
            })
        }
        LoginCommit::Stale => {
            tracing::info!(credential = %cred.id, "login refused: PIN changed meanwhile");
            Err(AppError::InvalidCredentials)
        }
    }
}

/// Level of a full PIN of this credential.
pub fn level_of(cred: &Credential) -> Level {
    if cred.state == PinState::Dispositivo {
        Level::L2
    } else {
        Level::L1
    }
}

/// Level, session stage and next step after a correct PIN.
async fn outcome(
    st: &AppState,
    cred: &Credential,
    matched: Matched,
    now: DateTime<Utc>,
) -> AppResult<(Level, SessionStage, Next, Option<NextReason>)> {
    Ok(match matched {
        Matched::Initial => (
            level_of(cred),
            SessionStage::FirstAccess,
            Next::ChangePin,
            Some(NextReason::FirstAccess),
        ),
        Matched::FirstHalf => (Level::L0, SessionStage::Active, Next::Home, None),
        Matched::Current => {
            let level = level_of(cred);
            if is_expired(cred, now) {
                (
                    level,
                    SessionStage::Expired,
                    Next::ChangePin,
                    Some(NextReason::Expired),
                )
            } else {
                (
                    level,
                    SessionStage::Active,
                    crate::onboarding::next_step(st, cred).await?,
                    None,
                )
            }
        }
    })
}

pub fn is_expired(cred: &Credential, now: DateTime<Utc>) -> bool {
    cred.pin_changed_at
        .is_some_and(|at| now >= pin::expires_at(at, cred.role))
}

/// Checks the typed PIN against the secrets this credential still accepts:
/// which one it matched and that secret's hash. Only the hash of the right
/// length is tried (the dummy one when there is none), so a wrong PIN costs
/// one Argon2 verification whatever the state.
async fn check_pin(
    st: &AppState,
    cred: &Credential,
    typed: &str,
) -> AppResult<Option<(Matched, String)>> {
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
            .verify(typed.to_owned(), hash.clone())
            .await?
            .then_some((matched, hash))),
        None => {
            st.hasher.verify_dummy(typed.to_owned()).await?;
            Ok(None)
        }
    }
}

async fn logout(State(st): State<AppState>, headers: HeaderMap) -> AppResult<impl IntoResponse> {
    if let Some(id) = cookie_key(&headers) {
        st.store.delete_session(&id).await?;
    }
    Ok((StatusCode::NO_CONTENT, [clear_cookie(&headers, &st)]))
}
