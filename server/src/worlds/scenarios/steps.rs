//! The interpreter of scenario steps. Each step is one JSON object:
//!
//! - `{"let": {"mobile": "+39333{digits:7}"}}` — values for later steps;
//! - `{"call": "POST /api/v1/pin-requests", "body": {...}, "as": "citizen",
//!   "expect": 201, "repeat": 10, "save": {"request": "/request_id"}}` — a
//!   JSON request inside the world; `as` names a cookie jar (the citizen's
//!   browser, an operator's console: each keeps its own sessions);
//!   `expect` a status or a list (default: any 2xx); `save` JSON pointers
//!   into the answer (`""`: all of it);
//! - `{"upload": "/api/v1/dispositivo/conversion/files/module", "as": …,
//!   "file": "GET /api/v1/dispositivo/conversion/module.pdf" | "scan.jpg"}`
//!   — a multipart upload of a file fetched in the same session (the MV35
//!   the citizen printed, signed and scanned) or of a scanned image;
//! - `{"message": "{mobile}", "containing": "prima parte", "save": {...}}` —
//!   the newest message in that inbox (`GET /sim/messages`) whose subject or
//!   body contains the text and that carries a secret;
//! - `{"advance": 3600}` or `{"advance": "post"}` (until a letter posted now
//!   has arrived) — the world's clock, through `POST /sim/clock`;
//! - `{"clock_at_least": "2020-10-02T09:00:00Z"}` — the clock set forward
//!   to that instant if it is earlier (`"the_day_after_the_cutoff"`: the
//!   day after the server's issuance cut-off, 08:00 UTC);
//! - `{"include": "first_access"}` — a shared run of steps.
//!
//! Strings are templates: `"{name}"` alone is replaced by the saved value
//! (any JSON), `{name}` inside a text by its text; `{name/pointer}` reads
//! into a saved object; `{digits:N}` is N random digits, `{today}` the
//! world's date. Values are kept in memory for the run only; what a person
//! holds is answered to the caller, never logged.

use std::collections::HashMap;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, StatusCode};
use rand::Rng;
use serde_json::{json, Map, Value};

use super::{Scenario, World};
use crate::error::{AppError, AppResult};

/// `clock_at_least` the day after the issuance cut-off (08:00 UTC).
const CUTOFF: &str = "the_day_after_the_cutoff";

/// The file field of an upload.
const UPLOAD_FIELD: &str = "file";

#[derive(Debug, Clone)]
pub enum Advance {
    Seconds(i64),
    /// Until a letter posted now has been delivered.
    Post,
}

#[derive(Debug, Clone)]
pub enum Step {
    Let(Map<String, Value>),
    Call {
        method: String,
        path: String,
        body: Option<Value>,
        jar: Option<String>,
        expect: Vec<u16>,
        repeat: u32,
        save: Vec<(String, String)>,
    },
    Upload {
        path: String,
        jar: Option<String>,
        file: String,
        save: Vec<(String, String)>,
    },
    Message {
        to: String,
        containing: String,
        save: Vec<(String, String)>,
    },
    Advance(Advance),
    ClockAtLeast(String),
}

/// The steps of a file, includes expanded.
pub fn parse(raw: &[Value], includes: &HashMap<&str, Vec<Value>>) -> Result<Vec<Step>, String> {
    let mut out = Vec::new();
    for (i, v) in raw.iter().enumerate() {
        let o = v
            .as_object()
            .ok_or_else(|| format!("step {i} is not an object"))?;
        let text = |k: &str| o.get(k).and_then(Value::as_str).map(str::to_owned);
        let jar = text("as");
        let save = match o.get("save") {
            None => Vec::new(),
            Some(Value::Object(m)) => m
                .iter()
                .map(|(k, p)| {
                    p.as_str()
                        .map(|p| (k.clone(), p.to_owned()))
                        .ok_or_else(|| format!("step {i}: save.{k} is not a pointer"))
                })
                .collect::<Result<_, _>>()?,
            Some(_) => return Err(format!("step {i}: save is not an object")),
        };
        let step = if let Some(name) = text("include") {
            let inner = includes
                .get(name.as_str())
                .ok_or_else(|| format!("step {i}: no steps/{name}.json"))?;
            out.extend(parse(inner, includes).map_err(|e| format!("steps/{name}.json: {e}"))?);
            continue;
        } else if let Some(Value::Object(m)) = o.get("let") {
            Step::Let(m.clone())
        } else if let Some(call) = text("call") {
            let (method, path) = call
                .split_once(' ')
                .ok_or_else(|| format!("step {i}: call is \"METHOD /path\""))?;
            let expect = match o.get("expect") {
                None => Vec::new(),
                Some(Value::Number(n)) => vec![n.as_u64().unwrap_or(0) as u16],
                Some(Value::Array(a)) => a
                    .iter()
                    .filter_map(Value::as_u64)
                    .map(|n| n as u16)
                    .collect(),
                Some(_) => return Err(format!("step {i}: expect is a status or a list")),
            };
            Step::Call {
                method: method.to_owned(),
                path: path.to_owned(),
                body: o.get("body").cloned(),
                jar,
                expect,
                repeat: o.get("repeat").and_then(Value::as_u64).unwrap_or(1) as u32,
                save,
            }
        } else if let Some(path) = text("upload") {
            Step::Upload {
                path,
                jar,
                file: text("file").ok_or_else(|| format!("step {i}: upload without file"))?,
                save,
            }
        } else if let Some(to) = text("message") {
            Step::Message {
                to,
                containing: text("containing").unwrap_or_default(),
                save,
            }
        } else if let Some(a) = o.get("advance") {
            match a {
                Value::Number(n) => Step::Advance(Advance::Seconds(
                    n.as_i64().ok_or_else(|| format!("step {i}: advance"))?,
                )),
                Value::String(s) if s == "post" => Step::Advance(Advance::Post),
                _ => return Err(format!("step {i}: advance is seconds or \"post\"")),
            }
        } else if let Some(at) = text("clock_at_least") {
            if at != CUTOFF {
                at.parse::<chrono::DateTime<chrono::Utc>>()
                    .map_err(|e| format!("step {i}: clock_at_least: {e}"))?;
            }
            Step::ClockAtLeast(at)
        } else {
            return Err(format!("step {i}: unknown step {v}"));
        };
        out.push(step);
    }
    Ok(out)
}

/// The steps in words, for the doc.
pub fn describe(steps: &[Step]) -> String {
    let mut parts: Vec<String> = Vec::new();
    for s in steps {
        parts.push(match s {
            Step::Let(_) => continue,
            Step::Call {
                method,
                path,
                repeat,
                jar,
                ..
            } => {
                let who = jar
                    .as_deref()
                    .map(|j| format!(" ({j})"))
                    .unwrap_or_default();
                let times = if *repeat > 1 {
                    format!(" ×{repeat}")
                } else {
                    String::new()
                };
                format!("`{method} {path}`{who}{times}")
            }
            Step::Upload { path, .. } => format!("upload to `{path}`"),
            Step::Message { to, containing, .. } => {
                format!("read the inbox of `{to}` (\"{containing}\")")
            }
            Step::Advance(Advance::Seconds(s)) => format!("clock +{}", duration_words(*s)),
            Step::Advance(Advance::Post) => "clock + the post delay".into(),
            Step::ClockAtLeast(at) => format!("clock at least {at}"),
        });
    }
    parts.join(" → ")
}

fn duration_words(s: i64) -> String {
    match s {
        s if s % 86_400 == 0 => format!("{} days", s / 86_400),
        s if s % 3_600 == 0 => format!("{} h", s / 3_600),
        s => format!("{s} s"),
    }
}

/// One application of a scenario: the values saved and each jar's cookies.
struct Run<'a> {
    world: &'a World,
    scenario: &'static str,
    vars: Map<String, Value>,
    jars: HashMap<String, Vec<(String, String)>>,
}

/// Applies `scenario` to `world`: the citizen as `POST /sim/citizens`
/// answered, plus `pin_state` (the credential's state as the system
/// records it, `null` without a PIN) and `holds`.
pub async fn run(world: &World, scenario: &'static Scenario) -> AppResult<Value> {
    let mut run = Run {
        world,
        scenario: scenario.name,
        vars: Map::new(),
        jars: HashMap::new(),
    };
    let post = post_seconds(world);
    let rewind: i64 = scenario
        .steps
        .iter()
        .map(|s| match s {
            Step::Advance(Advance::Seconds(n)) => *n,
            Step::Advance(Advance::Post) => post,
            _ => 0,
        })
        .sum();
    let start = run.now().await?;
    if rewind > 0 {
        run.set_clock(start - chrono::TimeDelta::seconds(rewind))
            .await?;
    }
    for (i, step) in scenario.steps.iter().enumerate() {
        if let Err(e) = run.step(i, step).await {
            // A world's date never stays in the past of a failed scenario.
            if rewind > 0 && run.now().await.is_ok_and(|now| now < start) {
                let _ = run.set_clock(start).await;
            }
            return Err(e);
        }
    }
    let holds = run.subst(&scenario.holds)?;
    let mut citizen = run
        .vars
        .get(scenario.citizen)
        .and_then(Value::as_object)
        .cloned()
        .ok_or_else(|| run.fail(format!("no citizen saved as {}", scenario.citizen)))?;
    let cf = citizen
        .get("codice_fiscale")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let pin_state = match world.state.store.live_credential(&cf).await? {
        Some(c) => serde_json::to_value(c.state).map_err(AppError::internal)?,
        None => Value::Null,
    };
    citizen.insert("pin_state".into(), pin_state);
    citizen.insert("holds".into(), holds);
    Ok(Value::Object(citizen))
}

/// Simulated seconds until a letter posted now is in the letterbox.
fn post_seconds(world: &World) -> i64 {
    world.state.settings.post_delay_days * 86_400 + 3_600
}

impl Run<'_> {
    fn fail(&self, what: String) -> AppError {
        AppError::internal(format!("scenario {}: {what}", self.scenario))
    }

    async fn step(&mut self, i: usize, step: &Step) -> AppResult<()> {
        match step {
            Step::Let(m) => {
                for (k, v) in m {
                    let v = self.subst(v)?;
                    self.vars.insert(k.clone(), v);
                }
            }
            Step::Call {
                method,
                path,
                body,
                jar,
                expect,
                repeat,
                save,
            } => {
                for _ in 0..*repeat {
                    let url = self.text(path)?;
                    let body = body.as_ref().map(|b| self.subst(b)).transpose()?;
                    let (status, bytes) = self
                        .send(
                            method,
                            &url,
                            body.map(|b| (b.to_string().into_bytes(), "application/json".into())),
                            jar.as_deref(),
                        )
                        .await?;
                    let answer = self.check(i, method, path, status, &bytes, expect)?;
                    self.save(save, &answer)?;
                }
            }
            Step::Upload {
                path,
                jar,
                file,
                save,
            } => {
                let (bytes, name, mime) = match file.split_once(' ') {
                    Some(("GET", from)) => {
                        let from = self.text(from)?;
                        let (status, bytes) = self.send("GET", &from, None, jar.as_deref()).await?;
                        self.check(i, "GET", &from, status, &[], &[])?;
                        (bytes, "modulo firmato.pdf", "application/pdf")
                    }
                    _ => (scanned_jpeg(), "scansione.jpg", "image/jpeg"),
                };
                let boundary = format!("scenario{}", digits(16));
                let mut body = format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{UPLOAD_FIELD}\"; \
                     filename=\"{name}\"\r\nContent-Type: {mime}\r\n\r\n"
                )
                .into_bytes();
                body.extend_from_slice(&bytes);
                body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
                let url = self.text(path)?;
                let kind = format!("multipart/form-data; boundary={boundary}");
                let (status, answer) = self
                    .send("POST", &url, Some((body, kind)), jar.as_deref())
                    .await?;
                let answer = self.check(i, "POST", path, status, &answer, &[])?;
                self.save(save, &answer)?;
            }
            Step::Message {
                to,
                containing,
                save,
            } => {
                let to = self.text(to)?;
                let url = format!("/api/v1/sim/messages?recipient={}", encode(&to));
                let (status, bytes) = self.send("GET", &url, None, None).await?;
                let inbox = self.check(i, "GET", "/api/v1/sim/messages", status, &bytes, &[])?;
                let found = inbox
                    .as_array()
                    .into_iter()
                    .flatten()
                    .find(|m| {
                        let has = |k: &str| {
                            m[k].as_str()
                                .is_some_and(|t| t.contains(containing.as_str()))
                        };
                        m["secret"].is_string() && (has("subject") || has("body"))
                    })
                    .cloned()
                    .ok_or_else(|| {
                        self.fail(format!("step {i}: no message containing {containing:?}"))
                    })?;
                self.save(save, &found)?;
            }
            Step::Advance(a) => {
                let seconds = match a {
                    Advance::Seconds(n) => *n,
                    Advance::Post => post_seconds(self.world),
                };
                let body = json!({"advance_seconds": seconds}).to_string().into_bytes();
                let (status, bytes) = self
                    .send(
                        "POST",
                        "/api/v1/sim/clock",
                        Some((body, "application/json".into())),
                        None,
                    )
                    .await?;
                self.check(i, "POST", "/api/v1/sim/clock", status, &bytes, &[])?;
            }
            Step::ClockAtLeast(at) => {
                let at: chrono::DateTime<chrono::Utc> = if at == CUTOFF {
                    let day = self.world.state.settings.cutoff_date + chrono::Days::new(1);
                    day.and_hms_opt(8, 0, 0).unwrap_or_default().and_utc()
                } else {
                    at.parse().map_err(AppError::internal)?
                };
                if self.now().await? < at {
                    self.set_clock(at).await?;
                }
            }
        }
        Ok(())
    }

    /// The answer as JSON when its status is the one expected; otherwise
    /// the scenario fails, naming the step, the status and the error code
    /// (never a body: it could carry a secret).
    fn check(
        &self,
        i: usize,
        method: &str,
        path: &str,
        status: StatusCode,
        bytes: &[u8],
        expect: &[u16],
    ) -> AppResult<Value> {
        let answer: Value = serde_json::from_slice(bytes).unwrap_or(Value::Null);
        let ok = if expect.is_empty() {
            status.is_success()
        } else {
            expect.contains(&status.as_u16())
        };
        if !ok {
            return Err(self.fail(format!(
                "step {i} ({method} {path}) answered {status} {}",
                answer["code"].as_str().unwrap_or("")
            )));
        }
        Ok(answer)
    }

    fn save(&mut self, save: &[(String, String)], answer: &Value) -> AppResult<()> {
        for (name, pointer) in save {
            let v = answer
                .pointer(pointer)
                .cloned()
                .ok_or_else(|| self.fail(format!("no {pointer} to save as {name}")))?;
            self.vars.insert(name.clone(), v);
        }
        Ok(())
    }

    async fn now(&mut self) -> AppResult<chrono::DateTime<chrono::Utc>> {
        let (status, bytes) = self.send("GET", "/api/v1/sim/clock", None, None).await?;
        let c = self.check(0, "GET", "/api/v1/sim/clock", status, &bytes, &[])?;
        c["now"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| self.fail("no clock".into()))
    }

    async fn set_clock(&mut self, at: chrono::DateTime<chrono::Utc>) -> AppResult<()> {
        let body = json!({"set": at}).to_string().into_bytes();
        let (status, bytes) = self
            .send(
                "POST",
                "/api/v1/sim/clock",
                Some((body, "application/json".into())),
                None,
            )
            .await?;
        self.check(0, "POST", "/api/v1/sim/clock", status, &bytes, &[])?;
        Ok(())
    }

    /// One request inside the world, with and into the cookies of `jar`.
    async fn send(
        &mut self,
        method: &str,
        path: &str,
        body: Option<(Vec<u8>, String)>,
        jar: Option<&str>,
    ) -> AppResult<(StatusCode, Vec<u8>)> {
        let mut req = Request::builder().method(method).uri(path);
        if let Some(cookies) = jar.and_then(|j| self.jars.get(j)) {
            let line = cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("; ");
            if !line.is_empty() {
                req = req.header(header::COOKIE, line);
            }
        }
        let req = match body {
            Some((bytes, kind)) => req
                .header(header::CONTENT_TYPE, kind)
                .body(Body::from(bytes)),
            None => req.body(Body::empty()),
        }
        .map_err(AppError::internal)?;
        let res = self.world.handle(req).await;
        let status = res.status();
        if let Some(j) = jar {
            let cookies = self.jars.entry(j.to_owned()).or_default();
            for v in res.headers().get_all(header::SET_COOKIE) {
                let Ok(v) = v.to_str() else { continue };
                let mut parts = v.split(';');
                let Some((name, value)) = parts.next().and_then(|p| p.trim().split_once('='))
                else {
                    continue;
                };
                let gone =
                    value.is_empty() || parts.any(|a| a.trim().eq_ignore_ascii_case("max-age=0"));
                cookies.retain(|(k, _)| k != name);
                if !gone {
                    cookies.push((name.to_owned(), value.to_owned()));
                }
            }
        }
        let bytes = axum::body::to_bytes(res.into_body(), usize::MAX)
            .await
            .map_err(AppError::internal)?;
        Ok((status, bytes.to_vec()))
    }

    /// A template as text.
    fn text(&self, s: &str) -> AppResult<String> {
        match self.subst(&Value::String(s.to_owned()))? {
            Value::String(t) => Ok(t),
            other => Ok(other.to_string()),
        }
    }

    fn subst(&self, v: &Value) -> AppResult<Value> {
        Ok(match v {
            Value::String(s) => self.subst_str(s)?,
            Value::Array(a) => {
                Value::Array(a.iter().map(|x| self.subst(x)).collect::<AppResult<_>>()?)
            }
            Value::Object(m) => Value::Object(
                m.iter()
                    .map(|(k, x)| Ok((k.clone(), self.subst(x)?)))
                    .collect::<AppResult<_>>()?,
            ),
            other => other.clone(),
        })
    }

    fn subst_str(&self, s: &str) -> AppResult<Value> {
        if let Some(inner) = s.strip_prefix('{').and_then(|r| r.strip_suffix('}')) {
            if !inner.contains(['{', '}']) {
                return self.value(inner);
            }
        }
        let mut out = String::new();
        let mut rest = s;
        while let Some(start) = rest.find('{') {
            out.push_str(&rest[..start]);
            let end = rest[start..]
                .find('}')
                .ok_or_else(|| self.fail(format!("unclosed {{ in {s:?}")))?;
            match self.value(&rest[start + 1..start + end])? {
                Value::String(t) => out.push_str(&t),
                other => out.push_str(&other.to_string()),
            }
            rest = &rest[start + end + 1..];
        }
        out.push_str(rest);
        Ok(Value::String(out))
    }

    fn value(&self, expr: &str) -> AppResult<Value> {
        if let Some(n) = expr.strip_prefix("digits:") {
            let n: usize = n.parse().map_err(|_| self.fail(format!("{{{expr}}}")))?;
            return Ok(Value::String(digits(n)));
        }
        if expr == "today" {
            return Ok(Value::String(
                self.world.state.clock.now().date_naive().to_string(),
            ));
        }
        let (name, pointer) = match expr.find('/') {
            Some(i) => (&expr[..i], &expr[i..]),
            None => (expr, ""),
        };
        self.vars
            .get(name)
            .and_then(|v| v.pointer(pointer))
            .cloned()
            .ok_or_else(|| self.fail(format!("no value {{{expr}}}")))
    }
}

fn digits(n: usize) -> String {
    let mut rng = rand::rng();
    (0..n)
        .map(|_| char::from(b'0' + rng.random_range(0..10u8)))
        .collect()
}

/// A query value, percent-encoded.
fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A scanned identity document as a scanner writes it: a JPEG (SOI, APP0
/// "JFIF", data, EOI).
fn scanned_jpeg() -> Vec<u8> {
    let mut b = vec![
        0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, b'J', b'F', b'I', b'F', 0x00, 0x01, 0x01, 0x00, 0x00,
        0x48, 0x00, 0x48, 0x00, 0x00,
    ];
    b.extend(std::iter::repeat_n(0x55, 2000));
    b.extend([0xFF, 0xD9]);
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn includes_expand_and_unknown_steps_are_refused() {
        let inc: HashMap<&str, Vec<Value>> = HashMap::from([(
            "two",
            vec![json!({"advance": 60}), json!({"advance": "post"})],
        )]);
        let steps = parse(
            &[
                json!({"include": "two"}),
                json!({"call": "GET /api/v1/me", "as": "c"}),
            ],
            &inc,
        )
        .unwrap();
        assert_eq!(steps.len(), 3);
        assert!(parse(&[json!({"jump": 1})], &inc).is_err());
        assert!(parse(&[json!({"include": "none"})], &inc).is_err());
        assert!(parse(&[json!({"call": "GET"})], &inc).is_err());
    }

    #[test]
    fn query_values_are_percent_encoded() {
        assert_eq!(encode("+39 333"), "%2B39%20333");
        assert_eq!(encode("a.b@c.it"), "a.b%40c.it");
    }
}
