//! HTTP plumbing around the API: the SPA's static files (from memory),
//! the one service every request goes through ([`Edge`]: CSRF origin
//! check, JSON errors, languages, headers).

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use domain::api::ErrorCode;

use axum::body::Body;
use axum::extract::Request;
use axum::http::header::{self, HeaderValue};
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::worlds::dispatch::{is_api, Answer, Dispatch};

pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
    style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
    frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

mod static_files;

pub use static_files::{is_hashed_asset, static_files, StaticCache};

/// The application as one service (it was an outer router with a wildcard
/// route, four `from_fn` layers and four header layers, each cloning and
/// boxing the rest of the stack per request): per request, from the
/// request in:
/// 1. CSRF (`csrf_refusal`): a cross-site state change is refused;
/// 2. the answer, from [`Dispatch`] (the SPA, the hub's routes, or the
///    world the request names, through that world's router);
/// 3. under `/api`, errors no handler shaped get the contract's JSON shape
///    (`shape_errors`);
/// 4. under `/api`, the answer's texts in the request's language
///    ([`crate::i18n::localize`], so the texts of 1 and 3 too);
/// 5. the headers that depend on the request (`response_headers`);
/// 6. compression, for the answers worth it (`compress`);
/// 7. the headers every answer carries ([`security_headers`]; with CORS,
///    also around it, for the preflights it answers itself).
#[derive(Clone)]
pub struct Edge(Arc<EdgeInner>);

struct EdgeInner {
    state: AppState,
    dispatch: Dispatch,
    /// The built SPA (`--static-dir`), or nothing (`no_ui_response`).
    ui: Option<Arc<StaticCache>>,
    compress_when: crate::CompressPredicate,
}

impl Edge {
    pub fn new(state: AppState, dispatch: Dispatch, ui: Option<Arc<StaticCache>>) -> Self {
        Self(Arc::new(EdgeInner {
            state,
            dispatch,
            ui,
            compress_when: crate::compress_predicate(),
        }))
    }
}

/// The future of a boxed application (`crate::App` with CORS or tracing).
pub type BoxedAnswer = Pin<Box<dyn Future<Output = Result<Response, Infallible>> + Send>>;

impl tower::Service<Request> for Edge {
    type Response = Response;
    type Error = Infallible;
    type Future = EdgeFuture;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, req: Request) -> EdgeFuture {
        let edge = &*self.0;
        let headers = req.headers();
        let finish = Finish {
            api: req.uri().path().starts_with("/api"),
            https: crate::auth::is_https(headers, &edge.state),
            lang: crate::i18n::request_lang(headers),
            accept_encoding: headers.get(header::ACCEPT_ENCODING).cloned(),
        };
        let answer = match csrf_refusal(&edge.state, &req) {
            Some(refused) => Answer::Ready(refused),
            // A static file is answered at once.
            None if !is_api(req.uri().path()) => Answer::Ready(match &edge.ui {
                Some(files) => files.serve(&req),
                None => no_ui_response(),
            }),
            None => edge.dispatch.start(req),
        };
        EdgeFuture {
            edge: self.0.clone(),
            finish: Some(finish),
            stage: Stage::Answering(answer),
        }
    }
}

/// What is done to an answer on its way out (steps 3 to 7 of [`Edge`]),
/// from what the request said.
struct Finish {
    api: bool,
    https: bool,
    lang: Lang,
    accept_encoding: Option<HeaderValue>,
}

impl Finish {
    /// The answer finished at once, or (`Err`) the future that finishes it
    /// when that needs to wait: a translation (it reads the body) or
    /// compression.
    fn now(self, res: Response, edge: &Arc<EdgeInner>) -> Result<Response, LaterAnswer> {
        let res = if self.api { shape_errors(res) } else { res };
        if self.api && self.lang != Lang::It {
            let edge = edge.clone();
            return Err(Box::pin(async move {
                let res = crate::i18n::localize(self.lang, res).await;
                let res = response_headers(true, self.https, res);
                security_headers(compress(&edge.compress_when, self.accept_encoding, res).await)
            }));
        }
        let mut res = res;
        if self.api {
            // All `crate::i18n::localize` does to an answer in Italian, the
            // catalogs' own language (it returns before any `.await`).
            res.headers_mut()
                .append(header::VARY, HeaderValue::from_static("accept-language"));
        }
        let res = response_headers(self.api, self.https, res);
        if !compressible(&edge.compress_when, &res) {
            return Ok(security_headers(res));
        }
        let edge = edge.clone();
        Err(Box::pin(async move {
            security_headers(compress(&edge.compress_when, self.accept_encoding, res).await)
        }))
    }
}

type LaterAnswer = Pin<Box<dyn Future<Output = Response> + Send>>;

/// The future of [`Edge`]: the answer's own future (for a procedure, its
/// world's router's), then what `Finish` does, with a box only where
/// something must wait (another world to open, a translation, compression).
pub struct EdgeFuture {
    edge: Arc<EdgeInner>,
    finish: Option<Finish>,
    stage: Stage,
}

// The common case (a router's future) is kept unboxed on purpose: boxing
// it would cost every request an allocation.
#[allow(clippy::large_enum_variant)]
enum Stage {
    Answering(Answer),
    Finishing(LaterAnswer),
    Done,
}

impl Future for EdgeFuture {
    type Output = Result<Response, Infallible>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        loop {
            let res = match &mut this.stage {
                Stage::Answering(Answer::Routed(f)) => match Pin::new(f).poll(cx) {
                    Poll::Ready(Ok(res)) => res,
                    Poll::Ready(Err(never)) => match never {},
                    Poll::Pending => return Poll::Pending,
                },
                Stage::Answering(Answer::Later(f)) => match f.as_mut().poll(cx) {
                    Poll::Ready(res) => res,
                    Poll::Pending => return Poll::Pending,
                },
                Stage::Answering(Answer::Ready(_)) => {
                    match std::mem::replace(&mut this.stage, Stage::Done) {
                        Stage::Answering(Answer::Ready(res)) => res,
                        _ => unreachable!("matched above"),
                    }
                }
                Stage::Finishing(f) => {
                    let res = std::task::ready!(f.as_mut().poll(cx));
                    this.stage = Stage::Done;
                    return Poll::Ready(Ok(res));
                }
                Stage::Done => panic!("EdgeFuture polled after it answered"),
            };
            this.stage = Stage::Done;
            let finish = this.finish.take().expect("one answer per request");
            match finish.now(res, &this.edge) {
                Ok(res) => return Poll::Ready(Ok(res)),
                Err(later) => this.stage = Stage::Finishing(later),
            }
        }
    }
}

/// Whether [`compress`] would compress `res` (as tower-http decides: not
/// already encoded, not a range, and what `compress_when` says).
fn compressible(compress_when: &crate::CompressPredicate, res: &Response) -> bool {
    use tower_http::compression::Predicate;
    let headers = res.headers();
    !headers.contains_key(header::CONTENT_ENCODING)
        && !headers.contains_key(header::CONTENT_RANGE)
        && compress_when.should_compress(res)
}

/// The answer compressed in an encoding the request accepts, when
/// `compress_when` says it is worth it (tower-http's `Compression`, on this
/// one answer); most answers (small JSON, precompressed files) are not, and
/// are returned as they are without being wrapped.
async fn compress(
    compress_when: &crate::CompressPredicate,
    accept_encoding: Option<HeaderValue>,
    res: Response,
) -> Response {
    use tower::{Layer, ServiceExt};
    use tower_http::compression::CompressionLayer;
    if !compressible(compress_when, &res) {
        return res;
    }
    let mut req = Request::new(Body::empty());
    if let Some(v) = accept_encoding {
        req.headers_mut().insert(header::ACCEPT_ENCODING, v);
    }
    let mut answer = Some(res);
    let compressed = CompressionLayer::new()
        .compress_when(compress_when.clone())
        .layer(tower::service_fn(move |_: Request| {
            std::future::ready(Ok::<_, Infallible>(
                answer.take().expect("one answer, one call"),
            ))
        }))
        .oneshot(req)
        .await;
    match compressed {
        Ok(res) => res.map(Body::new),
        Err(never) => match never {},
    }
}

/// The headers every answer carries, whoever made it: no MIME sniffing, no
/// referrer to other sites; and, on anything a browser may show as a page,
/// the content security policy (unless the route set a stricter one of its
/// own: uploaded files) and no framing.
///
/// A stylesheet, a script, a font or a wasm module is never a page (with
/// `nosniff` the browser uses it as its type says or not at all) and
/// ignores both: a policy applies to the document that loads it. Without
/// them each such answer is about 250 bytes shorter; a first load makes
/// seven of them (1.7 KB of the page budget). (A script started as a
/// worker would take its policy from its own answer: the app starts none.)
pub fn security_headers<B>(mut res: Response<B>) -> Response<B> {
    let headers = res.headers_mut();
    if !is_subresource(headers.get(header::CONTENT_TYPE)) {
        headers
            .entry(header::CONTENT_SECURITY_POLICY)
            .or_insert(HeaderValue::from_static(CSP));
        headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    res
}

/// Whether an answer of this type is only ever loaded by a page (never a
/// page itself): CSS, JavaScript, fonts, wasm.
fn is_subresource(content_type: Option<&HeaderValue>) -> bool {
    let Some(essence) = content_type
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
    else {
        return false;
    };
    let essence = essence.trim().to_ascii_lowercase();
    matches!(
        essence.as_str(),
        "text/css" | "text/javascript" | "application/javascript" | "application/wasm"
    ) || essence.starts_with("font/")
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

/// What a path outside `/api` answers when no static dir is configured.
fn no_ui_response() -> Response {
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
