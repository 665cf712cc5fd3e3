//! The OpenAPI 3.1 description of the API, hand-written beside the code
//! (`server/openapi.json`; the integration tests check every answer they
//! get against it and compare its operations with the routed ones, see
//! `server/tests/api/contract.rs` and `routing.rs`). Served as written, except that with `--no-sim` the simulation
//! control paths (`/api/v1/sim/*`) are left out, together with the schemas
//! only they use. Both variants are built once, on first request.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use axum::extract::State;
use axum::http::header::CONTENT_TYPE;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use serde_json::Value;

use crate::state::AppState;

pub const OPENAPI_JSON: &str = include_str!("../../openapi.json");

/// Paths under this prefix exist only with the simulation enabled.
pub const SIM_PREFIX: &str = "/api/v1/sim/";

static WITHOUT_SIM: LazyLock<String> = LazyLock::new(|| {
    let mut doc: Value = serde_json::from_str(OPENAPI_JSON).expect("server/openapi.json is JSON");
    without_sim(&mut doc);
    doc.to_string()
});

pub fn router() -> Router<AppState> {
    Router::new().route("/openapi.json", get(openapi))
}

async fn openapi(State(st): State<AppState>) -> impl IntoResponse {
    let body: &'static str = if st.settings.sim_enabled {
        OPENAPI_JSON
    } else {
        WITHOUT_SIM.as_str()
    };
    ([(CONTENT_TYPE, "application/json")], body)
}

/// Removes the `/api/v1/sim/*` paths, then every component schema that no
/// remaining path reaches (directly or through other schemas).
pub fn without_sim(doc: &mut Value) {
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        paths.retain(|path, _| !path.starts_with(SIM_PREFIX));
    }
    let Some(components) = doc.get("components").cloned() else {
        return;
    };
    let mut reached = BTreeSet::new();
    let mut todo = Vec::new();
    let mut outside = doc.clone();
    if let Some(o) = outside.as_object_mut() {
        o.remove("components");
    }
    refs(&outside, &mut todo);
    // Shared responses, parameters... are kept whole; what they name counts.
    if let Some(c) = components.as_object() {
        for (kind, items) in c {
            if kind != "schemas" {
                refs(items, &mut todo);
            }
        }
    }
    while let Some(r) = todo.pop() {
        let Some(name) = r.strip_prefix("#/components/schemas/") else {
            continue;
        };
        if reached.insert(name.to_owned()) {
            if let Some(schema) = components.pointer(&format!("/schemas/{name}")) {
                refs(schema, &mut todo);
            }
        }
    }
    if let Some(schemas) = doc
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    {
        schemas.retain(|name, _| reached.contains(name));
    }
}

/// Every `$ref` string in `v`.
fn refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                match (k.as_str(), x) {
                    ("$ref", Value::String(r)) => out.push(r.clone()),
                    _ => refs(x, out),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| refs(x, out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_sim_drops_sim_paths_and_the_schemas_only_they_use() {
        let full: Value = serde_json::from_str(OPENAPI_JSON).unwrap();
        let mut doc = full.clone();
        without_sim(&mut doc);
        let paths = doc["paths"].as_object().unwrap();
        assert!(paths.keys().all(|p| !p.starts_with(SIM_PREFIX)));
        let kept = full["paths"]
            .as_object()
            .unwrap()
            .keys()
            .filter(|p| !p.starts_with(SIM_PREFIX))
            .count();
        assert_eq!(paths.len(), kept);
        let schemas = doc["components"]["schemas"].as_object().unwrap();
        assert!(schemas.contains_key("ApiError"));
        assert!(schemas.contains_key("PinRequest"));
        assert!(!schemas.contains_key("SimStatus"));
        assert!(!schemas.contains_key("ClockUpdate"));
    }
}
