//! HTTP plumbing around the API: the SPA's static files, security headers,
//! CORS for a separately served UI, and the CSRF origin check.

use domain::api::ErrorCode;
use std::path::Path;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{self, HeaderValue};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Router;
use tower_http::services::{ServeDir, ServeFile};

use crate::error::AppError;
use crate::state::AppState;

pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
    style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
    frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

/// The built SPA: precompressed `.br`/`.gz` siblings are preferred, unknown
/// paths fall back to `index.html` so deep links (`/richiedi-pin`) load the
/// app, which then routes on the client.
pub fn static_files<S: Clone + Send + Sync + 'static>(dir: &Path) -> Router<S> {
    let index = dir.join("index.html");
    let serve = ServeDir::new(dir)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(
            ServeFile::new(index)
                .precompressed_br()
                .precompressed_gzip(),
        );
    Router::new()
        .fallback_service(serve)
        .layer(axum::middleware::from_fn(cache_headers))
}

/// Hashed assets never change under their name: cache for a year. Anything
/// else (notably `index.html`, which names the current hashes) is revalidated.
async fn cache_headers(req: Request, next: Next) -> Response {
    let immutable = is_hashed_asset(req.uri().path());
    let mut res = next.run(req).await;
    if res.status().is_success() {
        let value = if immutable && !is_html(&res) {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        res.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    }
    res
}

fn is_html(res: &Response) -> bool {
    res.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"))
}

/// Files under `pkg/` (the wasm-bindgen output) or whose name carries a
/// content hash (`app-3f9a1c2b.js`, `style.3f9a1c2b7d.css`).
pub fn is_hashed_asset(path: &str) -> bool {
    if path.starts_with("/pkg/") {
        return true;
    }
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.split('.').next().unwrap_or(name);
    let looks_hashed = |s: &str| {
        s.len() >= 8
            && s.chars().all(|c| c.is_ascii_hexdigit())
            && s.chars().any(|c| c.is_ascii_digit())
    };
    name.split('.').skip(1).any(looks_hashed)
        || stem
            .rsplit('-')
            .next()
            .is_some_and(|s| s != stem && looks_hashed(s))
}

/// CSRF defence for cookie-authenticated state changes (POST, PUT, PATCH,
/// DELETE). A browser says where a request comes from in two ways, and
/// either is enough to refuse it:
/// - `Origin`, when present, must be our own host or the configured UI
///   origin;
/// - `Sec-Fetch-Site` (fetch metadata, sent by every current browser even
///   where it omits `Origin`) must be `same-origin` or `none` (typed or
///   bookmarked by the user), unless the `Origin` is the configured UI
///   origin, which is on another origin by design.
///
/// Scripts and tests send neither header and pass; `SameSite=Strict`
/// covers the rest.
pub async fn csrf(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let changes_state = matches!(
        *req.method(),
        Method::POST | Method::PUT | Method::PATCH | Method::DELETE
    );
    if changes_state {
        if let Some(reason) = cross_site(&st, req.headers()) {
            tracing::warn!(reason, "cross-origin state change refused");
            return AppError::Forbidden {
                code: ErrorCode::Csrf,
                message: "Richiesta non consentita: origine non riconosciuta",
            }
            .into_response();
        }
    }
    next.run(req).await
}

/// Why a state-changing request looks cross-site, if it does.
fn cross_site(st: &AppState, headers: &axum::http::HeaderMap) -> Option<&'static str> {
    let text = |name| {
        headers
            .get(name)
            // A value that is not text matches nothing, so it counts as foreign.
            .map(|v| v.to_str().unwrap_or("\u{fffd}").trim_end_matches('/'))
    };
    let origin = text(header::ORIGIN);
    let configured = origin.is_some_and(|o| {
        st.settings
            .cors_origins
            .iter()
            .any(|c| c.eq_ignore_ascii_case(o))
    });
    if let Some(o) = origin {
        let same_host = text(header::HOST).is_some_and(|h| origin_host(o).eq_ignore_ascii_case(h));
        if !same_host && !configured {
            return Some("foreign Origin");
        }
    }
    match text(axum::http::HeaderName::from_static("sec-fetch-site")) {
        None => None,
        Some(site)
            if site.eq_ignore_ascii_case("same-origin") || site.eq_ignore_ascii_case("none") =>
        {
            None
        }
        Some(_) if configured => None,
        Some(_) => Some("cross-site fetch metadata"),
    }
}

/// Headers every answer needs and no handler should have to remember:
/// - API answers carry personal data (a session's PIN state, a codice
///   fiscale, a message with a secret): `Cache-Control: no-store` unless the
///   route chose its own caching (the public place lists);
/// - over HTTPS (`X-Forwarded-Proto: https` from the proxy, or
///   `--secure-cookies`), HSTS, so the browser never falls back to HTTP.
pub async fn response_headers(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let api = req.uri().path().starts_with("/api");
    let https = crate::auth::is_https(req.headers(), &st);
    let mut res = next.run(req).await;
    let headers = res.headers_mut();
    if api && !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    res
}

/// Errors under `/api` that no handler shaped (a method the path does not
/// have, a body over the limit, a rejection answered as plain text by a
/// layer) are rewritten in the contract's `{"code", "message", "fields"}`
/// shape, so a client never meets English `text/plain`.
pub async fn json_errors(req: Request, next: Next) -> Response {
    let api = req.uri().path().starts_with("/api");
    let res = next.run(req).await;
    let status = res.status();
    let shaped = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !api || shaped || !(status.is_client_error() || status.is_server_error()) {
        return res;
    }
    let mut out = AppError::Rejected(status).into_response();
    if let Some(allow) = res.headers().get(header::ALLOW) {
        out.headers_mut().insert(header::ALLOW, allow.clone());
    }
    out
}

/// `https://example.org:8443` → `example.org:8443`.
fn origin_host(origin: &str) -> &str {
    origin
        .split_once("://")
        .map(|(_, rest)| rest)
        .unwrap_or(origin)
}

/// `/api/...` paths that matched nothing (outside `/api/v1`) answer JSON 404
/// instead of the SPA's index page.
pub async fn api_not_found() -> Response {
    AppError::NotFound.into_response()
}

/// Used when no static dir is configured.
pub async fn no_ui() -> Response {
    (
        StatusCode::NOT_FOUND,
        Body::from("PIN INPS API: UI not served here (no --static-dir)"),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_assets_are_recognised() {
        assert!(is_hashed_asset("/pkg/app_bg.wasm"));
        assert!(is_hashed_asset("/app-3f9a1c2b.js"));
        assert!(is_hashed_asset("/style.3f9a1c2b7d.css"));
        assert!(!is_hashed_asset("/index.html"));
        assert!(!is_hashed_asset("/favicon.ico"));
        assert!(!is_hashed_asset("/richiedi-pin"));
    }

    #[test]
    fn origin_host_strips_scheme() {
        assert_eq!(origin_host("http://127.0.0.1:3000"), "127.0.0.1:3000");
    }
}
