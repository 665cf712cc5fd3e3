//! Hardening of what is kept: no secret in clear in the database, and
//! writes of one session that never fail with "database is locked".

use std::sync::Arc;

use reqwest::StatusCode;
use serde_json::json;

use crate::fixtures::{cf, document, jpeg, request_for};
use crate::harness::{TestApp, EMAIL, MOBILE};

/// Every secret seen in clear (PIN halves, PINs, codes, the session cookie)
/// appears nowhere in the database outside the delivery simulator's
/// `messages` table.
#[tokio::test]
async fn no_secret_is_stored_in_clear_outside_the_messages() {
    let app = TestApp::start().await;
    let mut secrets: Vec<String> = Vec::new();
    let c = app.citizen().await;
    let (h1, h2) = app.issue(&c).await;
    secrets.extend([h1.clone(), h2.clone()]);
    let cookie = app.login_cookie(cf(&c), &format!("{h1}{h2}")).await;
    secrets.push(cookie.split_once('=').unwrap().1.to_owned());
    let (_, body) = app.post("/pin/first-access", json!({})).await;
    let pin = body["new_pin"].as_str().unwrap().to_owned();
    secrets.push(pin.clone());
    secrets.push(app.secret(MOBILE, "verifica").await);
    secrets.push(app.secret(EMAIL, "Verifica").await);
    app.onboard().await;
    app.post(
        "/pin/change",
        json!({"current_pin": pin, "new_pin": "K7M2P9Q4"}),
    )
    .await;
    secrets.push("K7M2P9Q4".into());
    app.post(
        "/pin/restore",
        json!({"codice_fiscale": cf(&c), "tessera_sanitaria_number": c["tessera_sanitaria"]["number"],
               "contacts": {"mobile": MOBILE, "email": EMAIL}}),
    )
    .await;
    let code = app.secret(EMAIL, "provvisorio").await;
    secrets.push(code.clone());
    app.post(
        "/pin/restore/confirm",
        json!({"codice_fiscale": cf(&c), "code": code}),
    )
    .await;
    secrets.push(app.secret(MOBILE, "nuovo PIN").await);
    secrets.push(app.secret(EMAIL, "seconda parte").await);
    // And a phone-filed PIN through activation.
    let d = app.citizen().await;
    let mut req = request_for(&d);
    req["contacts"]["mobile"] = json!("+393209998877");
    req["contacts"]["email"] = json!("d@example.it");
    app.post("/sim/phone-requests", req).await;
    let d1 = app.secret("+393209998877", "Contact Center").await;
    secrets.push(d1.clone());
    let ts = &d["tessera_sanitaria"];
    app.post(
        "/pin/activate",
        json!({"codice_fiscale": cf(&d), "tessera_sanitaria_number": ts["number"],
               "tessera_sanitaria_expiry": ts["expiry"], "first_half": d1,
               "contacts": {"mobile": "+393209998877", "email": "d@example.it"}}),
    )
    .await;
    secrets.push(app.secret("+393209998877", "attivare").await);
    assert!(secrets.iter().all(|s| s.len() >= 6), "{secrets:?}");

    // Read every table but `messages` through SQLite itself.
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", app.db_path().display()))
        .await
        .unwrap();
    use sqlx::Row;
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'messages'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert!(tables.contains(&"credentials".to_owned()) && tables.contains(&"codes".to_owned()));
    let mut scanned = 0;
    for t in tables {
        let cols: Vec<String> = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT name FROM pragma_table_info('{t}')"
        )))
        .fetch_all(&pool)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get::<String, _>(0))
        .collect();
        for col in cols {
            let values: Vec<Option<Vec<u8>>> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                "SELECT CAST(\"{col}\" AS BLOB) FROM \"{t}\""
            )))
            .fetch_all(&pool)
            .await
            .unwrap();
            for v in values.into_iter().flatten() {
                scanned += 1;
                let v = String::from_utf8_lossy(&v).into_owned();
                let upper = v.to_uppercase();
                for s in &secrets {
                    assert!(
                        !upper.contains(&s.to_uppercase()),
                        "secret {s} in clear in {t}.{col}: {v}"
                    );
                }
            }
        }
    }
    assert!(scanned > 100, "scanned {scanned} values");
    // The secrets are in the simulator's messages (the scan looks in the right place).
    let in_messages: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM messages WHERE body LIKE ?")
        .bind(format!("%{}%", secrets[0]))
        .fetch_one(&pool)
        .await
        .unwrap();
    assert!(in_messages > 0);
}

/// Hardening item 1: an upload's transaction reads the old file, then writes
/// the new one; while other requests of the same session wrote too (then
/// every `GET /me` touched the session; now the preferences are saved
/// alongside, since reads no longer write), a deferred SQLite transaction
/// could not upgrade and answered 500 "database is locked". Every answer
/// must be 200.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn uploads_reads_and_writes_of_one_session_run_concurrently_without_errors() {
    let app = Arc::new(TestApp::start().await);
    app.l1().await;
    let (s, _) = app
        .post("/dispositivo/conversion", json!({"document": document()}))
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let done = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let readers: Vec<_> = (0..2)
        .map(|_| {
            let (app, done) = (app.clone(), done.clone());
            tokio::spawn(async move {
                let mut failures = Vec::new();
                let mut reads = 0;
                while !done.load(std::sync::atomic::Ordering::SeqCst) || reads < 20 {
                    let (s, b) = app.get("/me").await;
                    if s != StatusCode::OK {
                        failures.push(format!("GET /me: {s} {b}"));
                    }
                    let newsletter = reads % 2 == 0;
                    let (s, b) = app
                        .put(
                            "/services/preferences",
                            json!({"language": "it", "notice_channel": "sms",
                                   "newsletter": newsletter}),
                        )
                        .await;
                    if s != StatusCode::OK {
                        failures.push(format!("PUT /services/preferences: {s} {b}"));
                    }
                    reads += 1;
                }
                failures
            })
        })
        .collect();
    let mut failures = Vec::new();
    for i in 0..150 {
        let (s, b) = app
            .upload("document", jpeg(), &format!("c{i}.jpg"), "image/jpeg")
            .await;
        if s != StatusCode::OK {
            failures.push(format!("upload {i}: {s} {b}"));
        }
    }
    done.store(true, std::sync::atomic::Ordering::SeqCst);
    for r in readers {
        failures.extend(r.await.unwrap());
    }
    assert!(
        failures.is_empty(),
        "{} failures: {:?}",
        failures.len(),
        &failures[..failures.len().min(5)]
    );
}
