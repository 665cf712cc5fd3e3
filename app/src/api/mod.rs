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
pub mod contact_center;
pub mod lifecycle;
pub mod my_inps;
pub mod request;
pub mod sede;
pub mod services;
pub mod simulator;
pub mod trainer;
pub mod worlds;

use domain::api::{ApiError, ErrorCode, Health};
use gloo_net::http::{Request, RequestBuilder, Response};
use serde::de::DeserializeOwned;
use serde::Serialize;
use web_sys::RequestCredentials;

use crate::i18n::t;

/// The API's base URL, as `format!("{BASE}/health")` writes it: by default
/// `/api/v1` on the app's own origin; for a copy of `dist/` on a static host
/// it is the `content` of `<meta name="pin-inps-api">` in `index.html`,
/// written at deploy time by `scripts/prepare-static.sh` (the app is not
/// rebuilt). Read once, at the first request.
pub const BASE: Base = Base;

/// See [`BASE`].
pub struct Base;

impl Base {
    pub fn as_str(&self) -> &'static str {
        thread_local! {
            static URL: &'static str = configured_base();
        }
        URL.with(|u| *u)
    }
}

impl std::fmt::Display for Base {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

fn configured_base() -> &'static str {
    let configured = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name=pin-inps-api]").ok().flatten())
        .and_then(|m| m.get_attribute("content"))
        .map(|v| v.trim().trim_end_matches('/').to_owned())
        .filter(|v| !v.is_empty());
    match configured {
        // Read once per page load and kept for its lifetime.
        Some(url) => Box::leak(url.into_boxed_str()),
        None => "/api/v1",
    }
}

/// A link to an API resource the server names by its path (`/api/v1/…`,
/// e.g. a receipt's URL), on the configured API.
pub fn link(path: &str) -> String {
    match path.strip_prefix("/api/v1") {
        Some(rest) => format!("{BASE}{rest}"),
        None => path.to_owned(),
    }
}

/// Every request carries the session cookie, also when the API is on
/// another origin of the same site (CORS with credentials), and the chosen
/// language, which the server's messages follow (API.md, "Languages").
pub(crate) fn with_credentials(b: RequestBuilder) -> RequestBuilder {
    b.credentials(RequestCredentials::Include)
        .header("Accept-Language", crate::i18n::lang().tag())
}

fn local_error(code: ErrorCode, message: &str) -> ApiError {
    ApiError {
        code,
        message: message.to_string(),
        fields: Vec::new(),
        retry_after_seconds: None,
        attempts_left: None,
    }
}

pub(crate) fn network_error() -> ApiError {
    local_error(ErrorCode::Network, t("api.network"))
}

/// The body of an answer: its text when the status is a success, else the
/// server's error (or a local one when the body is not the contract's JSON).
/// Not generic, so that the request and its futures are compiled once for
/// the whole app; only [`parse`] is compiled per answer type.
async fn body_text(resp: Response) -> Result<String, ApiError> {
    let text = resp.text().await.map_err(|_| network_error())?;
    if resp.ok() {
        Ok(text)
    } else {
        Err(serde_json::from_str::<ApiError>(&text)
            .unwrap_or_else(|_| local_error(ErrorCode::Http, t("api.server"))))
    }
}

/// A success body as `T`; an empty body (204) decodes as JSON null, i.e.
/// `()` or `None`.
fn parse<T: DeserializeOwned>(text: &str) -> Result<T, ApiError> {
    let body = if text.trim().is_empty() { "null" } else { text };
    serde_json::from_str(body).map_err(|_| local_error(ErrorCode::Http, t("api.decode")))
}

/// Decodes an answer already received (e.g. after checking its status).
pub(crate) async fn decode<T: DeserializeOwned>(resp: Response) -> Result<T, ApiError> {
    parse(&body_text(resp).await?)
}

/// Sends the request and returns the success body's text.
async fn send_text(req: Result<Request, gloo_net::Error>) -> Result<String, ApiError> {
    let req = req.map_err(|_| network_error())?;
    let resp = req.send().await.map_err(|_| network_error())?;
    body_text(resp).await
}

pub(crate) async fn send<T: DeserializeOwned>(
    req: Result<Request, gloo_net::Error>,
) -> Result<T, ApiError> {
    parse(&send_text(req).await?)
}

fn builder_send(b: RequestBuilder) -> Result<Request, gloo_net::Error> {
    with_credentials(b)
        .header("Accept", "application/json")
        .build()
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

/// `POST path` with a JSON body (serialised before the request, so that the
/// request itself is not compiled per body type).
pub async fn post_json<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
) -> Result<T, ApiError> {
    let json = serde_json::to_string(body).map_err(|_| network_error())?;
    post_body(path, json).await
}

/// `POST path` with `json` as its body.
async fn post_body<T: DeserializeOwned>(path: &str, json: String) -> Result<T, ApiError> {
    send(
        with_credentials(Request::post(path))
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .body(json),
    )
    .await
}

/// `DELETE path`.
pub async fn delete<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    send(builder_send(Request::delete(path))).await
}

/// `POST path` with the empty JSON object `{}` as its body.
pub async fn post_empty<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    post_body(path, "{}".to_owned()).await
}

/// `GET /api/v1/health`.
pub async fn health() -> Result<Health, ApiError> {
    get_json(&format!("{BASE}/health")).await
}
