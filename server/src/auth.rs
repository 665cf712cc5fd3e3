//! Who is calling: citizens' and operators' server-side sessions, each
//! carried by its own cookie (`pin_inps_session`, `pin_inps_operator`), and
//! the extractors every route uses to require one.
//!
//! The cookie holds only a random 256-bit id; everything else (who, which
//! level, which step of the flow) stays in the database, so ending a session
//! (logout, revocation) takes effect at once. The database keeps only the
//! SHA-256 of the id ([`crate::secrets::session_key`]): `Session::id` is that
//! key. Timeouts run on the simulated clock: 30 minutes idle, 12 hours
//! absolute.

use axum::extract::FromRequestParts;
use axum::http::header::{COOKIE, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue};
use domain::api::{ErrorCode, Level, PinState};
use domain::dispositivo::level_required_message;

use crate::error::{AppError, AppResult};
use crate::secrets::session_key;
use crate::state::AppState;
use crate::store::{Credential, OperatorSession, Session, SessionStage};

pub const COOKIE_NAME: &str = "pin_inps_session";

/// The session of the current request; rejects with 401 `UNAUTHENTICATED`.
pub struct CurrentSession(pub Session);

/// The store key (SHA-256) of the cookie's session id, if any.
pub fn cookie_key(headers: &HeaderMap) -> Option<String> {
    cookie_value(headers).map(|v| session_key(&v))
}

/// The session id of the cookie, if any (no store look-up).
pub fn cookie_value(headers: &HeaderMap) -> Option<String> {
    cookie_named(headers, COOKIE_NAME)
}

/// The value of the cookie `name`, if present and not empty.
fn cookie_named(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

/// Whether the request reached us over HTTPS (a TLS proxy says so with
/// `X-Forwarded-Proto`, or `--secure-cookies` says it always does).
pub fn is_https(headers: &HeaderMap, state: &AppState) -> bool {
    state.settings.secure_cookies
        || headers
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("https"))
}

/// `Set-Cookie` for session cookie `name` on `path`: `value`, or an empty
/// value that the browser forgets at once (`clear`). Always `HttpOnly` and
/// `SameSite=Strict`; `Secure` over HTTPS.
fn cookie(
    name: &str,
    path: &str,
    value: &str,
    clear: bool,
    request_headers: &HeaderMap,
    state: &AppState,
) -> (axum::http::HeaderName, HeaderValue) {
    let mut v = format!("{name}={value}; HttpOnly; SameSite=Strict; Path={path}");
    if clear {
        v.push_str("; Max-Age=0");
    }
    if is_https(request_headers, state) {
        v.push_str("; Secure");
    }
    (
        SET_COOKIE,
        HeaderValue::from_str(&v).expect("hex id is a valid header"),
    )
}

/// `Set-Cookie` for a new citizen session.
pub fn set_cookie(
    id: &str,
    request_headers: &HeaderMap,
    state: &AppState,
) -> (axum::http::HeaderName, HeaderValue) {
    cookie(COOKIE_NAME, "/", id, false, request_headers, state)
}

/// The world a browser joined at `/mondo/{join_code}` (`crate::worlds`).
pub const WORLD_COOKIE: &str = "pin_inps_world";

/// The world id of the cookie, if any.
pub fn world_cookie(headers: &HeaderMap) -> Option<String> {
    cookie_named(headers, WORLD_COOKIE)
}

/// `Set-Cookie` that puts the browser in world `id` (or out of any world,
/// back in the default one, when `id` is `None`).
pub fn world_cookie_header(
    id: Option<&str>,
    request_headers: &HeaderMap,
    state: &AppState,
) -> (axum::http::HeaderName, HeaderValue) {
    cookie(
        WORLD_COOKIE,
        "/",
        id.unwrap_or(""),
        id.is_none(),
        request_headers,
        state,
    )
}

/// `Set-Cookie` that makes the browser forget the citizen session.
pub fn clear_cookie(
    request_headers: &HeaderMap,
    state: &AppState,
) -> (axum::http::HeaderName, HeaderValue) {
    cookie(COOKIE_NAME, "/", "", true, request_headers, state)
}

impl FromRequestParts<AppState> for CurrentSession {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let id = cookie_key(&parts.headers).ok_or(AppError::Unauthenticated)?;
        let session = state
            .store
            .session(&id)
            .await?
            .ok_or(AppError::Unauthenticated)?;
        keep_alive(state, &session).await?;
        Ok(CurrentSession(session))
    }
}

/// The session of the cookie with its credential, in one store read (the
/// credential is `None` if its row is gone), past the checks of
/// [`keep_alive`].
async fn session_and_credential(
    parts: &Parts,
    st: &AppState,
) -> AppResult<(Session, Option<Credential>)> {
    let id = cookie_key(&parts.headers).ok_or(AppError::Unauthenticated)?;
    let (session, cred) = st
        .store
        .session_with_credential(&id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    keep_alive(st, &session).await?;
    Ok((session, cred))
}

/// A session past its idle or absolute timeout is deleted (401); a live
/// one is touched when its "last seen" is stale ([`needs_touch`]).
async fn keep_alive(st: &AppState, session: &Session) -> AppResult<()> {
    let now = st.clock.now();
    let idle = now - session.last_seen_at > st.settings.session_idle;
    let too_old = now - session.created_at > st.settings.session_absolute;
    if idle || too_old {
        st.store.delete_session(&session.id).await?;
        return Err(AppError::Unauthenticated);
    }
    if needs_touch(session.last_seen_at, now) {
        st.store.touch_session(&session.id, now).await?;
    }
    Ok(())
}

/// A live session of any stage (as [`CurrentSession`]) with its credential,
/// read together (`GET /me`); rejects as [`session_credential`] does when
/// the PIN is gone.
pub struct SessionWithCredential {
    pub session: Session,
    pub cred: Credential,
}

impl FromRequestParts<AppState> for SessionWithCredential {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let (session, cred) = session_and_credential(parts, st).await?;
        let cred = usable_credential(st, &session, cred).await?;
        Ok(SessionWithCredential { session, cred })
    }
}

/// How stale a session's "last seen" may get before a request writes it
/// again. Writing it on every request made every read a database write
/// (serialised by SQLite); a minute is nothing against the 30-minute idle
/// timeout.
const TOUCH_EVERY: chrono::TimeDelta = chrono::TimeDelta::seconds(60);

fn needs_touch(
    last_seen: chrono::DateTime<chrono::Utc>,
    now: chrono::DateTime<chrono::Utc>,
) -> bool {
    now - last_seen >= TOUCH_EVERY
}

/// A session past the PIN change a login may require: first access done and
/// PIN not expired. Rejects with 401 without a session and 403
/// `PIN_CHANGE_REQUIRED` while a change is due.
pub struct ActiveSession(pub Session);

impl FromRequestParts<AppState> for ActiveSession {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let CurrentSession(s) = CurrentSession::from_request_parts(parts, state).await?;
        if s.stage != SessionStage::Active {
            return Err(AppError::Forbidden {
                code: ErrorCode::PinChangeRequired,
                message: "Prima di proseguire è necessario cambiare il PIN",
            });
        }
        Ok(ActiveSession(s))
    }
}

/// Loads the credential of a session; a session whose PIN is gone (revoked)
/// is no session at all.
pub async fn session_credential(
    st: &AppState,
    session: &crate::store::Session,
) -> AppResult<Credential> {
    let cred = st.store.credential(&session.credential_id).await?;
    usable_credential(st, session, cred).await
}

/// The credential a session was read with, unless it is gone or revoked:
/// then the session is deleted and the request is 401.
async fn usable_credential(
    st: &AppState,
    session: &Session,
    cred: Option<Credential>,
) -> AppResult<Credential> {
    match cred {
        Some(c) if c.state != PinState::Revoked => Ok(c),
        _ => {
            st.store.delete_session(&session.id).await?;
            Err(AppError::Unauthenticated)
        }
    }
}

/// A logged-in citizen past any required PIN change.
pub struct Citizen {
    pub session: Session,
    pub cred: Credential,
    /// What the session may do now: a session opened with an ordinary PIN
    /// is L2 as soon as the PIN has become dispositivo.
    pub level: Level,
}

impl Citizen {
    /// 403 `LEVEL_REQUIRED` unless the session's level is at least `min`.
    pub fn require(&self, min: Level) -> AppResult<()> {
        if self.level >= min {
            Ok(())
        } else {
            Err(AppError::Forbidden {
                code: ErrorCode::LevelRequired,
                message: level_required_message(min),
            })
        }
    }
}

impl FromRequestParts<AppState> for Citizen {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let (session, cred) = session_and_credential(parts, st).await?;
        if session.stage != SessionStage::Active {
            return Err(AppError::Forbidden {
                code: ErrorCode::PinChangeRequired,
                message: "Prima di proseguire è necessario cambiare il PIN",
            });
        }
        let cred = usable_credential(st, &session, cred).await?;
        let level = match session.level {
            // The "prima parte" works only until the first access is done.
            Level::L0 if cred.initial_hash.is_none() => {
                st.store.delete_session(&session.id).await?;
                return Err(AppError::Unauthenticated);
            }
            Level::L1 if cred.state == PinState::Dispositivo => Level::L2,
            l => l,
        };
        Ok(Citizen {
            session,
            cred,
            level,
        })
    }
}

pub const OPERATOR_COOKIE: &str = "pin_inps_operator";

pub const OPERATOR_COOKIE_PATH: &str = "/api/v1/operator";

/// The operator session id of the cookie, if any (no store look-up).
pub fn operator_cookie(headers: &HeaderMap) -> Option<String> {
    cookie_named(headers, OPERATOR_COOKIE)
}

/// `Set-Cookie` for the operator session (`clear`: forget it).
pub fn operator_cookie_header(
    value: &str,
    clear: bool,
    headers: &HeaderMap,
    st: &AppState,
) -> (axum::http::HeaderName, HeaderValue) {
    cookie(
        OPERATOR_COOKIE,
        OPERATOR_COOKIE_PATH,
        value,
        clear,
        headers,
        st,
    )
}

/// The operator of the request; 401 `UNAUTHENTICATED` otherwise.
pub struct CurrentOperator(pub OperatorSession);

impl FromRequestParts<AppState> for CurrentOperator {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let cookie = operator_cookie(&parts.headers).ok_or(AppError::Unauthenticated)?;
        Ok(CurrentOperator(operator_session_of(st, &cookie).await?))
    }
}

/// The live operator session whose cookie value is `cookie` (touched if
/// stale); 401 `UNAUTHENTICATED` when there is none or it has timed out.
async fn operator_session_of(st: &AppState, cookie: &str) -> AppResult<OperatorSession> {
    let id = session_key(cookie);
    let s = st
        .store
        .operator_session(&id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let now = st.clock.now();
    // A seeded account's session from a run in simulation mode ends
    // outside it, as the account itself can no longer log in.
    let seeded_outside_sim = s.operator.seeded && !st.settings.sim_enabled;
    if seeded_outside_sim
        || now - s.last_seen_at > st.settings.session_idle
        || now - s.created_at > st.settings.session_absolute
    {
        st.store.delete_operator_session(&id).await?;
        return Err(AppError::Unauthenticated);
    }
    if needs_touch(s.last_seen_at, now) {
        st.store.touch_operator_session(&id, now).await?;
    }
    Ok(s)
}

/// The trainer's session cookie (`routes::trainer`): an operator session
/// of role `formatore`, in the default world's store, sent only to the
/// trainer console's API.
pub const TRAINER_COOKIE: &str = "pin_inps_trainer";

pub const TRAINER_COOKIE_PATH: &str = "/api/v1/sim/trainer";

/// The trainer's role.
pub const TRAINER_ROLE: &str = "formatore";

/// The trainer session id of the cookie, if any (no store look-up).
pub fn trainer_cookie(headers: &HeaderMap) -> Option<String> {
    cookie_named(headers, TRAINER_COOKIE)
}

/// `Set-Cookie` for the trainer session (`clear`: forget it).
pub fn trainer_cookie_header(
    value: &str,
    clear: bool,
    headers: &HeaderMap,
    st: &AppState,
) -> (axum::http::HeaderName, HeaderValue) {
    cookie(
        TRAINER_COOKIE,
        TRAINER_COOKIE_PATH,
        value,
        clear,
        headers,
        st,
    )
}

/// The trainer of the request, from `st` (the default world's state): 401
/// `UNAUTHENTICATED` without a live trainer session, 403 `FORBIDDEN_ROLE`
/// for an operator of another role.
pub async fn trainer_session(st: &AppState, headers: &HeaderMap) -> AppResult<OperatorSession> {
    let cookie = trainer_cookie(headers).ok_or(AppError::Unauthenticated)?;
    CurrentOperator(operator_session_of(st, &cookie).await?).require(TRAINER_ROLE)
}

/// Message of 403 `FORBIDDEN_ROLE`.
pub const FORBIDDEN_ROLE_MESSAGE: &str = "Operazione non consentita al suo profilo di operatore";

impl CurrentOperator {
    /// 403 `FORBIDDEN_ROLE` unless the operator has `role`.
    pub fn require(self, role: &str) -> AppResult<OperatorSession> {
        if self.0.operator.role == role {
            Ok(self.0)
        } else {
            Err(AppError::Forbidden {
                code: ErrorCode::ForbiddenRole,
                message: FORBIDDEN_ROLE_MESSAGE,
            })
        }
    }
}

/// An extractor for the operators of one role: 401 `UNAUTHENTICATED`
/// without an operator session, 403 `FORBIDDEN_ROLE` for another role.
macro_rules! role_extractor {
    ($(#[$doc:meta])* $name:ident, $role:literal) => {
        $(#[$doc])*
        pub struct $name(pub OperatorSession);

        impl FromRequestParts<AppState> for $name {
            type Rejection = AppError;

            async fn from_request_parts(
                parts: &mut Parts,
                st: &AppState,
            ) -> Result<Self, AppError> {
                let op = CurrentOperator::from_request_parts(parts, st).await?;
                Ok($name(op.require($role)?))
            }
        }
    };
}

role_extractor!(
    /// A back-office operator (the PIN dispositivo review queue).
    BackOfficeOperator,
    "back_office"
);
role_extractor!(
    /// A contact-center operator.
    ContactCenterOperator,
    "contact_center"
);
role_extractor!(
    /// An operator of a sede (in-person issuance).
    SedeOperator,
    "sede"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_our_cookie_among_others() {
        let mut h = HeaderMap::new();
        h.insert(
            COOKIE,
            HeaderValue::from_static("a=1; pin_inps_session=abc ; b=2"),
        );
        assert_eq!(cookie_value(&h).as_deref(), Some("abc"));
        h.insert(COOKIE, HeaderValue::from_static("pin_inps_session="));
        assert_eq!(cookie_value(&h), None);
    }
}
