//! The desk conversion of an ordinary PIN.

use reqwest::StatusCode;
use serde_json::json;

use super::{audit_actions, card, sportello};
use crate::fixtures::{cf, fields, naspi};
use crate::harness::TestApp;

#[tokio::test]
async fn an_ordinary_pin_becomes_dispositivo_at_the_desk() {
    let app = TestApp::start().await;
    let (cf_l1, _) = app.l1().await;
    app.onboard().await;
    // An application made with the ordinary PIN waits, frozen.
    let (s, frozen) = app.post("/applications", naspi()).await;
    assert_eq!(s, StatusCode::CREATED, "{frozen}");
    assert_ne!(frozen["status"], "protocolled");
    let op = sportello(&app).await;

    let mut body = json!({"codice_fiscale": cf_l1, "document": card()});
    body["document"]["issued_on"] = json!("2030-01-01");
    let (s, b) = app
        .post_as(&op, "/operator/dispositivo-conversions", body)
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(fields(&b).contains(&"document.issued_on".to_owned()));

    let body = json!({"codice_fiscale": cf_l1, "document": card()});
    let (s, b) = app
        .post_as(&op, "/operator/dispositivo-conversions", body.clone())
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(
        (b["state"].as_str(), b["protocolled"].as_u64()),
        (Some("dispositivo"), Some(1))
    );
    // The citizen's open session is L2 now, the application protocolled.
    let (_, me) = app.get("/me").await;
    assert_eq!(
        (me["level"].as_str(), me["pin_state"].as_str()),
        (Some("L2"), Some("dispositivo"))
    );
    let (_, a) = app
        .get(&format!("/applications/{}", frozen["id"].as_str().unwrap()))
        .await;
    assert_eq!(a["status"], "protocolled");
    let kinds: Vec<String> = app
        .activity_kinds()
        .await
        .into_iter()
        .map(|k| k.0)
        .collect();
    assert!(kinds.contains(&"sede_conversion".to_owned()), "{kinds:?}");

    // Once is enough; a citizen without a PIN has nothing to convert.
    let (s, b) = app
        .post_as(&op, "/operator/dispositivo-conversions", body)
        .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::CONFLICT, Some("ALREADY_DISPOSITIVO"))
    );
    let nobody = app.citizen().await;
    let (s, _) = app
        .post_as(
            &op,
            "/operator/dispositivo-conversions",
            json!({"codice_fiscale": cf(&nobody), "document": card()}),
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);

    let audit = audit_actions(&app, &op, &cf_l1).await;
    let line = audit
        .iter()
        .find(|l| l["action"] == "desk_conversion")
        .expect("audited");
    assert_eq!(line["operator"], "sportello");
}
