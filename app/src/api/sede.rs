//! `/sede`: the sede's console (a PIN issued in person, the desk
//! conversion to PIN dispositivo).

use domain::api::{
    ApiError, DeskConversionBody, DeskConversionDone, InPersonPinBody, InPersonPinIssued,
};

use super::{post_json, BASE};

pub async fn issue(body: &InPersonPinBody) -> Result<InPersonPinIssued, ApiError> {
    post_json(&format!("{BASE}/operator/in-person-pins"), body).await
}

pub async fn convert(body: &DeskConversionBody) -> Result<DeskConversionDone, ApiError> {
    post_json(&format!("{BASE}/operator/dispositivo-conversions"), body).await
}
