//! Set-up shared by the integration tests: the real app spawned on a free
//! port with its own temporary SQLite database and cheap Argon2 parameters,
//! cookie-keeping clients, JSON requests, the simulator's outbox and a valid
//! PIN request for a registry citizen.

// Each test crate uses its own subset of these helpers.
#![allow(dead_code)]

use std::path::Path;

use reqwest::{Client, Response, StatusCode};
use serde_json::{json, Value};
use server::config::ServeConfig;

/// The contacts every test citizen declares in its PIN request.
pub const MOBILE: &str = "+393331234567";
pub const EMAIL: &str = "persona@example.it";

/// A configuration for a test server: the database at `db`, a free port on
/// the loopback, cheap Argon2 parameters and `seed_citizens` seeded citizens.
pub fn config(db: &Path, seed_citizens: usize) -> ServeConfig {
    let mut cfg = ServeConfig::with_database(format!("sqlite://{}", db.display()));
    cfg.listen = "127.0.0.1:0".parse().unwrap();
    cfg.argon2_memory_kib = 64;
    cfg.argon2_iterations = 1;
    cfg.seed_citizens = seed_citizens;
    cfg
}

/// Spawns the app; returns the address it listens on.
pub async fn spawn(cfg: ServeConfig) -> std::net::SocketAddr {
    let (addr, _task) = server::spawn(cfg).await.unwrap();
    addr
}

/// The base URL of the JSON API of a server at `addr`.
pub fn api_base(addr: std::net::SocketAddr) -> String {
    format!("http://{addr}/api/v1")
}

/// A client that keeps cookies, like a browser.
pub fn new_client() -> Client {
    Client::builder().cookie_store(true).build().unwrap()
}

/// The status and JSON body (`null` when there is none) of a response.
pub async fn answer(r: Response) -> (StatusCode, Value) {
    let status = r.status();
    (status, r.json().await.unwrap_or(Value::Null))
}

pub async fn get_json(client: &Client, url: String) -> (StatusCode, Value) {
    answer(client.get(url).send().await.unwrap()).await
}

pub async fn post_json(client: &Client, url: String, body: Value) -> (StatusCode, Value) {
    answer(client.post(url).json(&body).send().await.unwrap()).await
}

/// The simulator's messages to `recipient`, with the status of the answer.
pub async fn messages(client: &Client, base: &str, recipient: &str) -> (StatusCode, Vec<Value>) {
    let r = client
        .get(format!("{base}/sim/messages"))
        .query(&[("recipient", recipient)])
        .send()
        .await
        .unwrap();
    let status = r.status();
    (status, r.json().await.unwrap())
}

/// Creates a registry citizen through the simulator.
pub async fn citizen(client: &Client, base: &str, body: Value) -> Value {
    let (status, c) = post_json(client, format!("{base}/sim/citizens"), body).await;
    assert_eq!(status, StatusCode::CREATED, "{c}");
    c
}

/// A valid request matching the registry record of `c`, with the contacts
/// [`MOBILE`] and [`EMAIL`].
pub fn request_for(c: &Value) -> Value {
    json!({
        "codice_fiscale": c["codice_fiscale"],
        "residence_type": "italia",
        "personal": {
            "surname": c["surname"], "name": c["name"], "birth_date": c["birth_date"],
            "sex": c["sex"], "birthplace_code": c["birthplace_code"]
        },
        "residence": c["residence"],
        "contacts": {
            "home_phone": null, "mobile": MOBILE, "email": EMAIL,
            "pec": null, "preferred_phone": "mobile", "preferred_time": "09-13"
        }
    })
}
