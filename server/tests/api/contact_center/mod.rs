//! Operator roles and the contact center's console: each role reaches only
//! its own endpoints (citizens and strangers none), a PIN request filed by
//! phone, the callback queue and its outcomes, half 1 resent after 12 hours
//! within a limit — each action in the operators' audit and, where the
//! citizen would be told, in "Le tue attività".
//!
//! One module per part of the console; the helpers they share here.

mod audit;
mod callbacks;
mod contacts;
mod phone_request;
mod resend;
mod roles;

use reqwest::{Client, Method, StatusCode};
use serde_json::{json, Value};

use crate::fixtures::request_for;
use crate::harness::TestApp;

async fn contact_center(app: &TestApp) -> Client {
    app.operator_as("contactcenter", "contact_center").await
}

/// Sends `method path body` with `client`: (status, body).
async fn call(
    app: &TestApp,
    client: &Client,
    method: Method,
    path: &str,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let mut rb = client.request(method, app.url(path));
    if let Some(b) = body {
        rb = rb.json(&b);
    }
    let rec = app.send(rb).await;
    (rec.status, rec.json())
}

/// The audit lines of `cf` as (operator, action), newest first.
async fn audit_of(app: &TestApp, op: &Client, cf: &str) -> Vec<(String, String, Value)> {
    let (s, b) = app
        .get_as(op, &format!("/operator/audit?codice_fiscale={cf}"))
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    b.as_array()
        .unwrap()
        .iter()
        .map(|l| {
            assert_eq!(l["codice_fiscale"], cf);
            (
                l["operator"].as_str().unwrap().to_owned(),
                l["action"].as_str().unwrap().to_owned(),
                l.clone(),
            )
        })
        .collect()
}

/// A request for `c` whose residence does not match the registry, with a
/// preferred phone and slot for the callback.
fn mismatched_request(c: &Value) -> Value {
    let mut req = request_for(c);
    req["residence"]["civic"] = json!("999B");
    req["contacts"]["preferred_time"] = json!("13-18");
    req
}
