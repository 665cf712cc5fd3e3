//! Login and sessions: levels by what is typed, one answer for wrong and
//! unknown credentials, the lockout (also under concurrent attempts), the
//! session cookie, idle and absolute expiry, rotation at login.

use std::sync::Arc;

use reqwest::{Client, StatusCode};
use serde_json::json;

use crate::fixtures::cf;
use crate::harness::TestApp;

#[tokio::test]
async fn first_half_alone_opens_a_restricted_session() {
    let app = TestApp::start().await;
    let c = app.citizen().await;
    let (half1, _) = app.issue(&c).await;
    let (status, body) = app.login(cf(&c), &half1).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body, json!({"next": "home", "reason": null, "level": "L0"}));
    let (status, me) = app.get("/me").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["level"], "L0");
    // No first access from an L0 session.
    let (status, _) = app.post("/pin/first-access", json!({})).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn wrong_or_unknown_credentials_get_the_same_401() {
    let app = TestApp::start().await;
    let c = app.citizen().await;
    app.issue(&c).await;
    let (status, wrong) = app.login(cf(&c), "AAAAAAAA").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong["code"], "INVALID_CREDENTIALS");
    assert_eq!(wrong["message"], "Codice fiscale o PIN errati");
    let (status, unknown) = app.login("RSSMRA80A01H501U", "AAAAAAAA").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown, wrong);
}

#[tokio::test]
async fn ten_wrong_attempts_lock_the_pin() {
    let app = TestApp::start().await;
    let c = app.citizen().await;
    let cf = cf(&c);
    let (h1, h2) = app.issue(&c).await;
    for i in 0..10 {
        let (status, _) = app.login(cf, "WRONGPIN").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "attempt {i}");
    }
    // Blocked: even the right PIN is refused, without counting.
    let (status, body) = app.login(cf, &format!("{h1}{h2}")).await;
    assert_eq!(status, StatusCode::LOCKED, "{body}");
    assert_eq!(body["code"], "PIN_LOCKED");
    let wait = body["retry_after_seconds"].as_i64().unwrap();
    assert!(wait > 0 && wait <= 180, "{wait}");

    // After the block one more wrong attempt blocks again at once.
    app.advance(181).await;
    let (status, _) = app.login(cf, "WRONGPIN").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = app.login(cf, &format!("{h1}{h2}")).await;
    assert_eq!(status, StatusCode::LOCKED);

    // After that block the right PIN works and resets the count.
    app.advance(181).await;
    let (status, body) = app.login(cf, &format!("{h1}{h2}")).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, _) = app.login(cf, "WRONGPIN").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn concurrent_wrong_attempts_check_at_most_ten() {
    let app = Arc::new(TestApp::start().await);
    let c = app.citizen().await;
    let cf = cf(&c).to_owned();
    app.issue(&c).await;
    let mut tasks = Vec::new();
    for _ in 0..50 {
        let (app, cf) = (app.clone(), cf.clone());
        tasks.push(tokio::spawn(async move {
            let body = json!({"codice_fiscale": cf, "pin": "WRONGPIN"});
            app.post_as(&Client::new(), "/session", body).await.0
        }));
    }
    let mut unauthorized = 0;
    let mut locked = 0;
    for t in tasks {
        match t.await.unwrap() {
            StatusCode::UNAUTHORIZED => unauthorized += 1,
            StatusCode::LOCKED => locked += 1,
            other => panic!("unexpected {other}"),
        }
    }
    assert_eq!(unauthorized, 10);
    assert_eq!(locked, 40);
}

/// Correct logins in flight are not attempts held against the PIN: sixteen
/// at once all succeed, and afterwards the count is still zero (nine wrong
/// PINs later the right one still opens a session).
#[tokio::test]
async fn parallel_correct_logins_all_succeed_and_never_count() {
    let app = Arc::new(TestApp::start().await);
    let (c, pin) = app.ready().await;
    let cf = cf(&c).to_owned();
    let tasks: Vec<_> = (0..16)
        .map(|_| {
            let (app, cf, pin) = (app.clone(), cf.clone(), pin.clone());
            tokio::spawn(async move {
                let body = json!({"codice_fiscale": cf, "pin": pin});
                app.post_as(&Client::new(), "/session", body).await
            })
        })
        .collect();
    for t in tasks {
        let (status, body) = t.await.unwrap();
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["next"], "home");
    }
    for i in 0..9 {
        let (status, _) = app.login(&cf, "WRONGPIN").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "wrong attempt {i}");
    }
    let (status, body) = app.login(&cf, &pin).await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

/// Nine wrong PINs racing ten right ones: the wrong ones are refused, the
/// right ones all get in, nothing locks.
#[tokio::test]
async fn correct_logins_racing_wrong_ones_are_never_locked_out() {
    let app = Arc::new(TestApp::start().await);
    let (c, pin) = app.ready().await;
    let cf = cf(&c).to_owned();
    let tasks: Vec<_> = (0..19)
        .map(|i| {
            let typed = if i % 2 == 0 {
                pin.clone()
            } else {
                "WRONGPIN".into()
            };
            let (app, cf) = (app.clone(), cf.clone());
            tokio::spawn(async move {
                let body = json!({"codice_fiscale": cf, "pin": typed});
                (i, app.post_as(&Client::new(), "/session", body).await.0)
            })
        })
        .collect();
    for t in tasks {
        let (i, status) = t.await.unwrap();
        let expected = if i % 2 == 0 {
            StatusCode::OK
        } else {
            StatusCode::UNAUTHORIZED
        };
        assert_eq!(status, expected, "login {i}");
    }
}

/// A login is one transaction: its session, the replaced session and the
/// "Le tue attività" line come together.
#[tokio::test]
async fn a_login_records_its_event_and_replaces_the_old_session() {
    let app = TestApp::start().await;
    let (c, pin) = app.ready().await;
    let before = app
        .activity_kinds()
        .await
        .iter()
        .filter(|(k, _)| k == "login")
        .count();
    let old = app.login_cookie(cf(&c), &pin).await;
    let new = app.login_cookie(cf(&c), &pin).await;
    assert_eq!(me_with(&app, &old).await, StatusCode::UNAUTHORIZED);
    assert_eq!(me_with(&app, &new).await, StatusCode::OK);
    let after = app
        .activity_kinds()
        .await
        .iter()
        .filter(|(k, _)| k == "login")
        .count();
    assert_eq!(after, before + 2);
}

#[tokio::test]
async fn session_cookie_flags() {
    let app = TestApp::start().await;
    let c = app.citizen().await;
    let (h1, _) = app.issue(&c).await;
    let r = app
        .send(
            app.client
                .post(app.url("/session"))
                .header("x-forwarded-proto", "https")
                .json(&json!({"codice_fiscale": c["codice_fiscale"], "pin": h1})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let cookie = r.header("set-cookie");
    assert!(cookie.starts_with("pin_inps_session="));
    for flag in ["HttpOnly", "SameSite=Strict", "Path=/", "Secure"] {
        assert!(cookie.contains(flag), "{cookie}");
    }
}

#[tokio::test]
async fn idle_sessions_expire_on_the_simulated_clock() {
    let app = TestApp::start().await;
    let c = app.citizen().await;
    let (h1, _) = app.issue(&c).await;
    app.login(cf(&c), &h1).await;
    assert_eq!(app.get("/me").await.0, StatusCode::OK);
    app.advance(31 * 60).await;
    assert_eq!(app.get("/me").await.0, StatusCode::UNAUTHORIZED);
}

/// `GET /me` from a client that sends exactly `cookie`.
async fn me_with(app: &TestApp, cookie: &str) -> StatusCode {
    let rb = Client::new().get(app.url("/me")).header("cookie", cookie);
    app.send(rb).await.status
}

#[tokio::test]
async fn sessions_rotate_at_login_and_end_after_twelve_hours() {
    let app = TestApp::start().await;
    let (c, pin) = app.ready().await;
    // A client carrying a fixed cookie, to see the old id die at login.
    let first = app.login_cookie(cf(&c), &pin).await;
    let second = app.login_cookie(cf(&c), &pin).await;
    assert_ne!(first, second);
    assert!(first.len() >= "pin_inps_session=".len() + 32, "≥128 bits");
    assert_eq!(me_with(&app, &first).await, StatusCode::UNAUTHORIZED);
    assert_eq!(me_with(&app, &second).await, StatusCode::OK);

    // Active every 25 minutes, the session still ends 12 hours after login.
    for _ in 0..28 {
        app.advance(25 * 60).await;
        assert_eq!(me_with(&app, &second).await, StatusCode::OK);
    }
    app.advance(25 * 60).await;
    assert_eq!(me_with(&app, &second).await, StatusCode::UNAUTHORIZED);
}

/// The PIN's end of life (default 2021-09-30): from the next day every
/// login, right or wrong, known or unknown codice fiscale, gets the same
/// answer pointing to SPID, CIE and CNS.
#[tokio::test]
async fn after_the_pin_end_date_every_login_points_to_spid_cie_cns() {
    let app = TestApp::start().await;
    let (cf, half1, _) = app.issued().await;
    let (_, status) = app.get("/sim/status").await;
    assert_eq!(status["pin_end_date"], "2021-09-30");

    let (s, _) = app.set_clock("2021-09-30T21:00:00Z").await; // 23:00 in Rome
    assert_eq!(s, StatusCode::OK);
    let (s, body) = app.login(&cf, &half1).await;
    assert_eq!(s, StatusCode::OK, "the last day still works: {body}");

    app.set_clock("2021-10-01T08:00:00Z").await;
    let mut answers = Vec::new();
    for (who, pin) in [
        (cf.as_str(), half1.as_str()),
        (cf.as_str(), "WRONG123"),
        ("RSSMRA80A01H501U", "ABCD1234"),
    ] {
        let (s, body) = app.login(who, pin).await;
        assert_eq!(s, StatusCode::FORBIDDEN, "{body}");
        assert_eq!(body["code"], "PIN_DISCONTINUED");
        let msg = body["message"].as_str().unwrap();
        assert!(
            ["SPID", "CIE", "CNS"].iter().all(|w| msg.contains(w)),
            "{msg}"
        );
        answers.push(body);
    }
    assert!(answers.windows(2).all(|w| w[0] == w[1]));
    // A wrong PIN after the end counts nothing: back before it, the PIN works.
    app.set_clock("2021-09-01T08:00:00Z").await;
    let (s, _) = app.login(&cf, &half1).await;
    assert_eq!(s, StatusCode::OK);
}

#[tokio::test]
async fn wrong_pins_announce_the_attempts_left_and_the_block_that_follows() {
    let app = TestApp::start().await;
    let c = app.citizen().await;
    let cf = cf(&c);
    app.issue(&c).await;
    for i in 1..=7 {
        let (status, body) = app.login(cf, "WRONGPIN").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "attempt {i}");
        assert_eq!(
            body["message"], "Codice fiscale o PIN errati",
            "attempt {i}"
        );
        assert!(body.get("attempts_left").is_none(), "attempt {i}: {body}");
    }
    let (status, body) = app.login(cf, "WRONGPIN").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["code"], "INVALID_CREDENTIALS");
    assert_eq!(body["attempts_left"], 2);
    assert_eq!(
        body["message"],
        "Codice fiscale o PIN errati. Ancora 2 tentativi prima del blocco del PIN."
    );
    let (_, body) = app.login(cf, "WRONGPIN").await;
    assert_eq!(body["attempts_left"], 1);
    assert_eq!(
        body["message"],
        "Codice fiscale o PIN errati. Ancora 1 tentativo prima del blocco del PIN."
    );
    // The 10th: still 401 INVALID_CREDENTIALS, but it says the PIN is now blocked.
    let (status, body) = app.login(cf, "WRONGPIN").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    assert_eq!(body["code"], "INVALID_CREDENTIALS");
    assert_eq!(body["attempts_left"], 0);
    assert_eq!(body["retry_after_seconds"], 180);
    assert_eq!(
        body["message"],
        "Codice fiscale o PIN errati. Il PIN è stato bloccato per troppi tentativi errati: \
         riprovare tra 3 minuti."
    );
    // After the block, the next wrong PIN blocks again and says so.
    app.advance(181).await;
    let (status, body) = app.login(cf, "WRONGPIN").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["attempts_left"], 0);
    assert_eq!(body["retry_after_seconds"], 180);
}

#[tokio::test]
async fn an_unknown_codice_fiscale_answers_like_the_first_wrong_pins() {
    let app = TestApp::start().await;
    for i in 1..=12 {
        let (status, body) = app.login("RSSMRA80A01H501U", "WRONGPIN").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "attempt {i}");
        assert_eq!(
            body,
            json!({"code": "INVALID_CREDENTIALS", "message": "Codice fiscale o PIN errati"}),
            "attempt {i}"
        );
    }
}
