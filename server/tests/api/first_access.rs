//! Primo accesso and onboarding (SPEC §4.3): the 16 characters become an
//! 8-character PIN, then each contact is verified by a code and the privacy
//! notice accepted in its current version.

use reqwest::StatusCode;
use serde_json::json;

use crate::fixtures::{cf, field_codes};
use crate::harness::{TestApp, EMAIL, MOBILE};

#[tokio::test]
async fn first_access_then_contacts_then_privacy_then_home() {
    let app = TestApp::start().await;
    let c = app.citizen().await;
    let pin = app.first_access(&c).await;

    // A code went to each contact: 6 digits by SMS, 8 characters by e-mail.
    let sms = app.secret(MOBILE, "verifica").await;
    let mail = app.secret(EMAIL, "Verifica").await;
    assert_eq!(sms.len(), 6);
    assert_eq!(mail.len(), 8);
    let (status, st) = app.get("/pin/verify-contacts").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(st["codes_sent"], true);
    assert_eq!(st["contacts"][0]["kind"], "mobile");
    assert_eq!(st["contacts"][0]["masked"], "+39333****567");

    // Each wrong or missing code is named on its field.
    let wrong = if sms == "000000" { "111111" } else { "000000" };
    let (status, body) = app
        .post("/pin/verify-contacts", json!({"codes": {"mobile": wrong}}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        field_codes(&body),
        [
            ("codes.mobile".into(), "CODE_INVALID".into()),
            ("codes.email".into(), "REQUIRED".into())
        ]
    );
    // Case and spaces do not matter for the e-mail code.
    let (status, body) = app
        .post(
            "/pin/verify-contacts",
            json!({"codes": {"mobile": sms, "email": format!(" {} ", mail.to_lowercase())}}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["next"], "accept_privacy");

    // The privacy notice must be accepted in its current version.
    let (_, privacy) = app.get("/privacy").await;
    assert_eq!(privacy["version"], 1);
    assert!(privacy["text"].as_str().unwrap().contains("2016/679"));
    let (status, body) = app.post("/pin/privacy", json!({"version": 0})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field_codes(&body)[0].1, "PRIVACY_VERSION");
    let (status, body) = app.post("/pin/privacy", json!({"version": 1})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["next"], "home");

    let (status, body) = app.login(cf(&c), &pin).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["next"], "home");

    // A new version of the notice asks again at the next login.
    let (status, v2) = app.post("/sim/privacy", json!({})).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v2["version"], 2);
    let (_, body) = app.login(cf(&c), &pin).await;
    assert_eq!(body["next"], "accept_privacy");
    app.post("/pin/privacy", json!({"version": 2})).await;
    let (_, body) = app.login(cf(&c), &pin).await;
    assert_eq!(body["next"], "home");
}

#[tokio::test]
async fn sms_codes_expire_after_ten_minutes_and_can_be_sent_again() {
    let app = TestApp::start().await;
    let c = app.citizen().await;
    app.first_access(&c).await;
    let sms = app.secret(MOBILE, "verifica").await;
    let mail = app.secret(EMAIL, "Verifica").await;
    app.advance(11 * 60).await;
    // The session would be idle after 30 min only; the SMS code is gone.
    let (_, st) = app.get("/pin/verify-contacts").await;
    assert_eq!(st["codes_sent"], false);
    let (status, body) = app
        .post(
            "/pin/verify-contacts",
            json!({"codes": {"mobile": sms, "email": mail}}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        field_codes(&body),
        [("codes.mobile".into(), "CODE_INVALID".into())]
    );
    let (status, st) = app.post("/pin/verify-contacts/send", json!({})).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(st["codes_sent"], true);
    let sms2 = app.secret(MOBILE, "verifica").await;
    let mail2 = app.secret(EMAIL, "Verifica").await;
    // Only the newest e-mail code counts.
    if mail2 != mail {
        let (status, _) = app
            .post(
                "/pin/verify-contacts",
                json!({"codes": {"mobile": sms2, "email": mail}}),
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let (status, body) = app
        .post(
            "/pin/verify-contacts",
            json!({"codes": {"mobile": sms2, "email": mail2}}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
}
