//! The trainer console: the seeded trainer's login, classes of worlds,
//! the live table (ETag, steps, flags), clocks moved one or all at once,
//! reset, revoked join codes, slips, the end of a class.

use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

use crate::fixtures::{cf, request_for};
use crate::harness::{in_world, new_client, TestApp, OPERATOR_PASSWORD};

async fn trainer(app: &TestApp) -> Client {
    let t = new_client();
    let (s, b) = app
        .post_as(
            &t,
            "/sim/trainer/session",
            json!({"username": "formatore", "password": OPERATOR_PASSWORD}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["username"], "formatore");
    t
}

async fn new_class(app: &TestApp, t: &Client, worlds: u32) -> Value {
    let (s, table) = app
        .post_as(
            t,
            "/sim/trainer/classes",
            json!({"name": "Aula 3", "worlds": worlds, "scenarios": []}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{table}");
    table
}

fn worlds(table: &Value) -> &Vec<Value> {
    table["worlds"].as_array().unwrap()
}

fn now_of(w: &Value) -> chrono::DateTime<chrono::Utc> {
    w["now"].as_str().unwrap().parse().unwrap()
}

async fn clock_in(app: &TestApp, client: &Client) -> chrono::DateTime<chrono::Utc> {
    let (s, c) = app.get_as(client, "/sim/clock").await;
    assert_eq!(s, StatusCode::OK, "{c}");
    c["now"].as_str().unwrap().parse().unwrap()
}

async fn table_of(app: &TestApp, t: &Client, class: &str, query: &str) -> Value {
    let (s, table) = app
        .get_as(t, &format!("/sim/trainer/classes/{class}{query}"))
        .await;
    assert_eq!(s, StatusCode::OK, "{table}");
    table
}

#[tokio::test]
async fn only_the_seeded_trainer_opens_the_console() {
    let app = TestApp::start().await;
    let anyone = new_client();
    let (s, e) = app.get_as(&anyone, "/sim/trainer/classes").await;
    assert_eq!(
        (s, e["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("UNAUTHENTICATED"))
    );
    let (s, e) = app
        .post_as(
            &anyone,
            "/sim/trainer/session",
            json!({"username": "formatore", "password": "Sbagliata1!"}),
        )
        .await;
    assert_eq!(
        (s, e["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("INVALID_CREDENTIALS"))
    );
    // A back-office operator's right password opens no trainer session.
    let (s, e) = app
        .post_as(
            &anyone,
            "/sim/trainer/session",
            json!({"username": "operatore", "password": OPERATOR_PASSWORD}),
        )
        .await;
    assert_eq!(
        (s, e["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("FORBIDDEN_ROLE"))
    );
    let (s, _) = app.get_as(&anyone, "/sim/trainer/session").await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);

    let t = trainer(&app).await;
    let (s, me) = app.get_as(&t, "/sim/trainer/session").await;
    assert_eq!(
        (s, me["username"].as_str()),
        (StatusCode::OK, Some("formatore"))
    );
    let (s, list) = app.get_as(&t, "/sim/trainer/classes").await;
    assert_eq!((s, list), (StatusCode::OK, json!([])));
    // The trainer's cookie is not an operator's: the back office stays shut.
    let (s, _) = app.get_as(&t, "/operator/conversions").await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    assert_eq!(
        app.delete_as(&t, "/sim/trainer/session").await,
        StatusCode::NO_CONTENT
    );
    let (s, _) = app.get_as(&t, "/sim/trainer/classes").await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_class_is_checked_field_by_field() {
    let app = TestApp::start().await;
    let t = trainer(&app).await;
    let (s, e) = app
        .post_as(
            &t,
            "/sim/trainer/classes",
            json!({"name": "  ", "worlds": 0, "scenarios": ["no_such_scenario"]}),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{e}");
    let fields: Vec<&str> = e["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["name", "worlds", "scenarios"]);
    let (s, e) = app
        .post_as(
            &t,
            "/sim/trainer/classes",
            json!({"name": "Aula", "worlds": 41}),
        )
        .await;
    assert_eq!(
        (s, e["fields"][0]["field"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("worlds"))
    );
    let (_, list) = app.get_as(&t, "/sim/trainer/classes").await;
    assert_eq!(list, json!([]), "nothing made");
}

#[tokio::test]
async fn a_class_of_three_worlds_moves_one_clock_or_all() {
    let app = TestApp::start().await;
    let t = trainer(&app).await;
    let table = new_class(&app, &t, 3).await;
    let class = table["id"].as_str().unwrap().to_owned();
    let ws = worlds(&table).clone();
    assert_eq!(ws.len(), 3);
    let mut codes: Vec<&str> = ws
        .iter()
        .map(|w| w["join_code"].as_str().unwrap())
        .collect();
    codes.dedup();
    assert_eq!(codes.len(), 3, "a join code each");
    assert!(ws
        .iter()
        .all(|w| w["step"] == "not_started" && w["locked"] == false));
    let (_, list) = app.get_as(&t, "/sim/trainer/classes").await;
    assert_eq!(
        (list[0]["id"].as_str(), list[0]["worlds"].as_u64()),
        (Some(class.as_str()), Some(3))
    );

    let start = now_of(&ws[0]);
    let default_before = clock_in(&app, &new_client()).await;
    let six_months = 183 * 86_400;
    let (s, after) = app
        .post_as(
            &t,
            &format!("/sim/trainer/classes/{class}/advance"),
            json!({"seconds": six_months, "world": ws[0]["id"]}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{after}");
    let moved = worlds(&after);
    assert_eq!((now_of(&moved[0]) - start).num_days(), 183);
    assert!(
        (now_of(&moved[1]) - now_of(&ws[1])).num_seconds().abs() < 60,
        "the others stay"
    );
    assert!((now_of(&moved[2]) - now_of(&ws[2])).num_seconds().abs() < 60);
    // The learner of world 1 sees it; the default world does not move.
    let learner = in_world(ws[0]["id"].as_str().unwrap());
    assert_eq!((clock_in(&app, &learner).await - start).num_days(), 183);
    assert!((clock_in(&app, &new_client()).await - default_before).num_seconds() < 60);

    let (s, all) = app
        .post_as(
            &t,
            &format!("/sim/trainer/classes/{class}/advance"),
            json!({"seconds": 86_400}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{all}");
    let all = worlds(&all);
    assert_eq!((now_of(&all[0]) - start).num_days(), 184);
    assert_eq!((now_of(&all[1]) - now_of(&ws[1])).num_days(), 1);

    // A world of another class is not this class's to move.
    let other = new_class(&app, &t, 1).await;
    let (s, e) = app
        .post_as(
            &t,
            &format!("/sim/trainer/classes/{class}/advance"),
            json!({"seconds": 60, "world": other["worlds"][0]["id"]}),
        )
        .await;
    assert_eq!(
        (s, e["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("WORLD_NOT_FOUND"))
    );
}

#[tokio::test]
async fn the_live_table_follows_the_learner_and_answers_304_while_unchanged() {
    let app = TestApp::start().await;
    let t = trainer(&app).await;
    let table = new_class(&app, &t, 2).await;
    let class = table["id"].as_str().unwrap().to_owned();
    let wid = table["worlds"][0]["id"].as_str().unwrap().to_owned();
    let path = format!("/sim/trainer/classes/{class}");

    // The simulated clocks run: the table (to the minute) changes once a
    // minute, so a second look may cross a minute; a third will not.
    let mut etag = String::new();
    let mut unchanged = false;
    for _ in 0..3 {
        let look = app
            .send(t.get(app.url(&path)).header("if-none-match", &etag))
            .await;
        if look.status == StatusCode::NOT_MODIFIED {
            assert!(look.body.is_empty());
            unchanged = true;
            break;
        }
        assert_eq!(look.status, StatusCode::OK);
        etag = look.header("etag").to_owned();
        assert!(etag.starts_with('"'), "{etag}");
    }
    assert!(unchanged, "304 while nothing changed");

    // The learner requests a PIN in world 1.
    let learner = in_world(&wid);
    let (s, c) = app.post_as(&learner, "/sim/citizens", json!({})).await;
    assert_eq!(s, StatusCode::CREATED, "{c}");
    let (s, r) = app
        .post_as(&learner, "/pin-requests", request_for(&c))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{r}");
    let changed = app
        .send(t.get(app.url(&path)).header("if-none-match", &etag))
        .await;
    assert_eq!(
        changed.status,
        StatusCode::OK,
        "a new ETag once the world changed"
    );
    assert_ne!(changed.header("etag"), etag);
    let table = changed.json();
    let (w1, w2) = (&table["worlds"][0], &table["worlds"][1]);
    assert_eq!(w1["step"], "awaiting_first_access");
    assert!(w1["messages"].as_i64().unwrap() >= 1, "half 1 sent: {w1}");
    assert_eq!(w2["step"], "not_started", "the other world is untouched");

    // Ten wrong PINs lock it: the table flags it and shows the event.
    for _ in 0..10 {
        let (s, _) = app
            .post_as(
                &learner,
                "/session",
                json!({"codice_fiscale": cf(&c), "pin": "ZZZZZZZZZZZZZZZZ"}),
            )
            .await;
        assert_ne!(s, StatusCode::OK);
    }
    let table = table_of(&app, &t, &class, "").await;
    let w1 = &table["worlds"][0];
    assert_eq!(w1["locked"], true, "{w1}");
    assert_eq!(w1["events"][0]["codice_fiscale"], cf(&c));
    assert_eq!(table["worlds"][1]["locked"], false);

    // Stuck: unchanged since the previous look (threshold 0), until the
    // learner does something.
    let look = table_of(&app, &t, &class, "?stuck_minutes=0").await;
    assert_eq!(
        look["worlds"][0]["stuck"], true,
        "unchanged since the last look"
    );
    let (s, _) = app
        .post_as(&learner, "/sim/clock", json!({"advance_seconds": 3600}))
        .await;
    assert_eq!(s, StatusCode::OK);
    let look = table_of(&app, &t, &class, "?stuck_minutes=0").await;
    assert_eq!(
        look["worlds"][0]["stuck"], false,
        "the learner moved the clock"
    );
    assert_eq!(
        look["worlds"][0]["locked"], false,
        "the block ended an hour ago"
    );
    let look = table_of(&app, &t, &class, "?stuck_minutes=10").await;
    assert_eq!(look["worlds"][0]["stuck"], false, "not for ten minutes");
    let (s, e) = app.get_as(&t, &format!("{path}?stuck_minutes=999")).await;
    assert_eq!(
        (s, e["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("VALIDATION"))
    );
}

#[tokio::test]
async fn revoke_reset_slips_and_the_end_of_a_class() {
    let app = TestApp::start().await;
    let t = trainer(&app).await;
    let table = new_class(&app, &t, 2).await;
    let class = table["id"].as_str().unwrap().to_owned();
    let w = &table["worlds"][0];
    let wid = w["id"].as_str().unwrap().to_owned();
    let old_code = w["join_code"].as_str().unwrap().to_owned();

    let (s, slips_type, pdf) = app
        .bytes_as(&t, &format!("/sim/trainer/classes/{class}/slips.pdf"))
        .await;
    assert_eq!(
        (s, slips_type.as_str()),
        (StatusCode::OK, "application/pdf")
    );
    let doc = lopdf::Document::load_mem(&pdf).expect("a PDF");
    assert_eq!(doc.get_pages().len(), 2, "one slip per world");
    let text = String::from_utf8_lossy(&pdf);
    for world in worlds(&table) {
        let code = world["join_code"].as_str().unwrap();
        assert!(text.contains(code), "slip with {code}");
        assert!(text.contains(&format!("/mondo/{code}")));
    }
    assert!(
        text.contains("RSSMRA80A01H501U"),
        "the registry's first citizen in hand"
    );

    // Revoked: the old code no longer joins, the new one does.
    let (s, after) = app
        .post_as(
            &t,
            &format!("/sim/trainer/classes/{class}/worlds/{wid}/join-code"),
            json!({}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{after}");
    let new_code = after["worlds"][0]["join_code"].as_str().unwrap().to_owned();
    assert_ne!(new_code, old_code);
    let browser = new_client();
    let (s, e) = app
        .post_as(&browser, "/sim/worlds/join", json!({"join_code": old_code}))
        .await;
    assert_eq!(
        (s, e["fields"][0]["field"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("join_code"))
    );
    let (s, joined) = app
        .post_as(&browser, "/sim/worlds/join", json!({"join_code": new_code}))
        .await;
    assert_eq!(
        (s, joined["id"].as_str()),
        (StatusCode::OK, Some(wid.as_str()))
    );

    // Reset: the clock back where the world started.
    let start = now_of(w);
    app.post_as(
        &t,
        &format!("/sim/trainer/classes/{class}/advance"),
        json!({"seconds": 30 * 86_400, "world": wid}),
    )
    .await;
    let (s, reset) = app
        .post_as(
            &t,
            &format!("/sim/trainer/classes/{class}/worlds/{wid}/reset"),
            json!({}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{reset}");
    assert!(
        (now_of(&reset["worlds"][0]) - start).num_days() < 1,
        "{reset}"
    );
    assert_eq!(
        reset["worlds"][0]["join_code"],
        new_code.as_str(),
        "the code stays"
    );

    // The end: worlds gone for their members, the class gone.
    assert_eq!(
        app.delete_as(&t, &format!("/sim/trainer/classes/{class}"))
            .await,
        StatusCode::NO_CONTENT
    );
    let (s, e) = app.get_as(&t, &format!("/sim/worlds/{wid}")).await;
    assert_eq!(
        (s, e["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("WORLD_NOT_FOUND"))
    );
    let (s, e) = app
        .get_as(&t, &format!("/sim/trainer/classes/{class}"))
        .await;
    assert_eq!(
        (s, e["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("NOT_FOUND"))
    );
    assert_eq!(
        app.delete_as(&t, &format!("/sim/trainer/classes/{class}"))
            .await,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_scenario_class_prints_what_each_learner_holds() {
    let app = TestApp::start().await;
    let t = trainer(&app).await;
    let (s, table) = app
        .post_as(
            &t,
            "/sim/trainer/classes",
            json!({"name": "Aula 4", "worlds": 2, "scenarios": ["letter_in_post", "active"]}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{table}");
    let ws = worlds(&table);
    assert_eq!(ws[0]["scenario"], "letter_in_post");
    assert_eq!(ws[1]["scenario"], "active");
    assert_eq!(ws[0]["step"], "awaiting_first_access");
    assert_eq!(ws[1]["step"], "active");
    let class = table["id"].as_str().unwrap();
    let (s, _, pdf) = app
        .bytes_as(&t, &format!("/sim/trainer/classes/{class}/slips.pdf"))
        .await;
    assert_eq!(s, StatusCode::OK);
    let text = String::from_utf8_lossy(&pdf);
    let (_, scenarios) = app.get("/sim/scenarios").await;
    for w in ws {
        let title = scenarios
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["name"] == w["scenario"])
            .and_then(|s| s["title"].as_str())
            .unwrap();
        assert!(text.contains(&format!("Situazione: {title}")), "{title}");
    }
    // The letter is still in the post: half 1 in hand, half 2 not yet.
    assert!(text.contains("Prima parte del PIN"));
    assert!(!text.contains("Seconda parte del PIN"));
}
