//! Two server processes on one PostgreSQL database, as in a shared
//! deployment behind a load balancer: the lockout, the sessions and the
//! simulated clock are the database's, so a citizen cannot tell (or
//! exploit) which process answers. Runs with the feature `postgres-tests`
//! on the server of `PIN_INPS_TEST_POSTGRES` (see `scripts/test.sh`).
#![cfg(feature = "postgres-tests")]

use chrono::{DateTime, Utc};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};
use server::config::ServeConfig;
use server::store::postgres::scratch::ScratchDatabase;

const MOBILE: &str = "+393331234567";

/// One server on `url`: its API base (`http://127.0.0.1:PORT/api/v1`).
async fn spawn_on(url: &str, dir: &tempfile::TempDir, name: &str) -> String {
    let mut cfg = ServeConfig::with_database(url);
    cfg.listen = "127.0.0.1:0".parse().unwrap();
    cfg.uploads_dir = dir.path().join(name);
    cfg.argon2_memory_kib = 64;
    cfg.argon2_iterations = 1;
    cfg.seed_citizens = 3;
    let (addr, _task) = server::spawn(cfg).await.expect("server starts");
    format!("http://{addr}/api/v1")
}

async fn call(rb: reqwest::RequestBuilder) -> (StatusCode, Value, Option<String>) {
    let r = rb.send().await.expect("answer");
    let status = r.status();
    let cookie = r
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(str::to_owned);
    let body = r.json().await.unwrap_or(Value::Null);
    (status, body, cookie)
}

/// A request to the process at `base`, in the world `id`.
fn in_world(base: &str, id: &str, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
    Client::new()
        .request(method, format!("{base}{path}"))
        .header("x-sim-world", id)
}

/// The simulated date of world `id` as the process at `base` tells it.
async fn world_now(base: &str, id: &str) -> DateTime<Utc> {
    let (s, c, _) = call(in_world(base, id, reqwest::Method::GET, "/sim/clock")).await;
    assert_eq!(s, StatusCode::OK, "{c}");
    c["now"].as_str().unwrap().parse().unwrap()
}

async fn post(base: &str, path: &str, body: Value) -> (StatusCode, Value) {
    let (s, b, _) = call(Client::new().post(format!("{base}{path}")).json(&body)).await;
    (s, b)
}

async fn now_on(base: &str) -> DateTime<Utc> {
    let (s, b, _) = call(Client::new().get(format!("{base}/sim/clock"))).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    b["now"].as_str().unwrap().parse().unwrap()
}

/// The secret of the newest message to `recipient` mentioning `hint`.
async fn secret(base: &str, recipient: &str, hint: &str) -> String {
    let rb = Client::new()
        .get(format!("{base}/sim/messages"))
        .query(&[("recipient", recipient)]);
    let (s, msgs, _) = call(rb).await;
    assert_eq!(s, StatusCode::OK, "{msgs}");
    msgs.as_array()
        .unwrap()
        .iter()
        .find(|m| {
            m["secret"].is_string()
                && (m["subject"].as_str().unwrap().contains(hint)
                    || m["body"].as_str().unwrap().contains(hint))
        })
        .unwrap_or_else(|| panic!("no message with {hint:?} to {recipient}: {msgs}"))["secret"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn close(a: DateTime<Utc>, b: DateTime<Utc>) -> bool {
    (a - b).num_seconds().abs() < 5
}

#[tokio::test]
async fn two_processes_share_lockout_sessions_and_clock() {
    let db = ScratchDatabase::create().await;
    let dir = tempfile::tempdir().unwrap();
    let a = spawn_on(&db.url, &dir, "a").await;
    let b = spawn_on(&db.url, &dir, "b").await;

    // One clock: a move on either process is what the other reads next.
    let before = now_on(&b).await;
    let (s, moved) = post(&a, "/sim/clock", json!({"advance_seconds": 86_400})).await;
    assert_eq!(s, StatusCode::OK, "{moved}");
    let on_b = now_on(&b).await;
    assert!(
        close(on_b, before + chrono::Duration::days(1)),
        "{before} → {on_b}"
    );
    let (s, _) = post(&b, "/sim/clock", json!({"set": "2020-05-04T10:00:00Z"})).await;
    assert_eq!(s, StatusCode::OK);
    let set: DateTime<Utc> = "2020-05-04T10:00:00Z".parse().unwrap();
    assert!(close(now_on(&a).await, set));
    // Concurrent advances on both processes all count.
    let advances = (0..10u32).map(|i| {
        let base = if i.is_multiple_of(2) {
            a.clone()
        } else {
            b.clone()
        };
        tokio::spawn(
            async move { post(&base, "/sim/clock", json!({"advance_seconds": 3_600})).await },
        )
    });
    for h in advances.collect::<Vec<_>>() {
        assert_eq!(h.await.unwrap().0, StatusCode::OK);
    }
    let ten_hours = set + chrono::Duration::hours(10);
    assert!(close(now_on(&a).await, ten_hours));
    assert!(close(now_on(&b).await, ten_hours));

    // A PIN requested on B, read and delivered on A.
    let (s, citizen) = post(&a, "/sim/citizens", json!({})).await;
    assert_eq!(s, StatusCode::CREATED, "{citizen}");
    let cf = citizen["codice_fiscale"].as_str().unwrap().to_owned();
    let (s, body) = post(&b, "/pin-requests", request_for(&citizen)).await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    let half1 = secret(&a, MOBILE, "prima parte").await;

    // A session made on A works on B; logging out on B ends it on A too.
    let login = json!({"codice_fiscale": cf, "pin": half1});
    let (s, body, cookie) = call(Client::new().post(format!("{a}/session")).json(&login)).await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let cookie = cookie.expect("session cookie");
    let me = |base: &str| {
        Client::new()
            .get(format!("{base}/me"))
            .header("cookie", &cookie)
    };
    let (s, body, _) = call(me(&b)).await;
    assert_eq!(s, StatusCode::OK, "{body}");
    assert_eq!(body["level"], "L0");
    let logout = Client::new()
        .delete(format!("{b}/session"))
        .header("cookie", &cookie);
    assert!(call(logout).await.0.is_success());
    assert_eq!(call(me(&a)).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(call(me(&b)).await.0, StatusCode::UNAUTHORIZED);

    // 50 concurrent wrong PINs spread over both: exactly 10 are checked
    // (and refused as wrong), every other one finds the PIN locked.
    let attempts = (0..50u32).map(|i| {
        let base = if i.is_multiple_of(2) {
            a.clone()
        } else {
            b.clone()
        };
        let cf = cf.clone();
        tokio::spawn(async move {
            post(
                &base,
                "/session",
                json!({"codice_fiscale": cf, "pin": "ZZZZ9999"}),
            )
            .await
            .0
        })
    });
    let mut wrong = 0;
    let mut locked = 0;
    for h in attempts.collect::<Vec<_>>() {
        match h.await.unwrap() {
            StatusCode::UNAUTHORIZED => wrong += 1,
            StatusCode::LOCKED => locked += 1,
            other => panic!("unexpected {other}"),
        }
    }
    assert_eq!((wrong, locked), (10, 40));
    // Locked on both, even with the right PIN.
    let (s, body) = post(&b, "/session", login.clone()).await;
    assert_eq!(s, StatusCode::LOCKED, "{body}");
    assert_eq!(body["code"], "PIN_LOCKED");
    assert_eq!(post(&a, "/session", login).await.0, StatusCode::LOCKED);
}

/// The rows a first start seeds, read from the database itself.
async fn seeded_rows(url: &str) -> (i64, i64, i64, i64) {
    let pool = sqlx::PgPool::connect(url).await.expect("connect");
    let one = |sql: &'static str| {
        let pool = pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>(sql)
                .fetch_one(&pool)
                .await
                .unwrap_or_else(|e| panic!("{sql}: {e}"))
        }
    };
    let rows = (
        one("SELECT COUNT(*) FROM citizens").await,
        one("SELECT COUNT(*) FROM citizens WHERE codice_fiscale = 'RSSMRA80A01H501U'").await,
        one("SELECT COUNT(*) FROM operators WHERE seeded").await,
        one("SELECT version FROM sim_clock").await,
    );
    pool.close().await;
    rows
}

#[tokio::test]
async fn two_processes_starting_together_on_an_empty_database_seed_once() {
    let db = ScratchDatabase::create().await;
    let dir = tempfile::tempdir().unwrap();
    // Both start at the same instant on a database without a single table:
    // both must come up, and the first start's rows exist once.
    let (a, b) = tokio::join!(spawn_on(&db.url, &dir, "a"), spawn_on(&db.url, &dir, "b"));
    let (citizens, mario, operators, clock_version) = seeded_rows(&db.url).await;
    assert_eq!(
        citizens, 3,
        "seed_citizens is 3: seeded by one process only"
    );
    assert_eq!(mario, 1);
    assert_eq!(
        operators,
        server::operators::SEEDED_OPERATORS.len() as i64,
        "each simulation operator once"
    );
    assert_eq!(clock_version, 1, "the clock was started once, not reset");
    // Both answer, with the one registry and the one clock.
    for base in [&a, &b] {
        let (s, list, _) = call(Client::new().get(format!("{base}/sim/citizens"))).await;
        assert_eq!(s, StatusCode::OK, "{list}");
    }
    assert!(close(now_on(&a).await, now_on(&b).await));
}

/// What `c` types in the PIN request form, with the contacts [`MOBILE`].
fn request_for(c: &Value) -> Value {
    json!({
        "codice_fiscale": c["codice_fiscale"],
        "residence_type": "italia",
        "personal": {
            "surname": c["surname"], "name": c["name"],
            "birth_date": c["birth_date"], "sex": c["sex"],
            "birthplace_code": c["birthplace_code"]
        },
        "residence": c["residence"],
        "contacts": {
            "home_phone": null, "mobile": MOBILE, "email": "persona@example.it",
            "pec": null, "preferred_phone": "mobile", "preferred_time": "09-13"
        }
    })
}

#[tokio::test]
async fn two_processes_sharing_the_uploads_dir_serve_each_others_files() {
    let db = ScratchDatabase::create().await;
    let dir = tempfile::tempdir().unwrap();
    // One `--uploads-dir` for both, as a shared volume would be.
    let a = spawn_on(&db.url, &dir, "uploads").await;
    let b = spawn_on(&db.url, &dir, "uploads").await;

    // An ordinary PIN (first access done), the steps spread over both.
    let (s, citizen) = post(&a, "/sim/citizens", json!({})).await;
    assert_eq!(s, StatusCode::CREATED, "{citizen}");
    let cf = citizen["codice_fiscale"].as_str().unwrap().to_owned();
    let (s, body) = post(&b, "/pin-requests", request_for(&citizen)).await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    let half1 = secret(&a, MOBILE, "prima parte").await;
    let (s, _) = post(&b, "/sim/clock", json!({"advance_seconds": 8 * 86_400})).await;
    assert_eq!(s, StatusCode::OK);
    let half2 = secret(&a, &cf, "").await;
    let login = json!({"codice_fiscale": cf, "pin": format!("{half1}{half2}")});
    let (s, body, cookie) = call(Client::new().post(format!("{a}/session")).json(&login)).await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let cookie = cookie.expect("session cookie");
    let with_cookie = |rb: reqwest::RequestBuilder| rb.header("cookie", &cookie);
    let (s, body, _) =
        call(with_cookie(Client::new().post(format!("{b}/pin/first-access"))).json(&json!({})))
            .await;
    assert_eq!(s, StatusCode::OK, "{body}");

    // The document copy uploaded on B is served by A, byte for byte.
    let document = json!({"document": {
        "type": "carta_identita_elettronica", "number": "CA12345AB",
        "issuer": "Comune di Roma", "issued_on": "2018-05-10", "expires_on": "2028-05-10"
    }});
    let (s, body, _) = call(
        with_cookie(Client::new().post(format!("{a}/dispositivo/conversion"))).json(&document),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    let mut jpeg = vec![
        0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, b'J', b'F', b'I', b'F', 0x00, 0x01, 0x01, 0x00, 0x00,
        0x48, 0x00, 0x48, 0x00, 0x00,
    ];
    jpeg.extend((0..2000u32).map(|i| (i % 251) as u8));
    jpeg.extend([0xFF, 0xD9]);
    let part = reqwest::multipart::Part::bytes(jpeg.clone())
        .file_name("carta.jpg")
        .mime_str("image/jpeg")
        .unwrap();
    let upload = Client::new()
        .post(format!("{b}/dispositivo/conversion/files/document"))
        .multipart(reqwest::multipart::Form::new().part("file", part));
    let (s, body, _) = call(with_cookie(upload)).await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let download =
        with_cookie(Client::new().get(format!("{a}/dispositivo/conversion/files/document")))
            .send()
            .await
            .expect("answer");
    assert_eq!(download.status(), StatusCode::OK);
    assert_eq!(download.bytes().await.unwrap().as_ref(), jpeg.as_slice());
}

#[tokio::test]
async fn two_processes_share_every_world_and_keep_worlds_apart() {
    let db = ScratchDatabase::create().await;
    let dir = tempfile::tempdir().unwrap();
    let a = spawn_on(&db.url, &dir, "a").await;
    let b = spawn_on(&db.url, &dir, "b").await;
    let (s, w) = post(&a, "/sim/worlds", json!({"name": "Aula"})).await;
    assert_eq!(s, StatusCode::CREATED, "{w}");
    let id = w["id"].as_str().unwrap().to_owned();

    // The world made on A is open on B, with one clock for both.
    let before = world_now(&b, &id).await;
    let default_before = now_on(&b).await;
    let (s, moved, _) = call(
        in_world(&a, &id, reqwest::Method::POST, "/sim/clock")
            .json(&json!({"advance_seconds": 86_400})),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{moved}");
    assert!(close(
        world_now(&b, &id).await,
        before + chrono::Duration::days(1)
    ));
    assert!(close(now_on(&b).await, default_before));

    // A citizen added on B is in the world on A, and not in the default one.
    let (s, c, _) =
        call(in_world(&b, &id, reqwest::Method::POST, "/sim/citizens").json(&json!({}))).await;
    assert_eq!(s, StatusCode::CREATED, "{c}");
    let (_, listed, _) = call(in_world(&a, &id, reqwest::Method::GET, "/sim/citizens")).await;
    assert!(listed
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x["codice_fiscale"] == c["codice_fiscale"]));
    let (_, default_list, _) = call(Client::new().get(format!("{a}/sim/citizens"))).await;
    assert!(!default_list
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x["codice_fiscale"] == c["codice_fiscale"]));

    // Ended on A: gone on B too.
    let (s, _, _) = call(Client::new().delete(format!("{a}/sim/worlds/{id}"))).await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (s, gone, _) = call(in_world(&b, &id, reqwest::Method::GET, "/sim/clock")).await;
    assert_eq!(s, StatusCode::NOT_FOUND, "{gone}");
    assert_eq!(gone["code"], "WORLD_NOT_FOUND");
}

#[tokio::test]
async fn two_processes_see_a_world_reset_on_the_other() {
    let db = ScratchDatabase::create().await;
    let dir = tempfile::tempdir().unwrap();
    let a = spawn_on(&db.url, &dir, "a").await;
    let b = spawn_on(&db.url, &dir, "b").await;
    let (s, w) = post(&a, "/sim/worlds", json!({"name": "Aula"})).await;
    assert_eq!(s, StatusCode::CREATED, "{w}");
    let id = w["id"].as_str().unwrap().to_owned();
    let start: DateTime<Utc> = w["now"].as_str().unwrap().parse().unwrap();
    let citizens_on = |base: String| {
        let rb = in_world(&base, &id, reqwest::Method::GET, "/sim/citizens");
        async move {
            let (s, list, _) = call(rb).await;
            assert_eq!(s, StatusCode::OK, "{list}");
            list.as_array()
                .unwrap()
                .iter()
                .map(|c| c["codice_fiscale"].as_str().unwrap().to_owned())
                .collect::<Vec<_>>()
        }
    };

    // B has the world open and has worked in it: a month later, a citizen
    // with a PIN requested (so B's connections have run the procedures).
    let (s, moved, _) = call(
        in_world(&b, &id, reqwest::Method::POST, "/sim/clock")
            .json(&json!({"advance_seconds": 30 * 86_400})),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{moved}");
    let (s, c, _) =
        call(in_world(&b, &id, reqwest::Method::POST, "/sim/citizens").json(&json!({}))).await;
    assert_eq!(s, StatusCode::CREATED, "{c}");
    let cf = c["codice_fiscale"].as_str().unwrap().to_owned();
    let (s, body, _) =
        call(in_world(&b, &id, reqwest::Method::POST, "/pin-requests").json(&request_for(&c)))
            .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    let seeded = citizens_on(a.clone()).await;
    assert!(seeded.contains(&cf));

    // A resets it.
    let (s, fresh) = post(&a, &format!("/sim/worlds/{id}/reset"), json!({})).await;
    assert_eq!(s, StatusCode::OK, "{fresh}");
    let reset_now: DateTime<Utc> = fresh["now"].as_str().unwrap().parse().unwrap();
    assert!(close(reset_now, start), "{start} → {reset_now}");

    // B's next requests see the fresh world: its clock back at the start,
    // the citizen and the request gone, the world answering as A's does.
    assert!(close(world_now(&b, &id).await, start));
    let (s, info, _) = call(Client::new().get(format!("{b}/sim/worlds/{id}"))).await;
    assert_eq!(s, StatusCode::OK, "{info}");
    assert!(close(info["now"].as_str().unwrap().parse().unwrap(), start));
    let on_b = citizens_on(b.clone()).await;
    assert!(!on_b.contains(&cf), "{on_b:?}");
    assert_eq!(on_b, citizens_on(a.clone()).await);
    let rb =
        in_world(&b, &id, reqwest::Method::GET, "/sim/messages").query(&[("recipient", MOBILE)]);
    let (s, msgs, _) = call(rb).await;
    assert_eq!(s, StatusCode::OK, "{msgs}");
    assert_eq!(msgs, json!([]));

    // And B works on in it: the same procedures, answered by the new world
    // and seen on A.
    let (s, c, _) =
        call(in_world(&b, &id, reqwest::Method::POST, "/sim/citizens").json(&json!({}))).await;
    assert_eq!(s, StatusCode::CREATED, "{c}");
    let (s, body, _) =
        call(in_world(&b, &id, reqwest::Method::POST, "/pin-requests").json(&request_for(&c)))
            .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    let rb =
        in_world(&a, &id, reqwest::Method::GET, "/sim/messages").query(&[("recipient", MOBILE)]);
    let (s, msgs, _) = call(rb).await;
    assert_eq!(s, StatusCode::OK, "{msgs}");
    assert_eq!(msgs.as_array().unwrap().len(), 1, "{msgs}");
    let (s, moved, _) = call(
        in_world(&b, &id, reqwest::Method::POST, "/sim/clock")
            .json(&json!({"advance_seconds": 3_600})),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{moved}");
    assert!(close(
        world_now(&a, &id).await,
        start + chrono::Duration::hours(1)
    ));
}
