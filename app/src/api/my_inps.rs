//! MyINPS: the citizen's session (`/accedi`), the logged-in citizen, "Le tue
//! attività", "I tuoi recapiti" (`/myinps/*`).

use domain::api::{
    ActivityEntry, ApiError, LoginRequest, LoginResponse, Me, NextStep, PinContacts,
};

use super::{delete, get_json, post_json, BASE};

/// `POST /api/v1/session`: login with codice fiscale and PIN.
pub async fn login(req: &LoginRequest) -> Result<LoginResponse, ApiError> {
    post_json(&format!("{BASE}/session"), req).await
}

/// `DELETE /api/v1/session`: logout (204).
pub async fn logout() -> Result<(), ApiError> {
    delete(&format!("{BASE}/session")).await
}

/// `GET /api/v1/me`: the logged-in citizen.
pub async fn me() -> Result<Me, ApiError> {
    get_json(&format!("{BASE}/me")).await
}

/// `GET /api/v1/me/activity`.
pub async fn activity() -> Result<Vec<ActivityEntry>, ApiError> {
    get_json(&format!("{BASE}/me/activity")).await
}

/// `GET /api/v1/me/contacts`.
pub async fn contacts() -> Result<PinContacts, ApiError> {
    get_json(&format!("{BASE}/me/contacts")).await
}

/// `POST /api/v1/me/contacts`: new contacts, to be verified by codes.
pub async fn change_contacts(c: &PinContacts) -> Result<NextStep, ApiError> {
    post_json(&format!("{BASE}/me/contacts"), c).await
}
