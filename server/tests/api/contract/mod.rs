//! `server/openapi.json` as the contract of every answer: the harness passes
//! each response a test receives through [`check`], so that the whole suite
//! fails when the server says something the document does not describe.
//! Also the document's operations ([`ops`]) for the tests that drive every
//! one of them, and [`expect`] for those that collect all failures first.

mod check;
mod ops;
mod recorded;

use serde_json::Value;

pub use check::{check, expect, report, unrouted};
pub use ops::{fill_template, ops, Op};
pub use recorded::Recorded;

/// The document as written (the server embeds the same file).
pub const OPENAPI_JSON: &str = include_str!("../../../openapi.json");

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
