//! PIN INPS server: the JSON API of `shared/API.md`, the delivery simulator
//! and the simulated clock, and (optionally) the built SPA.
//!
//! `main.rs` is only the CLI; everything is reachable from here so the
//! integration tests run the very same app on a free port.

pub mod auth;
pub mod cf_cli;
pub mod clock;
pub mod codes;
pub mod config;
pub mod conversions;
pub mod documents;
pub mod error;
pub mod filing;
pub mod i18n;
pub mod notify;
pub mod onboarding;
pub mod operators;
pub mod relay;
pub mod routes;
pub mod secrets;
pub mod seed;
pub mod sim;
pub mod state;
pub mod store;
pub mod web;
pub mod worlds;

use std::net::SocketAddr;
use std::sync::Arc;

use chrono::{DateTime, Utc};

use std::convert::Infallible;
use std::task::{Context, Poll};

use axum::body::Body;
use axum::extract::Request;
use axum::http::header::{self, HeaderName, HeaderValue};
use axum::http::Method;
use axum::response::Response;
use axum::routing::any;
use axum::Router;
use axum::ServiceExt as _;
use tower::util::BoxCloneSyncService;
use tower::{Layer, ServiceExt};
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::trace::TraceLayer;

use crate::clock::Clock;
use crate::config::ServeConfig;
use crate::secrets::Hasher;
use crate::state::{AppState, Settings, WorldTemplate};
use crate::store::postgres::PgStore;
use crate::store::sqlite::SqliteStore;
use crate::store::Store;

pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The store `url` names: `postgres://…` / `postgresql://…` for PostgreSQL,
/// anything else an SQLite file. Migrations run here.
pub async fn open_store(url: &str) -> Result<Arc<dyn Store>, BoxError> {
    Ok(if PgStore::handles(url) {
        Arc::new(PgStore::connect(url).await?)
    } else {
        Arc::new(SqliteStore::connect(url).await?)
    })
}

/// Opens the database (running migrations), restores or starts the simulated
/// clock, and seeds an empty registry. On PostgreSQL all of it runs under
/// the database's start-up lock, so processes starting together on an empty
/// database seed it once.
pub async fn build_state(cfg: &ServeConfig) -> Result<AppState, BoxError> {
    let startup = PgStore::startup_lock(&cfg.database).await?;
    let state = open_and_seed(cfg).await?;
    if let Some(lock) = startup {
        lock.release().await?;
    }
    Ok(state)
}

async fn open_and_seed(cfg: &ServeConfig) -> Result<AppState, BoxError> {
    let store = open_store(&cfg.database).await?;
    let hasher = Hasher::new(
        cfg.argon2_memory_kib,
        cfg.argon2_iterations,
        cfg.argon2_parallelism,
    )?;
    let state = AppState {
        store,
        clock: Clock::with_offset(Clock::offset_for(cfg.start_date)),
        hasher,
        settings: Arc::new(Settings {
            post_delay_days: cfg.post_delay_days,
            cutoff_date: cfg.cutoff_date,
            pin_end_date: cfg.pin_end_date,
            pin_alphabet: cfg.pin_alphabet,
            sim_enabled: !cfg.no_sim,
            secure_cookies: cfg.secure_cookies,
            cors_origins: cfg
                .cors_origin
                .iter()
                .map(|o| o.trim().trim_end_matches('/').to_owned())
                .filter(|o| !o.is_empty())
                .collect(),
            session_idle: chrono::Duration::minutes(30),
            session_absolute: chrono::Duration::hours(12),
            uploads_dir: cfg.uploads_dir.clone(),
            worlds: WorldTemplate {
                database: cfg.database.clone(),
                start_date: cfg.start_date,
                seed_citizens: cfg.seed_citizens,
            },
        }),
    };
    start_world(&state, cfg.start_date, cfg.seed_citizens).await?;
    let bootstrap = match (&cfg.bootstrap_operator, &cfg.bootstrap_password) {
        (Some(username), Some(password)) => Some(operators::Bootstrap {
            username: username.clone(),
            role: cfg.bootstrap_role.clone(),
            password: password.clone(),
        }),
        (Some(_), None) => {
            return Err("PIN_INPS_BOOTSTRAP_OPERATOR needs PIN_INPS_BOOTSTRAP_PASSWORD".into())
        }
        _ => None,
    };
    operators::prepare(&state, bootstrap.as_ref()).await?;
    Ok(state)
}

/// Starts a world on its store, as a server starts: restores the simulated
/// clock (or starts it at `start`), seeds an empty registry with `seed`
/// synthetic citizens and the simulation's operators. Run again on a world
/// already started, it only restores the clock.
pub async fn start_world(st: &AppState, start: DateTime<Utc>, seed: usize) -> Result<(), BoxError> {
    let store = &st.store;
    let stored = match store.clock_state().await? {
        Some(s) => s,
        None => store.save_clock_offset(Clock::offset_for(start)).await?,
    };
    let clock = Clock::restored(stored.offset_ms, start);
    let stored = if clock.offset_ms() == stored.offset_ms {
        stored
    } else {
        // Brought back into range: store that, or the next re-read (with
        // several processes) would adopt the wild offset again.
        store.save_clock_offset(clock.offset_ms()).await?
    };
    st.clock.observe(stored);
    let seeded = sim::registry::seed(store.as_ref(), seed, st.clock.now()).await?;
    if seeded > 0 {
        tracing::debug!(seeded, "registry seeded with synthetic citizens");
    }
    operators::prepare(st, None).await?;
    Ok(())
}

/// The API of one world (`crate::worlds`): every procedure's routes on that
/// world's state. The default world's is built once at start, each other
/// world's when it is first opened.
pub fn world_api(state: AppState) -> Router {
    let api = routes::router(state.settings.sim_enabled);
    let mut router = Router::new()
        .nest("/api/v1", api)
        .merge(routes::codice_fiscale::router({
            let clock = state.clock.clone();
            move || clock.now().date_naive()
        }))
        .merge(routes::places::router())
        .route("/api", any(web::api_not_found))
        .route("/api/{*rest}", any(web::api_not_found));
    if state.store.shares_clock() {
        router = router.layer(axum::middleware::from_fn_with_state(
            state.clone(),
            shared_clock,
        ));
    }
    router.with_state(state)
}

/// The whole HTTP application, as `axum::serve` runs it: [`web::Edge`]
/// alone by default; boxed once, inside CORS (with `--cors-origin`) and
/// request tracing (with `tower_http=debug` logging), when those are on.
#[derive(Clone)]
pub enum App {
    Edge(web::Edge),
    Layered(BoxCloneSyncService<Request, Response, Infallible>),
}

impl tower::Service<Request> for App {
    type Response = Response;
    type Error = Infallible;
    type Future = AppFuture;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        match self {
            Self::Edge(s) => s.poll_ready(cx),
            Self::Layered(s) => s.poll_ready(cx),
        }
    }

    fn call(&mut self, req: Request) -> Self::Future {
        match self {
            Self::Edge(s) => AppFuture::Edge(s.call(req)),
            Self::Layered(s) => AppFuture::Layered(s.call(req)),
        }
    }
}

/// The future of [`App`] (the common case unboxed on purpose, as in
/// `web::EdgeFuture`).
#[allow(clippy::large_enum_variant)]
pub enum AppFuture {
    Edge(web::EdgeFuture),
    Layered(web::BoxedAnswer),
}

impl std::future::Future for AppFuture {
    type Output = Result<Response, Infallible>;

    fn poll(self: std::pin::Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.get_mut() {
            Self::Edge(f) => std::pin::Pin::new(f).poll(cx),
            Self::Layered(f) => f.as_mut().poll(cx),
        }
    }
}

/// The whole HTTP application: the SPA, the hub's routes (worlds,
/// scenarios, trainer) and every other API request answered in the world
/// it names (`worlds::dispatch`), inside the one service every request goes
/// through (`web::Edge`: CSRF, JSON errors, languages, compression,
/// headers). No router in front: a request to a procedure goes through one
/// router match, its world's.
pub fn app(state: AppState, static_dir: Option<&std::path::Path>) -> App {
    let hub = worlds::Hub::new(state.clone());
    let hub_routes = state.settings.sim_enabled.then(|| {
        worlds::pacing::start(hub.clone());
        routes::worlds::router().merge(routes::trainer::router())
    });
    let ui = static_dir.map(|dir| Arc::new(web::StaticCache::load(dir)));
    let edge = web::Edge::new(
        state.clone(),
        worlds::dispatch::Dispatch::new(hub, hub_routes),
        ui,
    );
    // Its spans and events are at DEBUG: with the default filter they are
    // never written, and the layer would only cost every request a span, two
    // clock reads and a wrapped body.
    let trace = tracing::enabled!(target: "tower_http::trace", tracing::Level::DEBUG);
    let cors = cors_layer(&state.settings.cors_origins);
    if !trace && cors.is_none() {
        return App::Edge(edge);
    }
    let mut svc = BoxCloneSyncService::new(edge);
    if trace {
        svc = BoxCloneSyncService::new(
            TraceLayer::new_for_http()
                .layer(svc)
                .map_response(|res: Response<_>| res.map(Body::new)),
        );
    }
    if let Some(cors) = cors {
        // The preflights CORS answers itself need the headers every answer
        // carries as well.
        svc = BoxCloneSyncService::new(cors.layer(svc).map_response(web::security_headers));
    }
    App::Layered(svc)
}

/// With `--cors-origin`, the answers a UI on that origin may read.
fn cors_layer(cors_origins: &[String]) -> Option<CorsLayer> {
    if cors_origins.is_empty() {
        return None;
    }
    let origins: Vec<HeaderValue> = cors_origins
        .iter()
        .filter_map(|o| HeaderValue::from_str(o).ok())
        .collect();
    Some(
        CorsLayer::new()
            .allow_origin(AllowOrigin::list(origins))
            .allow_credentials(true)
            .allow_methods([
                Method::GET,
                Method::POST,
                Method::PUT,
                Method::PATCH,
                Method::DELETE,
            ])
            .allow_headers([
                header::CONTENT_TYPE,
                header::ACCEPT,
                header::ACCEPT_LANGUAGE,
                // The trainer's live table polls with its last ETag.
                header::IF_NONE_MATCH,
                HeaderName::from_static(worlds::WORLD_HEADER),
            ])
            .expose_headers([header::ETAG])
            // Browsers cap this (Chromium: 2 hours); one preflight per
            // endpoint and session is plenty.
            .max_age(std::time::Duration::from_secs(7200)),
    )
}

/// What the compression layer compresses (see [`compress_predicate`]).
pub type CompressPredicate = tower_http::compression::predicate::And<
    tower_http::compression::predicate::SizeAbove,
    tower_http::compression::DefaultPredicate,
>;

/// What the compression layer compresses: the default rule (not images,
/// gRPC or event streams) for bodies of at least 1 KiB
/// ([`routes::places::COMPRESS_ABOVE`]). Below that, compressing costs more
/// time than the bytes it saves. The size first: it is the cheaper test,
/// and it settles most answers.
pub fn compress_predicate() -> CompressPredicate {
    use tower_http::compression::predicate::{DefaultPredicate, Predicate, SizeAbove};
    let threshold = u16::try_from(routes::places::COMPRESS_ABOVE).unwrap_or(u16::MAX);
    SizeAbove::new(threshold).and(DefaultPredicate::new())
}

/// Before each API request on a store shared with other processes, adopts
/// the stored clock (if it moved since): one primary-key read, so any
/// request that starts after a move on any process sees it. Static files do
/// not read the clock and skip it.
async fn shared_clock(
    axum::extract::State(st): axum::extract::State<AppState>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    if req.uri().path().starts_with("/api") {
        match st.store.clock_state().await {
            Ok(Some(c)) => st.clock.observe(c),
            Ok(None) => {}
            Err(e) => return error::AppError::from(e).into_response(),
        }
    }
    next.run(req).await
}

/// With `--smtp-url`, the background relay of e-mail and PEC (`relay`).
async fn start_relay(cfg: &ServeConfig, state: &AppState) -> Result<(), BoxError> {
    if let Some(url) = cfg.smtp_url.as_deref().filter(|u| !u.trim().is_empty()) {
        relay::start(state.store.clone(), url).await?;
    }
    Ok(())
}

/// Binds, then serves in the background; returns the bound address (useful
/// with port 0) and the task.
pub async fn spawn(
    cfg: ServeConfig,
) -> Result<(SocketAddr, tokio::task::JoinHandle<std::io::Result<()>>), BoxError> {
    let state = build_state(&cfg).await?;
    start_relay(&cfg, &state).await?;
    let listener = tokio::net::TcpListener::bind(cfg.listen).await?;
    let addr = listener.local_addr()?;
    let app = app(state, cfg.static_dir.as_deref());
    let task =
        tokio::spawn(async move { axum::serve(no_delay(listener), app.into_make_service()).await });
    Ok((addr, task))
}

/// Every accepted connection with `TCP_NODELAY`: an answer is written in
/// pieces (headers, then body), and with Nagle's algorithm the last piece
/// waits for the client's delayed ACK — about 40 ms per response on a
/// reused connection.
fn no_delay(listener: tokio::net::TcpListener) -> impl axum::serve::Listener<Addr = SocketAddr> {
    use axum::serve::ListenerExt;
    listener.tap_io(|tcp| {
        if let Err(e) = tcp.set_nodelay(true) {
            tracing::debug!(error = %e, "TCP_NODELAY not set");
        }
    })
}

/// Serves until the process is stopped (Ctrl-C / SIGTERM).
pub async fn serve(cfg: ServeConfig) -> Result<(), BoxError> {
    if let Some(dir) = &cfg.static_dir {
        if !dir.join("index.html").exists() {
            tracing::warn!(dir = %dir.display(), "static dir has no index.html");
        }
    }
    let state = build_state(&cfg).await?;
    start_relay(&cfg, &state).await?;
    let listener = tokio::net::TcpListener::bind(cfg.listen).await?;
    tracing::info!(addr = %listener.local_addr()?, sim = !cfg.no_sim, "listening");
    for origin in &state.settings.cors_origins {
        // The session cookie stays SameSite=Strict: a UI on another *site*
        // (not just another origin of the same site) could not log in.
        tracing::info!(
            %origin,
            "UI origin allowed (CORS with credentials, CSRF): it must be on the same \
             site as this API (e.g. app.example.it + api.example.it, or two ports of \
             one host); a cross-site UI is not supported"
        );
    }
    let app = app(state, cfg.static_dir.as_deref());
    axum::serve(no_delay(listener), app.into_make_service())
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}
