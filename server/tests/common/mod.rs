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

// ------------------------------------------------------------------ OpenAPI
//
// `server/openapi.json` as a contract for the answers themselves: any test
// can pass a response through [`documented`] (instead of [`answer`]) to
// fail when the server says something the document does not describe.

/// `server/openapi.json` (the document the server embeds), parsed once.
pub fn openapi() -> &'static Value {
    static DOC: std::sync::LazyLock<Value> = std::sync::LazyLock::new(|| {
        serde_json::from_str(server::routes::openapi::OPENAPI_JSON)
            .expect("server/openapi.json is JSON")
    });
    &DOC
}

/// Follows a local `$ref` (`#/components/...`), repeatedly; `v` itself when
/// it is not a reference (or one that does not resolve).
pub fn resolve<'a>(doc: &'a Value, mut v: &'a Value) -> &'a Value {
    for _ in 0..16 {
        match v.get("$ref").and_then(Value::as_str) {
            Some(r) => match r.strip_prefix('#').and_then(|p| doc.pointer(p)) {
                Some(target) => v = target,
                None => return v,
            },
            None => return v,
        }
    }
    v
}

/// The documented path template that a concrete request path (as sent,
/// percent-encoded, without the query) falls under: literal segments must
/// be equal, a `{param}` segment takes any non-empty segment. Like the
/// router, the template with more literal segments wins.
pub fn path_template<'a>(doc: &'a Value, path: &str) -> Option<&'a str> {
    let segments: Vec<&str> = path.split('/').collect();
    let paths = doc["paths"].as_object()?;
    paths
        .keys()
        .filter_map(|template| {
            let t: Vec<&str> = template.split('/').collect();
            if t.len() != segments.len() {
                return None;
            }
            let mut literal = 0;
            for (t, s) in t.iter().zip(&segments) {
                if t.starts_with('{') && t.ends_with('}') {
                    if s.is_empty() {
                        return None;
                    }
                } else if t == s {
                    literal += 1;
                } else {
                    return None;
                }
            }
            Some((literal, template.as_str()))
        })
        .max_by_key(|(literal, _)| *literal)
        .map(|(_, t)| t)
}

/// One answer of the server, kept whole to be checked against the document.
#[derive(Debug, Clone)]
pub struct Recorded {
    /// Upper case: `GET`, `POST`...
    pub method: String,
    /// As sent, percent-encoded, without the query.
    pub path: String,
    pub status: StatusCode,
    /// The `Content-Type` without parameters (`application/json`), if any.
    pub media_type: Option<String>,
    pub body: Vec<u8>,
}

impl Recorded {
    pub async fn read(method: &str, r: Response) -> Self {
        let path = r.url().path().to_owned();
        let status = r.status();
        let media_type = r
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(|v| {
                v.split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase()
            });
        let body = r.bytes().await.map(|b| b.to_vec()).unwrap_or_default();
        Recorded {
            method: method.to_ascii_uppercase(),
            path,
            status,
            media_type,
            body,
        }
    }

    /// The body as JSON, `null` when it is not.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }

    fn what(&self) -> String {
        let text = self
            .media_type
            .as_deref()
            .is_some_and(|m| m.starts_with("text/") || m.ends_with("json"));
        let cut: String = if text {
            String::from_utf8_lossy(&self.body)
                .chars()
                .take(200)
                .collect()
        } else {
            format!("<{} bytes>", self.body.len())
        };
        format!(
            "{} {} → {} {:?} {cut}",
            self.method, self.path, self.status, self.media_type
        )
    }
}

/// Whether `text` names `code` as a whole UPPER_SNAKE word.
pub fn names_code(text: &str, code: &str) -> bool {
    text.split(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
        .any(|w| w == code)
}

/// `Ok` when `doc` describes the answer: its operation exists, its status
/// is documented for it with its media type (none for a response documented
/// without content), and an error answer is an `ApiError` whose `code` the
/// response's description names.
pub fn check_documented(doc: &Value, rec: &Recorded) -> Result<(), String> {
    let what = rec.what();
    let template =
        path_template(doc, &rec.path).ok_or_else(|| format!("{what}: no documented path"))?;
    let method = rec.method.to_ascii_lowercase();
    let op = doc["paths"][template]
        .get(&method)
        .ok_or_else(|| format!("{what}: {method} {template} is not documented"))?;
    let status = rec.status.as_u16().to_string();
    let response = op["responses"]
        .get(&status)
        .map(|r| resolve(doc, r))
        .ok_or_else(|| {
            format!("{what}: status {status} is not documented for {method} {template}")
        })?;
    let content = response.get("content").and_then(Value::as_object);
    let media = match (content, rec.media_type.as_deref()) {
        (None, None) => return Ok(()),
        (None, Some(_)) if rec.body.is_empty() => return Ok(()),
        (None, Some(m)) => {
            return Err(format!(
                "{what}: {method} {template} {status} is documented without content, got {m}"
            ))
        }
        (Some(_), None) => return Err(format!("{what}: no Content-Type, documented {content:?}")),
        (Some(c), Some(m)) => c.get(m).ok_or_else(|| {
            format!(
                "{what}: {m} is not documented for {method} {template} {status} (documented: {:?})",
                c.keys().collect::<Vec<_>>()
            )
        })?,
    };
    if rec.status.is_client_error() || rec.status.is_server_error() {
        let schema = media.get("schema").and_then(|s| s.get("$ref"));
        if schema.and_then(Value::as_str) != Some("#/components/schemas/ApiError") {
            return Err(format!(
                "{what}: an error documented without the ApiError schema"
            ));
        }
        let body = rec.json();
        let code = body["code"].as_str().unwrap_or("");
        let shaped = !code.is_empty()
            && code
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
            && body["message"].as_str().is_some_and(|m| !m.is_empty())
            && body.get("fields").is_none_or(Value::is_array)
            && body
                .get("retry_after_seconds")
                .is_none_or(|s| s.is_i64() || s.is_u64());
        if !shaped {
            return Err(format!("{what}: not in the ApiError shape"));
        }
        let description = response["description"].as_str().unwrap_or("");
        if !names_code(description, code) {
            return Err(format!(
                "{what}: code {code} is not named for {method} {template} {status} \
                 (description: {description:?})"
            ));
        }
    }
    Ok(())
}

/// Like [`answer`], after checking that `server/openapi.json` documents the
/// answer to `method` (panics otherwise).
pub async fn documented(method: &str, r: Response) -> (StatusCode, Value) {
    let rec = Recorded::read(method, r).await;
    if let Err(e) = check_documented(openapi(), &rec) {
        panic!("undocumented answer: {e}");
    }
    (rec.status, rec.json())
}
