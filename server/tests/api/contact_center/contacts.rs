//! A contact added over the phone.

use reqwest::StatusCode;
use serde_json::{json, Value};

use super::{audit_of, contact_center};
use crate::fixtures::{cf, field_codes};
use crate::harness::{TestApp, MOBILE};

#[tokio::test]
async fn a_missing_contact_is_added_once_the_citizen_reads_out_its_code() {
    let app = TestApp::start().await;
    let cc = contact_center(&app).await;
    let c = app.citizen().await;
    app.issue(&c).await;
    let cc = {
        drop(cc);
        contact_center(&app).await // the clock moved 8 days: a new shift
    };
    let pec = "persona@pec.example.it";
    let add =
        |kind: &str, value: &str| json!({"codice_fiscale": cf(&c), "kind": kind, "value": value});

    let (s, b) = app
        .post_as(&cc, "/operator/contacts", add("mobile", "+393479999999"))
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert_eq!(field_codes(&b)[0], ("kind".into(), "ON_FILE".into()));
    let (s, b) = app
        .post_as(&cc, "/operator/contacts", add("pec", "non una pec"))
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert_eq!(field_codes(&b)[0].0, "contacts.pec");

    let (s, b) = app
        .post_as(&cc, "/operator/contacts", add("pec", pec))
        .await;
    assert_eq!(s, StatusCode::ACCEPTED, "{b}");
    let code = app.secret(pec, "Codice di verifica").await;
    let confirm = |code: &str| json!({"codice_fiscale": cf(&c), "kind": "pec", "code": code});
    let (s, b) = app
        .post_as(&cc, "/operator/contacts/confirm", confirm("00000000"))
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert_eq!(field_codes(&b)[0], ("code".into(), "CODE_INVALID".into()));
    // Not yet registered.
    let (_, file) = app
        .get_as(&cc, &format!("/operator/citizens/{}", cf(&c)))
        .await;
    assert_eq!(file["pin"]["contacts"]["pec"], Value::Null);

    let (s, b) = app
        .post_as(&cc, "/operator/contacts/confirm", confirm(&code))
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(
        (b["pec"].as_str(), b["mobile"].as_str()),
        (Some(pec), Some(MOBILE))
    );
    // A code works once.
    let (s, _) = app
        .post_as(&cc, "/operator/contacts/confirm", confirm(&code))
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    let (_, file) = app
        .get_as(&cc, &format!("/operator/citizens/{}", cf(&c)))
        .await;
    assert_eq!(file["pin"]["contacts"]["pec"], pec);
    // The contacts on file before are told (the usual security notice).
    assert!(app.messages(MOBILE).await[0]["body"]
        .as_str()
        .unwrap()
        .contains("recapiti personali"));
    let audit = audit_of(&app, &cc, cf(&c)).await;
    let actions: Vec<&str> = audit.iter().map(|(_, a, _)| a.as_str()).collect();
    assert_eq!(
        actions,
        [
            "citizen_lookup",
            "contact_added",
            "citizen_lookup",
            "contact_code_sent"
        ]
    );
    assert!(!audit.iter().any(|(_, _, l)| l.to_string().contains(&code)));
}
