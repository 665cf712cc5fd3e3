//! Attiva PIN: a PIN filed by phone opens nothing until the citizen proves
//! the first half and the tessera sanitaria and confirms a code by SMS.

use reqwest::StatusCode;
use serde_json::json;

use crate::fixtures::{cf, field_codes};
use crate::harness::{TestApp, EMAIL};

#[tokio::test]
async fn a_pin_filed_by_phone_works_only_after_activation() {
    let app = TestApp::start().await;
    let c = app.citizen().await;
    let (h1, h2) = app.issue_by_phone(&c).await;
    // Half 1 came with the call; nothing by SMS or e-mail.
    assert!(app.messages(EMAIL).await.is_empty());
    let (status, body) = app.login(cf(&c), &format!("{h1}{h2}")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["code"], "PIN_NOT_ACTIVATED");
    // A wrong PIN stays a plain 401.
    assert_eq!(
        app.login(cf(&c), "WRONG123WRONG123").await.0,
        StatusCode::UNAUTHORIZED
    );

    let ts = &c["tessera_sanitaria"];
    let new_mobile = "+39 347 7654321";
    let mut req = json!({"codice_fiscale": cf(&c), "tessera_sanitaria_number": ts["number"],
        "tessera_sanitaria_expiry": ts["expiry"], "first_half": h1,
        "contacts": {"mobile": new_mobile, "email": "attiva@example.it"}});
    let mut bad = req.clone();
    bad["first_half"] = json!("ZZZZ9999");
    let (status, body) = app.post("/pin/activate", bad).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field_codes(&body)[0].1, "ACTIVATION_MISMATCH");
    let mut bad = req.clone();
    bad["contacts"] = json!({"email": "attiva@example.it"});
    let (status, body) = app.post("/pin/activate", bad).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        field_codes(&body),
        [("contacts.mobile".into(), "MOBILE_REQUIRED".into())]
    );

    req["first_half"] = json!(h1.to_lowercase());
    let (status, body) = app.post("/pin/activate", req).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{body}");
    let code = app.secret(new_mobile, "attivare").await;
    assert_eq!(code.len(), 6);
    let (status, body) = app
        .post(
            "/pin/activate/confirm",
            json!({"codice_fiscale": cf(&c), "code": code}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(app.messages(new_mobile).await[0]["body"]
        .as_str()
        .unwrap()
        .contains("attivato"));

    // Now the 16 characters open the first access; contacts are verified.
    let (status, body) = app.login(cf(&c), &format!("{h1}{h2}")).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (_, body) = app.post("/pin/first-access", json!({})).await;
    assert_eq!(body["next"], "accept_privacy");
    let kinds = app.activity_kinds().await;
    assert!(kinds.contains(&("pin_activated".into(), json!("sms"))));
}
