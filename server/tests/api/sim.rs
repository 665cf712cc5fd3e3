//! The simulator: the clock (kept across restarts, bounded to 2000–2099,
//! every rule holding at its end), the synthetic registry (given fields,
//! refusing what the archive could not hold).

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::fixtures::{cf, request_for};
use crate::harness::{TestApp, EMAIL, MOBILE};

#[tokio::test]
async fn clock_set_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_owned();
    let app = TestApp::start_in(dir, |_| {}).await;
    let (status, body) = app.set_clock("2020-06-15T10:00:00Z").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["now"], "2020-06-15T10:00:00Z");
    let (_, status) = app.get("/sim/status").await;
    assert_eq!(status["post_delay_days"], 7);
    assert_eq!(status["cutoff_date"], "2020-10-01");

    let again = TestApp::start_in(tempfile::TempDir::new_in(&path).unwrap(), |cfg| {
        cfg.database = format!("sqlite://{}", path.join("t.db").display());
    })
    .await;
    let (_, body) = again.get("/sim/clock").await;
    assert!(
        body["now"]
            .as_str()
            .unwrap()
            .starts_with("2020-06-15T10:00"),
        "{body}"
    );
}

#[tokio::test]
async fn citizens_accept_given_fields_and_role() {
    let app = TestApp::start().await;
    let (status, c) = app
        .post(
            "/sim/citizens",
            json!({"surname": "Bianchi", "role": "intermediary", "sex": "F"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{c}");
    assert_eq!(c["surname"], "Bianchi");
    assert_eq!(c["role"], "intermediary");
    assert!(c["codice_fiscale"].as_str().unwrap().starts_with("BNC"));
    assert_eq!(c["tessera_sanitaria"]["number"].as_str().unwrap().len(), 20);
    let (status, body) = app
        .get(&format!(
            "/codice-fiscale/{}",
            c["codice_fiscale"].as_str().unwrap()
        ))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["valid"], true);
}

/// Hardening item 7: the simulator stored an empty or one-character codice
/// fiscale, an empty tessera sanitaria number, a birth date 9999-12-31.
#[tokio::test]
async fn the_simulator_registry_refuses_what_the_archive_could_not_hold() {
    let app = TestApp::start().await;
    for (body, field) in [
        (json!({"codice_fiscale": ""}), "codice_fiscale"),
        (json!({"codice_fiscale": "R"}), "codice_fiscale"),
        (
            json!({"codice_fiscale": "RSSMRA80A01H501V"}),
            "codice_fiscale",
        ),
        (
            json!({"tessera_sanitaria": {"number": "", "expiry": "2024-12-31"}}),
            "tessera_sanitaria.number",
        ),
        (json!({"birth_date": "9999-12-31"}), "birth_date"),
        (json!({"surname": ""}), "surname"),
        (
            json!({"residence": {"address": "Via Roma", "civic": "1", "province": "Roma",
                                 "comune": "Roma", "cap": "00184"}}),
            "residence.province",
        ),
    ] {
        let (s, b) = app.post("/sim/citizens", body.clone()).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {b}");
        assert_eq!(b["code"], "VALIDATION");
        let fields: Vec<&str> = b["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["field"].as_str().unwrap())
            .collect();
        assert!(fields.contains(&field), "{body}: {b}");
    }
    let (_, all) = app.get("/sim/citizens?limit=1000").await;
    for c in all.as_array().unwrap() {
        let cf = c["codice_fiscale"].as_str().unwrap();
        assert_eq!(cf.len(), 16, "{c}");
        assert_eq!(c["tessera_sanitaria"]["number"].as_str().unwrap().len(), 20);
    }
    // A valid record is still accepted.
    let (s, b) = app
        .post(
            "/sim/citizens",
            json!({"codice_fiscale": "rssmra80a01h501u"}),
        )
        .await;
    assert!(
        s == StatusCode::CREATED || b["code"] == "CITIZEN_EXISTS",
        "{s} {b}"
    );
}

/// Hardening item 4, the letter: a PIN requested in the last minute of the
/// clock's range gets a due date past it without any overflow.
#[tokio::test]
async fn a_letter_posted_at_the_end_of_the_clock_range_is_still_in_transit() {
    let app = TestApp::start_with(|cfg| {
        cfg.cutoff_date = "2100-01-01".parse().unwrap();
        cfg.post_delay_days = 365;
    })
    .await;
    let (s, b) = app.set_clock("2099-12-31T23:59:00Z").await;
    assert_eq!(s, StatusCode::OK, "{b}");
    // Born this century: in 2099 a two-digit year reads as 20xx.
    let c = app.citizen_with(json!({"birth_date": "2005-05-05"})).await;
    let (s, b) = app.post("/pin-requests", request_for(&c)).await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let letters = app.messages(c["codice_fiscale"].as_str().unwrap()).await;
    assert_eq!(letters.len(), 1, "{letters:?}");
    assert!(letters[0]["delivered_at"].is_null());
}

/// Hardening item 4: `{"advance_seconds": i64::MIN}` wrapped the clock to
/// the year 262142, after which Ripristina and the 10th wrong login dropped
/// the connection (a panic on date overflow). Moves outside the clock's
/// range are refused with `VALIDATION` and change nothing; at the very end
/// of the range every rule that adds a duration (lockout, codes, letters)
/// still answers within the contract.
#[tokio::test]
async fn the_clock_is_bounded_and_every_rule_holds_at_its_end() {
    // The PIN's end of life moved past the range, so logins still work there.
    let app = TestApp::start_with(|c| c.pin_end_date = chrono::NaiveDate::MAX).await;
    let (c, pin) = app.ready().await;
    let (_, before) = app.get("/sim/clock").await;
    for body in [
        json!({"advance_seconds": i64::MIN}),
        json!({"advance_seconds": i64::MAX}),
        json!({"advance_seconds": 200i64 * 365 * 86_400}),
        json!({"set": "2100-01-01T00:00:00Z"}),
        json!({"set": "1999-12-31T23:59:59Z"}),
    ] {
        let (status, b) = app.post("/sim/clock", body.clone()).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {b}");
        assert_eq!(b["code"], "VALIDATION");
        assert_eq!(b["fields"][0]["code"], "CLOCK_RANGE", "{b}");
        assert!(b["message"].as_str().unwrap().contains("controllare"));
    }
    let (_, after) = app.get("/sim/clock").await;
    let secs = |v: &Value| {
        chrono::DateTime::parse_from_rfc3339(v["now"].as_str().unwrap())
            .unwrap()
            .timestamp()
    };
    assert!(
        (secs(&after) - secs(&before)).abs() < 60,
        "{before} {after}"
    );

    // The last minute of the range: lockout, codes and letters.
    let (status, b) = app.set_clock("2099-12-31T23:58:00Z").await;
    assert_eq!(status, StatusCode::OK, "{b}");
    let cf = cf(&c);
    for _ in 0..9 {
        let (status, b) = app.login(cf, "ZZZZ9999").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{b}");
    }
    let (status, b) = app.login(cf, "ZZZZ9999").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "the 10th: {b}");
    let (status, b) = app.login(cf, &pin).await;
    assert_eq!(status, StatusCode::LOCKED, "{b}");
    assert!(b["retry_after_seconds"].as_i64().unwrap() > 0);

    let ts = c["tessera_sanitaria"]["number"].as_str().unwrap();
    let (status, b) = app
        .post(
            "/pin/restore",
            json!({"codice_fiscale": cf, "tessera_sanitaria_number": ts,
                   "contacts": {"mobile": MOBILE, "email": EMAIL, "pec": null}}),
        )
        .await;
    assert_eq!(status, StatusCode::ACCEPTED, "{b}");
    let code = app.secret(EMAIL, "Ripristino").await;
    let (status, b) = app
        .post(
            "/pin/restore/confirm",
            json!({"codice_fiscale": cf, "code": code}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{b}");
}
