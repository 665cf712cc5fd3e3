//! The sede's sealed envelope outside one process: it is kept in the
//! database, so another server process on the same database serves it to
//! the issuing operator's browser (several processes on PostgreSQL behind a
//! proxy without sticky sessions); the database itself holds the PIN only
//! encrypted under a key derived from that browser's cookie, which it
//! never stores; another operator session gets 404.

use reqwest::{Client, StatusCode};
use serde_json::json;
use sqlx::Row;

use crate::fixtures::{cf, pdf_text};
use crate::harness::{TestApp, OPERATOR_PASSWORD};

/// The PIN printed in an envelope (four groups of four characters).
fn pin_in(pdf: &[u8]) -> String {
    let text = pdf_text(pdf);
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| {
            let compact: String = l.chars().filter(|c| !c.is_whitespace()).collect();
            compact.len() == 16
                && l.split(' ').count() == 4
                && compact.chars().all(|c| c.is_ascii_alphanumeric())
        })
        .unwrap_or_else(|| panic!("no PIN in the envelope: {text}"));
    line.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Logs in as the sede operator on `app`: the cookie (`name=value`).
async fn sede_cookie(app: &TestApp) -> String {
    let rec = app
        .send(
            Client::new()
                .post(app.url("/operator/session"))
                .json(&json!({"username": "sportello", "password": OPERATOR_PASSWORD})),
        )
        .await;
    assert_eq!(rec.status, StatusCode::OK);
    rec.header("set-cookie")
        .split(';')
        .next()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn another_process_serves_the_envelope_and_the_database_holds_no_pin() {
    // Two servers on one SQLite file (as two processes on one PostgreSQL).
    let shared = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", shared.path().join("shared.db").display());
    let a = TestApp::start_with(|cfg| cfg.database = db.clone()).await;
    let b = TestApp::start_with(|cfg| cfg.database = db.clone()).await;

    let c = a.citizen().await;
    let cookie = sede_cookie(&a).await;
    let body = json!({"codice_fiscale": cf(&c), "exception": null,
        "document": {"kind": "carta_identita", "number": "AA1234567", "issuer": "Comune di Roma",
                     "issued_on": "2018-01-10", "expires_on": "2028-01-10"}});
    let rec = a
        .send(
            Client::new()
                .post(a.url("/operator/in-person-pins"))
                .header("cookie", &cookie)
                .json(&body),
        )
        .await;
    assert_eq!(rec.status, StatusCode::CREATED, "{}", rec.what());
    let url = rec.json()["envelope_url"].as_str().unwrap().to_owned();
    let path = url.strip_prefix("/api/v1").unwrap().to_owned();

    // Printed through the other process, with the same browser's cookie.
    let rec = b
        .send(Client::new().get(b.url(&path)).header("cookie", &cookie))
        .await;
    assert_eq!(rec.status, StatusCode::OK, "{}", rec.what());
    let pin = pin_in(&rec.body);
    // …and it is the PIN: it logs in on the first process.
    let (s, body) = a.login(cf(&c), &pin).await;
    assert_eq!(s, StatusCode::OK, "{body}");
    assert_eq!(body["level"], "L2");

    // Another sede session, on either process, gets nothing.
    for app in [&a, &b] {
        let other = sede_cookie(app).await;
        let rec = app
            .send(Client::new().get(app.url(&path)).header("cookie", &other))
            .await;
        assert_eq!(rec.status, StatusCode::NOT_FOUND);
    }

    // The database holds the envelope, but not the PIN in clear.
    let pool = sqlx::SqlitePool::connect(&db).await.unwrap();
    let rows = sqlx::query("SELECT sealed, data_json, session_id FROM sede_envelopes")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(rows.len(), 1);
    let sealed: Vec<u8> = rows[0].get("sealed");
    let data: String = rows[0].get("data_json");
    let session: String = rows[0].get("session_id");
    let token = cookie.split_once('=').unwrap().1;
    assert!(!String::from_utf8_lossy(&sealed).contains(&pin));
    assert!(!data.contains(&pin) && data.contains(cf(&c)), "{data}");
    assert!(!session.contains(token), "only the cookie's hash is kept");
}

/// The envelope can be printed again within 10 minutes (a paper jam), by
/// the same session only, and a sealed envelope altered in the database is
/// refused (404) rather than printed wrong.
#[tokio::test]
async fn an_altered_envelope_is_never_printed() {
    let shared = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", shared.path().join("shared.db").display());
    let app = TestApp::start_with(|cfg| cfg.database = db.clone()).await;
    let c = app.citizen().await;
    let cookie = sede_cookie(&app).await;
    let body = json!({"codice_fiscale": cf(&c), "exception": null,
        "document": {"kind": "carta_identita", "number": "AA1234567", "issuer": "Comune di Roma",
                     "issued_on": "2018-01-10", "expires_on": "2028-01-10"}});
    let rec = app
        .send(
            Client::new()
                .post(app.url("/operator/in-person-pins"))
                .header("cookie", &cookie)
                .json(&body),
        )
        .await;
    assert_eq!(rec.status, StatusCode::CREATED, "{}", rec.what());
    let url = rec.json()["envelope_url"].as_str().unwrap().to_owned();
    let path = url.strip_prefix("/api/v1").unwrap().to_owned();
    let get = || async {
        app.send(Client::new().get(app.url(&path)).header("cookie", &cookie))
            .await
    };
    let first = pin_in(&get().await.body);
    assert_eq!(pin_in(&get().await.body), first, "printed again");

    let pool = sqlx::SqlitePool::connect(&db).await.unwrap();
    sqlx::query("UPDATE sede_envelopes SET sealed = zeroblob(48)")
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(get().await.status, StatusCode::NOT_FOUND);
}
