//! Races of the operator consoles and of the secrets checked outside the
//! login: only a wrong secret counts toward a lockout (operator password,
//! current PIN in Cambia PIN, first half in Attiva PIN), so correct
//! attempts arriving together never lock anybody; and half 1 is resent at
//! most `MAX_HALF1_RESENDS` times however many resends arrive together.

use std::sync::Arc;

use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

use crate::fixtures::{cf, request_for};
use crate::harness::{new_client, TestApp, MOBILE, OPERATOR_PASSWORD};

/// Nine wrong passwords, then twelve correct logins at once: all get in
/// (none holds a slot of the lockout), and the count is cleared (nine
/// more wrong ones still leave the right one working).
#[tokio::test]
async fn parallel_correct_operator_logins_never_lock_the_account() {
    let app = Arc::new(TestApp::start().await);
    for i in 0..9 {
        let (s, b) = app
            .operator_login(&new_client(), "operatore", "sbagliata")
            .await;
        assert_eq!(s, StatusCode::UNAUTHORIZED, "wrong {i}: {b}");
    }
    let tasks: Vec<_> = (0..12)
        .map(|_| {
            let app = app.clone();
            tokio::spawn(async move {
                let op = new_client();
                let (s, b) = app
                    .operator_login(&op, "operatore", OPERATOR_PASSWORD)
                    .await;
                (s, b, app.get_as(&op, "/operator/session").await.0)
            })
        })
        .collect();
    for t in tasks {
        let (s, b, whoami) = t.await.unwrap();
        assert_eq!(s, StatusCode::OK, "{b}");
        assert_eq!(whoami, StatusCode::OK, "the session works");
    }
    for i in 0..9 {
        let (s, b) = app
            .operator_login(&new_client(), "operatore", "sbagliata")
            .await;
        assert_eq!(s, StatusCode::UNAUTHORIZED, "wrong {i} after: {b}");
    }
    let (s, b) = app
        .operator_login(&new_client(), "operatore", OPERATOR_PASSWORD)
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
}

/// Correct and wrong operator passwords racing: every correct one gets in,
/// every wrong one is refused as wrong (nine of them never block).
#[tokio::test]
async fn correct_operator_logins_racing_wrong_ones_are_never_locked_out() {
    let app = Arc::new(TestApp::start().await);
    let tasks: Vec<_> = (0..21)
        .map(|i| {
            let app = app.clone();
            let password = if i % 2 == 0 {
                OPERATOR_PASSWORD
            } else {
                "sbagliata"
            };
            tokio::spawn(async move {
                let (s, _) = app
                    .operator_login(&new_client(), "contactcenter", password)
                    .await;
                (i, s)
            })
        })
        .collect();
    for t in tasks {
        let (i, s) = t.await.unwrap();
        let expected = if i % 2 == 0 {
            StatusCode::OK
        } else {
            StatusCode::UNAUTHORIZED
        };
        assert_eq!(s, expected, "login {i}");
    }
}

/// Cambia PIN: nine wrong current PINs, then twelve requests at once with
/// the right current PIN (and a new PIN the rules refuse, so none changes
/// it): each is answered about the new PIN, none is locked, and the PIN
/// still opens a session.
#[tokio::test]
async fn parallel_correct_current_pins_in_change_pin_never_lock() {
    let app = Arc::new(TestApp::start().await);
    let (c, pin) = app.ready().await;
    for i in 0..9 {
        let (s, b) = app
            .post(
                "/pin/change",
                json!({"current_pin": "WRONG123", "new_pin": "K7M2P9Q4"}),
            )
            .await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "wrong {i}: {b}");
    }
    let tasks: Vec<_> = (0..12)
        .map(|_| {
            let (app, pin) = (app.clone(), pin.clone());
            tokio::spawn(async move {
                app.post("/pin/change", json!({"current_pin": pin, "new_pin": "ABC"}))
                    .await
            })
        })
        .collect();
    for t in tasks {
        let (s, b) = t.await.unwrap();
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        let fields: Vec<&str> = b["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["field"].as_str().unwrap())
            .collect();
        assert!(
            fields.iter().all(|f| *f == "new_pin"),
            "only the new PIN is refused: {b}"
        );
    }
    let (s, b) = app
        .post_as(
            &Client::new(),
            "/session",
            json!({"codice_fiscale": cf(&c), "pin": pin}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "not locked: {b}");
}

/// Attiva PIN: nine wrong first halves, then twelve correct activations at
/// once: all accepted (each sends its code), none locked.
#[tokio::test]
async fn parallel_correct_activations_never_lock() {
    let app = Arc::new(TestApp::start().await);
    let c = app.citizen().await;
    let (h1, _) = app.issue_by_phone(&c).await;
    let ts = &c["tessera_sanitaria"];
    let req = json!({"codice_fiscale": cf(&c), "tessera_sanitaria_number": ts["number"],
        "tessera_sanitaria_expiry": ts["expiry"], "first_half": h1,
        "contacts": {"mobile": MOBILE, "email": "attiva@example.it"}});
    for i in 0..9 {
        let mut bad = req.clone();
        bad["first_half"] = json!("ZZZZ9999");
        let (s, b) = app.post("/pin/activate", bad).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "wrong {i}: {b}");
    }
    let tasks: Vec<_> = (0..12)
        .map(|_| {
            let (app, req) = (app.clone(), req.clone());
            tokio::spawn(async move { app.post("/pin/activate", req).await })
        })
        .collect();
    for t in tasks {
        let (s, b) = t.await.unwrap();
        assert_eq!(s, StatusCode::ACCEPTED, "{b}");
    }
}

async fn contact_center(app: &TestApp) -> Client {
    let cc = new_client();
    let (s, b) = app
        .operator_login(&cc, "contactcenter", OPERATOR_PASSWORD)
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    cc
}

/// Ten resends of half 1 at once, from two operators: exactly three are
/// accepted (`resends_left` 2, 1, 0 once each), the rest refused with
/// `RESEND_LIMIT`; three messages, three audit lines, three activity
/// entries.
#[tokio::test]
async fn concurrent_half1_resends_accept_exactly_the_limit() {
    let app = Arc::new(TestApp::start().await);
    let c = app.citizen().await;
    let (s, b) = app.post("/pin-requests", request_for(&c)).await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    app.advance(12 * 3600 + 60).await;
    let cc = [contact_center(&app).await, contact_center(&app).await];
    let sms_before = app.messages(MOBILE).await.len();
    let tasks: Vec<_> = (0..10)
        .map(|i| {
            let (app, op) = (app.clone(), cc[i % 2].clone());
            let body = json!({"codice_fiscale": cf(&c)});
            tokio::spawn(async move { app.post_as(&op, "/operator/half1-resend", body).await })
        })
        .collect();
    let mut left = Vec::new();
    let mut refused = 0;
    for t in tasks {
        let (s, b) = t.await.unwrap();
        match s {
            StatusCode::ACCEPTED => left.push(b["resends_left"].as_i64().unwrap()),
            StatusCode::CONFLICT => {
                assert_eq!(b["code"], "RESEND_LIMIT", "{b}");
                refused += 1;
            }
            other => panic!("unexpected {other}: {b}"),
        }
    }
    left.sort();
    assert_eq!((left, refused), (vec![0, 1, 2], 7));
    assert_eq!(app.messages(MOBILE).await.len(), sms_before + 3);
    let (s, audit) = app
        .get_as(
            &cc[0],
            &format!("/operator/audit?codice_fiscale={}", cf(&c)),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{audit}");
    let resends = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|l: &&Value| l["action"] == "half1_resend")
        .count();
    assert_eq!(resends, 3);
}
