//! `/servizi` and `/converti-pin`: what the PIN level opens, the consultation
//! tables, the applications and the conversion to PIN dispositivo.

use domain::api::ApiError;
use domain::dispositivo::{
    Application, ContributionStatement, Conversion, IdentityDocument, MedicalCertificate,
    NewApplication, Payment, ServicesOverview,
};
use gloo_net::http::Request;
use serde::Serialize;

use super::{get_json, network_error, post_empty, post_json, send, with_credentials, BASE};

pub async fn overview() -> Result<ServicesOverview, ApiError> {
    get_json(&format!("{BASE}/services")).await
}

pub async fn contributions() -> Result<ContributionStatement, ApiError> {
    get_json(&format!("{BASE}/services/estratto-conto")).await
}

pub async fn certificates() -> Result<Vec<MedicalCertificate>, ApiError> {
    get_json(&format!("{BASE}/services/certificati-medici")).await
}

pub async fn payments() -> Result<Vec<Payment>, ApiError> {
    get_json(&format!("{BASE}/services/pagamenti")).await
}

pub async fn applications() -> Result<Vec<Application>, ApiError> {
    get_json(&format!("{BASE}/applications")).await
}

pub async fn submit_application(body: &NewApplication) -> Result<Application, ApiError> {
    post_json(&format!("{BASE}/applications"), body).await
}

// ---------------------------------------------------------------- conversion (/converti-pin)

pub async fn conversion() -> Result<Option<Conversion>, ApiError> {
    get_json(&format!("{BASE}/dispositivo/conversion")).await
}

#[derive(Debug, Clone, Serialize)]
pub struct ConversionRequest {
    pub document: IdentityDocument,
}

pub async fn save_document(doc: &IdentityDocument) -> Result<Conversion, ApiError> {
    post_json(
        &format!("{BASE}/dispositivo/conversion"),
        &ConversionRequest {
            document: doc.clone(),
        },
    )
    .await
}

pub async fn submit_conversion() -> Result<Conversion, ApiError> {
    post_empty(&format!("{BASE}/dispositivo/conversion/submit")).await
}

/// Multipart upload of a chosen file (`slot`: `module` or `document`).
pub async fn upload_file(slot: &str, file: web_sys::File) -> Result<Conversion, ApiError> {
    let form = web_sys::FormData::new().map_err(|_| network_error())?;
    form.append_with_blob("file", &file)
        .map_err(|_| network_error())?;
    send(
        with_credentials(Request::post(&format!(
            "{BASE}/dispositivo/conversion/files/{slot}"
        )))
        .header("Accept", "application/json")
        .body(form),
    )
    .await
}
