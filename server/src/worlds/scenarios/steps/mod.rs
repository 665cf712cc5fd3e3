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

use serde_json::{Map, Value};

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

mod run;
mod template;

pub use run::run;

#[cfg(test)]
mod tests {
    use super::run::encode;
    use super::*;
    use serde_json::json;

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
