//! The credential lifecycle: first access, contact verification, privacy
//! notice, Cambia PIN, and the code-confirmed Attiva / Ripristina / Revoca.

use domain::api::{
    ActivateRequest, ApiError, ChangePinRequest, CodeConfirm, FirstAccessDone, NextStep, Outcome,
    PinChanged, PrivacyAccept, PrivacyNotice, RestoreRequest, RevokeRequest, VerifyContactsRequest,
    VerifyContactsStatus,
};

use super::{get_json, post_empty, post_json, BASE};

/// `POST /api/v1/pin/first-access`: the new 8-character PIN, shown once, and the next step.
pub async fn first_access() -> Result<FirstAccessDone, ApiError> {
    post_empty(&format!("{BASE}/pin/first-access")).await
}

/// `POST /api/v1/pin/change`.
pub async fn change_pin(req: &ChangePinRequest) -> Result<PinChanged, ApiError> {
    post_json(&format!("{BASE}/pin/change"), req).await
}

pub async fn verify_contacts_status() -> Result<VerifyContactsStatus, ApiError> {
    get_json(&format!("{BASE}/pin/verify-contacts")).await
}

pub async fn send_verification_codes() -> Result<VerifyContactsStatus, ApiError> {
    post_empty(&format!("{BASE}/pin/verify-contacts/send")).await
}

pub async fn verify_contacts(req: &VerifyContactsRequest) -> Result<NextStep, ApiError> {
    post_json(&format!("{BASE}/pin/verify-contacts"), req).await
}

pub async fn privacy_notice() -> Result<PrivacyNotice, ApiError> {
    get_json(&format!("{BASE}/privacy")).await
}

pub async fn accept_privacy(version: i64) -> Result<NextStep, ApiError> {
    post_json(&format!("{BASE}/pin/privacy"), &PrivacyAccept { version }).await
}

pub async fn activate(req: &ActivateRequest) -> Result<Outcome, ApiError> {
    post_json(&format!("{BASE}/pin/activate"), req).await
}

pub async fn restore(req: &RestoreRequest) -> Result<Outcome, ApiError> {
    post_json(&format!("{BASE}/pin/restore"), req).await
}

pub async fn revoke(req: &RevokeRequest) -> Result<Outcome, ApiError> {
    post_json(&format!("{BASE}/pin/revoke"), req).await
}

/// `POST /api/v1/pin/{activate|restore|revoke}/confirm`.
pub async fn confirm_code(procedure: &str, req: &CodeConfirm) -> Result<Outcome, ApiError> {
    post_json(&format!("{BASE}/pin/{procedure}/confirm"), req).await
}
