//! Simulation worlds: many simulated Italies on one server.
//!
//! A world has its own clock, registry, credentials, sessions, messages and
//! operator queues because it has its own database ([`storage`]): an SQLite
//! file beside the default one, or a PostgreSQL schema. Its requests are
//! answered by its own copy of the API router, built on an `AppState` whose
//! store and clock are the world's; so every procedure runs in a world
//! exactly as in the default one, and nothing can reach across.
//!
//! A request names its world with the `X-Sim-World` header (scripts) or the
//! `pin_inps_world` cookie (a browser that joined at `/mondo/{join_code}`);
//! without either it is in the default world, as the API always was. The
//! world id is unguessable: holding it is what makes someone a member.
//! With `--no-sim` there are no worlds: the header and cookie are ignored.

pub mod export;
pub mod pacing;
pub mod scenarios;
pub mod storage;

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use chrono::Utc;
use serde_json::Value;
use tower::ServiceExt;

use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::store::{StoreError, WorldRow};

pub use storage::Backing;

/// The world setting that keeps its scenario's citizens.
const CITIZENS_SETTING: &str = "world_citizens";

/// The header a script names its world with.
pub const WORLD_HEADER: &str = "x-sim-world";

/// Shared by the routes: the hub of every world.
pub type Worlds = Arc<Hub>;

/// One open world: its state (the world's store and clock) and its router.
#[derive(Clone)]
pub struct World {
    pub id: String,
    pub state: AppState,
    api: Router,
}

impl World {
    fn new(id: String, state: AppState) -> Self {
        let api = crate::world_api(state.clone());
        Self { id, state, api }
    }

    /// The world's simulated now, fresh: on a database shared with other
    /// processes the stored clock is read first (another may have moved it).
    pub async fn now(&self) -> AppResult<chrono::DateTime<Utc>> {
        if self.state.store.shares_clock() {
            if let Some(c) = self.state.store.clock_state().await? {
                self.state.clock.observe(c);
            }
        }
        Ok(self.state.clock.now())
    }

    /// Answers `req` inside this world, as if it came over HTTP.
    pub async fn handle(&self, req: Request) -> Response {
        match self.api.clone().oneshot(req).await {
            Ok(res) => res,
            Err(never) => match never {},
        }
    }

    /// A JSON request inside this world (scenarios drive the procedures
    /// through the same API a person would): status, body (`Null` when
    /// empty or not JSON) and the `Set-Cookie` session, if any.
    pub async fn call(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
        cookie: Option<&str>,
    ) -> (StatusCode, Value, Option<String>) {
        let mut req = Request::builder().method(method).uri(path);
        if let Some(c) = cookie {
            req = req.header(header::COOKIE, c);
        }
        let req = match body {
            Some(b) => req
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(b.to_string())),
            None => req.body(Body::empty()),
        }
        .expect("valid request");
        let res = self.handle(req).await;
        let status = res.status();
        let set_cookie = res
            .headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .filter_map(|v| v.split(';').next())
            .find(|v| v.starts_with(crate::auth::COOKIE_NAME))
            .map(str::to_owned);
        let bytes = axum::body::to_bytes(res.into_body(), usize::MAX)
            .await
            .unwrap_or_default();
        let json = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        (status, json, set_cookie)
    }
}

/// Every world this process has open, and how to open the others.
pub struct Hub {
    default: World,
    pub(crate) backing: Backing,
    /// The open worlds, each with when it was last used (a tick of
    /// `clock`): past `Backing::max_open`, the least recently used is
    /// closed (its pool dropped once its last request ends) and opened
    /// again when next named.
    open: RwLock<HashMap<String, (World, Arc<AtomicU64>)>>,
    ticks: AtomicU64,
    /// Held while a world is opened, created or dropped, so two requests
    /// never open the same database twice.
    opening: tokio::sync::Mutex<()>,
}

impl Hub {
    pub fn new(default: AppState) -> Worlds {
        let backing = Backing::of(&default.settings.worlds.database);
        Arc::new(Self {
            default: World::new(String::new(), default),
            backing,
            open: RwLock::new(HashMap::new()),
            ticks: AtomicU64::new(0),
            opening: tokio::sync::Mutex::new(()),
        })
    }

    /// The default world's state: it holds the list of worlds.
    pub fn default_state(&self) -> &AppState {
        &self.default.state
    }

    fn cached(&self, id: &str) -> Option<World> {
        let open = self.open.read().unwrap_or_else(|p| p.into_inner());
        let (w, used) = open.get(id)?;
        used.store(
            self.ticks.fetch_add(1, Ordering::Relaxed),
            Ordering::Relaxed,
        );
        Some(w.clone())
    }

    fn forget(&self, id: &str) -> Option<World> {
        self.open
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .remove(id)
            .map(|(w, _)| w)
    }

    /// The world `id`, opened if this process has not yet; `None` when there
    /// is no such world. On a database shared with other processes the list
    /// is read again each time (another process may have deleted it).
    pub async fn world(&self, id: &str) -> AppResult<Option<World>> {
        if !storage::valid_id(id) {
            return Ok(None);
        }
        let shared = self.default.state.store.shares_clock();
        if let Some(w) = self.cached(id) {
            if !shared || self.default.state.store.world(id).await?.is_some() {
                return Ok(Some(w));
            }
            self.forget(id);
            return Ok(None);
        }
        let _guard = self.opening.lock().await;
        if let Some(w) = self.cached(id) {
            return Ok(Some(w));
        }
        if self.default.state.store.world(id).await?.is_none() {
            return Ok(None);
        }
        let store = self.backing.open(id).await.map_err(AppError::internal)?;
        let state = self.world_state(id, store);
        // The world's own clock, as it was left (after a restart, or after
        // being closed to make room).
        if let Some(c) = state.store.clock_state().await? {
            state.clock.observe(c);
        }
        Ok(Some(self.remember(World::new(id.to_owned(), state))))
    }

    fn remember(&self, w: World) -> World {
        let mut open = self.open.write().unwrap_or_else(|p| p.into_inner());
        let now = self.ticks.fetch_add(1, Ordering::Relaxed);
        open.insert(w.id.clone(), (w.clone(), Arc::new(AtomicU64::new(now))));
        if open.len() > self.backing.max_open() {
            let oldest = open
                .iter()
                .filter(|(id, _)| **id != w.id)
                .min_by_key(|(_, (_, used))| used.load(Ordering::Relaxed))
                .map(|(id, _)| id.clone());
            if let Some(id) = oldest {
                open.remove(&id);
                tracing::debug!(world = %id, "least recently used world closed");
            }
        }
        w
    }

    /// How many worlds this process has open.
    pub fn open_count(&self) -> usize {
        self.open.read().unwrap_or_else(|p| p.into_inner()).len()
    }

    /// A world's state: its store and a clock of its own; the procedures'
    /// settings of the server, with the world's own uploads directory.
    fn world_state(&self, id: &str, store: Arc<dyn crate::store::Store>) -> AppState {
        let base = &self.default.state;
        let mut settings = (*base.settings).clone();
        settings.uploads_dir = storage::uploads_dir(&base.settings.uploads_dir, id);
        AppState {
            store,
            clock: crate::clock::Clock::with_offset(base.clock.offset_ms()),
            hasher: base.hasher.clone(),
            settings: Arc::new(settings),
        }
    }

    /// Makes a new world (see [`Hub::new_world`]) and applies `scenario`
    /// to it. Answers the world and the scenario's citizens, each with what
    /// the person holds in hand.
    pub async fn create(
        &self,
        name: &str,
        scenario: Option<&str>,
        class_id: Option<&str>,
    ) -> AppResult<(WorldRow, Vec<Value>)> {
        if let Some(s) = scenario {
            scenarios::find(s).ok_or_else(|| scenarios::unknown(s))?;
        }
        let (row, world) = self.new_world(name, scenario, class_id).await?;
        let citizens = self.apply_scenario(&world, scenario).await?;
        Ok((row, citizens))
    }

    /// Applies `scenario` (if any) and keeps its citizens with what they
    /// hold, for the trainer's slips and the world's answers. They are kept
    /// in the world's own settings: simulation data, like the simulator's
    /// messages, never in the default world, never logged.
    async fn apply_scenario(&self, world: &World, scenario: Option<&str>) -> AppResult<Vec<Value>> {
        let citizens = match scenario {
            Some(s) => scenarios::apply(world, s).await?,
            None => Vec::new(),
        };
        world
            .state
            .store
            .save_setting(
                CITIZENS_SETTING,
                &Value::Array(citizens.clone()).to_string(),
            )
            .await?;
        Ok(citizens)
    }

    /// The citizens a world's scenario made, with what they hold.
    pub async fn citizens(&self, world: &World) -> AppResult<Vec<Value>> {
        let stored = world.state.store.setting(CITIZENS_SETTING).await?;
        Ok(stored
            .and_then(|s| serde_json::from_str::<Vec<Value>>(&s).ok())
            .unwrap_or_default())
    }

    /// A new, empty world: the registry seeded as a fresh server's is, its
    /// clock at the server's start date, the simulation's operators.
    pub async fn new_world(
        &self,
        name: &str,
        scenario: Option<&str>,
        class_id: Option<&str>,
    ) -> AppResult<(WorldRow, World)> {
        let row = WorldRow {
            id: storage::new_id(),
            join_code: storage::new_join_code(),
            name: name.to_owned(),
            scenario: scenario.map(str::to_owned),
            class_id: class_id.map(str::to_owned),
            created_at: Utc::now(),
            pace: 1,
            paced_at_ms: None,
        };
        let world = self.fill(&row.id).await?;
        self.default.state.store.insert_world(&row).await?;
        Ok((row, world))
    }

    /// Opens a fresh database for world `id` and starts it as a new server
    /// starts (clock, registry, seeded operators).
    /// Not under the `opening` lock: a new world's id is known to nobody
    /// yet, and `reset` holds the lock itself; so worlds are made in
    /// parallel.
    async fn fill(&self, id: &str) -> AppResult<World> {
        let store = self.backing.open(id).await.map_err(AppError::internal)?;
        let state = self.world_state(id, store);
        let template = &self.default.state.settings.worlds;
        crate::start_world(&state, template.start_date, template.seed_citizens)
            .await
            .map_err(AppError::internal)?;
        Ok(self.remember(World::new(id.to_owned(), state)))
    }

    /// Back to how the world was made: every record dropped, the scenario
    /// applied again. Id and join code stay.
    pub async fn reset(&self, id: &str) -> AppResult<Option<(WorldRow, Vec<Value>)>> {
        let Some(row) = self.default.state.store.world(id).await? else {
            return Ok(None);
        };
        let world = {
            // Nobody opens the world between its old records and its new.
            let _guard = self.opening.lock().await;
            self.drop_data(id).await?;
            self.fill(id).await?
        };
        let citizens = self.apply_scenario(&world, row.scenario.as_deref()).await?;
        Ok(Some((row, citizens)))
    }

    /// Ends a world: the row first (nobody opens it again), then its data.
    pub async fn delete(&self, id: &str) -> AppResult<bool> {
        if !storage::valid_id(id) || !self.default.state.store.delete_world(id).await? {
            return Ok(false);
        }
        let _guard = self.opening.lock().await;
        self.drop_data(id).await?;
        Ok(true)
    }

    /// Under the `opening` lock (the caller holds it).
    async fn drop_data(&self, id: &str) -> AppResult<()> {
        let store = match self.forget(id) {
            Some(w) => w.state.store,
            None => self.backing.open(id).await.map_err(AppError::internal)?,
        };
        store.destroy_world_database().await?;
        self.backing.dropped(id);
        let dir = storage::uploads_dir(&self.default.state.settings.uploads_dir, id);
        if let Err(e) = std::fs::remove_dir_all(&dir) {
            if e.kind() != std::io::ErrorKind::NotFound {
                return Err(AppError::internal(e));
            }
        }
        Ok(())
    }

    /// A new join code for world `id`: the old one stops working (members
    /// already in stay in).
    pub async fn new_join_code(&self, id: &str) -> AppResult<Option<String>> {
        for _ in 0..4 {
            let code = storage::new_join_code();
            match self.default.state.store.set_join_code(id, &code).await {
                Ok(true) => return Ok(Some(code)),
                Ok(false) => return Ok(None),
                Err(StoreError::Conflict) => continue,
                Err(e) => return Err(e.into()),
            }
        }
        Err(AppError::internal("no free join code"))
    }

    /// The world a request names, if it names one (`None`: default world).
    /// The header wins over the cookie.
    pub fn named_world(&self, headers: &HeaderMap) -> Option<String> {
        if !self.default.state.settings.sim_enabled {
            return None;
        }
        if let Some(v) = headers.get(WORLD_HEADER) {
            return Some(v.to_str().unwrap_or("").trim().to_owned());
        }
        crate::auth::world_cookie(headers)
    }
}

/// Every API request: answered in the world it names.
pub async fn dispatch(State(hub): State<Worlds>, req: Request) -> Response {
    let req = without_route_match(req);
    let Some(id) = hub.named_world(req.headers()) else {
        return hub.default.handle(req).await;
    };
    match hub.world(&id).await {
        Ok(Some(w)) => w.handle(req).await,
        Ok(None) => AppError::WorldNotFound.into_response(),
        Err(e) => e.into_response(),
    }
}

/// The request as it came, without what the outer router's match added
/// (its `{*rest}` path parameter would otherwise be counted by every
/// handler's `Path` extractor in the world's router, and fail it).
fn without_route_match(req: Request) -> Request {
    let (parts, body) = req.into_parts();
    let mut fresh = Request::new(body);
    *fresh.method_mut() = parts.method;
    *fresh.uri_mut() = parts.uri;
    *fresh.version_mut() = parts.version;
    *fresh.headers_mut() = parts.headers;
    fresh
}
