//! One error type for every handler. Each variant maps to an API error code
//! and an Italian message (API.md conventions); internal failures are logged
//! and answered with a bland 500 so nothing about the system leaks.

use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use domain::api::{ApiError, ErrorCode, FieldError};

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("validation failed")]
    Validation(Vec<FieldError>),
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("invalid credentials")]
    InvalidCredentials,
    /// A wrong PIN of a codice fiscale holding one, from the 8th in a row:
    /// still 401 `INVALID_CREDENTIALS`, saying how many attempts are left
    /// (0: this attempt started a block of `retry_after_seconds`).
    #[error("invalid credentials, {attempts_left} attempts left")]
    InvalidCredentialsCounted {
        attempts_left: u32,
        retry_after_seconds: Option<i64>,
    },
    #[error("not authenticated")]
    Unauthenticated,
    #[error("pin locked")]
    PinLocked { retry_after_seconds: i64 },
    #[error("operator credentials refused")]
    OperatorInvalidCredentials,
    #[error("operator account locked")]
    AccountLocked { retry_after_seconds: i64 },
    #[error("pin revoked")]
    PinRevoked,
    #[error("pin already assigned")]
    PinAlreadyAssigned { codice_fiscale: String },
    #[error("pin issuance closed")]
    PinIssuanceClosed { message: String },
    #[error("forbidden: {code}")]
    Forbidden {
        code: ErrorCode,
        message: &'static str,
    },
    #[error("conflict: {code}")]
    Conflict { code: ErrorCode, message: String },
    /// 409 `TOO_EARLY`: allowed only after `retry_after_seconds` (simulated).
    #[error("too early")]
    TooEarly {
        message: String,
        retry_after_seconds: i64,
    },
    #[error("not found")]
    NotFound,
    /// The request names a simulation world that does not exist (any more).
    #[error("world not found")]
    WorldNotFound,
    /// The simulator has no message with that id.
    #[error("message not found")]
    MessageNotFound,
    /// An uploaded file refused, named by its form field (the upload slot).
    #[error("upload refused: {error:?}")]
    Upload {
        error: domain::upload::UploadError,
        field: &'static str,
    },
    /// A request refused before any handler ran (an extractor's rejection,
    /// a body over the limit, a method the path does not have): the status
    /// says why, and `AppError::parts` gives it the contract's shape.
    #[error("rejected with {0}")]
    Rejected(StatusCode),
    /// Anything that should not happen: answered with a bland 500, logged
    /// once (in `into_response`) with its whole source chain.
    #[error("internal: {0}")]
    Internal(#[source] crate::BoxError),
}

impl AppError {
    pub fn internal(e: impl Into<crate::BoxError>) -> Self {
        Self::Internal(e.into())
    }

    /// The answer of a rule check: `Ok` when it found nothing, else 422
    /// `VALIDATION` naming every field at once.
    pub fn check(errors: Vec<FieldError>) -> AppResult<()> {
        if errors.is_empty() {
            Ok(())
        } else {
            Err(Self::Validation(errors))
        }
    }

    fn parts(&self) -> (StatusCode, ErrorCode, String) {
        use AppError::*;
        match self {
            Validation(_) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::Validation,
                "Alcuni dati non sono corretti: controllare i campi evidenziati".into(),
            ),
            BadRequest(_) => (
                StatusCode::BAD_REQUEST,
                ErrorCode::BadRequest,
                "Richiesta non valida".into(),
            ),
            InvalidCredentials => (
                StatusCode::UNAUTHORIZED,
                ErrorCode::InvalidCredentials,
                "Codice fiscale o PIN errati".into(),
            ),
            InvalidCredentialsCounted {
                attempts_left,
                retry_after_seconds,
            } => (
                StatusCode::UNAUTHORIZED,
                ErrorCode::InvalidCredentials,
                match (*attempts_left, *retry_after_seconds) {
                    (0, wait) => WRONG_PIN_BLOCKED.replace(
                        "{}",
                        &italian_wait(wait.unwrap_or(domain::pin::LOCK_SECONDS)),
                    ),
                    (1, _) => WRONG_PIN_ONE_LEFT.into(),
                    (n, _) => WRONG_PIN_LEFT.replace("{n}", &n.to_string()),
                },
            ),
            Unauthenticated => (
                StatusCode::UNAUTHORIZED,
                ErrorCode::Unauthenticated,
                "Sessione assente o scaduta: effettuare di nuovo l'accesso".into(),
            ),
            PinLocked {
                retry_after_seconds,
            } => (
                StatusCode::LOCKED,
                ErrorCode::PinLocked,
                format!(
                    "PIN bloccato per troppi tentativi errati. Riprovare tra {}.",
                    italian_wait(*retry_after_seconds)
                ),
            ),
            OperatorInvalidCredentials => (
                StatusCode::UNAUTHORIZED,
                ErrorCode::InvalidCredentials,
                "Nome utente o password errati".into(),
            ),
            AccountLocked {
                retry_after_seconds,
            } => (
                StatusCode::LOCKED,
                ErrorCode::AccountLocked,
                format!(
                    "Utenza bloccata per troppi tentativi errati. Riprovare tra {}.",
                    italian_wait(*retry_after_seconds)
                ),
            ),
            PinRevoked => (
                StatusCode::FORBIDDEN,
                ErrorCode::PinRevoked,
                "Il PIN è stato revocato. È possibile richiedere un nuovo PIN.".into(),
            ),
            PinAlreadyAssigned { codice_fiscale } => (
                StatusCode::CONFLICT,
                ErrorCode::PinAlreadyAssigned,
                format!("L'utente {codice_fiscale} ha già un PIN assegnato"),
            ),
            PinIssuanceClosed { message } => (
                StatusCode::FORBIDDEN,
                ErrorCode::PinIssuanceClosed,
                message.clone(),
            ),
            Forbidden { code, message } => (StatusCode::FORBIDDEN, *code, (*message).into()),
            Conflict { code, message } => (StatusCode::CONFLICT, *code, message.clone()),
            TooEarly { message, .. } => {
                (StatusCode::CONFLICT, ErrorCode::TooEarly, message.clone())
            }
            NotFound => (
                StatusCode::NOT_FOUND,
                ErrorCode::NotFound,
                "Risorsa non trovata".into(),
            ),
            WorldNotFound => (
                StatusCode::NOT_FOUND,
                ErrorCode::WorldNotFound,
                "Mondo di simulazione inesistente o chiuso".into(),
            ),
            MessageNotFound => (
                StatusCode::NOT_FOUND,
                ErrorCode::MessageNotFound,
                "Messaggio inesistente nel simulatore".into(),
            ),
            Internal(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                ErrorCode::Internal,
                "Errore interno".into(),
            ),
            Upload { error, .. } => (
                match error {
                    domain::upload::UploadError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
                    _ => StatusCode::UNPROCESSABLE_ENTITY,
                },
                error.code(),
                error.message().into(),
            ),
            Rejected(status) => rejected(*status),
        }
    }
}

/// Code and message of a request refused by its status alone.
fn rejected(status: StatusCode) -> (StatusCode, ErrorCode, String) {
    let (code, message) = match status {
        StatusCode::BAD_REQUEST => (ErrorCode::BadRequest, "Richiesta non valida"),
        StatusCode::UNAUTHORIZED => (
            ErrorCode::Unauthenticated,
            "Sessione assente o scaduta: effettuare di nuovo l'accesso",
        ),
        StatusCode::FORBIDDEN => (ErrorCode::Forbidden, "Operazione non consentita"),
        StatusCode::NOT_FOUND => (ErrorCode::NotFound, "Risorsa non trovata"),
        StatusCode::METHOD_NOT_ALLOWED => (
            ErrorCode::MethodNotAllowed,
            "Operazione non consentita su questa risorsa",
        ),
        StatusCode::PAYLOAD_TOO_LARGE => (
            ErrorCode::PayloadTooLarge,
            "La richiesta supera la dimensione massima consentita",
        ),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => (
            ErrorCode::UnsupportedMediaType,
            "Formato della richiesta non supportato: inviare dati JSON",
        ),
        StatusCode::REQUEST_TIMEOUT => (ErrorCode::RequestTimeout, "Tempo scaduto: riprovare"),
        s if s.is_client_error() => (ErrorCode::BadRequest, "Richiesta non valida"),
        _ => {
            return (
                StatusCode::INTERNAL_SERVER_ERROR,
                ErrorCode::Internal,
                "Errore interno".into(),
            )
        }
    };
    (status, code, message.into())
}

/// Answers to a wrong PIN from the 8th in a row (templates: `{n}` attempts
/// left, `{}` the wait).
const WRONG_PIN_LEFT: &str =
    "Codice fiscale o PIN errati. Ancora {n} tentativi prima del blocco del PIN.";
const WRONG_PIN_ONE_LEFT: &str =
    "Codice fiscale o PIN errati. Ancora 1 tentativo prima del blocco del PIN.";
const WRONG_PIN_BLOCKED: &str = "Codice fiscale o PIN errati. Il PIN è stato bloccato per troppi tentativi errati: riprovare tra {}.";

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
            AppError::Internal(e) => {
                let mut chain = e.to_string();
                let mut source = e.source();
                while let Some(s) = source {
                    chain.push_str(": ");
                    chain.push_str(&s.to_string());
                    source = s.source();
                }
                tracing::error!(error = %chain, "internal error");
            }
            AppError::BadRequest(detail) => tracing::debug!(%detail, "bad request"),
            _ => {}
        }
        let (status, code, message) = self.parts();
        let retry_after_seconds = match self {
            AppError::PinLocked {
                retry_after_seconds,
            }
            | AppError::AccountLocked {
                retry_after_seconds,
            }
            | AppError::TooEarly {
                retry_after_seconds,
                ..
            } => Some(retry_after_seconds),
            AppError::InvalidCredentialsCounted {
                retry_after_seconds,
                ..
            } => retry_after_seconds,
            _ => None,
        };
        let attempts_left = match self {
            AppError::InvalidCredentialsCounted { attempts_left, .. } => Some(attempts_left),
            _ => None,
        };
        let fields = match self {
            AppError::Validation(fields) => fields,
            AppError::Upload { error, field } => {
                vec![FieldError::new(
                    field,
                    error.code().as_str(),
                    error.message(),
                )]
            }
            _ => Vec::new(),
        };
        let body = ApiError {
            code,
            message,
            fields,
            retry_after_seconds,
            attempts_left,
        };
        (status, Json(body)).into_response()
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        AppError::Internal(Box::new(e))
    }
}

/// A body over the limit is 413 and a body that is not declared JSON 415;
/// anything else wrong with it (syntax, a missing or mistyped field) 400.
impl From<JsonRejection> for AppError {
    fn from(e: JsonRejection) -> Self {
        match e.status() {
            s @ (StatusCode::PAYLOAD_TOO_LARGE | StatusCode::UNSUPPORTED_MEDIA_TYPE) => {
                tracing::debug!(detail = %e.body_text(), "body refused");
                AppError::Rejected(s)
            }
            _ => AppError::BadRequest(e.body_text()),
        }
    }
}

/// Invalid UTF-8 or a wrong type in a path parameter: 400 (a route whose
/// parameters do not fit its handler would be 500).
impl From<PathRejection> for AppError {
    fn from(e: PathRejection) -> Self {
        match e.status() {
            s if s.is_server_error() => AppError::internal(e.body_text()),
            _ => AppError::BadRequest(e.body_text()),
        }
    }
}

impl From<QueryRejection> for AppError {
    fn from(e: QueryRejection) -> Self {
        AppError::BadRequest(e.body_text())
    }
}

impl From<tokio::task::JoinError> for AppError {
    fn from(e: tokio::task::JoinError) -> Self {
        AppError::Internal(Box::new(e))
    }
}

pub type AppResult<T> = Result<T, AppError>;

/// `axum::Json` whose rejection is an [`AppError`], so a malformed body gets
/// the same `{"code", "message"}` shape as every other error.
#[derive(axum::extract::FromRequest)]
#[from_request(via(axum::Json), rejection(AppError))]
pub struct AppJson<T>(pub T);

/// `axum::extract::Path` answering its rejections in the error shape.
#[derive(axum::extract::FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(AppError))]
pub struct AppPath<T>(pub T);

/// `axum::extract::Query` answering its rejections in the error shape.
#[derive(axum::extract::FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(AppError))]
pub struct AppQuery<T>(pub T);

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
