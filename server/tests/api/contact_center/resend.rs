//! Half 1 resent.

use reqwest::StatusCode;
use serde_json::{json, Value};

use super::{audit_of, contact_center};
use crate::fixtures::{cf, field_codes, request_for};
use crate::harness::{TestApp, EMAIL, MOBILE};

#[tokio::test]
async fn half_one_is_resent_from_twelve_hours_to_a_contact_on_file_at_most_three_times() {
    let app = TestApp::start().await;
    let cc = contact_center(&app).await;
    let c = app.citizen().await;
    let (s, b) = app.post("/pin-requests", request_for(&c)).await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let half1 = app.secret(MOBILE, "prima parte").await;
    let body = json!({"codice_fiscale": cf(&c)});

    let (s, b) = app
        .post_as(&cc, "/operator/half1-resend", body.clone())
        .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::CONFLICT, Some("TOO_EARLY"))
    );
    // The simulated clock runs on (real seconds pass between requests).
    let wait = b["retry_after_seconds"].as_i64().unwrap();
    assert!((12 * 3600 - 30..=12 * 3600).contains(&wait), "{b}");
    app.advance(12 * 3600 - 120).await;
    let cc = contact_center(&app).await; // the next shift
    let (s, b) = app
        .post_as(&cc, "/operator/half1-resend", body.clone())
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{b}");
    let wait = b["retry_after_seconds"].as_i64().unwrap();
    assert!((1..=120).contains(&wait), "{b}");
    app.advance(wait).await;

    // Only to a contact on file.
    let (s, b) = app
        .post_as(
            &cc,
            "/operator/half1-resend",
            json!({"codice_fiscale": cf(&c), "contact": "pec"}),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert_eq!(field_codes(&b)[0], ("contact".into(), "NOT_ON_FILE".into()));

    let before = app.messages(EMAIL).await.len();
    let (s, b) = app
        .post_as(
            &cc,
            "/operator/half1-resend",
            json!({"codice_fiscale": cf(&c), "contact": "email"}),
        )
        .await;
    assert_eq!(s, StatusCode::ACCEPTED, "{b}");
    assert_eq!(
        (b["channel"].as_str(), b["resends_left"].as_i64()),
        (Some("email"), Some(2))
    );
    let mail = app.messages(EMAIL).await;
    assert_eq!(mail.len(), before + 1);
    assert_eq!(mail[0]["secret"], half1.as_str());
    assert!(mail[0]["subject"].as_str().unwrap().contains("nuovo invio"));
    for left in [1, 0] {
        let (s, b) = app
            .post_as(&cc, "/operator/half1-resend", body.clone())
            .await;
        assert_eq!(s, StatusCode::ACCEPTED, "{b}");
        assert_eq!(
            (b["channel"].as_str(), b["resends_left"].as_i64()),
            (Some("sms"), Some(left))
        );
    }
    let (s, b) = app
        .post_as(&cc, "/operator/half1-resend", body.clone())
        .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::CONFLICT, Some("RESEND_LIMIT"))
    );
    let sms: Vec<Value> = app
        .messages(MOBILE)
        .await
        .into_iter()
        .filter(|m| m["body"].as_str().unwrap().contains("nuovo invio"))
        .collect();
    assert_eq!(sms.len(), 2);
    assert!(sms.iter().all(|m| m["secret"] == half1.as_str()));

    let audit = audit_of(&app, &cc, cf(&c)).await;
    assert_eq!(
        audit.iter().filter(|(_, a, _)| a == "half1_resend").count(),
        3
    );
    assert!(audit[2].2["detail"]
        .as_str()
        .unwrap()
        .contains("email a pe***@example.it"));
    let (_, file) = app
        .get_as(&cc, &format!("/operator/citizens/{}", cf(&c)))
        .await;
    assert_eq!(file["requests"][0]["half1_resends"], 3);
    assert_eq!(file["events"][0]["kind"], "half1_resent");

    // Once the first access is done half 1 has no use.
    let half2 = {
        app.advance_days(8).await;
        app.messages(cf(&c)).await[0]["secret"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    app.login(cf(&c), &format!("{half1}{half2}")).await;
    let (s, _) = app.post("/pin/first-access", json!({})).await;
    assert_eq!(s, StatusCode::OK);
    let cc = contact_center(&app).await;
    let (s, b) = app.post_as(&cc, "/operator/half1-resend", body).await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::CONFLICT, Some("NOT_FIRST_ACCESS"))
    );
    let (s, _) = app
        .post_as(
            &cc,
            "/operator/half1-resend",
            json!({"codice_fiscale": "ZZZZZZ00Z00Z000Z"}),
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}
