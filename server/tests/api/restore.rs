//! Ripristina PIN: one answer whoever asks, a single-use code by e-mail,
//! then new halves by SMS and e-mail and every old session ended; a PIN
//! never used is pointed to Revoca instead.

use reqwest::StatusCode;
use serde_json::json;

use crate::fixtures::{cf, field_codes};
use crate::harness::{new_client, TestApp, EMAIL, MOBILE};

#[tokio::test]
async fn restore_issues_a_new_pin_and_ends_sessions() {
    let app = TestApp::start().await;
    let (c, pin) = app.ready().await;
    let other = new_client();
    let (status, _) = app
        .post_as(
            &other,
            "/session",
            json!({"codice_fiscale": cf(&c), "pin": pin}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let ts = c["tessera_sanitaria"]["number"].as_str().unwrap();
    let good = json!({"codice_fiscale": cf(&c).to_lowercase(), "tessera_sanitaria_number": ts,
                      "contacts": {"mobile": "+39 333 123 4567", "email": "PERSONA@example.it"}});

    // Wrong contacts, wrong tessera, unknown CF: the same answer, no code.
    let mails_before = app.messages(EMAIL).await.len();
    let (s1, b1) = app.post("/pin/restore", good.clone()).await;
    let mails = app.messages(EMAIL).await;
    assert_eq!(mails.len(), mails_before + 1);
    let code = mails[0]["secret"].as_str().unwrap().to_owned();
    let mut wrong = good.clone();
    wrong["contacts"]["email"] = json!("altro@example.it");
    let (s2, b2) = app.post("/pin/restore", wrong).await;
    let (s3, b3) = app
        .post(
            "/pin/restore",
            json!({"codice_fiscale": "RSSMRA80A01H501U", "tessera_sanitaria_number": ts,
                   "contacts": {"mobile": MOBILE, "email": EMAIL}}),
        )
        .await;
    assert_eq!(
        (s1, s2, s3),
        (
            StatusCode::ACCEPTED,
            StatusCode::ACCEPTED,
            StatusCode::ACCEPTED
        )
    );
    assert_eq!(b1, b2);
    assert_eq!(b1, b3);
    assert_eq!(app.messages(EMAIL).await.len(), mails_before + 1);

    // Field rules.
    let (status, body) = app
        .post(
            "/pin/restore",
            json!({"codice_fiscale": cf(&c), "tessera_sanitaria_number": "12",
                   "contacts": {"mobile": MOBILE}}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let f = field_codes(&body);
    assert!(f.contains(&("tessera_sanitaria_number".into(), "TS_NUMBER".into())));
    assert!(f.contains(&("contacts.mobile".into(), "TWO_CONTACTS".into())));

    // Wrong code, then the right one (once).
    let (status, body) = app
        .post(
            "/pin/restore/confirm",
            json!({"codice_fiscale": cf(&c), "code": "AAAA2222"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field_codes(&body), [("code".into(), "CODE_INVALID".into())]);
    let (status, body) = app
        .post(
            "/pin/restore/confirm",
            json!({"codice_fiscale": cf(&c), "code": code.to_lowercase()}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, _) = app
        .post(
            "/pin/restore/confirm",
            json!({"codice_fiscale": cf(&c), "code": code}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "single use");

    // Every session of the old PIN is over; the old PIN no longer works.
    assert_eq!(app.get_as(&other, "/me").await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(app.get("/me").await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(app.login(cf(&c), &pin).await.0, StatusCode::UNAUTHORIZED);

    // First 8 by SMS, last 8 by e-mail → first access again.
    let h1 = app.secret(MOBILE, "nuovo PIN").await;
    let h2 = app.secret(EMAIL, "seconda parte").await;
    let (status, body) = app.login(cf(&c), &format!("{h1}{h2}")).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["next"], "change_pin");
    assert_eq!(body["reason"], "first_access");
    let (status, body) = app.post("/pin/first-access", json!({})).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["next"], "home", "contacts and privacy already done");
    let kinds = app.activity_kinds().await;
    assert!(kinds.contains(&("pin_restored".into(), json!("sms"))));
}

#[tokio::test]
async fn restore_is_only_for_a_pin_used_once() {
    let app = TestApp::start().await;
    let c = app.citizen().await;
    app.issue(&c).await;
    let before = app.messages(EMAIL).await.len();
    let (status, _) = app
        .post(
            "/pin/restore",
            json!({"codice_fiscale": cf(&c), "tessera_sanitaria_number": c["tessera_sanitaria"]["number"],
                   "contacts": {"mobile": MOBILE, "email": EMAIL}}),
        )
        .await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let mails = app.messages(EMAIL).await;
    assert_eq!(mails.len(), before + 1);
    assert!(mails[0]["secret"].is_null());
    assert!(mails[0]["body"].as_str().unwrap().contains("Revoca"));
}
