//! `server/openapi.json` is written by hand; these tests fail when it and
//! the server drift apart. Every answer of every test is checked against it
//! by the harness ([`crate::contract::check`]); here, the document itself
//! (valid OpenAPI 3.1, served as written), the check (it refuses what the
//! document does not describe), plain requests to every operation
//! (anonymous, and the reads of a logged-in citizen and operator) and the
//! files with their types. What is routed: [`crate::routing`].

use std::collections::BTreeSet;

use reqwest::{Client, Method, StatusCode};
use serde_json::{json, Value};

use crate::contract::{check, expect, openapi, ops, report, resolve, unrouted, Recorded};
use crate::fixtures::{document, jpeg, png};
use crate::harness::{new_client, TestApp, OPERATOR_PASSWORD};

/// The app's client as a citizen at L1 (past first access) with a
/// conversion draft, and as the back-office operator "operatore" at once:
/// the tests that drive every operation read with it.
pub async fn everyone_logged_in(app: &TestApp) {
    app.l1().await;
    let (s, b) = app
        .post("/dispositivo/conversion", json!({"document": document()}))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let (s, b) = app
        .operator_login(&app.client, "operatore", OPERATOR_PASSWORD)
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let (s, b) = app
        .post(
            "/sim/trainer/session",
            json!({"username": "formatore", "password": OPERATOR_PASSWORD}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
}

fn collect_refs<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                match (k.as_str(), x) {
                    ("$ref", Value::String(r)) => out.push(r),
                    _ => collect_refs(x, out),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| collect_refs(x, out)),
        _ => {}
    }
}

/// Every `$ref` resolves (local JSON pointers).
pub fn dangling_refs(doc: &Value) -> Vec<String> {
    let mut refs = Vec::new();
    collect_refs(doc, &mut refs);
    refs.into_iter()
        .filter(|r| {
            let Some(pointer) = r.strip_prefix('#') else {
                return true;
            };
            let pointer = pointer.replace("~1", "/").replace("~0", "~");
            doc.pointer(&pointer).is_none()
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_document_is_openapi_3_1_and_every_ref_resolves() {
    let doc = openapi();
    let mut fails = Vec::new();
    let version = doc["openapi"].as_str().unwrap_or("");
    if !version.starts_with("3.1.") {
        fails.push(format!("openapi is {version:?}, not 3.1.x"));
    }
    for f in ["title", "version"] {
        if !doc["info"][f].is_string() {
            fails.push(format!("info.{f} missing"));
        }
    }
    for r in dangling_refs(doc) {
        fails.push(format!("$ref {r} does not resolve"));
    }
    let mut ids = BTreeSet::new();
    for op in ops(doc) {
        let at = format!("{} {}", op.method, op.template);
        let o = &doc["paths"][&op.template][op.method.as_str().to_ascii_lowercase()];
        match o["operationId"].as_str() {
            Some(id) if ids.insert(id.to_owned()) => {}
            Some(id) => fails.push(format!("{at}: operationId {id} used twice")),
            None => fails.push(format!("{at}: no operationId")),
        }
        let in_template: BTreeSet<&str> = op
            .template
            .split('/')
            .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
            .collect();
        let declared: BTreeSet<&str> = op.path_params().into_iter().collect();
        if in_template != declared {
            fails.push(format!(
                "{at}: path parameters {in_template:?}, declared {declared:?}"
            ));
        }
        let responses = o["responses"].as_object();
        let Some(responses) = responses.filter(|r| !r.is_empty()) else {
            fails.push(format!("{at}: no responses"));
            continue;
        };
        if !responses.keys().any(|s| s.starts_with('2')) {
            fails.push(format!("{at}: no success response"));
        }
        for (status, r) in responses {
            let r = resolve(doc, r);
            if !r["description"].is_string() {
                fails.push(format!("{at} {status}: no description"));
            }
            if status.starts_with('4') || status.starts_with('5') {
                let content = r["content"].as_object();
                let ok = content.is_some_and(|c| {
                    c.len() == 1
                        && c.get("application/json")
                            .is_some_and(|m| m["schema"]["$ref"] == "#/components/schemas/ApiError")
                });
                if !ok {
                    fails.push(format!("{at} {status}: not application/json ApiError"));
                }
            }
        }
    }
    let e = &doc["components"]["schemas"]["ApiError"];
    for f in ["code", "message", "fields", "retry_after_seconds"] {
        if e["properties"].get(f).is_none() {
            fails.push(format!("ApiError has no {f}"));
        }
    }
    if e["required"] != json!(["code", "message"]) {
        fails.push(format!("ApiError requires {}", e["required"]));
    }
    report("server/openapi.json", &fails);
}

/// An answer as the server could give it, for the check below.
fn answer(method: &str, path: &str, status: u16, media: Option<&str>, body: &str) -> Recorded {
    Recorded {
        method: method.to_owned(),
        path: path.to_owned(),
        status: StatusCode::from_u16(status).unwrap(),
        headers: Default::default(),
        media_type: media.map(str::to_owned),
        body: body.as_bytes().to_vec(),
    }
}

/// The harness's check is what makes the whole suite a test of the
/// document: it must refuse each way an answer can be undocumented.
#[test]
fn the_check_refuses_what_the_document_does_not_describe() {
    let json = Some("application/json");
    let wrong = r#"{"code": "INVALID_CREDENTIALS", "message": "Codice fiscale o PIN errati"}"#;
    let ok = [
        answer("GET", "/api/v1/health", 200, json, r#"{"status": "ok"}"#),
        answer("POST", "/api/v1/session", 401, json, wrong),
        answer("DELETE", "/api/v1/session", 204, None, ""),
        answer(
            "GET",
            "/api/v1/nope",
            404,
            json,
            r#"{"code": "NOT_FOUND", "message": "Risorsa"}"#,
        ),
        answer(
            "PUT",
            "/api/v1/session",
            405,
            json,
            r#"{"code": "METHOD_NOT_ALLOWED", "message": "Operazione"}"#,
        ),
        answer(
            "GET",
            "/richiedi-pin",
            200,
            Some("text/html"),
            "<!doctype html>",
        ),
    ];
    for rec in &ok {
        assert_eq!(check(rec, false), Ok(()), "{}", rec.what());
    }
    let refused = [
        // A status the operation does not document.
        answer(
            "GET",
            "/api/v1/health",
            500,
            json,
            r#"{"code": "INTERNAL", "message": "x"}"#,
        ),
        // A media type it does not document.
        answer("GET", "/api/v1/health", 200, Some("text/plain"), "ok"),
        // An error code the response's description does not name.
        answer(
            "POST",
            "/api/v1/session",
            401,
            json,
            r#"{"code": "PIN_LOCKED", "message": "x"}"#,
        ),
        // An error not in the ApiError shape.
        answer(
            "POST",
            "/api/v1/session",
            401,
            json,
            r#"{"error": "INVALID_CREDENTIALS"}"#,
        ),
        // An undocumented operation that answers.
        answer("PUT", "/api/v1/session", 200, json, "{}"),
        answer("GET", "/api/v1/nope", 200, json, "{}"),
        // With --no-sim the simulator's paths are not documented.
        answer(
            "GET",
            "/api/v1/sim/clock",
            200,
            json,
            r#"{"now": "2020-04-01T09:00:00Z"}"#,
        ),
    ];
    for (i, rec) in refused.iter().enumerate() {
        let no_sim = i == refused.len() - 1;
        assert!(check(rec, no_sim).is_err(), "accepted: {}", rec.what());
    }
}

#[tokio::test]
async fn openapi_lists_every_endpoint() {
    let app = TestApp::start().await;
    let (status, doc) = app.get("/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(doc["openapi"], "3.1.0");
    for path in [
        "/api/v1/health",
        "/api/v1/codice-fiscale/{code}",
        "/api/v1/places/provinces",
        "/api/v1/sim/clock",
        "/api/v1/sim/citizens",
        "/api/v1/sim/messages",
        "/api/v1/pin-requests",
        "/api/v1/session",
        "/api/v1/pin/first-access",
        "/api/v1/pin/change",
        "/api/v1/me",
        // The lifecycle.
        "/api/v1/pin/verify-contacts",
        "/api/v1/pin/verify-contacts/send",
        "/api/v1/pin/privacy",
        "/api/v1/privacy",
        "/api/v1/sim/privacy",
        "/api/v1/sim/phone-requests",
        "/api/v1/pin/restore",
        "/api/v1/pin/restore/confirm",
        "/api/v1/pin/revoke",
        "/api/v1/pin/revoke/confirm",
        "/api/v1/pin/activate",
        "/api/v1/pin/activate/confirm",
        "/api/v1/me/activity",
        "/api/v1/me/contacts",
        // Levels, services, PIN dispositivo, back office.
        "/api/v1/services",
        "/api/v1/services/estratto-conto",
        "/api/v1/services/certificati-medici",
        "/api/v1/services/pagamenti",
        "/api/v1/services/contacts",
        "/api/v1/services/preferences",
        "/api/v1/applications",
        "/api/v1/applications/{id}",
        "/api/v1/applications/{id}/receipt.pdf",
        "/api/v1/dispositivo/conversion",
        "/api/v1/dispositivo/conversion/module.pdf",
        "/api/v1/dispositivo/conversion/files/{slot}",
        "/api/v1/dispositivo/conversion/submit",
        "/api/v1/operator/session",
        "/api/v1/operator/conversions",
        "/api/v1/operator/conversions/{id}",
        "/api/v1/operator/conversions/{id}/files/{slot}",
        "/api/v1/operator/conversions/{id}/approve",
        "/api/v1/operator/conversions/{id}/reject",
    ] {
        assert!(doc["paths"].get(path).is_some(), "missing {path}");
    }
}

// ====================================================== plain requests

#[tokio::test]
async fn plain_requests_get_documented_answers_from_every_operation() {
    let app = TestApp::start().await;
    everyone_logged_in(&app).await;
    let anonymous = new_client();
    let mut fails = Vec::new();
    for op in ops(openapi()) {
        let url = op.url(&app.origin, None);
        let mut rb = anonymous.request(op.method.clone(), &url);
        if op.json_body {
            rb = rb.header("content-type", "application/json").body("{}");
        }
        match app.record(rb).await {
            Ok(rec) if unrouted(&rec) => fails.push(format!(
                "{} {url}: {} for an anonymous request: not routed?",
                op.method, rec.status
            )),
            rec => expect(rec, None, false, &mut fails),
        }
        if op.method == Method::GET {
            let rec = app.record(app.client.get(&url)).await;
            expect(rec, None, false, &mut fails);
        }
    }
    report("plain requests", &fails);
}

/// A documented GET of a file: its media type.
async fn file_type(app: &TestApp, client: &Client, path: &str) -> String {
    let rec: Recorded = app.send(client.get(app.url(path))).await;
    assert_eq!(rec.status, StatusCode::OK, "{path}");
    rec.media_type.unwrap_or_default()
}

#[tokio::test]
async fn files_are_served_with_their_documented_types() {
    let app = TestApp::start().await;
    everyone_logged_in(&app).await;
    let c = &app.client;
    let upload = |slot: &'static str, bytes: Vec<u8>| {
        app.upload(slot, bytes, "scan", "application/octet-stream")
    };
    let module = "/dispositivo/conversion/module.pdf";
    assert_eq!(file_type(&app, c, module).await, "application/pdf");
    let (s, b) = upload("module", png()).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let module_file = "/dispositivo/conversion/files/module";
    assert_eq!(file_type(&app, c, module_file).await, "image/png");
    let (s, b) = upload("document", jpeg()).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let document_file = "/dispositivo/conversion/files/document";
    assert_eq!(file_type(&app, c, document_file).await, "image/jpeg");
    let (_, _, pdf) = app.bytes(module).await;
    let (s, b) = upload("module", pdf).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(file_type(&app, c, module_file).await, "application/pdf");
    // An unknown slot, for uploads and downloads alike.
    let (s, b) = upload("passport", jpeg()).await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("NOT_FOUND"))
    );
    let (s, _) = app.get("/dispositivo/conversion/files/passport").await;
    assert_eq!(s, StatusCode::NOT_FOUND);

    let (s, b) = app.post("/dispositivo/conversion/submit", json!({})).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let id = b["id"].as_str().unwrap().to_owned();
    let (s, queue) = app.get("/operator/conversions").await;
    assert_eq!(s, StatusCode::OK);
    assert!(queue
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["conversion"]["id"] == id));
    let files = format!("/operator/conversions/{id}/files");
    let document = file_type(&app, c, &format!("{files}/document")).await;
    assert_eq!(document, "image/jpeg");
    let module = file_type(&app, c, &format!("{files}/module")).await;
    assert_eq!(module, "application/pdf");
    let (s, _) = app.get(&format!("{files}/passport")).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _) = app.get("/operator/conversions?status=nonsense").await;
    assert_eq!(s, StatusCode::BAD_REQUEST);

    let iban = "IT60X0542811101000000123456";
    let (s, b) = app
        .post(
            "/applications",
            json!({"kind": "indennita_covid_600", "data": {"category": "autonomi", "iban": iban}}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let receipt = format!("/applications/{}/receipt.pdf", b["id"].as_str().unwrap());
    assert_eq!(file_type(&app, c, &receipt).await, "application/pdf");
    let (s, _) = app.get("/applications/dom_none/receipt.pdf").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}
