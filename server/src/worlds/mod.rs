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

pub mod dispatch;
pub mod export;
pub mod pacing;
pub mod scenarios;
pub mod storage;

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Instant;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::Response;
use axum::Router;
use chrono::{DurationRound, Utc};
use serde_json::Value;
use tower::ServiceExt;

use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::store::{StoreError, WorldRow};

pub use dispatch::dispatch;
pub use storage::Backing;

/// The world setting that keeps its scenario's citizens.
const CITIZENS_SETTING: &str = "world_citizens";

/// The header a script names its world with.
pub const WORLD_HEADER: &str = "x-sim-world";

/// Shared by the routes: the hub of every world.
pub type Worlds = Arc<Hub>;

/// One open world: its state (the world's store and clock), its router
/// and its row in the list of worlds.
#[derive(Clone)]
pub struct World {
    pub id: String,
    pub state: AppState,
    api: Router,
    /// As this request found it: read once per request on a database shared
    /// with other processes, else as this process last changed it.
    row: Arc<WorldRow>,
}

impl World {
    fn new(row: WorldRow, state: AppState) -> Self {
        let api = crate::world_api(state.clone());
        Self {
            id: row.id.clone(),
            state,
            api,
            row: Arc::new(row),
        }
    }

    /// The world's row in the list: name, join code, scenario, pace.
    pub fn row(&self) -> &WorldRow {
        &self.row
    }

    fn with_row(&self, row: WorldRow) -> Self {
        Self {
            row: Arc::new(row),
            ..self.clone()
        }
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

/// A world's opening lock held (see `Hub::opening`); dropping it lets the
/// next one in, and removes the world's entry when nobody else holds or
/// waits for it.
struct Opening<'a> {
    hub: &'a Hub,
    id: String,
    guard: Option<tokio::sync::OwnedMutexGuard<()>>,
}

impl Drop for Opening<'_> {
    fn drop(&mut self) {
        let mut map = self.hub.opening.lock().unwrap_or_else(|p| p.into_inner());
        let Some(guard) = self.guard.take() else {
            return;
        };
        // The map's reference and this guard's: nobody else has it.
        let alone = Arc::strong_count(tokio::sync::OwnedMutexGuard::mutex(&guard)) == 2;
        drop(guard);
        if alone {
            map.remove(&self.id);
        }
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
    /// Per world id, held while that world is opened, reset or dropped,
    /// so two requests never open the same database twice; different
    /// worlds open side by side. An entry lives while someone holds or
    /// waits for it.
    opening: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
    /// Per world: a fingerprint of what its follower (the trainer's table)
    /// last saw, and since when (real time). Dropped with the world's
    /// records (reset, delete).
    seen: Mutex<HashMap<String, (u64, Instant)>>,
}

impl Hub {
    pub fn new(default: AppState) -> Worlds {
        let backing = Backing::of(&default.settings.worlds.database);
        // The default world is no row of the list: an empty one.
        let row = WorldRow {
            id: String::new(),
            join_code: String::new(),
            name: String::new(),
            scenario: None,
            class_id: None,
            created_at: Utc::now(),
            pace: 1,
            paced_at_ms: None,
            generation: 0,
        };
        Arc::new(Self {
            default: World::new(row, default),
            backing,
            open: RwLock::new(HashMap::new()),
            ticks: AtomicU64::new(0),
            opening: Mutex::new(HashMap::new()),
            seen: Mutex::new(HashMap::new()),
        })
    }

    /// The default world's state: it holds the list of worlds.
    pub fn default_state(&self) -> &AppState {
        &self.default.state
    }

    /// Holds world `id`'s opening lock (see `opening`).
    async fn opening(&self, id: &str) -> Opening<'_> {
        let lock = self
            .opening
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .entry(id.to_owned())
            .or_default()
            .clone();
        Opening {
            hub: self,
            id: id.to_owned(),
            guard: Some(lock.lock_owned().await),
        }
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
    /// is no such world. On a database shared with other processes its row
    /// is read again each time (another process may have deleted it, reset
    /// it, or changed its join code or pace); else it is read only to open
    /// the world.
    pub async fn world(&self, id: &str) -> AppResult<Option<World>> {
        if !storage::valid_id(id) {
            return Ok(None);
        }
        let cached = self.cached(id);
        if cached.is_some() && !self.default.state.store.shares_clock() {
            return Ok(cached);
        }
        let Some(row) = self.default.state.store.world(id).await? else {
            if cached.is_some() {
                self.forget(id);
                self.forget_seen(id);
            }
            return Ok(None);
        };
        self.current(cached, row).await.map(Some)
    }

    /// The world of `row`, a row this request has just read from the list
    /// (so it is not read again).
    pub async fn world_of(&self, row: WorldRow) -> AppResult<World> {
        let cached = self.cached(&row.id);
        self.current(cached, row).await
    }

    async fn current(&self, cached: Option<World>, row: WorldRow) -> AppResult<World> {
        match cached {
            Some(w) if w.row.generation == row.generation => Ok(w.with_row(row)),
            _ => self.open_world(row).await,
        }
    }

    /// Opens the world of `row` (again, when this process has it open from
    /// before a reset made by another process).
    async fn open_world(&self, row: WorldRow) -> AppResult<World> {
        let _guard = self.opening(&row.id).await;
        if let Some(w) = self.cached(&row.id) {
            if w.row.generation == row.generation {
                return Ok(w.with_row(row));
            }
            if w.row.generation > row.generation {
                // Reset by this process since `row` was read.
                return Ok(w);
            }
            // Reset by another process: this one's clock and connections
            // belong to the records the reset dropped.
            tracing::debug!(world = %row.id, "world reset elsewhere: opened again");
            self.forget(&row.id);
            self.forget_seen(&row.id);
        }
        let store = self
            .backing
            .open(&row.id)
            .await
            .map_err(AppError::internal)?;
        let state = self.world_state(&row.id, store);
        // The world's own clock, as it was left (after a restart, or after
        // being closed to make room, or by the process that reset it).
        if let Some(c) = state.store.clock_state().await? {
            state.clock.observe(c);
        }
        Ok(self.remember(World::new(row, state)))
    }

    /// `world` with `row`, its row just changed by this process: the open
    /// world keeps it (unless reset meanwhile).
    fn changed(&self, world: &World, row: WorldRow) -> World {
        let w = world.with_row(row);
        let mut open = self.open.write().unwrap_or_else(|p| p.into_inner());
        if let Some((cached, _)) = open.get_mut(&w.id) {
            if cached.row.generation == w.row.generation {
                *cached = w.clone();
            }
        }
        w
    }

    /// Since when world `id` has shown `fingerprint` to whoever follows it
    /// (the trainer's live table); `None` on the first look and whenever it
    /// changed (then kept as of now). Kept by this process.
    pub fn unchanged_since(&self, id: &str, fingerprint: u64) -> Option<Instant> {
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        match seen.get(id) {
            Some((f, since)) if *f == fingerprint => Some(*since),
            _ => {
                seen.insert(id.to_owned(), (fingerprint, Instant::now()));
                None
            }
        }
    }

    fn forget_seen(&self, id: &str) {
        self.seen
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(id);
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
    ) -> AppResult<(World, Vec<Value>)> {
        if let Some(s) = scenario {
            scenarios::find(s).ok_or_else(|| scenarios::unknown(s))?;
        }
        let world = self.new_world(name, scenario, class_id).await?;
        let citizens = self.apply_scenario(&world, scenario).await?;
        Ok((world, citizens))
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
    ) -> AppResult<World> {
        let row = WorldRow {
            id: storage::new_id(),
            join_code: storage::new_join_code(),
            name: name.to_owned(),
            scenario: scenario.map(str::to_owned),
            class_id: class_id.map(str::to_owned),
            // To the millisecond, as the list keeps it.
            created_at: Utc::now()
                .duration_trunc(chrono::TimeDelta::milliseconds(1))
                .unwrap_or_else(|_| Utc::now()),
            pace: 1,
            paced_at_ms: None,
            generation: 0,
        };
        let world = self.fill(row).await?;
        self.default.state.store.insert_world(world.row()).await?;
        Ok(self.remember(world))
    }

    /// Opens a fresh database for the world of `row` and starts it as a new
    /// server starts (clock, registry, seeded operators).
    /// Not under the `opening` lock: a new world's id is known to nobody
    /// yet, and `reset` holds the lock itself; so worlds are made in
    /// parallel.
    async fn fill(&self, row: WorldRow) -> AppResult<World> {
        let store = self
            .backing
            .open(&row.id)
            .await
            .map_err(AppError::internal)?;
        let state = self.world_state(&row.id, store);
        let template = &self.default.state.settings.worlds;
        crate::start_world(&state, template.start_date, template.seed_citizens)
            .await
            .map_err(AppError::internal)?;
        Ok(World::new(row, state))
    }

    /// Back to how the world was made: every record dropped, the scenario
    /// applied again. Id and join code stay; the generation moves on, so
    /// other processes that have the world open open it again. `None` when
    /// the world was ended meanwhile.
    pub async fn reset(&self, world: &World) -> AppResult<Option<(World, Vec<Value>)>> {
        let id = &world.id;
        let fresh = {
            // Nobody opens the world between its old records and its new.
            let _guard = self.opening(id).await;
            self.drop_data(id).await?;
            let fresh = self.fill(world.row().clone()).await?;
            // Once the new records are complete: other processes move to
            // them at their next request.
            let Some(generation) = self.default.state.store.next_generation(id).await? else {
                return Ok(None);
            };
            let mut row = world.row().clone();
            row.generation = generation;
            self.remember(fresh.with_row(row))
        };
        let citizens = self
            .apply_scenario(&fresh, fresh.row().scenario.as_deref())
            .await?;
        Ok(Some((fresh, citizens)))
    }

    /// Ends a world: the row first (nobody opens it again), then its data.
    pub async fn delete(&self, id: &str) -> AppResult<bool> {
        if !storage::valid_id(id) || !self.default.state.store.delete_world(id).await? {
            return Ok(false);
        }
        let _guard = self.opening(id).await;
        self.drop_data(id).await?;
        Ok(true)
    }

    /// Under the `opening` lock (the caller holds it).
    async fn drop_data(&self, id: &str) -> AppResult<()> {
        self.forget_seen(id);
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

    /// A new join code for `world`: the old one stops working (members
    /// already in stay in). The world with it; `None` if it has ended.
    pub async fn new_join_code(&self, world: &World) -> AppResult<Option<World>> {
        for _ in 0..4 {
            let code = storage::new_join_code();
            match self
                .default
                .state
                .store
                .set_join_code(&world.id, &code)
                .await
            {
                Ok(true) => {
                    let mut row = world.row().clone();
                    row.join_code = code;
                    return Ok(Some(self.changed(world, row)));
                }
                Ok(false) => return Ok(None),
                Err(StoreError::Conflict) => continue,
                Err(e) => return Err(e.into()),
            }
        }
        Err(AppError::internal("no free join code"))
    }

    /// `world`'s pace (see [`pacing`]), applied from real instant
    /// `since_ms` (none for manual pacing). The world with it; `None` if it
    /// has ended.
    pub async fn set_pace(
        &self,
        world: &World,
        pace: i64,
        since_ms: Option<i64>,
    ) -> AppResult<Option<World>> {
        let store = &self.default.state.store;
        if !store.set_pace(&world.id, pace, since_ms).await? {
            return Ok(None);
        }
        let mut row = world.row().clone();
        row.pace = pace;
        row.paced_at_ms = since_ms;
        Ok(Some(self.changed(world, row)))
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

#[cfg(test)]
mod tests {
    use super::*;

    async fn hub() -> (Worlds, tempfile::TempDir) {
        let dir = tempfile::tempdir().unwrap();
        let mut cfg = crate::config::ServeConfig::with_database("sqlite::memory:");
        cfg.uploads_dir = dir.path().join("uploads");
        cfg.argon2_memory_kib = 64;
        cfg.argon2_iterations = 1;
        cfg.seed_citizens = 1;
        let state = crate::build_state(&cfg).await.expect("state");
        (Hub::new(state), dir)
    }

    #[tokio::test]
    async fn the_open_world_answers_its_row_as_last_changed() {
        let (hub, _dir) = hub().await;
        let (made, _) = hub.create("Aula", None, None).await.unwrap();
        let w = hub.world(&made.id).await.unwrap().unwrap();
        assert_eq!(w.row(), made.row());
        let w = hub.set_pace(&w, 60, Some(1_000)).await.unwrap().unwrap();
        let w = hub.new_join_code(&w).await.unwrap().unwrap();
        assert_ne!(w.row().join_code, made.row().join_code);
        // What the next request finds is what the store holds.
        let stored = hub.default_state().store.world(&w.id).await.unwrap();
        assert_eq!(stored.as_ref(), Some(w.row()));
        assert_eq!(hub.world(&w.id).await.unwrap().unwrap().row(), w.row());
        // A reset moves the generation on and keeps the rest.
        let (fresh, _) = hub.reset(&w).await.unwrap().unwrap();
        assert_eq!(fresh.row().generation, w.row().generation + 1);
        assert_eq!(fresh.row().join_code, w.row().join_code);
        let stored = hub.default_state().store.world(&w.id).await.unwrap();
        assert_eq!(stored.as_ref(), Some(fresh.row()));
        assert_eq!(hub.world(&w.id).await.unwrap().unwrap().row(), fresh.row());
    }

    #[tokio::test]
    async fn what_a_world_showed_is_forgotten_when_it_is_reset_or_ended() {
        let (hub, _dir) = hub().await;
        let (a, _) = hub.create("A", None, None).await.unwrap();
        let (b, _) = hub.create("B", None, None).await.unwrap();
        // Never on the first look; since that look while unchanged.
        assert_eq!(hub.unchanged_since(&a.id, 7), None);
        let since = hub.unchanged_since(&a.id, 7).expect("unchanged");
        assert_eq!(hub.unchanged_since(&a.id, 7), Some(since));
        assert_eq!(hub.unchanged_since(&a.id, 8), None, "changed");
        assert_eq!(hub.unchanged_since(&b.id, 7), None);

        hub.reset(&a).await.unwrap().unwrap();
        assert_eq!(hub.unchanged_since(&a.id, 8), None, "a first look again");
        assert!(hub.unchanged_since(&b.id, 7).is_some(), "B is untouched");
        assert!(hub.delete(&b.id).await.unwrap());
        assert_eq!(hub.unchanged_since(&b.id, 7), None);
    }
}
