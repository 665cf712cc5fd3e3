//! The callback queue and its outcomes: a corrected, a confirmed address, a
//! cancelled request.

use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

use super::{audit_of, contact_center, mismatched_request};
use crate::fixtures::{cf, field_codes, request_for};
use crate::harness::{TestApp, MOBILE};

/// A new citizen's PIN request whose residence does not match the
/// registry: the contact center's client, the citizen and the request id.
async fn mismatched_callback(app: &TestApp) -> (Client, Value, String) {
    let cc = contact_center(app).await;
    let c = app.citizen().await;
    let (_, b) = app.post("/pin-requests", mismatched_request(&c)).await;
    let id = b["request_id"].as_str().unwrap().to_owned();
    (cc, c, id)
}

/// The contact center records `body` as the outcome of request `id`'s
/// callback: the answer.
async fn outcome(app: &TestApp, cc: &Client, id: &str, body: Value) -> (StatusCode, Value) {
    let path = format!("/operator/callbacks/{id}/outcome");
    app.post_as(cc, &path, body).await
}

#[tokio::test]
async fn a_callback_with_a_corrected_address_posts_half_two_there() {
    let app = TestApp::start().await;
    let cc = contact_center(&app).await;
    let c = app.citizen().await;
    let (s, b) = app.post("/pin-requests", mismatched_request(&c)).await;
    assert_eq!(
        (s, b["status"].as_str()),
        (StatusCode::CREATED, Some("awaiting_verification"))
    );
    let id = b["request_id"].as_str().unwrap().to_owned();

    let (s, queue) = app.get_as(&cc, "/operator/callbacks").await;
    assert_eq!(s, StatusCode::OK, "{queue}");
    let item = queue
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == id.as_str())
        .expect("queued")
        .clone();
    assert_eq!(item["codice_fiscale"], cf(&c));
    assert_eq!(item["preferred_phone"], MOBILE);
    assert_eq!(item["preferred_time"], "13-18");
    assert_eq!(
        (item["attempts"].as_i64(), item["status"].as_str()),
        (Some(0), Some("open"))
    );
    assert_eq!(item["declared_residence"]["civic"], "999B");
    assert_eq!(item["registry_residence"], c["residence"]);

    // Nobody answers: counted, the phone shows the missed call.
    let path = format!("/operator/callbacks/{id}/outcome");
    let (s, b) = app
        .post_as(&cc, &path, json!({"outcome": "no_answer"}))
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(
        (b["attempts"].as_i64(), b["status"].as_str()),
        (Some(1), Some("open"))
    );
    let calls = app.messages(MOBILE).await;
    assert!(calls[0]["subject"]
        .as_str()
        .unwrap()
        .contains("Chiamata senza risposta"));
    // The letter is still held: no half 2 anywhere.
    assert!(app.messages(cf(&c)).await.is_empty());

    // Corrected: a residence that is not one is refused, then the letter
    // goes to the corrected one.
    let (s, b) = app
        .post_as(
            &cc,
            &path,
            json!({"outcome": "corrected", "residence": {"address": "Via Nuova"}}),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    let (s, b) = app
        .post_as(
            &cc,
            &path,
            json!({"outcome": "corrected", "residence": {"address": "Via Garibaldi",
                "civic": "7", "province": "RM", "comune": "Roma", "cap": "00153"}}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["status"], "corrected");
    assert_eq!(b["declared_residence"]["address"], "Via Garibaldi");
    let (s, b) = app
        .post_as(&cc, &path, json!({"outcome": "confirmed"}))
        .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::CONFLICT, Some("CALLBACK_CLOSED"))
    );
    let call = &app.messages(MOBILE).await[0];
    assert_eq!(call["channel"], "call");
    assert!(call["body"].as_str().unwrap().contains("VIA GARIBALDI 7"));

    app.advance_days(8).await;
    let letters = app.messages(cf(&c)).await;
    assert_eq!(letters.len(), 1, "one letter: {letters:?}");
    let body = letters[0]["body"].as_str().unwrap();
    assert!(body.contains("VIA GARIBALDI 7\n00153 ROMA (RM)"), "{body}");
    let half2 = letters[0]["secret"].as_str().unwrap();
    let half1 = app.secret(MOBILE, "prima parte").await;
    let (s, b) = app.login(cf(&c), &format!("{half1}{half2}")).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let cc = contact_center(&app).await;

    let audit = audit_of(&app, &cc, cf(&c)).await;
    let actions: Vec<&str> = audit.iter().map(|(_, a, _)| a.as_str()).collect();
    assert_eq!(actions, ["callback_outcome", "callback_outcome"]);
    assert!(audit[0].2["detail"].as_str().unwrap().contains("corretto"));
    assert!(audit[1].2["detail"]
        .as_str()
        .unwrap()
        .contains("senza risposta"));

    // The queue shows it closed, after the open ones.
    let (_, queue) = app.get_as(&cc, "/operator/callbacks").await;
    let item = queue
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == id.as_str())
        .unwrap()
        .clone();
    assert_eq!(item["status"], "corrected");
}

#[tokio::test]
async fn a_cancelled_callback_annuls_the_request_and_frees_the_codice_fiscale() {
    let app = TestApp::start().await;
    let (cc, c, id) = mismatched_callback(&app).await;
    let (s, b) = outcome(&app, &cc, &id, json!({"outcome": "cancelled"})).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["status"], "cancelled");
    let (s, b) = outcome(&app, &cc, &id, json!({"outcome": "sbagliato"})).await;
    assert_eq!(s, StatusCode::CONFLICT, "{b}");
    let (_, file) = app
        .get_as(&cc, &format!("/operator/citizens/{}", cf(&c)))
        .await;
    assert_eq!(file["pin"], Value::Null);
    assert_eq!(file["requests"][0]["status"], "cancelled");
    app.advance_days(8).await;
    assert!(app.messages(cf(&c)).await.is_empty(), "no letter");
    let (s, b) = app.post("/pin-requests", request_for(&c)).await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let cc = contact_center(&app).await;
    // An unknown outcome is refused and a closed callback stays closed.
    let (_, b) = app
        .post("/pin-requests", mismatched_request(&app.citizen().await))
        .await;
    let other = b["request_id"].as_str().unwrap().to_owned();
    let (s, b) = app
        .post_as(
            &cc,
            &format!("/operator/callbacks/{other}/outcome"),
            json!({"outcome": "forse"}),
        )
        .await;
    assert_eq!(
        (s, field_codes(&b)[0].0.as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, "outcome")
    );
    let (s, _) = app
        .post_as(
            &cc,
            "/operator/callbacks/RPNOPE/outcome",
            json!({"outcome": "confirmed"}),
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_confirmed_address_releases_the_letter_to_it() {
    let app = TestApp::start().await;
    let (cc, c, id) = mismatched_callback(&app).await;
    let (s, b) = outcome(&app, &cc, &id, json!({"outcome": "confirmed"})).await;
    assert_eq!(
        (s, b["status"].as_str()),
        (StatusCode::OK, Some("confirmed"))
    );
    app.advance_days(8).await;
    let letters = app.messages(cf(&c)).await;
    assert_eq!(letters.len(), 1);
    assert!(letters[0]["body"].as_str().unwrap().contains(" 999B\n"));
    let (h1, h2) = (
        app.secret(MOBILE, "prima parte").await,
        letters[0]["secret"].as_str().unwrap().to_owned(),
    );
    let (s, _) = app.login(cf(&c), &format!("{h1}{h2}")).await;
    assert_eq!(s, StatusCode::OK);
    let (s, b) = app.post("/pin/first-access", json!({})).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    app.onboard().await;
    let kinds = app.activity_kinds().await;
    assert!(
        kinds.iter().any(|(k, _)| k == "residence_verified"),
        "{kinds:?}"
    );
}
