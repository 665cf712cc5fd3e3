//! The one test app: the real server spawned on a free loopback port with
//! its own temporary SQLite database and uploads directory, cheap Argon2 and
//! three seeded registry citizens (Mario Rossi first), optionally with a
//! configuration tweak. Its clients keep cookies, like a browser.
//!
//! Every request goes through [`TestApp::send`], which checks the answer
//! against `server/openapi.json` ([`contract::check`]) and panics when the
//! document does not describe it; the helpers below are built on it, so the
//! whole suite proves the document complete for everything it exercises.

//!
//! The helpers by part: `simulator.rs` (clock, registry, inboxes),
//! `citizens.rs` (a PIN issued, logins, first access, levels), `operators.rs`.

mod citizens;
mod operators;
mod simulator;

use std::path::PathBuf;

use reqwest::multipart::{Form, Part};
use reqwest::{Client, RequestBuilder, StatusCode};
use serde_json::Value;
use server::config::ServeConfig;

use crate::contract::{self, Recorded};

/// The contacts every test citizen declares in its PIN request.
pub const MOBILE: &str = "+393331234567";
pub const EMAIL: &str = "persona@example.it";
/// The seeded back-office operators' password (simulation mode).
pub const OPERATOR_PASSWORD: &str = "Sede2020!";

pub struct TestApp {
    /// `http://127.0.0.1:PORT`
    pub origin: String,
    /// The JSON API: `{origin}/api/v1`.
    pub base: String,
    /// The citizen's browser.
    pub client: Client,
    /// Holds `t.db` and `uploads/`.
    pub dir: tempfile::TempDir,
    no_sim: bool,
    /// With `PIN_INPS_TEST_DATABASE=postgres` (feature `postgres-tests`):
    /// the app's own PostgreSQL database instead of `t.db`, dropped with it.
    #[cfg(feature = "postgres-tests")]
    _postgres: Option<server::store::postgres::scratch::ScratchDatabase>,
}

/// A client that keeps cookies, like a browser.
pub fn new_client() -> Client {
    Client::builder().cookie_store(true).build().unwrap()
}

/// A client of the simulation world `id` (the `X-Sim-World` header on every
/// request), keeping cookies: a learner's script.
pub fn in_world(id: &str) -> Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        "x-sim-world",
        reqwest::header::HeaderValue::from_str(id).unwrap(),
    );
    Client::builder()
        .cookie_store(true)
        .default_headers(headers)
        .build()
        .unwrap()
}

impl TestApp {
    pub async fn start() -> Self {
        Self::start_with(|_| {}).await
    }

    pub async fn start_with(tweak: impl FnOnce(&mut ServeConfig)) -> Self {
        Self::start_in(tempfile::tempdir().unwrap(), tweak).await
    }

    /// A server on the database in `dir` (which may already hold one).
    pub async fn start_in(dir: tempfile::TempDir, tweak: impl FnOnce(&mut ServeConfig)) -> Self {
        Self::try_start_in(dir, tweak).await.unwrap()
    }

    /// As [`TestApp::start_in`], with the reason when the server refuses
    /// to start.
    pub async fn try_start_in(
        dir: tempfile::TempDir,
        tweak: impl FnOnce(&mut ServeConfig),
    ) -> Result<Self, String> {
        let mut cfg =
            ServeConfig::with_database(format!("sqlite://{}", dir.path().join("t.db").display()));
        cfg.listen = "127.0.0.1:0".parse().unwrap();
        cfg.uploads_dir = dir.path().join("uploads");
        cfg.argon2_memory_kib = 64;
        cfg.argon2_iterations = 1;
        cfg.seed_citizens = 3;
        #[cfg(feature = "postgres-tests")]
        let postgres = if std::env::var("PIN_INPS_TEST_DATABASE").as_deref() == Ok("postgres") {
            let db = server::store::postgres::scratch::ScratchDatabase::create().await;
            cfg.database = db.url.clone();
            Some(db)
        } else {
            None
        };
        tweak(&mut cfg);
        let no_sim = cfg.no_sim;
        let (addr, _task) = server::spawn(cfg).await.map_err(|e| e.to_string())?;
        Ok(TestApp {
            origin: format!("http://{addr}"),
            base: format!("http://{addr}/api/v1"),
            client: new_client(),
            dir,
            no_sim,
            #[cfg(feature = "postgres-tests")]
            _postgres: postgres,
        })
    }

    /// The URL of an API path (`/me` → `{base}/me`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn db_path(&self) -> PathBuf {
        self.dir.path().join("t.db")
    }

    pub fn uploads(&self) -> PathBuf {
        self.dir.path().join("uploads")
    }

    pub fn no_sim(&self) -> bool {
        self.no_sim
    }

    // ------------------------------------------------------------ requests

    /// Sends the request; the answer, unchecked (`Err` when none came).
    pub async fn record(&self, rb: RequestBuilder) -> Result<Recorded, String> {
        let (client, request) = rb.build_split();
        let request = request.map_err(|e| e.to_string())?;
        let what = format!("{} {}", request.method(), request.url());
        let method = request.method().as_str().to_owned();
        match client.execute(request).await {
            Ok(r) => Ok(Recorded::read(&method, r).await),
            Err(e) => Err(format!("{what}: {e}")),
        }
    }

    /// Sends the request; panics unless `server/openapi.json` documents the
    /// answer.
    pub async fn send(&self, rb: RequestBuilder) -> Recorded {
        let rec = self.record(rb).await.unwrap();
        if let Err(e) = contract::check(&rec, self.no_sim) {
            panic!("undocumented answer: {e}");
        }
        rec
    }

    async fn json(&self, rb: RequestBuilder) -> (StatusCode, Value) {
        let rec = self.send(rb).await;
        (rec.status, rec.json())
    }

    pub async fn get(&self, path: &str) -> (StatusCode, Value) {
        self.get_as(&self.client, path).await
    }

    pub async fn get_as(&self, client: &Client, path: &str) -> (StatusCode, Value) {
        self.json(client.get(self.url(path))).await
    }

    pub async fn post(&self, path: &str, body: Value) -> (StatusCode, Value) {
        self.post_as(&self.client, path, body).await
    }

    pub async fn post_as(&self, client: &Client, path: &str, body: Value) -> (StatusCode, Value) {
        self.json(client.post(self.url(path)).json(&body)).await
    }

    pub async fn put(&self, path: &str, body: Value) -> (StatusCode, Value) {
        self.json(self.client.put(self.url(path)).json(&body)).await
    }

    pub async fn delete(&self, path: &str) -> StatusCode {
        self.delete_as(&self.client, path).await
    }

    pub async fn delete_as(&self, client: &Client, path: &str) -> StatusCode {
        self.send(client.delete(self.url(path))).await.status
    }

    /// A file: status, `Content-Type`, bytes.
    pub async fn bytes(&self, path: &str) -> (StatusCode, String, Vec<u8>) {
        self.bytes_as(&self.client, path).await
    }

    pub async fn bytes_as(&self, client: &Client, path: &str) -> (StatusCode, String, Vec<u8>) {
        let rec = self.send(client.get(self.url(path))).await;
        (rec.status, rec.content_type(), rec.body)
    }

    /// As [`TestApp::bytes_as`], asking for `lang` (`Accept-Language`).
    pub async fn bytes_in(
        &self,
        client: &Client,
        path: &str,
        lang: &str,
    ) -> (StatusCode, String, Vec<u8>) {
        let rb = client
            .get(self.url(path))
            .header(reqwest::header::ACCEPT_LANGUAGE, lang);
        let rec = self.send(rb).await;
        (rec.status, rec.content_type(), rec.body)
    }

    /// Multipart upload of `bytes` as field `file` of the conversion's
    /// `slot`, with the given (ignored) file name and declared type.
    pub async fn upload(
        &self,
        slot: &str,
        bytes: Vec<u8>,
        name: &str,
        mime: &str,
    ) -> (StatusCode, Value) {
        let part = Part::bytes(bytes)
            .file_name(name.to_owned())
            .mime_str(mime)
            .unwrap();
        let url = self.url(&format!("/dispositivo/conversion/files/{slot}"));
        self.json(
            self.client
                .post(url)
                .multipart(Form::new().part("file", part)),
        )
        .await
    }
}
