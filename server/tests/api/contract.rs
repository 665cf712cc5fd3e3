//! `server/openapi.json` as the contract of every answer: the harness passes
//! each response a test receives through [`check`], so that the whole suite
//! fails when the server says something the document does not describe.
//! Also the document's operations ([`ops`]) for the tests that drive every
//! one of them, and [`expect`] for those that collect all failures first.

use reqwest::header::HeaderMap;
use reqwest::{Method, Response, StatusCode};
use serde_json::Value;

/// The document as written (the server embeds the same file).
pub const OPENAPI_JSON: &str = include_str!("../../openapi.json");

/// Paths under this prefix exist only with the simulation enabled.
pub const SIM_PREFIX: &str = "/api/v1/sim/";

/// The methods an operation can have.
pub const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

/// `server/openapi.json`, parsed once.
pub fn openapi() -> &'static Value {
    static DOC: std::sync::LazyLock<Value> = std::sync::LazyLock::new(|| {
        serde_json::from_str(OPENAPI_JSON).expect("server/openapi.json is JSON")
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
    pub headers: HeaderMap,
    /// The `Content-Type` without parameters (`application/json`), if any.
    pub media_type: Option<String>,
    pub body: Vec<u8>,
}

impl Recorded {
    pub async fn read(method: &str, r: Response) -> Self {
        let path = r.url().path().to_owned();
        let status = r.status();
        let headers = r.headers().clone();
        let media_type = headers
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
            headers,
            media_type,
            body,
        }
    }

    /// The body as JSON, `null` when it is not.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }

    /// The body as text (lossy).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// A header as text; panics when it is missing.
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .unwrap_or_else(|| panic!("{}: no {name} header", self.what()))
            .to_str()
            .unwrap()
    }

    /// The full `Content-Type` (with parameters), empty when there is none.
    pub fn content_type(&self) -> String {
        self.headers
            .get(reqwest::header::CONTENT_TYPE)
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default()
    }

    pub fn what(&self) -> String {
        let text = self
            .media_type
            .as_deref()
            .is_some_and(|m| m.starts_with("text/") || m.ends_with("json"));
        let cut: String = if text {
            self.text().chars().take(200).collect()
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

/// `Ok` when the body of an error answer is an `ApiError`: an UPPER_SNAKE
/// `code`, a `message`, optional `fields` and `retry_after_seconds`.
fn api_error_code(rec: &Recorded) -> Result<String, String> {
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
    if shaped {
        Ok(code.to_owned())
    } else {
        Err(format!("{}: not in the ApiError shape", rec.what()))
    }
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
        let code = api_error_code(rec)?;
        let description = response["description"].as_str().unwrap_or("");
        if !names_code(description, &code) {
            return Err(format!(
                "{what}: code {code} is not named for {method} {template} {status} \
                 (description: {description:?})"
            ));
        }
    }
    Ok(())
}

/// Whether the operation `METHOD path` is in the document (as the server
/// serves it: without the `/sim/*` paths when `no_sim`).
pub fn is_documented(doc: &Value, method: &str, path: &str, no_sim: bool) -> bool {
    path_template(doc, path)
        .filter(|t| !(no_sim && t.starts_with(SIM_PREFIX)))
        .is_some_and(|t| doc["paths"][t].get(method.to_ascii_lowercase()).is_some())
}

/// The check every answer of the API goes through. A documented operation
/// answers as [`check_documented`] says; anything else under `/api/` is not
/// served at all: 404 `NOT_FOUND` or 405 `METHOD_NOT_ALLOWED`, in the
/// ApiError shape. What is outside `/api/` (the SPA) is not the API's.
pub fn check(rec: &Recorded, no_sim: bool) -> Result<(), String> {
    if !rec.path.starts_with("/api/") {
        return Ok(());
    }
    let doc = openapi();
    if is_documented(doc, &rec.method, &rec.path, no_sim) {
        return check_documented(doc, rec);
    }
    let code = api_error_code(rec)?;
    match (rec.status.as_u16(), code.as_str()) {
        (404, "NOT_FOUND") | (405, "METHOD_NOT_ALLOWED")
            if rec.media_type.as_deref() == Some("application/json") =>
        {
            Ok(())
        }
        _ => Err(format!(
            "{}: an operation that is not documented answers",
            rec.what()
        )),
    }
}

// ============================================================ the operations

/// One documented operation.
#[derive(Debug, Clone)]
pub struct Op {
    pub method: Method,
    pub template: String,
    /// (name, in) of its parameters, path-level ones included.
    pub params: Vec<(String, String)>,
    pub json_body: bool,
    pub multipart: bool,
    /// The statuses documented for it.
    pub statuses: Vec<u16>,
}

impl Op {
    pub fn changes_state(&self) -> bool {
        self.method != Method::GET
    }

    pub fn documents(&self, status: u16) -> bool {
        self.statuses.contains(&status)
    }

    pub fn query_params(&self) -> Vec<&str> {
        self.params_in("query")
    }

    pub fn path_params(&self) -> Vec<&str> {
        self.params_in("path")
    }

    fn params_in(&self, at: &str) -> Vec<&str> {
        self.params
            .iter()
            .filter(|(_, a)| a == at)
            .map(|(n, _)| n.as_str())
            .collect()
    }

    /// The URL with sample values, `replace` = (param, raw segment) aside.
    pub fn url(&self, origin: &str, replace: Option<(&str, &str)>) -> String {
        format!("{origin}{}", fill_template(&self.template, replace))
    }
}

/// `template` with a sample value in each `{param}`, `replace` = (param,
/// raw segment) aside.
pub fn fill_template(template: &str, replace: Option<(&str, &str)>) -> String {
    let path: Vec<String> = template
        .split('/')
        .map(
            |seg| match seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(p) => match replace {
                    Some((name, raw)) if name == p => raw.to_owned(),
                    _ => sample(p).to_owned(),
                },
                None => seg.to_owned(),
            },
        )
        .collect();
    path.join("/")
}

fn sample(param: &str) -> &'static str {
    match param {
        "code" => "RSSMRA80A01H501U",
        "sigla" => "RM",
        "slot" => "module",
        _ => "x1",
    }
}

/// The operations of `doc`.
pub fn ops(doc: &Value) -> Vec<Op> {
    let mut out = Vec::new();
    for (template, item) in doc["paths"].as_object().expect("paths") {
        let shared = item["parameters"].as_array().cloned().unwrap_or_default();
        for (m, op) in item.as_object().unwrap() {
            if !METHODS.contains(&m.as_str()) {
                continue;
            }
            let own = op["parameters"].as_array().cloned().unwrap_or_default();
            let params = shared
                .iter()
                .chain(&own)
                .map(|p| resolve(doc, p))
                .map(|p| {
                    (
                        p["name"].as_str().unwrap_or("").to_owned(),
                        p["in"].as_str().unwrap_or("").to_owned(),
                    )
                })
                .collect();
            let body = resolve(doc, &op["requestBody"]);
            let content = body["content"].as_object();
            let statuses = op["responses"]
                .as_object()
                .map(|r| r.keys().filter_map(|s| s.parse().ok()).collect())
                .unwrap_or_default();
            out.push(Op {
                method: Method::from_bytes(m.to_ascii_uppercase().as_bytes()).unwrap(),
                template: template.clone(),
                params,
                json_body: content.is_some_and(|c| c.contains_key("application/json")),
                multipart: content.is_some_and(|c| c.contains_key("multipart/form-data")),
                statuses,
            });
        }
    }
    out
}

/// Checks `rec` against the document, and against the status and code
/// expected; failures are collected in `fails`.
pub fn expect(
    rec: Result<Recorded, String>,
    want: Option<(u16, &str)>,
    no_sim: bool,
    fails: &mut Vec<String>,
) {
    let rec = match rec {
        Ok(r) => r,
        Err(e) => {
            fails.push(e);
            return;
        }
    };
    if let Err(e) = check(&rec, no_sim) {
        fails.push(e);
    }
    if let Some((status, code)) = want {
        let got = rec.json();
        let got_code = got["code"].as_str().unwrap_or("");
        if rec.status.as_u16() != status || got_code != code {
            fails.push(format!(
                "{} {}: expected {status} {code}, got {} {got_code} {:?}",
                rec.method, rec.path, rec.status, rec.media_type
            ));
        }
    }
}

/// Fails with every problem found.
pub fn report(what: &str, fails: &[String]) {
    assert!(
        fails.is_empty(),
        "{what}: {} problem(s)\n  {}",
        fails.len(),
        fails.join("\n  ")
    );
}
