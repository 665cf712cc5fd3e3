//! "Le tue attività": each event of the credential (here a block) is logged
//! with its time, channel and masked recipient, and notified once.

use reqwest::StatusCode;
use serde_json::json;

use crate::fixtures::cf;
use crate::harness::{TestApp, MOBILE};

#[tokio::test]
async fn a_block_sends_a_notice_and_is_in_the_activity() {
    let app = TestApp::start().await;
    let (c, pin) = app.ready().await;
    let before = app.messages(MOBILE).await.len();
    for _ in 0..9 {
        app.login(cf(&c), "WRONG123").await;
    }
    assert_eq!(app.messages(MOBILE).await.len(), before, "no notice yet");
    let (status, _) = app.login(cf(&c), "WRONG123").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let msgs = app.messages(MOBILE).await;
    assert_eq!(msgs.len(), before + 1);
    assert!(msgs[0]["body"].as_str().unwrap().contains("bloccato"));
    // Refused attempts during the block send nothing more.
    let (status, body) = app.login(cf(&c), &pin).await;
    assert_eq!(status, StatusCode::LOCKED);
    assert!(body["message"].as_str().unwrap().contains("3 minuti"));
    assert_eq!(app.messages(MOBILE).await.len(), before + 1);
    app.advance(181).await;
    let (status, _) = app.login(cf(&c), &pin).await;
    assert_eq!(status, StatusCode::OK);
    let kinds = app.activity_kinds().await;
    assert!(
        kinds.contains(&("pin_locked".into(), json!("sms"))),
        "{kinds:?}"
    );
    let (_, log) = app.get("/me/activity").await;
    let locked = log
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "pin_locked")
        .unwrap();
    assert_eq!(locked["recipient"], "+39333****567");
    assert!(locked["at"].is_string());
    assert!(locked["description"].as_str().unwrap().contains("bloccato"));
}
