//! The sede's console: a PIN issued in person (whole, already dispositivo,
//! printed in a sealed envelope for the issuing operator only), the
//! document, exception and representative rules — also after the cut-off —
//! and the desk conversion of an ordinary PIN; each action in the
//! operators' audit and the citizen's "Le tue attività". Only `sede`
//! operators may act.
//!
//! One module per part of the console; the helpers they share here.

mod conversion;
mod in_person;
mod roles;

use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

use crate::fixtures::pdf_text;
use crate::harness::TestApp;

async fn sportello(app: &TestApp) -> Client {
    app.operator_as("sportello", "sede").await
}

/// An identity card valid from 2018 to 2028.
fn card() -> Value {
    json!({"kind": "carta_identita", "number": "AA1234567", "issuer": "Comune di Roma",
           "issued_on": "2018-01-10", "expires_on": "2028-01-10"})
}

fn issuance(cf: &str) -> Value {
    json!({"codice_fiscale": cf, "document": card(), "exception": null})
}

fn parent() -> Value {
    json!({"name": "Anna", "surname": "Bianchi", "codice_fiscale": "BNCNNA70A41H501P",
           "relation": "parent"})
}

/// Issues a PIN in person for `cf`: the 16 characters read back from the
/// envelope PDF.
async fn issue(app: &TestApp, op: &Client, body: Value) -> String {
    let (s, b) = app.post_as(op, "/operator/in-person-pins", body).await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    assert_eq!(b["state"], "dispositivo");
    let url = b["envelope_url"].as_str().unwrap();
    let path = url.strip_prefix("/api/v1").unwrap();
    let (s, ct, pdf) = app.bytes_as(op, path).await;
    assert_eq!((s, ct.as_str()), (StatusCode::OK, "application/pdf"));
    let text = pdf_text(&pdf);
    assert!(
        text.contains("PIN dispositivo rilasciato in sede"),
        "{text}"
    );
    let line = text
        .lines()
        .map(|l| l.trim())
        .find(|l| {
            let compact: String = l.chars().filter(|c| !c.is_whitespace()).collect();
            compact.len() == 16
                && l.split(' ').count() == 4
                && compact.chars().all(|c| c.is_ascii_alphanumeric())
        })
        .unwrap_or_else(|| panic!("no PIN in the envelope: {text}"));
    line.chars().filter(|c| !c.is_whitespace()).collect()
}

async fn audit_actions(app: &TestApp, op: &Client, cf: &str) -> Vec<Value> {
    let (s, b) = app
        .get_as(op, &format!("/operator/audit?codice_fiscale={cf}"))
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    b.as_array().unwrap().clone()
}
