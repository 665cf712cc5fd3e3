//! HTTP plumbing around the API: the SPA's static files, security headers,
//! CORS for a separately served UI, and the CSRF origin check.

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
pub fn static_files(dir: &Path) -> Router<AppState> {
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

/// CSRF defence for cookie-authenticated state changes: a browser always
/// sends `Origin` on cross-site POST/PUT/PATCH/DELETE, so when it is present
/// it must be our own host (or the configured UI origin). Scripts and tests
/// send no `Origin` and pass; `SameSite=Strict` covers the rest.
pub async fn csrf(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let changes_state = matches!(
        *req.method(),
        Method::POST | Method::PUT | Method::PATCH | Method::DELETE
    );
    if changes_state {
        if let Some(origin) = req.headers().get(header::ORIGIN) {
            let origin = origin.to_str().unwrap_or("").trim_end_matches('/');
            let host = req
                .headers()
                .get(header::HOST)
                .and_then(|h| h.to_str().ok());
            let same_host = host.is_some_and(|h| origin_host(origin).eq_ignore_ascii_case(h));
            let allowed = same_host
                || st
                    .settings
                    .cors_origin
                    .as_deref()
                    .is_some_and(|o| o.trim_end_matches('/').eq_ignore_ascii_case(origin));
            if !allowed {
                tracing::warn!(%origin, "cross-origin state change refused");
                return AppError::Forbidden {
                    code: "CSRF",
                    message: "Richiesta non consentita: origine non riconosciuta",
                }
                .into_response();
            }
        }
    }
    next.run(req).await
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
