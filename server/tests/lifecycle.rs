//! The credential lifecycle of issue 4 through the JSON API, on the simulated
//! clock: onboarding after first access (contacts, privacy), expiry by role,
//! change rules, lockout notices, restore, revoke, activation, sessions,
//! activity log, and a scan of the database for secrets in clear.

mod common;

use common::{new_client, request_for, EMAIL, MOBILE};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

struct TestApp {
    base: String,
    client: Client,
    db: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

async fn start() -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let addr = common::spawn(common::config(&db, 1)).await;
    TestApp {
        base: common::api_base(addr),
        client: new_client(),
        db,
        _dir: dir,
    }
}

impl TestApp {
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    async fn get_with(&self, client: &Client, path: &str) -> (StatusCode, Value) {
        common::get_json(client, self.url(path)).await
    }

    async fn get(&self, path: &str) -> (StatusCode, Value) {
        self.get_with(&self.client, path).await
    }

    async fn post_with(&self, client: &Client, path: &str, body: Value) -> (StatusCode, Value) {
        common::post_json(client, self.url(path), body).await
    }

    async fn post(&self, path: &str, body: Value) -> (StatusCode, Value) {
        self.post_with(&self.client, path, body).await
    }

    async fn citizen_with(&self, body: Value) -> Value {
        common::citizen(&self.client, &self.base, body).await
    }

    async fn messages(&self, recipient: &str) -> Vec<Value> {
        common::messages(&self.client, &self.base, recipient)
            .await
            .1
    }

    /// The secret of the newest message to `recipient` whose subject or
    /// body contains `hint`.
    async fn secret(&self, recipient: &str, hint: &str) -> String {
        let msgs = self.messages(recipient).await;
        let m = msgs
            .iter()
            .find(|m| {
                m["secret"].is_string()
                    && (m["subject"].as_str().unwrap().contains(hint)
                        || m["body"].as_str().unwrap().contains(hint))
            })
            .unwrap_or_else(|| panic!("no message with {hint:?} to {recipient}: {msgs:?}"));
        m["secret"].as_str().unwrap().to_owned()
    }

    async fn advance(&self, seconds: i64) {
        let (status, _) = self
            .post("/sim/clock", json!({"advance_seconds": seconds}))
            .await;
        assert_eq!(status, StatusCode::OK);
    }

    async fn login(&self, cf: &str, pin: &str) -> (StatusCode, Value) {
        self.post("/session", json!({"codice_fiscale": cf, "pin": pin}))
            .await
    }

    /// Requests a PIN (online or by phone) and returns the two halves once
    /// the letter has arrived.
    async fn issue(&self, c: &Value, path: &str) -> (String, String) {
        let (status, body) = self.post(path, request_for(c)).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        let half1 = if path == "/pin-requests" {
            self.secret(MOBILE, "prima parte").await
        } else {
            self.secret(MOBILE, "Contact Center").await
        };
        self.advance(8 * 86_400).await;
        let cf = c["codice_fiscale"].as_str().unwrap();
        let half2 = self.messages(cf).await[0]["secret"]
            .as_str()
            .unwrap()
            .to_owned();
        (half1, half2)
    }

    /// Request, first access: returns the 8-character PIN; the session is
    /// logged in and at the contacts step.
    async fn first_access(&self, c: &Value) -> String {
        let (h1, h2) = self.issue(c, "/pin-requests").await;
        let cf = c["codice_fiscale"].as_str().unwrap();
        let (status, body) = self.login(cf, &format!("{h1}{h2}")).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let (status, body) = self.post("/pin/first-access", json!({})).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["next"], "verify_contacts");
        body["new_pin"].as_str().unwrap().to_owned()
    }

    /// Verifies the contacts and accepts the privacy notice.
    async fn onboard(&self) {
        let sms = self.secret(MOBILE, "verifica").await;
        let mail = self.secret(EMAIL, "Verifica").await;
        let (status, body) = self
            .post(
                "/pin/verify-contacts",
                json!({"codes": {"mobile": sms, "email": mail}}),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let (_, privacy) = self.get("/privacy").await;
        let (status, body) = self
            .post("/pin/privacy", json!({"version": privacy["version"]}))
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["next"], "home");
    }

    /// A citizen with an active, onboarded PIN: (citizen, PIN).
    async fn ready(&self) -> (Value, String) {
        let c = self.citizen_with(json!({})).await;
        let pin = self.first_access(&c).await;
        self.onboard().await;
        (c, pin)
    }
}

fn field_codes(body: &Value) -> Vec<(String, String)> {
    body["fields"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|f| {
                    (
                        f["field"].as_str().unwrap().to_owned(),
                        f["code"].as_str().unwrap().to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn cf(c: &Value) -> &str {
    c["codice_fiscale"].as_str().unwrap()
}

async fn activity_kinds(app: &TestApp) -> Vec<(String, Value)> {
    let (status, body) = app.get("/me/activity").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body.as_array()
        .unwrap()
        .iter()
        .map(|e| (e["kind"].as_str().unwrap().to_owned(), e["channel"].clone()))
        .collect()
}

#[tokio::test]
async fn first_access_then_contacts_then_privacy_then_home() {
    let app = start().await;
    let c = app.citizen_with(json!({})).await;
    let pin = app.first_access(&c).await;

    // A code went to each contact: 6 digits by SMS, 8 characters by e-mail.
    let sms = app.secret(MOBILE, "verifica").await;
    let mail = app.secret(EMAIL, "Verifica").await;
    assert_eq!(sms.len(), 6);
    assert_eq!(mail.len(), 8);
    let (status, st) = app.get("/pin/verify-contacts").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(st["codes_sent"], true);
    assert_eq!(st["contacts"][0]["kind"], "mobile");
    assert_eq!(st["contacts"][0]["masked"], "+39333****567");

    // Each wrong or missing code is named on its field.
    let wrong = if sms == "000000" { "111111" } else { "000000" };
    let (status, body) = app
        .post("/pin/verify-contacts", json!({"codes": {"mobile": wrong}}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        field_codes(&body),
        [
            ("codes.mobile".into(), "CODE_INVALID".into()),
            ("codes.email".into(), "REQUIRED".into())
        ]
    );
    // Case and spaces do not matter for the e-mail code.
    let (status, body) = app
        .post(
            "/pin/verify-contacts",
            json!({"codes": {"mobile": sms, "email": format!(" {} ", mail.to_lowercase())}}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["next"], "accept_privacy");

    // The privacy notice must be accepted in its current version.
    let (_, privacy) = app.get("/privacy").await;
    assert_eq!(privacy["version"], 1);
    assert!(privacy["text"].as_str().unwrap().contains("2016/679"));
    let (status, body) = app.post("/pin/privacy", json!({"version": 0})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field_codes(&body)[0].1, "PRIVACY_VERSION");
    let (status, body) = app.post("/pin/privacy", json!({"version": 1})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["next"], "home");

    let (status, body) = app.login(cf(&c), &pin).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["next"], "home");

    // A new version of the notice asks again at the next login.
    let (status, v2) = app.post("/sim/privacy", json!({})).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v2["version"], 2);
    let (_, body) = app.login(cf(&c), &pin).await;
    assert_eq!(body["next"], "accept_privacy");
    app.post("/pin/privacy", json!({"version": 2})).await;
    let (_, body) = app.login(cf(&c), &pin).await;
    assert_eq!(body["next"], "home");
}

#[tokio::test]
async fn sms_codes_expire_after_ten_minutes_and_can_be_sent_again() {
    let app = start().await;
    let c = app.citizen_with(json!({})).await;
    app.first_access(&c).await;
    let sms = app.secret(MOBILE, "verifica").await;
    let mail = app.secret(EMAIL, "Verifica").await;
    app.advance(11 * 60).await;
    // The session would be idle after 30 min only; the SMS code is gone.
    let (_, st) = app.get("/pin/verify-contacts").await;
    assert_eq!(st["codes_sent"], false);
    let (status, body) = app
        .post(
            "/pin/verify-contacts",
            json!({"codes": {"mobile": sms, "email": mail}}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        field_codes(&body),
        [("codes.mobile".into(), "CODE_INVALID".into())]
    );
    let (status, st) = app.post("/pin/verify-contacts/send", json!({})).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(st["codes_sent"], true);
    let sms2 = app.secret(MOBILE, "verifica").await;
    let mail2 = app.secret(EMAIL, "Verifica").await;
    // Only the newest e-mail code counts.
    if mail2 != mail {
        let (status, _) = app
            .post(
                "/pin/verify-contacts",
                json!({"codes": {"mobile": sms2, "email": mail}}),
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let (status, body) = app
        .post(
            "/pin/verify-contacts",
            json!({"codes": {"mobile": sms2, "email": mail2}}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

#[tokio::test]
async fn intermediaries_expire_after_three_months_citizens_after_six() {
    let app = start().await;
    let i = app.citizen_with(json!({"role": "intermediary"})).await;
    let pin_i = app.first_access(&i).await;
    app.onboard().await;
    let c = app.citizen_with(json!({})).await;
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
    let app = start().await;
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
    let kinds = activity_kinds(&app).await;
    assert_eq!(kinds[0], ("pin_changed".into(), json!("sms")));
}

#[tokio::test]
async fn a_block_sends_a_notice_and_is_in_the_activity() {
    let app = start().await;
    let (c, pin) = app.ready().await;
    let before = app.messages(MOBILE).await.len();
    for _ in 0..9 {
        app.login(cf(&c), "WRONG123").await;
    }
    assert_eq!(app.messages(MOBILE).await.len(), before, "no notice yet");
    let (status, _) = app.login(cf(&c), "WRONG123").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let msgs = app.messages(MOBILE).await;
    assert_eq!(msgs.len(), before + 1);
    assert!(msgs[0]["body"].as_str().unwrap().contains("bloccato"));
    // Refused attempts during the block send nothing more.
    let (status, body) = app.login(cf(&c), &pin).await;
    assert_eq!(status, StatusCode::LOCKED);
    assert!(body["message"].as_str().unwrap().contains("3 minuti"));
    assert_eq!(app.messages(MOBILE).await.len(), before + 1);
    app.advance(181).await;
    let (status, _) = app.login(cf(&c), &pin).await;
    assert_eq!(status, StatusCode::OK);
    let kinds = activity_kinds(&app).await;
    assert!(
        kinds.contains(&("pin_locked".into(), json!("sms"))),
        "{kinds:?}"
    );
    let (_, log) = app.get("/me/activity").await;
    let locked = log
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "pin_locked")
        .unwrap();
    assert_eq!(locked["recipient"], "+39333****567");
    assert!(locked["at"].is_string());
    assert!(locked["description"].as_str().unwrap().contains("bloccato"));
}

#[tokio::test]
async fn wrong_current_pins_on_change_count_toward_the_lockout() {
    let app = start().await;
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
    let kinds = activity_kinds(&app).await;
    assert!(
        kinds.contains(&("pin_locked".into(), json!("sms"))),
        "{kinds:?}"
    );
}

#[tokio::test]
async fn restore_issues_a_new_pin_and_ends_sessions() {
    let app = start().await;
    let (c, pin) = app.ready().await;
    let other = new_client();
    let (status, _) = app
        .post_with(
            &other,
            "/session",
            json!({"codice_fiscale": cf(&c), "pin": pin}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let ts = c["tessera_sanitaria"]["number"].as_str().unwrap();
    let good = json!({"codice_fiscale": cf(&c).to_lowercase(), "tessera_sanitaria_number": ts,
                      "contacts": {"mobile": "+39 333 123 4567", "email": "PERSONA@example.it"}});

    // Wrong contacts, wrong tessera, unknown CF: the same answer, no code.
    let mails_before = app.messages(EMAIL).await.len();
    let (s1, b1) = app.post("/pin/restore", good.clone()).await;
    let mails = app.messages(EMAIL).await;
    assert_eq!(mails.len(), mails_before + 1);
    let code = mails[0]["secret"].as_str().unwrap().to_owned();
    let mut wrong = good.clone();
    wrong["contacts"]["email"] = json!("altro@example.it");
    let (s2, b2) = app.post("/pin/restore", wrong).await;
    let (s3, b3) = app
        .post(
            "/pin/restore",
            json!({"codice_fiscale": "RSSMRA80A01H501U", "tessera_sanitaria_number": ts,
                   "contacts": {"mobile": MOBILE, "email": EMAIL}}),
        )
        .await;
    assert_eq!(
        (s1, s2, s3),
        (
            StatusCode::ACCEPTED,
            StatusCode::ACCEPTED,
            StatusCode::ACCEPTED
        )
    );
    assert_eq!(b1, b2);
    assert_eq!(b1, b3);
    assert_eq!(app.messages(EMAIL).await.len(), mails_before + 1);

    // Field rules.
    let (status, body) = app
        .post(
            "/pin/restore",
            json!({"codice_fiscale": cf(&c), "tessera_sanitaria_number": "12",
                   "contacts": {"mobile": MOBILE}}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let f = field_codes(&body);
    assert!(f.contains(&("tessera_sanitaria_number".into(), "TS_NUMBER".into())));
    assert!(f.contains(&("contacts.mobile".into(), "TWO_CONTACTS".into())));

    // Wrong code, then the right one (once).
    let (status, body) = app
        .post(
            "/pin/restore/confirm",
            json!({"codice_fiscale": cf(&c), "code": "AAAA2222"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field_codes(&body), [("code".into(), "CODE_INVALID".into())]);
    let (status, body) = app
        .post(
            "/pin/restore/confirm",
            json!({"codice_fiscale": cf(&c), "code": code.to_lowercase()}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, _) = app
        .post(
            "/pin/restore/confirm",
            json!({"codice_fiscale": cf(&c), "code": code}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "single use");

    // Every session of the old PIN is over; the old PIN no longer works.
    assert_eq!(
        app.get_with(&other, "/me").await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(app.get("/me").await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(app.login(cf(&c), &pin).await.0, StatusCode::UNAUTHORIZED);

    // First 8 by SMS, last 8 by e-mail → first access again.
    let h1 = app.secret(MOBILE, "nuovo PIN").await;
    let h2 = app.secret(EMAIL, "seconda parte").await;
    let (status, body) = app.login(cf(&c), &format!("{h1}{h2}")).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["next"], "change_pin");
    assert_eq!(body["reason"], "first_access");
    let (status, body) = app.post("/pin/first-access", json!({})).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["next"], "home", "contacts and privacy already done");
    let kinds = activity_kinds(&app).await;
    assert!(kinds.contains(&("pin_restored".into(), json!("sms"))));
}

#[tokio::test]
async fn restore_is_only_for_a_pin_used_once() {
    let app = start().await;
    let c = app.citizen_with(json!({})).await;
    app.issue(&c, "/pin-requests").await;
    let before = app.messages(EMAIL).await.len();
    let (status, _) = app
        .post(
            "/pin/restore",
            json!({"codice_fiscale": cf(&c), "tessera_sanitaria_number": c["tessera_sanitaria"]["number"],
                   "contacts": {"mobile": MOBILE, "email": EMAIL}}),
        )
        .await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let mails = app.messages(EMAIL).await;
    assert_eq!(mails.len(), before + 1);
    assert!(mails[0]["secret"].is_null());
    assert!(mails[0]["body"].as_str().unwrap().contains("Revoca"));
}

#[tokio::test]
async fn revoke_annuls_the_pin_ends_sessions_and_allows_a_new_request() {
    let app = start().await;
    let (c, pin) = app.ready().await;
    let ts = &c["tessera_sanitaria"];
    let new_mail = "nuova@example.it";
    let good = json!({"codice_fiscale": cf(&c), "tessera_sanitaria_number": ts["number"],
                      "tessera_sanitaria_expiry": ts["expiry"], "email": new_mail, "pec": null});
    let mut wrong = good.clone();
    wrong["tessera_sanitaria_expiry"] = json!("2099-01-01");
    let (s1, b1) = app.post("/pin/revoke", wrong).await;
    assert!(app.messages(new_mail).await.is_empty());
    let mut stranger = good.clone();
    stranger["codice_fiscale"] = json!("RSSMRA80A01H501U");
    let (s2, b2) = app.post("/pin/revoke", stranger).await;
    let (s3, b3) = app.post("/pin/revoke", good).await;
    assert_eq!(
        (s1, s2, s3),
        (
            StatusCode::ACCEPTED,
            StatusCode::ACCEPTED,
            StatusCode::ACCEPTED
        )
    );
    assert_eq!(b1, b2);
    assert_eq!(b2, b3);
    let code = app.secret(new_mail, "Revoca").await;

    // The e-mail code lasts 24 hours: still good after 23.
    app.advance(23 * 3600).await;
    let (status, body) = app.login(cf(&c), &pin).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, body) = app
        .post(
            "/pin/revoke/confirm",
            json!({"codice_fiscale": cf(&c), "code": code}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(app.get("/me").await.0, StatusCode::UNAUTHORIZED);
    let (status, body) = app.login(cf(&c), &pin).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["code"], "PIN_REVOKED");
    assert!(app.messages(MOBILE).await[0]["body"]
        .as_str()
        .unwrap()
        .contains("revocato"));

    // A new request as the first time.
    let (status, body) = app.post("/pin-requests", request_for(&c)).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
}

/// A ready citizen who has asked to revoke their PIN: (citizen, the code
/// sent by e-mail).
async fn ready_with_revoke_code(app: &TestApp) -> (Value, String) {
    let (c, _) = app.ready().await;
    let ts = &c["tessera_sanitaria"];
    app.post(
        "/pin/revoke",
        json!({"codice_fiscale": cf(&c), "tessera_sanitaria_number": ts["number"],
               "tessera_sanitaria_expiry": ts["expiry"], "email": EMAIL}),
    )
    .await;
    let code = app.secret(EMAIL, "Revoca").await;
    (c, code)
}

#[tokio::test]
async fn revoke_codes_expire_after_a_day() {
    let app = start().await;
    let (c, code) = ready_with_revoke_code(&app).await;
    app.advance(24 * 3600 + 60).await;
    let (status, _) = app
        .post(
            "/pin/revoke/confirm",
            json!({"codice_fiscale": cf(&c), "code": code}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn five_wrong_codes_burn_the_code() {
    let app = start().await;
    let (c, code) = ready_with_revoke_code(&app).await;
    for _ in 0..5 {
        app.post(
            "/pin/revoke/confirm",
            json!({"codice_fiscale": cf(&c), "code": "ZZZZ9999"}),
        )
        .await;
    }
    let (status, _) = app
        .post(
            "/pin/revoke/confirm",
            json!({"codice_fiscale": cf(&c), "code": code}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_pin_filed_by_phone_works_only_after_activation() {
    let app = start().await;
    let c = app.citizen_with(json!({})).await;
    let (h1, h2) = app.issue(&c, "/sim/phone-requests").await;
    // Half 1 came with the call; nothing by SMS or e-mail.
    assert!(app.messages(EMAIL).await.is_empty());
    let (status, body) = app.login(cf(&c), &format!("{h1}{h2}")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["code"], "PIN_NOT_ACTIVATED");
    // A wrong PIN stays a plain 401.
    assert_eq!(
        app.login(cf(&c), "WRONG123WRONG123").await.0,
        StatusCode::UNAUTHORIZED
    );

    let ts = &c["tessera_sanitaria"];
    let new_mobile = "+39 347 7654321";
    let mut req = json!({"codice_fiscale": cf(&c), "tessera_sanitaria_number": ts["number"],
        "tessera_sanitaria_expiry": ts["expiry"], "first_half": h1,
        "contacts": {"mobile": new_mobile, "email": "attiva@example.it"}});
    let mut bad = req.clone();
    bad["first_half"] = json!("ZZZZ9999");
    let (status, body) = app.post("/pin/activate", bad).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field_codes(&body)[0].1, "ACTIVATION_MISMATCH");
    let mut bad = req.clone();
    bad["contacts"] = json!({"email": "attiva@example.it"});
    let (status, body) = app.post("/pin/activate", bad).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        field_codes(&body),
        [("contacts.mobile".into(), "MOBILE_REQUIRED".into())]
    );

    req["first_half"] = json!(h1.to_lowercase());
    let (status, body) = app.post("/pin/activate", req).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{body}");
    let code = app.secret(new_mobile, "attivare").await;
    assert_eq!(code.len(), 6);
    let (status, body) = app
        .post(
            "/pin/activate/confirm",
            json!({"codice_fiscale": cf(&c), "code": code}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(app.messages(new_mobile).await[0]["body"]
        .as_str()
        .unwrap()
        .contains("attivato"));

    // Now the 16 characters open the first access; contacts are verified.
    let (status, body) = app.login(cf(&c), &format!("{h1}{h2}")).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (_, body) = app.post("/pin/first-access", json!({})).await;
    assert_eq!(body["next"], "accept_privacy");
    let kinds = activity_kinds(&app).await;
    assert!(kinds.contains(&("pin_activated".into(), json!("sms"))));
}

#[tokio::test]
async fn contacts_change_notifies_the_old_ones_and_asks_to_verify_the_new() {
    let app = start().await;
    let (c, pin) = app.ready().await;
    let (status, body) = app
        .post(
            "/me/contacts",
            json!({"mobile": "+39 3", "email": "not-an-email"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let f: Vec<String> = field_codes(&body).into_iter().map(|f| f.0).collect();
    assert!(
        f.contains(&"contacts.mobile".into()) && f.contains(&"contacts.email".into()),
        "{f:?}"
    );

    let (status, body) = app
        .post(
            "/me/contacts",
            json!({"mobile": "+393471112233", "email": "nuova@example.it"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["next"], "verify_contacts");
    assert!(app.messages(MOBILE).await[0]["body"]
        .as_str()
        .unwrap()
        .contains("recapiti"));
    let (_, got) = app.get("/me/contacts").await;
    assert_eq!(got["mobile"], "+393471112233");
    let (_, body) = app.login(cf(&c), &pin).await;
    assert_eq!(body["next"], "verify_contacts");
    let sms = app.secret("+393471112233", "verifica").await;
    let mail = app.secret("nuova@example.it", "Verifica").await;
    let (status, body) = app
        .post(
            "/pin/verify-contacts",
            json!({"codes": {"mobile": sms, "email": mail}}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["next"], "home");
    let kinds = activity_kinds(&app).await;
    assert!(kinds.contains(&("contacts_changed".into(), json!("sms"))));
}

/// Logs in with the app's client and returns the session cookie it was given
/// (`name=value`).
async fn login_cookie(app: &TestApp, cf: &str, pin: &str) -> String {
    let r = app
        .client
        .post(app.url("/session"))
        .json(&json!({"codice_fiscale": cf, "pin": pin}))
        .send()
        .await
        .unwrap();
    r.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn sessions_rotate_at_login_and_end_after_twelve_hours() {
    let app = start().await;
    let (c, pin) = app.ready().await;
    // A client carrying a fixed cookie, to see the old id die at login.
    let first = login_cookie(&app, cf(&c), &pin).await;
    let second = login_cookie(&app, cf(&c), &pin).await;
    assert_ne!(first, second);
    assert!(first.len() >= "pin_inps_session=".len() + 32, "≥128 bits");
    let plain = Client::new();
    let me = |cookie: String| {
        let plain = plain.clone();
        let url = app.url("/me");
        async move {
            plain
                .get(url)
                .header("cookie", cookie)
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    assert_eq!(me(first).await, StatusCode::UNAUTHORIZED);
    assert_eq!(me(second.clone()).await, StatusCode::OK);

    // Active every 25 minutes, the session still ends 12 hours after login.
    for _ in 0..28 {
        app.advance(25 * 60).await;
        assert_eq!(me(second.clone()).await, StatusCode::OK);
    }
    app.advance(25 * 60).await;
    assert_eq!(me(second).await, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn letters_hide_their_pin_until_delivered() {
    let app = start().await;
    let c = app.citizen_with(json!({})).await;
    app.post("/pin-requests", request_for(&c)).await;
    let post = app.messages(cf(&c)).await;
    assert!(post[0]["delivered_at"].is_null());
    assert!(post[0]["secret"].is_null());
    assert!(post[0]["body"]
        .as_str()
        .unwrap()
        .contains("[non ancora consegnato]"));
    app.advance(8 * 86_400).await;
    let post = app.messages(cf(&c)).await;
    let half2 = post[0]["secret"].as_str().unwrap();
    assert!(post[0]["body"].as_str().unwrap().contains(half2));
}

/// Every secret seen in clear (PIN halves, PINs, codes, the session cookie)
/// appears nowhere in the database outside the delivery simulator's
/// `messages` table.
#[tokio::test]
async fn no_secret_is_stored_in_clear_outside_the_messages() {
    let app = start().await;
    let mut secrets: Vec<String> = Vec::new();
    let c = app.citizen_with(json!({})).await;
    let (h1, h2) = app.issue(&c, "/pin-requests").await;
    secrets.extend([h1.clone(), h2.clone()]);
    let r = app
        .client
        .post(app.url("/session"))
        .json(&json!({"codice_fiscale": cf(&c), "pin": format!("{h1}{h2}")}))
        .send()
        .await
        .unwrap();
    let cookie = r.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap();
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
    let d = app.citizen_with(json!({})).await;
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
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", app.db.display()))
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

#[tokio::test]
async fn openapi_lists_the_lifecycle_endpoints() {
    let app = start().await;
    let (_, doc) = app.get("/openapi.json").await;
    for path in [
        "/api/v1/pin/verify-contacts",
        "/api/v1/pin/verify-contacts/send",
        "/api/v1/pin/privacy",
        "/api/v1/privacy",
        "/api/v1/sim/privacy",
        "/api/v1/sim/phone-requests",
        "/api/v1/pin/restore",
        "/api/v1/pin/restore/confirm",
        "/api/v1/pin/revoke",
        "/api/v1/pin/revoke/confirm",
        "/api/v1/pin/activate",
        "/api/v1/pin/activate/confirm",
        "/api/v1/me/activity",
        "/api/v1/me/contacts",
    ] {
        assert!(doc["paths"].get(path).is_some(), "missing {path}");
    }
}

/// Hardening item 4: `{"advance_seconds": i64::MIN}` wrapped the clock to
/// the year 262142, after which Ripristina and the 10th wrong login dropped
/// the connection (a panic on date overflow). Moves outside the clock's
/// range are refused with `VALIDATION` and change nothing; at the very end
/// of the range every rule that adds a duration (lockout, codes, letters)
/// still answers within the contract.
#[tokio::test]
async fn the_clock_is_bounded_and_every_rule_holds_at_its_end() {
    let app = start().await;
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
    let (status, b) = app
        .post("/sim/clock", json!({"set": "2099-12-31T23:58:00Z"}))
        .await;
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
