//! Typed API client (gloo-net) for the JSON contract in `shared/API.md`.
//!
//! Every call returns `Result<T, ApiError>`: a server error body is decoded
//! as-is; a network or decoding failure becomes an `ApiError` with an Italian
//! message (code `NETWORK`, or `HTTP` for an answer that is not the
//! contract's JSON), so pages handle one error type.
//!
//! One module per procedure, named as its pages (`pages::<name>`), its
//! translations (`i18n::<name>`) and its styles (`style/pages/<name>.css`);
//! this file holds the transport they share. A new endpoint goes into the
//! module of the procedure that calls it.

#![allow(dead_code)] // the client exposes the whole API; pages use parts of it

pub mod backoffice;
pub mod lifecycle;
pub mod my_inps;
pub mod request;
pub mod services;
pub mod simulator;

use domain::api::{ApiError, ErrorCode, Health};
use gloo_net::http::{Request, RequestBuilder, Response};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::i18n::t;

pub const BASE: &str = "/api/v1";

fn local_error(code: ErrorCode, message: &str) -> ApiError {
    ApiError {
        code,
        message: message.to_string(),
        fields: Vec::new(),
        retry_after_seconds: None,
    }
}

pub(crate) fn network_error() -> ApiError {
    local_error(ErrorCode::Network, t("api.network"))
}

async fn decode<T: DeserializeOwned>(resp: Response) -> Result<T, ApiError> {
    let text = resp.text().await.map_err(|_| network_error())?;
    if resp.ok() {
        // An empty body (204) decodes as JSON null, i.e. `()` or `None`.
        let body = if text.trim().is_empty() {
            "null"
        } else {
            text.as_str()
        };
        serde_json::from_str(body).map_err(|_| local_error(ErrorCode::Http, t("api.decode")))
    } else {
        Err(serde_json::from_str::<ApiError>(&text)
            .unwrap_or_else(|_| local_error(ErrorCode::Http, t("api.server"))))
    }
}

pub(crate) async fn send<T: DeserializeOwned>(
    req: Result<Request, gloo_net::Error>,
) -> Result<T, ApiError> {
    let req = req.map_err(|_| network_error())?;
    let resp = req.send().await.map_err(|_| network_error())?;
    decode(resp).await
}

fn builder_send(b: RequestBuilder) -> Result<Request, gloo_net::Error> {
    b.header("Accept", "application/json").build()
}

/// `GET path` (relative to the site root, e.g. `/api/v1/health`).
pub async fn get_json<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    send(builder_send(Request::get(path))).await
}

/// `GET path?query` with the query pairs URL-encoded.
pub async fn get_json_query<T: DeserializeOwned>(
    path: &str,
    query: &[(&str, &str)],
) -> Result<T, ApiError> {
    send(builder_send(
        Request::get(path).query(query.iter().copied()),
    ))
    .await
}

/// `POST path` with a JSON body.
pub async fn post_json<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
) -> Result<T, ApiError> {
    send(
        Request::post(path)
            .header("Accept", "application/json")
            .json(body),
    )
    .await
}

/// `DELETE path`.
pub async fn delete<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    send(builder_send(Request::delete(path))).await
}

/// `POST path` with the empty JSON object `{}` as its body.
pub async fn post_empty<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    post_json(path, &serde_json::json!({})).await
}

/// `GET /api/v1/health`.
pub async fn health() -> Result<Health, ApiError> {
    get_json(&format!("{BASE}/health")).await
}
