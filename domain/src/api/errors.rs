//! The error body of every failed call: the typed `ErrorCode` exactly as
//! on the wire, `ApiError` and its per-field `FieldError`s.

use serde::{Deserialize, Serialize};

/// The `code` of every error body, exactly as on the wire (API.md). The
/// server answers with these only; the app matches on them instead of
/// guessing strings. A code this build does not know (a newer server) reads
/// as [`ErrorCode::Unknown`], so a client never fails on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ErrorCode {
    // Requests refused before any rule ran.
    BadRequest,
    MethodNotAllowed,
    PayloadTooLarge,
    UnsupportedMediaType,
    RequestTimeout,
    NotFound,
    Csrf,
    Forbidden,
    Internal,
    /// One or more fields are wrong: see `fields`.
    Validation,
    // Sessions and credentials.
    Unauthenticated,
    InvalidCredentials,
    PinLocked,
    AccountLocked,
    PinRevoked,
    PinNotActivated,
    PinDiscontinued,
    FirstAccessRequired,
    NotFirstAccess,
    PinChangeRequired,
    LevelRequired,
    ForbiddenRole,
    // PIN requests.
    PinAlreadyAssigned,
    PinIssuanceClosed,
    TooEarly,
    // Contact center.
    ResendLimit,
    CallbackClosed,
    SupportRequestClosed,
    // PIN dispositivo and back office.
    AlreadyDispositivo,
    ConversionInProgress,
    NoConversion,
    NotInReview,
    NotProtocolled,
    UploadMissing,
    UploadEmpty,
    UploadTooLarge,
    UploadType,
    // Simulator.
    CitizenExists,
    WorldNotFound,
    MessageNotFound,
    // Made by the app itself, never sent by the server: no answer at all,
    // an answer that is not the contract's JSON.
    Network,
    Http,
    /// A code newer than this build.
    #[serde(other)]
    Unknown,
}

impl ErrorCode {
    /// The code as written on the wire.
    pub fn as_str(self) -> &'static str {
        use ErrorCode::*;
        match self {
            BadRequest => "BAD_REQUEST",
            MethodNotAllowed => "METHOD_NOT_ALLOWED",
            PayloadTooLarge => "PAYLOAD_TOO_LARGE",
            UnsupportedMediaType => "UNSUPPORTED_MEDIA_TYPE",
            RequestTimeout => "REQUEST_TIMEOUT",
            NotFound => "NOT_FOUND",
            Csrf => "CSRF",
            Forbidden => "FORBIDDEN",
            Internal => "INTERNAL",
            Validation => "VALIDATION",
            Unauthenticated => "UNAUTHENTICATED",
            InvalidCredentials => "INVALID_CREDENTIALS",
            PinLocked => "PIN_LOCKED",
            AccountLocked => "ACCOUNT_LOCKED",
            PinRevoked => "PIN_REVOKED",
            PinNotActivated => "PIN_NOT_ACTIVATED",
            PinDiscontinued => "PIN_DISCONTINUED",
            FirstAccessRequired => "FIRST_ACCESS_REQUIRED",
            NotFirstAccess => "NOT_FIRST_ACCESS",
            PinChangeRequired => "PIN_CHANGE_REQUIRED",
            LevelRequired => "LEVEL_REQUIRED",
            ForbiddenRole => "FORBIDDEN_ROLE",
            PinAlreadyAssigned => "PIN_ALREADY_ASSIGNED",
            PinIssuanceClosed => "PIN_ISSUANCE_CLOSED",
            TooEarly => "TOO_EARLY",
            ResendLimit => "RESEND_LIMIT",
            CallbackClosed => "CALLBACK_CLOSED",
            SupportRequestClosed => "SUPPORT_REQUEST_CLOSED",
            AlreadyDispositivo => "ALREADY_DISPOSITIVO",
            ConversionInProgress => "CONVERSION_IN_PROGRESS",
            NoConversion => "NO_CONVERSION",
            NotInReview => "NOT_IN_REVIEW",
            NotProtocolled => "NOT_PROTOCOLLED",
            UploadMissing => "UPLOAD_MISSING",
            UploadEmpty => "UPLOAD_EMPTY",
            UploadTooLarge => "UPLOAD_TOO_LARGE",
            UploadType => "UPLOAD_TYPE",
            CitizenExists => "CITIZEN_EXISTS",
            WorldNotFound => "WORLD_NOT_FOUND",
            MessageNotFound => "MESSAGE_NOT_FOUND",
            Network => "NETWORK",
            Http => "HTTP",
            Unknown => "UNKNOWN",
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ApiError {
    /// No valid session: the user must log in (again).
    pub fn needs_login(&self) -> bool {
        self.code == ErrorCode::Unauthenticated
    }
}

/// Every error body: `{"code": "UPPER_SNAKE", "message": "...", "fields": [...]}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApiError {
    pub code: ErrorCode,
    /// Italian text meant for the user.
    pub message: String,
    /// Only for validation errors: one entry per offending field.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
    /// Only for `PIN_LOCKED`, `ACCOUNT_LOCKED`, `TOO_EARLY` and the
    /// `INVALID_CREDENTIALS` of the wrong PIN that starts a block: seconds
    /// (simulated) until the next attempt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after_seconds: Option<i64>,
    /// Only for `INVALID_CREDENTIALS` at login, from the 8th consecutive
    /// wrong PIN of a codice fiscale holding one: wrong PINs still allowed
    /// before the block (0 on the attempt that blocks, which also carries
    /// `retry_after_seconds`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts_left: Option<u32>,
}

/// One field-level problem; `field` is a dotted path such as `contacts.email`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub code: String,
    pub message: String,
}

impl FieldError {
    pub fn new(
        field: impl Into<String>,
        code: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            field: field.into(),
            code: code.into(),
            message: message.into(),
        }
    }
}

#[cfg(test)]
mod error_code_tests {
    use super::ErrorCode;

    #[test]
    fn codes_serialise_as_on_the_wire_and_unknown_ones_are_tolerated() {
        for code in [
            ErrorCode::Unauthenticated,
            ErrorCode::PinLocked,
            ErrorCode::FirstAccessRequired,
            ErrorCode::Csrf,
            ErrorCode::UploadType,
            ErrorCode::PayloadTooLarge,
        ] {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert_eq!(serde_json::from_str::<ErrorCode>(&json).unwrap(), code);
        }
        assert_eq!(
            serde_json::from_str::<ErrorCode>("\"SOMETHING_NEW\"").unwrap(),
            ErrorCode::Unknown
        );
    }
}
