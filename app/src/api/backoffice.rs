//! `/backoffice`: the sede operators' session and the review of conversions.

use domain::api::ApiError;
use domain::dispositivo::{ConversionReview, Operator, OperatorLogin, RejectConversion};

use super::{delete, get_json, post_empty, post_json, BASE};

pub async fn login(username: &str, password: &str) -> Result<Operator, ApiError> {
    post_json(
        &format!("{BASE}/operator/session"),
        &OperatorLogin {
            username: username.into(),
            password: password.into(),
        },
    )
    .await
}

pub async fn me() -> Result<Operator, ApiError> {
    get_json(&format!("{BASE}/operator/session")).await
}

pub async fn logout() -> Result<(), ApiError> {
    delete(&format!("{BASE}/operator/session")).await
}

pub async fn queue() -> Result<Vec<ConversionReview>, ApiError> {
    get_json(&format!("{BASE}/operator/conversions")).await
}

/// The file of a conversion (`slot`: `module` or `document`), for a link.
pub fn file_url(id: &str, slot: &str) -> String {
    format!("{BASE}/operator/conversions/{id}/files/{slot}")
}

pub async fn approve(id: &str) -> Result<ConversionReview, ApiError> {
    post_empty(&format!("{BASE}/operator/conversions/{id}/approve")).await
}

pub async fn reject(id: &str, reason: &str) -> Result<ConversionReview, ApiError> {
    post_json(
        &format!("{BASE}/operator/conversions/{id}/reject"),
        &RejectConversion {
            reason: reason.into(),
        },
    )
    .await
}
