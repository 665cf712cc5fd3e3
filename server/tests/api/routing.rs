//! What the server routes is what the document lists: every method of
//! every documented path and of every `.route("…")` call in `server/src` is
//! driven against the live server, and the operations it routes (anything
//! but 404 and 405) must be exactly the documented ones; with `--no-sim`
//! exactly those outside `/api/v1/sim/`, and the served document says so.

use std::collections::BTreeSet;
use std::path::Path;

use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::contract::{expect, fill_template, openapi, ops, report, unrouted, METHODS, SIM_PREFIX};
use crate::harness::{new_client, TestApp};
use crate::openapi::dangling_refs;

/// The paths of the `.route("…", …)` calls in `server/src/**/*.rs` (outside
/// `#[cfg(test)]` modules, `tests.rs` files and the `any(…)` fallbacks), as
/// served: under `/api/v1` unless written from `/api/` on. Read as text:
/// only the string literals, so moving routers between modules does not
/// matter.
fn route_literals() -> BTreeSet<String> {
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "rs") && !p.ends_with("tests.rs") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut paths = BTreeSet::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let code = text.split("#[cfg(test)]\nmod ").next().unwrap();
        for (at, _) in code.match_indices(".route(") {
            let rest = code[at + ".route(".len()..].trim_start();
            let Some(lit) = rest.strip_prefix('"') else {
                continue;
            };
            let Some(end) = lit.find('"') else { continue };
            let (path, after) = (&lit[..end], lit[end + 1..].trim_start());
            let after = after.trim_start_matches(',').trim_start();
            if path.contains("{*") || after.starts_with("any(") {
                continue;
            }
            paths.insert(if path.starts_with("/api/") {
                path.to_owned()
            } else {
                format!("/api/v1{path}")
            });
        }
    }
    paths
}

/// The (METHOD, path template) pairs among `templates` × every method that
/// the server at `app` routes: sent anonymously (a JSON `{}` body but for
/// GET), anything but 404 and 405 means routed. Every answer must be
/// documented as well (problems go to `fails`).
async fn routed(
    app: &TestApp,
    templates: &BTreeSet<String>,
    fails: &mut Vec<String>,
) -> BTreeSet<(String, String)> {
    let anonymous = new_client();
    let mut out = BTreeSet::new();
    for template in templates {
        let url = format!("{}{}", app.origin, fill_template(template, None));
        for m in METHODS {
            let method = Method::from_bytes(m.to_ascii_uppercase().as_bytes()).unwrap();
            let mut rb = anonymous.request(method.clone(), &url);
            if method != Method::GET {
                rb = rb.header("content-type", "application/json").body("{}");
            }
            let rec = app.record(rb).await;
            if let Ok(r) = &rec {
                if !unrouted(r) {
                    out.insert((method.to_string(), template.clone()));
                }
            }
            expect(rec, None, app.no_sim(), fails);
        }
    }
    out
}

/// The documented (METHOD, path template) pairs.
fn documented() -> BTreeSet<(String, String)> {
    ops(openapi())
        .into_iter()
        .map(|o| (o.method.to_string(), o.template))
        .collect()
}

/// Every path to probe: the route literals and the documented paths.
fn candidates(literals: &BTreeSet<String>) -> BTreeSet<String> {
    let doc_paths = openapi()["paths"].as_object().unwrap().keys().cloned();
    literals.iter().cloned().chain(doc_paths).collect()
}

#[tokio::test]
async fn every_route_of_the_router_is_documented_and_every_documented_operation_is_routed() {
    let literals = route_literals();
    assert!(
        literals.len() > 40,
        "only {} `.route(\"…\")` paths read from server/src: the reader is broken",
        literals.len()
    );
    let app = TestApp::start().await;
    let mut fails = Vec::new();
    let routed = routed(&app, &candidates(&literals), &mut fails).await;
    let documented = documented();
    for (m, p) in routed.difference(&documented) {
        fails.push(format!("{m} {p} is routed but not documented"));
    }
    for (m, p) in documented.difference(&routed) {
        fails.push(format!("{m} {p} is documented but not routed"));
    }
    // Each `.route("…")` of the code serves something where it was looked for.
    for lit in &literals {
        if !routed.iter().any(|(_, p)| p == lit) {
            fails.push(format!(
                "`.route(\"{lit}\")` in server/src answers no method at {lit}: nested under \
                 another prefix? (route_literals assumes /api/v1)"
            ));
        }
    }
    report("routes vs document", &fails);
}

#[tokio::test]
async fn without_sim_the_served_document_lists_no_sim_paths() {
    let full = TestApp::start().await;
    let bare = TestApp::start_with(|cfg| cfg.no_sim = true).await;
    let (s, served) = full.get("/openapi.json").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        &served,
        openapi(),
        "the default server serves openapi.json as written"
    );
    let rec = bare.send(bare.client.get(bare.url("/openapi.json"))).await;
    assert_eq!(rec.status, StatusCode::OK);
    assert_eq!(rec.media_type.as_deref(), Some("application/json"));
    let without: Value = rec.json();

    let paths = |d: &Value| -> BTreeSet<String> {
        d["paths"].as_object().unwrap().keys().cloned().collect()
    };
    let all = paths(openapi());
    let sim: BTreeSet<String> = all
        .iter()
        .filter(|p| p.starts_with(SIM_PREFIX))
        .cloned()
        .collect();
    assert!(
        sim.len() >= 5,
        "the default document lists the sim paths: {sim:?}"
    );
    let expected: BTreeSet<String> = all.difference(&sim).cloned().collect();
    assert_eq!(paths(&without), expected);
    assert!(paths(&without).iter().all(|p| !p.contains("/sim/")));
    assert_eq!(dangling_refs(&without), Vec::<String>::new());

    // The simulator's routes are not served; the rest is.
    assert_eq!(bare.get("/sim/clock").await.0, StatusCode::NOT_FOUND);
    assert_eq!(bare.get("/health").await.0, StatusCode::OK);
    let mut fails = Vec::new();
    let candidates = candidates(&route_literals());
    let with_sim = routed(&full, &candidates, &mut fails).await;
    let sim_routes: BTreeSet<(String, String)> = with_sim
        .iter()
        .filter(|(_, p)| p.starts_with(SIM_PREFIX))
        .cloned()
        .collect();
    let sim_routed: BTreeSet<String> = sim_routes.iter().map(|(_, p)| p.clone()).collect();
    assert_eq!(
        sim_routed, sim,
        "the simulation-only routes are the sim paths"
    );
    let expected: BTreeSet<(String, String)> = with_sim.difference(&sim_routes).cloned().collect();
    let without_sim = routed(&bare, &candidates, &mut fails).await;
    for (m, p) in without_sim.difference(&expected) {
        fails.push(format!("--no-sim {m} {p} is served"));
    }
    for (m, p) in expected.difference(&without_sim) {
        fails.push(format!("--no-sim {m} {p} is not served"));
    }
    report("--no-sim", &fails);
}
