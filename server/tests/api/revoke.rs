//! Revoca PIN: one answer whoever asks, a code by e-mail valid 24 hours and
//! burnt by five wrong tries; the PIN is annulled, sessions end, and a new
//! request is accepted as the first time.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::fixtures::{cf, request_for};
use crate::harness::{TestApp, EMAIL, MOBILE};

#[tokio::test]
async fn revoke_annuls_the_pin_ends_sessions_and_allows_a_new_request() {
    let app = TestApp::start().await;
    let (c, pin) = app.ready().await;
    let ts = &c["tessera_sanitaria"];
    let new_mail = "nuova@example.it";
    let good = json!({"codice_fiscale": cf(&c), "tessera_sanitaria_number": ts["number"],
                      "tessera_sanitaria_expiry": ts["expiry"], "email": new_mail, "pec": null});
    let mut wrong = good.clone();
    wrong["tessera_sanitaria_expiry"] = json!("2099-01-01");
    let (s1, b1) = app.post("/pin/revoke", wrong).await;
    assert!(app.messages(new_mail).await.is_empty());
    let mut stranger = good.clone();
    stranger["codice_fiscale"] = json!("RSSMRA80A01H501U");
    let (s2, b2) = app.post("/pin/revoke", stranger).await;
    let (s3, b3) = app.post("/pin/revoke", good).await;
    assert_eq!(
        (s1, s2, s3),
        (
            StatusCode::ACCEPTED,
            StatusCode::ACCEPTED,
            StatusCode::ACCEPTED
        )
    );
    assert_eq!(b1, b2);
    assert_eq!(b2, b3);
    let code = app.secret(new_mail, "Revoca").await;

    // The e-mail code lasts 24 hours: still good after 23.
    app.advance(23 * 3600).await;
    let (status, body) = app.login(cf(&c), &pin).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, body) = app
        .post(
            "/pin/revoke/confirm",
            json!({"codice_fiscale": cf(&c), "code": code}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(app.get("/me").await.0, StatusCode::UNAUTHORIZED);
    let (status, body) = app.login(cf(&c), &pin).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["code"], "PIN_REVOKED");
    assert!(app.messages(MOBILE).await[0]["body"]
        .as_str()
        .unwrap()
        .contains("revocato"));

    // A new request as the first time.
    let (status, body) = app.post("/pin-requests", request_for(&c)).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
}

/// A ready citizen who has asked to revoke their PIN: (citizen, the code
/// sent by e-mail).
async fn ready_with_revoke_code(app: &TestApp) -> (Value, String) {
    let (c, _) = app.ready().await;
    let ts = &c["tessera_sanitaria"];
    app.post(
        "/pin/revoke",
        json!({"codice_fiscale": cf(&c), "tessera_sanitaria_number": ts["number"],
               "tessera_sanitaria_expiry": ts["expiry"], "email": EMAIL}),
    )
    .await;
    let code = app.secret(EMAIL, "Revoca").await;
    (c, code)
}

#[tokio::test]
async fn revoke_codes_expire_after_a_day() {
    let app = TestApp::start().await;
    let (c, code) = ready_with_revoke_code(&app).await;
    app.advance(24 * 3600 + 60).await;
    let (status, _) = app
        .post(
            "/pin/revoke/confirm",
            json!({"codice_fiscale": cf(&c), "code": code}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn five_wrong_codes_burn_the_code() {
    let app = TestApp::start().await;
    let (c, code) = ready_with_revoke_code(&app).await;
    for _ in 0..5 {
        app.post(
            "/pin/revoke/confirm",
            json!({"codice_fiscale": cf(&c), "code": "ZZZZ9999"}),
        )
        .await;
    }
    let (status, _) = app
        .post(
            "/pin/revoke/confirm",
            json!({"codice_fiscale": cf(&c), "code": code}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}
