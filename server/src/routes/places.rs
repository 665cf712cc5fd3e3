//! Place lists for the form's selects (data: ANPR, CC BY 4.0):
//! - `GET /api/v1/places/provinces` → `[{"sigla", "name"}]` (107 active)
//! - `GET /api/v1/places/provinces/{sigla}/comuni?date=YYYY-MM-DD` →
//!   `[{"code", "name", "province", "valid_from", "valid_to"}]`, the comuni
//!   valid on that date (default: those currently active); 404 for a sigla
//!   unknown to the archive, 422 for a malformed date
//! - `GET /api/v1/places/countries` → `[{"code", "name"}]` current foreign states
//!
//! The archive is static, so answers are cacheable for a day.

use crate::error::{AppPath, AppQuery};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use chrono::NaiveDate;
use domain::api::ErrorCode;
use domain::api::{ApiError, FieldError};
use domain::places;
use serde::{Deserialize, Serialize};

pub fn router<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new()
        .route("/api/v1/places/provinces", get(provinces))
        .route("/api/v1/places/provinces/{sigla}/comuni", get(comuni))
        .route("/api/v1/places/countries", get(countries))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ComuniQuery {
    pub date: Option<String>,
}

fn cached<T: Serialize>(body: T) -> Response {
    let mut response = Json(body).into_response();
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=86400"),
    );
    response
}

fn error(status: StatusCode, error: ApiError) -> Response {
    (status, Json(error)).into_response()
}

async fn provinces() -> Response {
    cached(places::provinces())
}

async fn countries() -> Response {
    cached(places::countries())
}

async fn comuni(
    AppPath(sigla): AppPath<String>,
    AppQuery(query): AppQuery<ComuniQuery>,
) -> Response {
    let sigla = sigla.trim().to_ascii_uppercase();
    if !places::province_exists(&sigla) {
        return error(
            StatusCode::NOT_FOUND,
            ApiError {
                code: ErrorCode::NotFound,
                message: "Provincia non trovata".into(),
                fields: vec![],
                retry_after_seconds: None,
            },
        );
    }
    match query
        .date
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        None => cached(places::comuni_active(&sigla)),
        Some(date) => match NaiveDate::parse_from_str(date, "%Y-%m-%d") {
            Ok(date) => cached(places::comuni(&sigla, date)),
            Err(_) => error(
                StatusCode::UNPROCESSABLE_ENTITY,
                ApiError {
                    code: ErrorCode::Validation,
                    message: "Alcuni dati non sono corretti: controllare i campi evidenziati"
                        .into(),
                    fields: vec![FieldError::new(
                        "date",
                        "DATE_FORMAT",
                        "Data non valida: usare il formato AAAA-MM-GG",
                    )],
                    retry_after_seconds: None,
                },
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use axum::body::Body;
    use axum::http::{header, Request, StatusCode};
    use serde_json::Value;
    use tower::ServiceExt;

    async fn get_json(uri: &str) -> (StatusCode, Value) {
        let response = super::router::<()>()
            .oneshot(Request::get(uri).body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = response.status();
        if status == StatusCode::OK {
            assert!(response.headers().contains_key(header::CACHE_CONTROL));
        }
        let body = axum::body::to_bytes(response.into_body(), 1 << 22)
            .await
            .unwrap();
        (status, serde_json::from_slice(&body).unwrap())
    }

    #[tokio::test]
    async fn provinces_and_countries() {
        let (status, v) = get_json("/api/v1/places/provinces").await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(v.as_array().unwrap().len(), 107);
        assert!(v
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["sigla"] == "RM" && p["name"] == "Roma"));
        let (_, v) = get_json("/api/v1/places/countries").await;
        assert!(v.as_array().unwrap().iter().any(|c| c["code"] == "Z404"));
    }

    #[tokio::test]
    async fn comuni_now_and_on_a_date() {
        let (status, v) = get_json("/api/v1/places/provinces/rm/comuni").await;
        assert_eq!(status, StatusCode::OK);
        let now = v.as_array().unwrap();
        assert!(now
            .iter()
            .any(|c| c["code"] == "H501" && c["valid_to"].is_null()));
        assert!(now.iter().all(|c| c["province"] == "RM"));
        let (_, v) = get_json("/api/v1/places/provinces/RM/comuni?date=1933-01-01").await;
        assert!(v
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["code"] == "E472" && c["name"] == "Littoria"));
    }

    #[tokio::test]
    async fn errors() {
        let (status, v) = get_json("/api/v1/places/provinces/XX/comuni").await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert_eq!(v["code"], "NOT_FOUND");
        let (status, v) = get_json("/api/v1/places/provinces/RM/comuni?date=01-01-2020").await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(v["fields"][0]["field"], "date");
    }
}
