//! Simulation worlds: each a whole simulated Italy on the same server.
//! Two worlds never see each other's clock, registry, credentials,
//! sessions or messages; the default world is the API as it always was.

use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

use crate::fixtures::{cf, request_for};
use crate::harness::{in_world, new_client, TestApp, EMAIL, MOBILE};

async fn new_world(app: &TestApp, body: Value) -> Value {
    let (s, w) = app.post("/sim/worlds", body).await;
    assert_eq!(s, StatusCode::CREATED, "{w}");
    w
}

fn id(w: &Value) -> &str {
    w["id"].as_str().unwrap()
}

async fn now_in(app: &TestApp, client: &Client) -> chrono::DateTime<chrono::Utc> {
    let (s, c) = app.get_as(client, "/sim/clock").await;
    assert_eq!(s, StatusCode::OK, "{c}");
    c["now"].as_str().unwrap().parse().unwrap()
}

async fn citizen_in(app: &TestApp, client: &Client) -> Value {
    let (s, c) = app.post_as(client, "/sim/citizens", json!({})).await;
    assert_eq!(s, StatusCode::CREATED, "{c}");
    c
}

async fn messages_in(app: &TestApp, client: &Client, recipient: &str) -> Vec<Value> {
    let (s, m) = app
        .get_as(
            client,
            &format!("/sim/messages?recipient={}", recipient.replace('+', "%2B")),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{m}");
    m.as_array().unwrap().clone()
}

async fn registry_has(app: &TestApp, client: &Client, codice_fiscale: &str) -> bool {
    let (s, list) = app.get_as(client, "/sim/citizens").await;
    assert_eq!(s, StatusCode::OK, "{list}");
    list.as_array()
        .unwrap()
        .iter()
        .any(|c| c["codice_fiscale"] == codice_fiscale)
}

#[tokio::test]
async fn two_worlds_never_see_each_others_clock_registry_credentials_sessions_or_messages() {
    let app = TestApp::start().await;
    let w1 = new_world(&app, json!({"name": "Aula 1"})).await;
    let w2 = new_world(&app, json!({"name": "Aula 2"})).await;
    assert_ne!(id(&w1), id(&w2));
    assert_ne!(w1["join_code"], w2["join_code"]);
    let (a, b) = (in_world(id(&w1)), in_world(id(&w2)));

    // The registry: a citizen of world 1 is nobody elsewhere.
    let c = citizen_in(&app, &a).await;
    assert!(registry_has(&app, &a, cf(&c)).await);
    assert!(!registry_has(&app, &b, cf(&c)).await);
    assert!(!registry_has(&app, &app.client, cf(&c)).await);

    // Credentials and messages: the PIN request lives in world 1 only.
    let (s, r) = app.post_as(&a, "/pin-requests", request_for(&c)).await;
    assert_eq!(s, StatusCode::CREATED, "{r}");
    assert!(!messages_in(&app, &a, MOBILE).await.is_empty());
    assert!(messages_in(&app, &b, MOBILE).await.is_empty());
    assert!(messages_in(&app, &app.client, MOBILE).await.is_empty());
    // World 2 has no PIN for that codice fiscale: the same request is new
    // there (its registry does not know the person, so it is refused as a
    // registry mismatch, not as a PIN already assigned).
    let (s, r) = app.post_as(&b, "/pin-requests", request_for(&c)).await;
    assert_ne!(r["code"], "PIN_ALREADY_ASSIGNED", "{s} {r}");

    // The clock: six months ahead in world 1 only (after the request:
    // that far on, issuance has closed).
    let before_b = now_in(&app, &b).await;
    let before_default = now_in(&app, &app.client).await;
    let (s, moved) = app
        .post_as(&a, "/sim/clock", json!({"advance_seconds": 183 * 86_400}))
        .await;
    assert_eq!(s, StatusCode::OK, "{moved}");
    let after_a = now_in(&app, &a).await;
    assert!(after_a - before_b > chrono::Duration::days(182));
    assert!(now_in(&app, &b).await - before_b < chrono::Duration::days(1));
    assert!(now_in(&app, &app.client).await - before_default < chrono::Duration::days(1));
}

#[tokio::test]
async fn a_session_opened_in_one_world_is_unknown_in_another_and_in_the_default_one() {
    let app = TestApp::start().await;
    let w1 = new_world(&app, json!({})).await;
    let a = in_world(id(&w1));
    // The harness's citizen journey, inside world 1: first access done.
    let c = citizen_in(&app, &a).await;
    let (s, r) = app.post_as(&a, "/pin-requests", request_for(&c)).await;
    assert_eq!(s, StatusCode::CREATED, "{r}");
    // Log in with half 1 + half 2 after the letter arrives.
    let (s, _) = app
        .post_as(&a, "/sim/clock", json!({"advance_seconds": 30 * 86_400}))
        .await;
    assert_eq!(s, StatusCode::OK);
    let msgs = messages_in(&app, &a, MOBILE).await;
    let half1 = msgs
        .iter()
        .find_map(|m| m["secret"].as_str())
        .unwrap()
        .to_owned();
    let letters = messages_in(&app, &a, cf(&c)).await;
    let half2 = letters
        .iter()
        .find_map(|m| m["secret"].as_str())
        .expect("the letter with half 2 has arrived")
        .to_owned();
    // Logged in by a client that shows its cookie.
    let rec = app
        .send(
            Client::new()
                .post(app.url("/session"))
                .header("x-sim-world", id(&w1))
                .json(&json!({"codice_fiscale": cf(&c), "pin": format!("{half1}{half2}")})),
        )
        .await;
    assert_eq!(rec.status, StatusCode::OK, "{}", rec.text());
    let cookie = rec
        .header("set-cookie")
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let me = |world: Option<String>| {
        let mut rb = Client::new().get(app.url("/me")).header("cookie", &cookie);
        if let Some(w) = world {
            rb = rb.header("x-sim-world", w);
        }
        app.send(rb)
    };
    let rec = me(Some(id(&w1).to_owned())).await;
    assert_eq!(rec.status, StatusCode::OK, "{}", rec.text());
    assert_eq!(rec.json()["codice_fiscale"], cf(&c));

    // The same cookie, sent to another world and to the default world.
    let w2 = new_world(&app, json!({})).await;
    for world in [Some(id(&w2).to_owned()), None] {
        let rec = me(world.clone()).await;
        assert_eq!(rec.status, StatusCode::UNAUTHORIZED, "{world:?}");
    }
}

#[tokio::test]
async fn an_unknown_world_is_404_world_not_found_on_every_route() {
    let app = TestApp::start().await;
    let gone = new_world(&app, json!({})).await;
    assert_eq!(
        app.delete(&format!("/sim/worlds/{}", id(&gone))).await,
        StatusCode::NO_CONTENT
    );
    for world in [id(&gone), "0123456789abcdef0123456789abcdef", "../t", ""] {
        let c = in_world(world);
        for path in ["/sim/clock", "/me", "/sim/citizens"] {
            let r = c.get(app.url(path)).send().await.unwrap();
            assert_eq!(r.status(), StatusCode::NOT_FOUND, "{world} {path}");
            let body: Value = r.json().await.unwrap();
            assert_eq!(body["code"], "WORLD_NOT_FOUND", "{world} {path}");
        }
    }
    let (s, b) = app.get(&format!("/sim/worlds/{}", id(&gone))).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert_eq!(b["code"], "WORLD_NOT_FOUND");
    assert_eq!(
        app.delete(&format!("/sim/worlds/{}", id(&gone))).await,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_browser_joins_with_the_code_stays_in_the_world_and_leaves() {
    let app = TestApp::start().await;
    let w = new_world(&app, json!({"name": "Aula 3"})).await;
    let browser = new_client();
    let (s, cur) = app.get_as(&browser, "/sim/worlds/current").await;
    assert_eq!(s, StatusCode::OK);
    assert!(cur["world"].is_null(), "{cur}");

    // Typed in lower case with a dash: still the code.
    let code = w["join_code"].as_str().unwrap();
    let typed = format!("{}-{}", &code[..5], &code[5..]).to_lowercase();
    let (s, joined) = app
        .post_as(&browser, "/sim/worlds/join", json!({"join_code": typed}))
        .await;
    assert_eq!(s, StatusCode::OK, "{joined}");
    assert_eq!(joined["id"], w["id"]);
    assert_eq!(joined["name"], "Aula 3");
    let (_, cur) = app.get_as(&browser, "/sim/worlds/current").await;
    assert_eq!(cur["world"]["id"], w["id"]);

    // Its requests are the world's: a clock move there is not the default's.
    let default_before = now_in(&app, &app.client).await;
    let (s, _) = app
        .post_as(
            &browser,
            "/sim/clock",
            json!({"advance_seconds": 40 * 86_400}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(now_in(&app, &browser).await - default_before > chrono::Duration::days(39));
    assert!(now_in(&app, &app.client).await - default_before < chrono::Duration::days(1));
    let (_, info) = app.get(&format!("/sim/worlds/{}", id(&w))).await;
    assert!(
        info["now"]
            .as_str()
            .unwrap()
            .parse::<chrono::DateTime<chrono::Utc>>()
            .unwrap()
            - default_before
            > chrono::Duration::days(39)
    );

    // The trainer revokes the code: a newcomer cannot join with it, the
    // member already in stays in.
    let (s, renewed) = app
        .post(&format!("/sim/worlds/{}/join-code", id(&w)), json!({}))
        .await;
    assert_eq!(s, StatusCode::OK, "{renewed}");
    assert_ne!(renewed["join_code"], w["join_code"]);
    let (s, refused) = app
        .post_as(
            &new_client(),
            "/sim/worlds/join",
            json!({"join_code": code}),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(refused["fields"][0]["field"], "join_code");
    let (_, cur) = app.get_as(&browser, "/sim/worlds/current").await;
    assert_eq!(cur["world"]["id"], w["id"]);

    // Leaving: back in the default world.
    let rec = app
        .send(browser.post(app.url("/sim/worlds/leave")).json(&json!({})))
        .await;
    assert_eq!(rec.status, StatusCode::NO_CONTENT);
    let (_, cur) = app.get_as(&browser, "/sim/worlds/current").await;
    assert!(cur["world"].is_null(), "{cur}");
}

#[tokio::test]
async fn reset_empties_a_world_and_delete_ends_it() {
    let app = TestApp::start().await;
    let w = new_world(&app, json!({})).await;
    let a = in_world(id(&w));
    let start = now_in(&app, &a).await;
    let c = citizen_in(&app, &a).await;
    let (s, _) = app
        .post_as(&a, "/sim/clock", json!({"advance_seconds": 90 * 86_400}))
        .await;
    assert_eq!(s, StatusCode::OK);

    let (s, reset) = app
        .post(&format!("/sim/worlds/{}/reset", id(&w)), json!({}))
        .await;
    assert_eq!(s, StatusCode::OK, "{reset}");
    assert_eq!(reset["id"], w["id"]);
    assert_eq!(reset["join_code"], w["join_code"]);
    assert!(!registry_has(&app, &a, cf(&c)).await);
    assert!(now_in(&app, &a).await - start < chrono::Duration::days(1));

    let worlds_dir = app.dir.path().join("worlds");
    let file = worlds_dir.join(format!("{}.db", id(&w)));
    if !cfg!(feature = "postgres-tests") || std::env::var("PIN_INPS_TEST_DATABASE").is_err() {
        assert!(file.exists(), "{file:?}");
    }
    assert_eq!(
        app.delete(&format!("/sim/worlds/{}", id(&w))).await,
        StatusCode::NO_CONTENT
    );
    assert!(!file.exists());
    let r = a.get(app.url("/sim/clock")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_exported_world_imports_as_a_new_world_with_the_same_records_and_date() {
    let app = TestApp::start().await;
    let w = new_world(&app, json!({"name": "Aula 4"})).await;
    let a = in_world(id(&w));
    let c = citizen_in(&app, &a).await;
    let (s, r) = app.post_as(&a, "/pin-requests", request_for(&c)).await;
    assert_eq!(s, StatusCode::CREATED, "{r}");
    let (s, _) = app
        .post_as(&a, "/sim/clock", json!({"advance_seconds": 10 * 86_400}))
        .await;
    assert_eq!(s, StatusCode::OK);
    let exported_at = now_in(&app, &a).await;

    let (s, doc) = app.get(&format!("/sim/worlds/{}/export", id(&w))).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(doc["format"], "pin-inps-world");
    let (s, imported) = app.post("/sim/worlds/import", doc.clone()).await;
    assert_eq!(s, StatusCode::CREATED, "{imported}");
    assert_ne!(imported["id"], w["id"]);
    assert_eq!(imported["name"], "Aula 4");
    let b = in_world(id(&imported));
    assert!(registry_has(&app, &b, cf(&c)).await);
    assert_eq!(
        messages_in(&app, &b, MOBILE).await.len(),
        messages_in(&app, &a, MOBILE).await.len()
    );
    let resumed = now_in(&app, &b).await;
    assert!(
        (resumed - exported_at).num_seconds().abs() < 120,
        "{resumed} vs {exported_at}"
    );
    // The PIN is there too: a second request is refused as already assigned.
    let (s, again) = app.post_as(&b, "/pin-requests", request_for(&c)).await;
    assert_eq!(s, StatusCode::CONFLICT, "{again}");
    assert_eq!(again["code"], "PIN_ALREADY_ASSIGNED");
    // And the two worlds go their own ways.
    let other = citizen_in(&app, &b).await;
    assert!(!registry_has(&app, &a, cf(&other)).await);

    // A document that is not an export is refused next to its field.
    let mut bad = doc;
    bad["format"] = json!("something-else");
    let (s, e) = app.post("/sim/worlds/import", bad).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{e}");
    assert_eq!(e["fields"][0]["field"], "document");
}

#[tokio::test]
async fn compressed_time_runs_a_worlds_clock_and_manual_stops_it() {
    let app = TestApp::start().await;
    let w = new_world(&app, json!({})).await;
    let other = new_world(&app, json!({})).await;
    let a = in_world(id(&w));
    let b = in_world(id(&other));
    let (s, bad) = app
        .put(&format!("/sim/worlds/{}/pace", id(&w)), json!({"pace": 0}))
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    let start = now_in(&app, &a).await;
    let start_b = now_in(&app, &b).await;
    // One simulated day per real minute.
    let (s, paced) = app
        .put(
            &format!("/sim/worlds/{}/pace", id(&w)),
            json!({"pace": 1440}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{paced}");
    assert_eq!(paced["pace"], 1440);
    // Waits for the state: at least an hour gone by in the world.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        if now_in(&app, &a).await - start > chrono::Duration::hours(1) {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "compressed time never moved"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(now_in(&app, &b).await - start_b < chrono::Duration::minutes(5));
    let (s, manual) = app
        .put(&format!("/sim/worlds/{}/pace", id(&w)), json!({"pace": 1}))
        .await;
    assert_eq!(s, StatusCode::OK, "{manual}");
}

#[tokio::test]
async fn without_simulation_there_are_no_worlds() {
    let app = TestApp::start_with(|c| c.no_sim = true).await;
    let r = app
        .client
        .post(app.url("/sim/worlds"))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // The header is ignored: the request is the default world's.
    let r = in_world("0123456789abcdef0123456789abcdef")
        .get(app.url("/health"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_world_closed_to_make_room_opens_again_as_it_was() {
    let app = TestApp::start().await;
    let first = new_world(&app, json!({"name": "La prima"})).await;
    let a = in_world(id(&first));
    let c = citizen_in(&app, &a).await;
    let (s, _) = app
        .post_as(&a, "/sim/clock", json!({"advance_seconds": 20 * 86_400}))
        .await;
    assert_eq!(s, StatusCode::OK);
    let moved = now_in(&app, &a).await;
    // More worlds than a process keeps open (worlds::storage::MAX_OPEN_*):
    // the first, least recently used, is closed to make room.
    let postgres = std::env::var("PIN_INPS_TEST_DATABASE").as_deref() == Ok("postgres");
    let more = if postgres { 33 } else { 129 };
    for _ in 0..more {
        new_world(&app, json!({})).await;
    }
    assert!(registry_has(&app, &a, cf(&c)).await);
    assert!((now_in(&app, &a).await - moved).num_seconds().abs() < 60);
    let (s, info) = app.get(&format!("/sim/worlds/{}", id(&first))).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(info["name"], "La prima");
}

#[tokio::test]
async fn a_lost_message_leaves_the_inbox_and_stays_lost_through_export_and_import() {
    let app = TestApp::start().await;
    let w = new_world(&app, json!({"name": "Aula 5"})).await;
    let a = in_world(id(&w));
    let c = citizen_in(&app, &a).await;
    let (s, r) = app.post_as(&a, "/pin-requests", request_for(&c)).await;
    assert_eq!(s, StatusCode::CREATED, "{r}");
    let inbox = messages_in(&app, &a, MOBILE).await;
    assert_eq!(inbox.len(), 1, "{inbox:?}");
    let sms = inbox[0]["id"].as_str().unwrap().to_owned();
    assert_eq!(messages_in(&app, &a, EMAIL).await.len(), 1);

    let lose = format!("/sim/messages/{sms}/lost");
    let (s, _) = app.post_as(&a, &lose, json!({})).await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    assert!(messages_in(&app, &a, MOBILE).await.is_empty());
    // Losing it again changes nothing; an id that was never sent is 404.
    let (s, _) = app.post_as(&a, &lose, json!({})).await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (s, e) = app
        .post_as(&a, "/sim/messages/msg_nothing/lost", json!({}))
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND, "{e}");
    assert_eq!(e["code"], "MESSAGE_NOT_FOUND");
    // Lost in this world only: the default world has no such message.
    let (s, _) = app.post(&lose, json!({})).await;
    assert_eq!(s, StatusCode::NOT_FOUND);

    // The imported world has lost it too; the rest of the inbox is there.
    let all_before = app.get_as(&a, "/sim/messages").await.1;
    let (s, doc) = app.get(&format!("/sim/worlds/{}/export", id(&w))).await;
    assert_eq!(s, StatusCode::OK);
    let (s, imported) = app.post("/sim/worlds/import", doc).await;
    assert_eq!(s, StatusCode::CREATED, "{imported}");
    let b = in_world(id(&imported));
    assert!(messages_in(&app, &b, MOBILE).await.is_empty());
    let all_after = app.get_as(&b, "/sim/messages").await.1;
    assert_eq!(all_after, all_before);
    assert!(!all_after.as_array().unwrap().iter().any(|m| m["id"] == sms));
    assert_eq!(messages_in(&app, &b, EMAIL).await.len(), 1);
}

#[tokio::test]
async fn a_worlds_pace_and_new_join_code_are_what_it_answers_next() {
    let app = TestApp::start().await;
    let w = new_world(&app, json!({"name": "Aula 6"})).await;
    let path = format!("/sim/worlds/{}", id(&w));
    let (s, paced) = app.put(&format!("{path}/pace"), json!({"pace": 60})).await;
    assert_eq!((s, &paced["pace"]), (StatusCode::OK, &json!(60)));
    let (s, read) = app.get(&path).await;
    assert_eq!((s, &read["pace"]), (StatusCode::OK, &json!(60)));

    let (s, coded) = app.post(&format!("{path}/join-code"), json!({})).await;
    assert_eq!(s, StatusCode::OK, "{coded}");
    assert_ne!(coded["join_code"], w["join_code"]);
    let (_, read) = app.get(&path).await;
    assert_eq!(read["join_code"], coded["join_code"]);
    assert_eq!(read["pace"], 60);
    let (s, _) = app
        .post("/sim/worlds/join", json!({"join_code": w["join_code"]}))
        .await;
    assert_eq!(
        s,
        StatusCode::UNPROCESSABLE_ENTITY,
        "the old code is revoked"
    );
    let (s, joined) = app
        .post("/sim/worlds/join", json!({"join_code": coded["join_code"]}))
        .await;
    assert_eq!(s, StatusCode::OK, "{joined}");
    assert_eq!((&joined["id"], &joined["pace"]), (&w["id"], &json!(60)));

    // A reset keeps the join code and the pace (the row is the world's).
    let (s, reset) = app.post(&format!("{path}/reset"), json!({})).await;
    assert_eq!(s, StatusCode::OK, "{reset}");
    assert_eq!(reset["join_code"], coded["join_code"]);
    assert_eq!(reset["pace"], 60);
    let (s, _) = app.put(&format!("{path}/pace"), json!({"pace": 1})).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(app.get(&path).await.1["pace"], 1);
}
