//! Running a scenario's steps inside a world: each step a request
//! through the world's own router, with the cookie jars of the people in
//! it and the values saved from the answers.

use std::collections::HashMap;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, StatusCode};
use serde_json::{json, Map, Value};

use super::{Advance, Step, CUTOFF, UPLOAD_FIELD};
use crate::error::{AppError, AppResult};
use crate::worlds::scenarios::Scenario;
use crate::worlds::World;

/// One application of a scenario: the values saved and each jar's cookies.
pub(super) struct Run<'a> {
    pub(super) world: &'a World,
    scenario: &'static str,
    pub(super) vars: Map<String, Value>,
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
    pub(super) fn fail(&self, what: String) -> AppError {
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
}

/// A query value, percent-encoded.
pub(super) fn encode(s: &str) -> String {
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

/// `n` random digits (`{digits:N}` of a template, a multipart boundary).
pub(super) fn digits(n: usize) -> String {
    use rand::Rng;
    let mut rng = rand::rng();
    (0..n)
        .map(|_| char::from(b'0' + rng.random_range(0..10u8)))
        .collect()
}
