//! HTTP plumbing around the API: the SPA's static files (from memory),
//! the one middleware every answer goes through ([`edge`]: CSRF origin
//! check, JSON errors, languages, security headers).

use domain::api::ErrorCode;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{self, HeaderValue};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::AppError;
use crate::state::AppState;

pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
    style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
    frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

mod static_files;

pub use static_files::{is_hashed_asset, static_files, StaticCache};

/// The one middleware every answer goes through (it was four `from_fn`
/// layers, each cloning and boxing the rest of the stack per request), in
/// this order from the request in:
/// 1. CSRF (`csrf_refusal`): a cross-site state change is refused;
/// 2. under `/api`, errors no handler shaped get the contract's JSON shape
///    (`shape_errors`);
/// 3. under `/api`, the answer's texts in the request's language
///    ([`crate::i18n::localize`], so the texts of 1 and 2 too);
/// 4. the headers every answer needs (`response_headers`).
pub async fn edge(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let api = req.uri().path().starts_with("/api");
    let https = crate::auth::is_https(req.headers(), &st);
    let lang = crate::i18n::request_lang(req.headers());
    let res = match csrf_refusal(&st, &req) {
        Some(refused) => refused,
        None => next.run(req).await,
    };
    let res = if api {
        crate::i18n::localize(lang, shape_errors(res)).await
    } else {
        res
    };
    response_headers(api, https, res)
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
/// covers the rest. Answers the refusal, if refused.
fn csrf_refusal(st: &AppState, req: &Request) -> Option<Response> {
    let changes_state = matches!(
        *req.method(),
        Method::POST | Method::PUT | Method::PATCH | Method::DELETE
    );
    if !changes_state {
        return None;
    }
    let reason = cross_site(st, req.headers())?;
    tracing::warn!(reason, "cross-origin state change refused");
    Some(
        AppError::Forbidden {
            code: ErrorCode::Csrf,
            message: "Richiesta non consentita: origine non riconosciuta",
        }
        .into_response(),
    )
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
fn response_headers(api: bool, https: bool, mut res: Response) -> Response {
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
fn shape_errors(res: Response) -> Response {
    let status = res.status();
    let shaped = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if shaped || !(status.is_client_error() || status.is_server_error()) {
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
    fn origin_host_strips_scheme() {
        assert_eq!(origin_host("http://127.0.0.1:3000"), "127.0.0.1:3000");
    }
}
