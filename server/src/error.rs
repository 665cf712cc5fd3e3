//! One error type for every handler. Each variant maps to an API error code
//! and an Italian message (API.md conventions); internal failures are logged
//! and answered with a bland 500 so nothing about the system leaks.

use axum::extract::rejection::JsonRejection;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use domain::api::{ApiError, FieldError};

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("validation failed")]
    Validation(Vec<FieldError>),
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("invalid credentials")]
    InvalidCredentials,
    #[error("not authenticated")]
    Unauthenticated,
    #[error("pin locked")]
    PinLocked { retry_after_seconds: i64 },
    #[error("pin revoked")]
    PinRevoked,
    #[error("pin already assigned")]
    PinAlreadyAssigned { codice_fiscale: String },
    #[error("pin issuance closed")]
    PinIssuanceClosed { message: String },
    #[error("forbidden: {code}")]
    Forbidden {
        code: &'static str,
        message: &'static str,
    },
    #[error("conflict: {code}")]
    Conflict { code: &'static str, message: String },
    #[error("not found")]
    NotFound,
    #[error("internal: {0}")]
    Internal(String),
}

impl AppError {
    pub fn internal(e: impl std::fmt::Display) -> Self {
        Self::Internal(e.to_string())
    }

    fn parts(&self) -> (StatusCode, &'static str, String) {
        use AppError::*;
        match self {
            Validation(_) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "VALIDATION",
                "Alcuni dati non sono corretti: controllare i campi evidenziati".into(),
            ),
            BadRequest(_) => (
                StatusCode::BAD_REQUEST,
                "BAD_REQUEST",
                "Richiesta non valida".into(),
            ),
            InvalidCredentials => (
                StatusCode::UNAUTHORIZED,
                "INVALID_CREDENTIALS",
                "Codice fiscale o PIN errati".into(),
            ),
            Unauthenticated => (
                StatusCode::UNAUTHORIZED,
                "UNAUTHENTICATED",
                "Sessione assente o scaduta: effettuare di nuovo l'accesso".into(),
            ),
            PinLocked {
                retry_after_seconds,
            } => (
                StatusCode::LOCKED,
                "PIN_LOCKED",
                format!(
                    "PIN bloccato per troppi tentativi errati. Riprovare tra {}.",
                    italian_wait(*retry_after_seconds)
                ),
            ),
            PinRevoked => (
                StatusCode::FORBIDDEN,
                "PIN_REVOKED",
                "Il PIN è stato revocato. È possibile richiedere un nuovo PIN.".into(),
            ),
            PinAlreadyAssigned { codice_fiscale } => (
                StatusCode::CONFLICT,
                "PIN_ALREADY_ASSIGNED",
                format!("L'utente {codice_fiscale} ha già un PIN assegnato"),
            ),
            PinIssuanceClosed { message } => (
                StatusCode::FORBIDDEN,
                "PIN_ISSUANCE_CLOSED",
                message.clone(),
            ),
            Forbidden { code, message } => (StatusCode::FORBIDDEN, code, (*message).into()),
            Conflict { code, message } => (StatusCode::CONFLICT, code, message.clone()),
            NotFound => (
                StatusCode::NOT_FOUND,
                "NOT_FOUND",
                "Risorsa non trovata".into(),
            ),
            Internal(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "INTERNAL",
                "Errore interno".into(),
            ),
        }
    }
}

/// "2 minuti e 5 secondi", "40 secondi".
fn italian_wait(seconds: i64) -> String {
    let (m, s) = (seconds / 60, seconds % 60);
    let min = match m {
        0 => String::new(),
        1 => "1 minuto".into(),
        n => format!("{n} minuti"),
    };
    let sec = match s {
        0 => String::new(),
        1 => "1 secondo".into(),
        n => format!("{n} secondi"),
    };
    match (min.is_empty(), sec.is_empty()) {
        (true, true) => "pochi istanti".into(),
        (false, true) => min,
        (true, false) => sec,
        (false, false) => format!("{min} e {sec}"),
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match &self {
            AppError::Internal(detail) => tracing::error!(%detail, "internal error"),
            AppError::BadRequest(detail) => tracing::debug!(%detail, "bad request"),
            _ => {}
        }
        let (status, code, message) = self.parts();
        let retry_after_seconds = match self {
            AppError::PinLocked {
                retry_after_seconds,
            } => Some(retry_after_seconds),
            _ => None,
        };
        let fields = match self {
            AppError::Validation(fields) => fields,
            _ => Vec::new(),
        };
        let body = ApiError {
            code: code.into(),
            message,
            fields,
            retry_after_seconds,
        };
        (status, Json(body)).into_response()
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        AppError::Internal(e.to_string())
    }
}

impl From<JsonRejection> for AppError {
    fn from(e: JsonRejection) -> Self {
        AppError::BadRequest(e.body_text())
    }
}

impl From<tokio::task::JoinError> for AppError {
    fn from(e: tokio::task::JoinError) -> Self {
        AppError::Internal(e.to_string())
    }
}

pub type AppResult<T> = Result<T, AppError>;

/// `axum::Json` whose rejection is an [`AppError`], so a malformed body gets
/// the same `{"code", "message"}` shape as every other error.
#[derive(axum::extract::FromRequest)]
#[from_request(via(axum::Json), rejection(AppError))]
pub struct AppJson<T>(pub T);

impl<T: serde::Serialize> IntoResponse for AppJson<T> {
    fn into_response(self) -> Response {
        Json(self.0).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::italian_wait;

    #[test]
    fn waits_read_naturally() {
        assert_eq!(italian_wait(180), "3 minuti");
        assert_eq!(italian_wait(61), "1 minuto e 1 secondo");
        assert_eq!(italian_wait(40), "40 secondi");
    }
}
