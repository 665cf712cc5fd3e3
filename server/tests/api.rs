//! End-to-end tests of the JSON API: each test spawns the real app on a free
//! port with its own temporary SQLite database and cheap Argon2 parameters.

mod common;

use std::path::Path;

use reqwest::{Client, StatusCode};
use serde_json::{json, Value};
use server::config::ServeConfig;

struct TestApp {
    base: String,
    addr: String,
    client: Client,
    _dir: tempfile::TempDir,
}

async fn start() -> TestApp {
    start_with(|_| {}).await
}

async fn start_with(tweak: impl FnOnce(&mut ServeConfig)) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    start_in(dir, tweak).await
}

async fn start_in(dir: tempfile::TempDir, tweak: impl FnOnce(&mut ServeConfig)) -> TestApp {
    let mut cfg = common::config(&dir.path().join("t.db"), 3);
    tweak(&mut cfg);
    let addr = common::spawn(cfg).await;
    TestApp {
        base: common::api_base(addr),
        addr: addr.to_string(),
        client: common::new_client(),
        _dir: dir,
    }
}

impl TestApp {
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    async fn get(&self, path: &str) -> (StatusCode, Value) {
        common::get_json(&self.client, self.url(path)).await
    }

    async fn post(&self, path: &str, body: Value) -> (StatusCode, Value) {
        common::post_json(&self.client, self.url(path), body).await
    }

    /// A fresh registry citizen.
    async fn citizen(&self) -> Value {
        common::citizen(&self.client, &self.base, json!({})).await
    }

    async fn messages(&self, recipient: &str) -> Vec<Value> {
        let (status, msgs) = common::messages(&self.client, &self.base, recipient).await;
        assert_eq!(status, StatusCode::OK);
        msgs
    }

    async fn advance_days(&self, days: i64) {
        let (status, _) = self
            .post("/sim/clock", json!({"advance_seconds": days * 86_400}))
            .await;
        assert_eq!(status, StatusCode::OK);
    }

    async fn login(&self, cf: &str, pin: &str) -> (StatusCode, Value) {
        self.post("/session", json!({"codice_fiscale": cf, "pin": pin}))
            .await
    }

    /// Requests a PIN for `c` and returns (half 1 from the SMS, half 2 from
    /// the letter once delivered).
    async fn issue_pin(&self, c: &Value) -> (String, String) {
        let (status, body) = self.post("/pin-requests", request_for(c)).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        assert_eq!(body["status"], "issued");
        let sms = self.messages("+39 333 1234567").await;
        let half1 = sms[0]["secret"].as_str().unwrap().to_owned();
        self.advance_days(8).await;
        let post = self.messages(c["codice_fiscale"].as_str().unwrap()).await;
        let half2 = post[0]["secret"].as_str().unwrap().to_owned();
        (half1, half2)
    }
}

/// A valid request matching the registry record of `c`, with the fiscal
/// code in lower case.
fn request_for(c: &Value) -> Value {
    let mut r = common::request_for(c);
    r["codice_fiscale"] = json!(c["codice_fiscale"].as_str().unwrap().to_lowercase());
    r
}

fn fields(body: &Value) -> Vec<String> {
    body["fields"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|f| f["field"].as_str().unwrap().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn health_answers_ok_with_security_headers() {
    let app = start().await;
    let r = app.client.get(app.url("/health")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let h = r.headers().clone();
    assert!(h["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("frame-ancestors 'none'"));
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["referrer-policy"], "same-origin");
    assert_eq!(r.json::<Value>().await.unwrap(), json!({"status": "ok"}));
}

#[tokio::test]
async fn full_journey_request_halves_first_access_and_login() {
    let app = start().await;
    let c = app.citizen().await;
    let cf = c["codice_fiscale"].as_str().unwrap().to_owned();

    let (status, body) = app.post("/pin-requests", request_for(&c)).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["status"], "issued");
    assert!(body["request_id"].is_string());

    // Half 1 at once by SMS and e-mail; spacing of the number does not matter.
    let sms = app.messages("+39 333 123 4567").await;
    assert_eq!(sms.len(), 1);
    assert_eq!(sms[0]["channel"], "sms");
    let half1 = sms[0]["secret"].as_str().unwrap().to_owned();
    assert_eq!(half1.len(), 8);
    assert!(sms[0]["body"].as_str().unwrap().contains(&half1));
    let mail = app.messages("PERSONA@example.it").await;
    assert_eq!(mail[0]["channel"], "email");
    assert_eq!(mail[0]["secret"], half1.as_str());

    // The letter is on its way until the post delay has passed.
    let post = app.messages(&cf.to_lowercase()).await;
    assert_eq!(post.len(), 1);
    assert_eq!(post[0]["channel"], "post");
    assert!(post[0]["delivered_at"].is_null());
    assert!(post[0]["body"]
        .as_str()
        .unwrap()
        .contains(&c["residence"]["cap"].as_str().unwrap().to_owned()));
    app.advance_days(8).await;
    let post = app.messages(&cf).await;
    assert!(post[0]["delivered_at"].is_string());
    let half2 = post[0]["secret"].as_str().unwrap().to_owned();

    // First access with the 16 characters (any case, spaces around).
    let initial = format!(" {}{} ", half1.to_lowercase(), half2);
    let (status, body) = app.login(&cf, &initial).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        body,
        json!({"next": "change_pin", "reason": "first_access", "level": "L1"})
    );
    let (status, body) = app.post("/pin/first-access", json!({})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let new_pin = body["new_pin"].as_str().unwrap().to_owned();
    assert_eq!(new_pin.len(), 8);

    // The 16 characters never work again; the new PIN does.
    let (status, body) = app.login(&cf, &initial).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    let (status, body) = app.login(&cf, &new_pin).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // Onboarding (SPEC §4.3) is not finished: the contacts come next.
    assert_eq!(body["next"], "verify_contacts");
    assert_eq!(body["level"], "L1");

    let (status, me) = app.get("/me").await;
    assert_eq!(status, StatusCode::OK, "{me}");
    assert_eq!(me["codice_fiscale"], cf.as_str());
    assert_eq!(me["pin_state"], "active");
    assert_eq!(me["level"], "L1");
    assert!(me["pin_expires_at"].is_string());

    let r = app.client.delete(app.url("/session")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let (status, _) = app.get("/me").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn first_half_alone_opens_a_restricted_session() {
    let app = start().await;
    let c = app.citizen().await;
    let cf = c["codice_fiscale"].as_str().unwrap();
    let (half1, _) = app.issue_pin(&c).await;
    let (status, body) = app.login(cf, &half1).await;
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
async fn expired_pin_leads_to_change_and_the_new_one_works() {
    let app = start().await;
    let c = app.citizen().await;
    let cf = c["codice_fiscale"].as_str().unwrap();
    let (h1, h2) = app.issue_pin(&c).await;
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
async fn second_request_for_the_same_cf_is_refused() {
    let app = start().await;
    let c = app.citizen().await;
    let (status, _) = app.post("/pin-requests", request_for(&c)).await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, body) = app.post("/pin-requests", request_for(&c)).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["code"], "PIN_ALREADY_ASSIGNED");
    let cf = c["codice_fiscale"].as_str().unwrap();
    assert_eq!(
        body["message"],
        format!("L'utente {cf} ha già un PIN assegnato")
    );
}

#[tokio::test]
async fn validation_errors_name_the_fields() {
    let app = start().await;
    let c = app.citizen().await;

    let mut req = request_for(&c);
    req["personal"]["surname"] = json!("Zzyzx");
    let (status, body) = app.post("/pin-requests", req).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["code"], "VALIDATION");
    let surname = body["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["field"] == "personal.surname");
    assert_eq!(
        surname.unwrap()["message"],
        "Il cognome non corrisponde al codice fiscale",
        "{body}"
    );

    let mut req = request_for(&c);
    req["contacts"]["mobile"] = Value::Null;
    req["contacts"]["email"] = Value::Null;
    let (status, body) = app.post("/pin-requests", req).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let f = fields(&body);
    assert!(f.contains(&"contacts.mobile".to_owned()), "{f:?}");
    assert!(f.contains(&"contacts.email".to_owned()), "{f:?}");

    let (status, body) = app
        .post("/pin-requests", json!({"codice_fiscale": "XXX"}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(fields(&body).contains(&"codice_fiscale".to_owned()));
    // Nothing was issued by the refused requests.
    assert!(app.messages("+393331234567").await.is_empty());
}

#[tokio::test]
async fn malformed_json_is_a_bad_request_in_the_error_shape() {
    let app = start().await;
    let r = app
        .client
        .post(app.url("/pin-requests"))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["code"], "BAD_REQUEST");
}

#[tokio::test]
async fn residence_mismatch_holds_half_two_and_queues_a_callback() {
    let app = start().await;
    let c = app.citizen().await;
    let mut req = request_for(&c);
    req["residence"]["civic"] = json!("999B");
    req["contacts"]["home_phone"] = json!("+39 06 5551234");
    req["contacts"]["preferred_phone"] = json!("home");
    req["contacts"]["preferred_time"] = json!("13-18");
    let (status, body) = app.post("/pin-requests", req).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["status"], "awaiting_verification");

    // Half 1 still goes out; the letter does not.
    assert_eq!(app.messages("+393331234567").await.len(), 1);
    app.advance_days(30).await;
    assert!(app
        .messages(c["codice_fiscale"].as_str().unwrap())
        .await
        .is_empty());
    let calls = app.messages("+39065551234").await;
    assert_eq!(calls.len(), 1, "{calls:?}");
    assert_eq!(calls[0]["channel"], "call");
    assert!(calls[0]["body"]
        .as_str()
        .unwrap()
        .contains("dalle 13 alle 18"));
    assert!(calls[0]["secret"].is_null());
}

/// Issue item 11: "V. Nazionale 12" is the registry's "Via Nazionale 12" —
/// no callback is queued (nobody works that queue yet) and the letter with
/// half 2 arrives after the post delay, as for an exact match.
#[tokio::test]
async fn abbreviated_street_type_is_not_queued_for_callback_and_the_letter_arrives() {
    let app = start().await;
    for (i, (address, civic)) in [("V. Nazionale", "12"), ("V.Nazionale, n. 12", "n° 12")]
        .into_iter()
        .enumerate()
    {
        let c = common::citizen(
            &app.client,
            &app.base,
            json!({"residence": {"address": "Via Nazionale", "civic": "12",
                                 "province": "RM", "comune": "Roma", "cap": "00184"}}),
        )
        .await;
        let cf = c["codice_fiscale"].as_str().unwrap().to_owned();
        let mobile = format!("+3933300000{i:02}");
        let mut req = request_for(&c);
        req["residence"]["address"] = json!(address);
        req["residence"]["civic"] = json!(civic);
        req["contacts"]["mobile"] = json!(mobile);
        let (status, body) = app.post("/pin-requests", req).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        assert_eq!(body["status"], "issued", "{address} {civic}: {body}");

        // Half 1 by SMS, and no call from the contact center.
        let phone = app.messages(&mobile).await;
        assert_eq!(phone.len(), 1, "{phone:?}");
        assert_eq!(phone[0]["channel"], "sms");
        let half1 = phone[0]["secret"].as_str().unwrap().to_owned();

        // The letter is in the post (not held), and arrives after the delay.
        let post = app.messages(&cf).await;
        assert_eq!(post.len(), 1, "{post:?}");
        assert_eq!(post[0]["channel"], "post");
        assert!(post[0]["delivered_at"].is_null());
        app.advance_days(6).await;
        assert!(app.messages(&cf).await[0]["delivered_at"].is_null());
        app.advance_days(1).await;
        let post = app.messages(&cf).await;
        assert!(post[0]["delivered_at"].is_string(), "{post:?}");
        let half2 = post[0]["secret"].as_str().unwrap().to_owned();
        assert_eq!(half2.len(), 8);

        // The two halves make the PIN of the first access.
        let (status, body) = app.login(&cf, &format!("{half1}{half2}")).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["next"], "change_pin");
        let r = app.client.delete(app.url("/session")).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::NO_CONTENT);
    }
    // Still nothing for an operator to call about.
    let calls: Vec<Value> = app
        .get("/sim/messages")
        .await
        .1
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["channel"] == "call")
        .cloned()
        .collect();
    assert!(calls.is_empty(), "{calls:?}");
}

#[tokio::test]
async fn unknown_cf_is_verified_by_the_contact_center() {
    let app = start().await;
    // A valid code absent from the registry.
    let cf = domain::codice_fiscale::encode(
        "Verdi",
        "Giuseppe",
        domain::api::Sex::M,
        chrono::NaiveDate::from_ymd_opt(1980, 1, 1).unwrap(),
        "F205",
    );
    let req = request_for(&json!({
        "codice_fiscale": cf, "surname": "Verdi", "name": "Giuseppe",
        "birth_date": "1980-01-01", "sex": "M", "birthplace_code": "F205",
        "residence": {"address": "Via Dante", "civic": "3", "province": "MI", "comune": "Milano", "cap": "20121"}
    }));
    let (status, body) = app.post("/pin-requests", req).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["status"], "awaiting_verification");
}

#[tokio::test]
async fn requests_stop_at_the_cutoff_date() {
    let app = start().await;
    let c = app.citizen().await;
    let (status, _) = app
        .post("/sim/clock", json!({"set": "2020-10-01T00:00:00Z"}))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = app.post("/pin-requests", request_for(&c)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["code"], "PIN_ISSUANCE_CLOSED");
    let msg = body["message"].as_str().unwrap();
    assert!(
        msg.contains("SPID") && msg.contains("CIE") && msg.contains("CNS"),
        "{msg}"
    );
}

#[tokio::test]
async fn wrong_or_unknown_credentials_get_the_same_401() {
    let app = start().await;
    let c = app.citizen().await;
    let cf = c["codice_fiscale"].as_str().unwrap();
    app.issue_pin(&c).await;
    let (status, wrong) = app.login(cf, "AAAAAAAA").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong["code"], "INVALID_CREDENTIALS");
    assert_eq!(wrong["message"], "Codice fiscale o PIN errati");
    let (status, unknown) = app.login("RSSMRA80A01H501U", "AAAAAAAA").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown, wrong);
}

#[tokio::test]
async fn ten_wrong_attempts_lock_the_pin() {
    let app = start().await;
    let c = app.citizen().await;
    let cf = c["codice_fiscale"].as_str().unwrap();
    let (h1, h2) = app.issue_pin(&c).await;
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
    app.post("/sim/clock", json!({"advance_seconds": 181}))
        .await;
    let (status, _) = app.login(cf, "WRONGPIN").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = app.login(cf, &format!("{h1}{h2}")).await;
    assert_eq!(status, StatusCode::LOCKED);

    // After that block the right PIN works and resets the count.
    app.post("/sim/clock", json!({"advance_seconds": 181}))
        .await;
    let (status, body) = app.login(cf, &format!("{h1}{h2}")).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, _) = app.login(cf, "WRONGPIN").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn concurrent_wrong_attempts_check_at_most_ten() {
    let app = start().await;
    let c = app.citizen().await;
    let cf = c["codice_fiscale"].as_str().unwrap().to_owned();
    app.issue_pin(&c).await;
    let mut tasks = Vec::new();
    for _ in 0..50 {
        let client = Client::new();
        let url = app.url("/session");
        let cf = cf.clone();
        tasks.push(tokio::spawn(async move {
            client
                .post(url)
                .json(&json!({"codice_fiscale": cf, "pin": "WRONGPIN"}))
                .send()
                .await
                .unwrap()
                .status()
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

#[tokio::test]
async fn foreign_origin_cannot_change_state_but_scripts_can() {
    let app = start().await;
    let body = json!({"codice_fiscale": "RSSMRA80A01H501U", "pin": "AAAAAAAA"});
    let r = app
        .client
        .post(app.url("/session"))
        .header("origin", "https://evil.example")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(r.json::<Value>().await.unwrap()["code"], "CSRF");
    // Same origin passes (and gets the ordinary 401).
    let r = app
        .client
        .post(app.url("/session"))
        .header("origin", format!("http://{}", app.addr))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    // No Origin at all: a script.
    let (status, _) = app.login("RSSMRA80A01H501U", "AAAAAAAA").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // Reading is never blocked.
    let r = app
        .client
        .get(app.url("/health"))
        .header("origin", "https://evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
}

#[tokio::test]
async fn session_cookie_flags() {
    let app = start().await;
    let c = app.citizen().await;
    let (h1, _) = app.issue_pin(&c).await;
    let r = app
        .client
        .post(app.url("/session"))
        .header("x-forwarded-proto", "https")
        .json(&json!({"codice_fiscale": c["codice_fiscale"], "pin": h1}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("pin_inps_session="));
    for flag in ["HttpOnly", "SameSite=Strict", "Path=/", "Secure"] {
        assert!(cookie.contains(flag), "{cookie}");
    }
}

#[tokio::test]
async fn idle_sessions_expire_on_the_simulated_clock() {
    let app = start().await;
    let c = app.citizen().await;
    let (h1, _) = app.issue_pin(&c).await;
    app.login(c["codice_fiscale"].as_str().unwrap(), &h1).await;
    assert_eq!(app.get("/me").await.0, StatusCode::OK);
    app.post("/sim/clock", json!({"advance_seconds": 31 * 60}))
        .await;
    assert_eq!(app.get("/me").await.0, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn clock_set_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_owned();
    let app = start_in(dir, |_| {}).await;
    let (status, body) = app
        .post("/sim/clock", json!({"set": "2020-06-15T10:00:00Z"}))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["now"], "2020-06-15T10:00:00Z");
    let (_, status) = app.get("/sim/status").await;
    assert_eq!(status["post_delay_days"], 7);
    assert_eq!(status["cutoff_date"], "2020-10-01");

    let again = start_in(tempfile::TempDir::new_in(&path).unwrap(), |cfg| {
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
async fn sim_routes_can_be_disabled() {
    let app = start_with(|cfg| cfg.no_sim = true).await;
    assert_eq!(app.get("/sim/clock").await.0, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/health").await.0, StatusCode::OK);
}

#[tokio::test]
async fn citizens_accept_given_fields_and_role() {
    let app = start().await;
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

#[tokio::test]
async fn openapi_lists_every_endpoint() {
    let app = start().await;
    let (status, doc) = app.get("/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(doc["openapi"], "3.1.0");
    for path in [
        "/api/v1/health",
        "/api/v1/codice-fiscale/{code}",
        "/api/v1/places/provinces",
        "/api/v1/sim/clock",
        "/api/v1/sim/citizens",
        "/api/v1/sim/messages",
        "/api/v1/pin-requests",
        "/api/v1/session",
        "/api/v1/pin/first-access",
        "/api/v1/pin/change",
        "/api/v1/me",
    ] {
        assert!(doc["paths"].get(path).is_some(), "missing {path}");
    }
}

fn write(dir: &Path, rel: &str, content: &str) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, content).unwrap();
}

#[tokio::test]
async fn spa_is_served_with_deep_link_fallback_and_cache_headers() {
    let ui = tempfile::tempdir().unwrap();
    write(ui.path(), "index.html", "<!doctype html><title>PIN</title>");
    write(ui.path(), "pkg/app-0a1b2c3d4e.js", "console.log(1)");
    let ui_path = ui.path().to_owned();
    let app = start_with(|cfg| cfg.static_dir = Some(ui_path)).await;
    let root = format!("http://{}", app.addr);

    let r = app
        .client
        .get(format!("{root}/richiedi-pin/passo-2"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["cache-control"], "no-cache");
    assert!(r.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("wasm-unsafe-eval"));
    assert!(r.text().await.unwrap().contains("<title>PIN</title>"));

    let r = app
        .client
        .get(format!("{root}/pkg/app-0a1b2c3d4e.js"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        r.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );

    // Unknown API paths stay JSON errors, not the SPA.
    let r = app
        .client
        .get(format!("{root}/api/v1/nope"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(r.json::<Value>().await.unwrap()["code"], "NOT_FOUND");
}

/// Hardening item 3: a browser's cross-site request may carry no `Origin`
/// but always carries fetch metadata; either refuses it. Scripts that send
/// neither keep working.
#[tokio::test]
async fn cross_site_fetch_metadata_is_refused_even_without_origin() {
    let app = start().await;
    let delete = |site: Option<&'static str>, origin: Option<String>| {
        let mut r = app.client.delete(app.url("/session"));
        if let Some(site) = site {
            r = r.header("sec-fetch-site", site);
        }
        if let Some(origin) = origin {
            r = r.header("origin", origin);
        }
        r.send()
    };
    for (site, origin) in [
        (Some("cross-site"), None),
        (Some("same-site"), None),
        (Some("cross-site"), Some(format!("http://{}", app.addr))),
        (None, Some("https://evil.example".to_owned())),
        (Some("same-origin"), Some("https://evil.example".to_owned())),
    ] {
        let r = delete(site, origin.clone()).await.unwrap();
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{site:?} {origin:?}");
        let b: Value = r.json().await.unwrap();
        assert_eq!(b["code"], "CSRF");
    }
    for (site, origin) in [
        (None, None),
        (Some("same-origin"), None),
        (Some("none"), None),
        (Some("same-origin"), Some(format!("http://{}", app.addr))),
    ] {
        let r = delete(site, origin.clone()).await.unwrap();
        assert_eq!(r.status(), StatusCode::NO_CONTENT, "{site:?} {origin:?}");
    }
    // A POST too, not only DELETE.
    let r = app
        .client
        .post(app.url("/session"))
        .header("sec-fetch-site", "cross-site")
        .json(&json!({"codice_fiscale": "RSSMRA80A01H501U", "pin": "ABCDEFGH"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}

/// The status, content type and JSON body of a raw request.
async fn raw(r: reqwest::RequestBuilder) -> (StatusCode, String, Value) {
    let r = r.send().await.unwrap();
    let status = r.status();
    let ct = r
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let text = r.text().await.unwrap();
    let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
    (status, ct, body)
}

/// Hardening item 6: extractor rejections answered English `text/plain`,
/// `/codice-fiscale/%FF` broke its "200 always", and a 10 MB body was 400.
#[tokio::test]
async fn every_rejection_answers_in_the_error_shape_in_italian() {
    let app = start().await;
    let root = app.base.trim_end_matches("/api/v1").to_owned();
    let (s, ct, b) = raw(app
        .client
        .get(format!("{root}/api/v1/codice-fiscale/%FF%FE")))
    .await;
    assert_eq!(
        (s, ct.as_str()),
        (StatusCode::OK, "application/json"),
        "{b}"
    );
    assert_eq!(b["valid"], false);
    let (s, _, b) = raw(app.client.get(format!(
        "{root}/api/v1/codice-fiscale/RSSMRA80A01H501U?surname=%FF&surname=Rossi&x=%%"
    )))
    .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["valid"], true);

    let mut big = String::from("{\"codice_fiscale\": \"");
    big.push_str(&"A".repeat(10 * 1024 * 1024));
    big.push_str("\"}");
    let cases = [
        (
            app.client
                .get(format!("{root}/api/v1/places/provinces/%FF/comuni")),
            StatusCode::BAD_REQUEST,
            "BAD_REQUEST",
        ),
        (
            app.client.get(app.url("/sim/citizens?limit=molti")),
            StatusCode::BAD_REQUEST,
            "BAD_REQUEST",
        ),
        (
            app.client.get(app.url("/sim/messages?recipient=%FF")),
            StatusCode::OK,
            "",
        ),
        (
            app.client
                .post(app.url("/pin-requests"))
                .header("content-type", "application/json")
                .body(big),
            StatusCode::PAYLOAD_TOO_LARGE,
            "PAYLOAD_TOO_LARGE",
        ),
        (
            app.client.post(app.url("/pin-requests")).body("{}"),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "UNSUPPORTED_MEDIA_TYPE",
        ),
        (
            app.client.put(app.url("/session")),
            StatusCode::METHOD_NOT_ALLOWED,
            "METHOD_NOT_ALLOWED",
        ),
        (
            app.client.get(app.url("/non-esiste")),
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
        ),
    ];
    for (req, status, code) in cases {
        let (s, ct, b) = raw(req).await;
        assert_eq!(s, status, "{b}");
        assert!(ct.starts_with("application/json"), "{status}: {ct} {b}");
        if !code.is_empty() {
            assert_eq!(b["code"], code, "{b}");
            let message = b["message"].as_str().unwrap();
            assert!(
                [
                    "Richiesta",
                    "La richiesta",
                    "Risorsa",
                    "Operazione",
                    "Formato"
                ]
                .iter()
                .any(|w| message.starts_with(w)),
                "Italian message: {message}"
            );
        }
    }
}

/// Hardening item 7: the simulator stored an empty or one-character codice
/// fiscale, an empty tessera sanitaria number, a birth date 9999-12-31.
#[tokio::test]
async fn the_simulator_registry_refuses_what_the_archive_could_not_hold() {
    let app = start().await;
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

/// Hardening item 9: personal data is never cached; HSTS over HTTPS.
#[tokio::test]
async fn api_answers_are_not_cached_and_https_gets_hsts() {
    let app = start().await;
    for path in ["/me", "/sim/clock", "/health", "/sim/citizens"] {
        let r = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(r.headers()["cache-control"], "no-store", "{path}");
        assert!(r.headers().get("strict-transport-security").is_none());
    }
    // The place lists are public and keep their own caching.
    let r = app
        .client
        .get(format!("{}/places/provinces", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["cache-control"], "public, max-age=86400");
    let r = app
        .client
        .get(app.url("/health"))
        .header("x-forwarded-proto", "https")
        .send()
        .await
        .unwrap();
    assert!(r.headers()["strict-transport-security"]
        .to_str()
        .unwrap()
        .starts_with("max-age="));
}

/// Hardening item 4, the letter: a PIN requested in the last minute of the
/// clock's range gets a due date past it without any overflow.
#[tokio::test]
async fn a_letter_posted_at_the_end_of_the_clock_range_is_still_in_transit() {
    let app = start_with(|cfg| {
        cfg.cutoff_date = "2100-01-01".parse().unwrap();
        cfg.post_delay_days = 365;
    })
    .await;
    let (s, b) = app
        .post("/sim/clock", json!({"set": "2099-12-31T23:59:00Z"}))
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    // Born this century: in 2099 a two-digit year reads as 20xx.
    let c = common::citizen(&app.client, &app.base, json!({"birth_date": "2005-05-05"})).await;
    let (s, b) = app.post("/pin-requests", common::request_for(&c)).await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let letters = app.messages(c["codice_fiscale"].as_str().unwrap()).await;
    assert_eq!(letters.len(), 1, "{letters:?}");
    assert!(letters[0]["delivered_at"].is_null());
}
