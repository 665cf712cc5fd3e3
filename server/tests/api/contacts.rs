//! "I tuoi recapiti": a change is validated, notified to the old contacts
//! and verified by codes sent to the new ones.

use reqwest::StatusCode;
use serde_json::json;

use crate::fixtures::{cf, field_codes};
use crate::harness::{TestApp, MOBILE};

#[tokio::test]
async fn contacts_change_notifies_the_old_ones_and_asks_to_verify_the_new() {
    let app = TestApp::start().await;
    let (c, pin) = app.ready().await;
    let (status, body) = app
        .post(
            "/me/contacts",
            json!({"mobile": "+39 3", "email": "not-an-email"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let f: Vec<String> = field_codes(&body).into_iter().map(|f| f.0).collect();
    assert!(
        f.contains(&"contacts.mobile".into()) && f.contains(&"contacts.email".into()),
        "{f:?}"
    );

    let (status, body) = app
        .post(
            "/me/contacts",
            json!({"mobile": "+393471112233", "email": "nuova@example.it"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["next"], "verify_contacts");
    assert!(app.messages(MOBILE).await[0]["body"]
        .as_str()
        .unwrap()
        .contains("recapiti"));
    let (_, got) = app.get("/me/contacts").await;
    assert_eq!(got["mobile"], "+393471112233");
    let (_, body) = app.login(cf(&c), &pin).await;
    assert_eq!(body["next"], "verify_contacts");
    let sms = app.secret("+393471112233", "verifica").await;
    let mail = app.secret("nuova@example.it", "Verifica").await;
    let (status, body) = app
        .post(
            "/pin/verify-contacts",
            json!({"codes": {"mobile": sms, "email": mail}}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["next"], "home");
    let kinds = app.activity_kinds().await;
    assert!(kinds.contains(&("contacts_changed".into(), json!("sms"))));
}
