//! Cambia PIN: expiry (6 months for citizens, 3 for intermediaries), the
//! rules a new PIN must keep (named per field, the last five refused), and
//! wrong current PINs counting toward the lockout.

use reqwest::StatusCode;
use serde_json::json;

use crate::fixtures::{cf, field_codes, fields};
use crate::harness::{TestApp, MOBILE};

#[tokio::test]
async fn expired_pin_leads_to_change_and_the_new_one_works() {
    let app = TestApp::start().await;
    let c = app.citizen().await;
    let cf = c["codice_fiscale"].as_str().unwrap();
    let (h1, h2) = app.issue(&c).await;
    app.login(cf, &format!("{h1}{h2}")).await;
    let (_, body) = app.post("/pin/first-access", json!({})).await;
    let pin = body["new_pin"].as_str().unwrap().to_owned();

    app.advance_days(190).await;
    let (status, body) = app.login(cf, &pin).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["next"], "change_pin");
    assert_eq!(body["reason"], "expired");

    let (status, body) = app
        .post("/pin/change", json!({"current_pin": pin, "new_pin": pin}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        body["fields"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "PIN_REUSED"),
        "{body}"
    );
    let (status, body) = app
        .post(
            "/pin/change",
            json!({"current_pin": "WRONG123", "new_pin": "K7M2P9Q4"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fields(&body), vec!["current_pin"]);
    let (status, body) = app
        .post(
            "/pin/change",
            json!({"current_pin": pin, "new_pin": "K7M2P9Q4"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");

    let (status, body) = app.login(cf, "k7m2p9q4").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["next"], "verify_contacts");
}

#[tokio::test]
async fn intermediaries_expire_after_three_months_citizens_after_six() {
    let app = TestApp::start().await;
    let i = app.citizen_with(json!({"role": "intermediary"})).await;
    let pin_i = app.first_access(&i).await;
    app.onboard().await;
    let c = app.citizen().await;
    let pin_c = app.first_access(&c).await;
    app.onboard().await;

    app.advance(93 * 86_400).await;
    let (status, body) = app.login(cf(&c), &pin_c).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["next"], "home");
    let (status, body) = app.login(cf(&i), &pin_i).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["next"], "change_pin");
    assert_eq!(body["reason"], "expired");
    assert_eq!(body["level"], "L1");
    // While the change is due only the change is open.
    let (status, body) = app.get("/me/activity").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["code"], "PIN_CHANGE_REQUIRED");
    let (status, body) = app
        .post(
            "/pin/change",
            json!({"current_pin": pin_i, "new_pin": "K7M2P9Q4"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["next"], "home");
    let (_, me) = app.get("/me").await;
    assert_eq!(me["level"], "L1");
    assert_eq!(me["pin_state"], "active");

    app.advance(100 * 86_400).await;
    let (_, body) = app.login(cf(&c), &pin_c).await;
    assert_eq!(body["reason"], "expired");
}

#[tokio::test]
async fn change_names_each_broken_rule_and_refuses_the_last_five() {
    let app = TestApp::start().await;
    let (c, pin0) = app.ready().await;
    // The surname block of the codice fiscale.
    let personal = format!("{}12345", &cf(&c)[..3]);
    for (new, code) in [
        ("K7M2P9Q", "PIN_LENGTH"),
        ("K7M2P9Q!", "PIN_CHARSET"),
        ("KAMBPCQD", "PIN_MIX"),
        (personal.as_str(), "PIN_PERSONAL_DATA"),
    ] {
        let (status, body) = app
            .post("/pin/change", json!({"current_pin": pin0, "new_pin": new}))
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{new}");
        assert!(
            field_codes(&body).contains(&("new_pin".into(), code.into())),
            "{new}: {body}"
        );
    }
    let (status, body) = app
        .post(
            "/pin/change",
            json!({"current_pin": "ZZ99ZZ99", "new_pin": "K7M2P9Q4"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field_codes(&body)[0].1, "PIN_CURRENT_WRONG");

    // pin0 → p1 … p5: the last five (p1..p5) are refused, pin0 is allowed.
    let pins = ["K7M2P9Q1", "K7M2P9Q2", "K7M2P9Q3", "K7M2P9Q4", "K7M2P9Q5"];
    let mut current = pin0.clone();
    for p in pins {
        let (status, body) = app
            .post("/pin/change", json!({"current_pin": current, "new_pin": p}))
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        current = p.to_owned();
    }
    let (status, body) = app
        .post(
            "/pin/change",
            json!({"current_pin": current, "new_pin": pins[0]}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        field_codes(&body),
        [("new_pin".into(), "PIN_REUSED".into())]
    );
    let (status, body) = app
        .post(
            "/pin/change",
            json!({"current_pin": current, "new_pin": pin0}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");

    // Each change sent a notice by SMS and is in the activity log.
    let notices = app
        .messages(MOBILE)
        .await
        .into_iter()
        .filter(|m| m["body"].as_str().unwrap().contains("è stato modificato"))
        .count();
    assert_eq!(notices, 6);
    let kinds = app.activity_kinds().await;
    assert_eq!(kinds[0], ("pin_changed".into(), json!("sms")));
}

#[tokio::test]
async fn wrong_current_pins_on_change_count_toward_the_lockout() {
    let app = TestApp::start().await;
    let (c, pin) = app.ready().await;
    let change = |current: &str| json!({"current_pin": current, "new_pin": "K7M2P9Q4"});
    // Four wrong at login, then six wrong on the change page: the tenth
    // wrong PIN, wherever it was typed, blocks the PIN.
    for _ in 0..4 {
        let (status, _) = app.login(cf(&c), "WRONG123").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let (status, _) = app.login(cf(&c), &pin).await;
    assert_eq!(status, StatusCode::OK, "a correct login resets the count");
    let before = app.messages(MOBILE).await.len();
    for i in 0..10 {
        let (status, body) = app.post("/pin/change", change("ZZ99ZZ99")).await;
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "attempt {i}: {body}"
        );
        assert_eq!(field_codes(&body)[0].1, "PIN_CURRENT_WRONG");
    }
    // The tenth sent the block notice.
    let msgs = app.messages(MOBILE).await;
    assert_eq!(msgs.len(), before + 1);
    assert!(msgs[0]["body"].as_str().unwrap().contains("bloccato"));
    // Blocked: even the right current PIN is refused here and at login.
    let (status, body) = app.post("/pin/change", change(&pin)).await;
    assert_eq!(status, StatusCode::LOCKED, "{body}");
    assert_eq!(body["code"], "PIN_LOCKED");
    let (status, _) = app.login(cf(&c), &pin).await;
    assert_eq!(status, StatusCode::LOCKED);
    // After the 3 minutes one more wrong PIN blocks again at once …
    app.advance(181).await;
    let (status, _) = app.post("/pin/change", change("ZZ99ZZ99")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _) = app.post("/pin/change", change(&pin)).await;
    assert_eq!(status, StatusCode::LOCKED);
    // … and after that block the right PIN works and clears the count.
    app.advance(181).await;
    let (status, body) = app.post("/pin/change", change(&pin)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    for _ in 0..9 {
        app.login(cf(&c), "WRONG123").await;
    }
    let (status, _) = app.login(cf(&c), "K7M2P9Q4").await;
    assert_eq!(
        status,
        StatusCode::OK,
        "nine wrong after a reset do not block"
    );
    let kinds = app.activity_kinds().await;
    assert!(
        kinds.contains(&("pin_locked".into(), json!("sms"))),
        "{kinds:?}"
    );
}
