//! The one test app: the real server spawned on a free loopback port with
//! its own temporary SQLite database and uploads directory, cheap Argon2 and
//! three seeded registry citizens (Mario Rossi first), optionally with a
//! configuration tweak. Its clients keep cookies, like a browser.
//!
//! Every request goes through [`TestApp::send`], which checks the answer
//! against `server/openapi.json` ([`contract::check`]) and panics when the
//! document does not describe it; the helpers below are built on it, so the
//! whole suite proves the document complete for everything it exercises.

use std::path::PathBuf;

use reqwest::multipart::{Form, Part};
use reqwest::{Client, RequestBuilder, StatusCode};
use serde_json::{json, Value};
use server::config::ServeConfig;

use crate::contract::{self, Recorded};
use crate::fixtures::{cf, request_for};

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

    // --------------------------------------------------- clock, simulator

    pub async fn advance(&self, seconds: i64) {
        let (s, b) = self
            .post("/sim/clock", json!({"advance_seconds": seconds}))
            .await;
        assert_eq!(s, StatusCode::OK, "{b}");
    }

    pub async fn advance_days(&self, days: i64) {
        self.advance(days * 86_400).await;
    }

    /// Sets the simulated clock; the answer (a refusal is not a panic).
    pub async fn set_clock(&self, iso: &str) -> (StatusCode, Value) {
        self.post("/sim/clock", json!({"set": iso})).await
    }

    /// A fresh registry citizen.
    pub async fn citizen(&self) -> Value {
        self.citizen_with(json!({})).await
    }

    /// A registry citizen with the given fields (the rest generated).
    pub async fn citizen_with(&self, body: Value) -> Value {
        let (status, c) = self.post("/sim/citizens", body).await;
        assert_eq!(status, StatusCode::CREATED, "{c}");
        c
    }

    /// The simulator's messages to `recipient`, newest first.
    pub async fn messages(&self, recipient: &str) -> Vec<Value> {
        let rb = self
            .client
            .get(self.url("/sim/messages"))
            .query(&[("recipient", recipient)]);
        let (status, msgs) = self.json(rb).await;
        assert_eq!(status, StatusCode::OK, "{msgs}");
        msgs.as_array().unwrap().clone()
    }

    /// The secret of the newest message to `recipient` whose subject or
    /// body contains `hint`.
    pub async fn secret(&self, recipient: &str, hint: &str) -> String {
        let msgs = self.messages(recipient).await;
        let m = msgs
            .iter()
            .find(|m| {
                m["secret"].is_string()
                    && (m["subject"].as_str().unwrap().contains(hint)
                        || m["body"].as_str().unwrap().contains(hint))
            })
            .unwrap_or_else(|| panic!("no message with {hint:?} to {recipient}: {msgs:?}"));
        m["secret"].as_str().unwrap().to_owned()
    }

    // ------------------------------------------------------------ citizens

    /// Requests a PIN for `c` online and returns (half 1 from the SMS, half
    /// 2 from the letter once delivered).
    pub async fn issue(&self, c: &Value) -> (String, String) {
        let (status, body) = self.post("/pin-requests", request_for(c)).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        assert_eq!(body["status"], "issued");
        let half1 = self.secret(MOBILE, "prima parte").await;
        (half1, self.letter_half(c).await)
    }

    /// As [`TestApp::issue`], the PIN filed by phone (half 1 read out in
    /// the Contact Center's call): it needs activation before use.
    pub async fn issue_by_phone(&self, c: &Value) -> (String, String) {
        let (status, body) = self.post("/sim/phone-requests", request_for(c)).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        let half1 = self.secret(MOBILE, "Contact Center").await;
        (half1, self.letter_half(c).await)
    }

    /// Half 2, from the letter to `c` once the post delay has passed.
    async fn letter_half(&self, c: &Value) -> String {
        self.advance_days(8).await;
        self.messages(cf(c)).await[0]["secret"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// A fresh registry citizen with a PIN issued: (CF, half 1, half 2).
    pub async fn issued(&self) -> (String, String, String) {
        let c = self.citizen().await;
        let (half1, half2) = self.issue(&c).await;
        (cf(&c).to_owned(), half1, half2)
    }

    pub async fn login(&self, cf: &str, pin: &str) -> (StatusCode, Value) {
        self.post("/session", json!({"codice_fiscale": cf, "pin": pin}))
            .await
    }

    /// Logs in with the app's client and returns the session cookie it was
    /// given (`name=value`).
    pub async fn login_cookie(&self, cf: &str, pin: &str) -> String {
        let rb = self
            .client
            .post(self.url("/session"))
            .json(&json!({"codice_fiscale": cf, "pin": pin}));
        let rec = self.send(rb).await;
        assert_eq!(rec.status, StatusCode::OK, "{}", rec.what());
        rec.header("set-cookie")
            .split(';')
            .next()
            .unwrap()
            .to_owned()
    }

    /// Request, first access: returns the 8-character PIN; the session is
    /// logged in and at the contacts step.
    pub async fn first_access(&self, c: &Value) -> String {
        let (h1, h2) = self.issue(c).await;
        let (status, body) = self.login(cf(c), &format!("{h1}{h2}")).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let (status, body) = self.post("/pin/first-access", json!({})).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["next"], "verify_contacts");
        body["new_pin"].as_str().unwrap().to_owned()
    }

    /// Verifies the contacts and accepts the privacy notice.
    pub async fn onboard(&self) {
        let sms = self.secret(MOBILE, "verifica").await;
        let mail = self.secret(EMAIL, "Verifica").await;
        let (status, body) = self
            .post(
                "/pin/verify-contacts",
                json!({"codes": {"mobile": sms, "email": mail}}),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let (_, privacy) = self.get("/privacy").await;
        let (status, body) = self
            .post("/pin/privacy", json!({"version": privacy["version"]}))
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["next"], "home");
    }

    /// A citizen with an active, onboarded PIN, logged in: (citizen, PIN).
    pub async fn ready(&self) -> (Value, String) {
        let c = self.citizen().await;
        let pin = self.first_access(&c).await;
        self.onboard().await;
        (c, pin)
    }

    /// Logged in with the first 8 characters only (L0): the CF.
    pub async fn l0(&self) -> String {
        let (cf, half1, _) = self.issued().await;
        let (s, b) = self.login(&cf, &half1).await;
        assert_eq!(s, StatusCode::OK, "{b}");
        assert_eq!(b["level"], "L0");
        cf
    }

    /// First access done: an ordinary PIN (L1) session; (CF, PIN).
    pub async fn l1(&self) -> (String, String) {
        let c = self.citizen().await;
        let pin = self.first_access(&c).await;
        (cf(&c).to_owned(), pin)
    }

    /// The (kind, channel) of each entry of "Le tue attività", newest first.
    pub async fn activity_kinds(&self) -> Vec<(String, Value)> {
        let (status, body) = self.get("/me/activity").await;
        assert_eq!(status, StatusCode::OK, "{body}");
        body.as_array()
            .unwrap()
            .iter()
            .map(|e| (e["kind"].as_str().unwrap().to_owned(), e["channel"].clone()))
            .collect()
    }

    // ----------------------------------------------------------- operators

    /// Logs `client` in as the operator `username`.
    pub async fn operator_login(
        &self,
        client: &Client,
        username: &str,
        password: &str,
    ) -> (StatusCode, Value) {
        self.post_as(
            client,
            "/operator/session",
            json!({"username": username, "password": password}),
        )
        .await
    }

    /// A new client logged in as the back-office operator "operatore".
    pub async fn operator(&self) -> Client {
        let op = new_client();
        let (s, b) = self
            .operator_login(&op, "operatore", OPERATOR_PASSWORD)
            .await;
        assert_eq!(s, StatusCode::OK, "{b}");
        assert_eq!(b["role"], "back_office");
        op
    }
}
