//! Server-side sessions carried by the `pin_inps_session` cookie.
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
use domain::api::ErrorCode;

use crate::error::AppError;
use crate::secrets::session_key;
use crate::state::AppState;
use crate::store::{Session, SessionStage};

pub const COOKIE_NAME: &str = "pin_inps_session";

/// The session of the current request; rejects with 401 `UNAUTHENTICATED`.
pub struct CurrentSession(pub Session);

/// The store key (SHA-256) of the cookie's session id, if any.
pub fn cookie_key(headers: &HeaderMap) -> Option<String> {
    cookie_value(headers).map(|v| session_key(&v))
}

/// The session id of the cookie, if any (no store look-up).
pub fn cookie_value(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == COOKIE_NAME)
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

/// `Set-Cookie` for a new session.
pub fn set_cookie(
    id: &str,
    request_headers: &HeaderMap,
    state: &AppState,
) -> (axum::http::HeaderName, HeaderValue) {
    let secure = if is_https(request_headers, state) {
        "; Secure"
    } else {
        ""
    };
    let v = format!("{COOKIE_NAME}={id}; HttpOnly; SameSite=Strict; Path=/{secure}");
    (
        SET_COOKIE,
        HeaderValue::from_str(&v).expect("hex id is a valid header"),
    )
}

/// `Set-Cookie` that makes the browser forget the session.
pub fn clear_cookie(
    request_headers: &HeaderMap,
    state: &AppState,
) -> (axum::http::HeaderName, HeaderValue) {
    let secure = if is_https(request_headers, state) {
        "; Secure"
    } else {
        ""
    };
    let v = format!("{COOKIE_NAME}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0{secure}");
    (
        SET_COOKIE,
        HeaderValue::from_str(&v).expect("static cookie is a valid header"),
    )
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
        let now = state.clock.now();
        let idle = now - session.last_seen_at > state.settings.session_idle;
        let too_old = now - session.created_at > state.settings.session_absolute;
        if idle || too_old {
            state.store.delete_session(&id).await?;
            return Err(AppError::Unauthenticated);
        }
        state.store.touch_session(&id, now).await?;
        Ok(CurrentSession(session))
    }
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
