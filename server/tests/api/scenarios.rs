//! Scenarios: every one puts its world in exactly the state it names,
//! checked as a person, an operator or a trainer would find it — through
//! the public API inside the world (the next login answer with what the
//! person holds, `me`, the inboxes, the contact-center and back-office
//! queues).

use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

use crate::harness::{in_world, TestApp, OPERATOR_PASSWORD};

/// API.md's list; the product may have more.
const CONTRACT: &[&str] = &[
    "half1_missing",
    "letter_in_post",
    "awaiting_callback",
    "first_access_due",
    "active",
    "expired",
    "expired_intermediary",
    "locked",
    "lost_with_contacts",
    "lost_without_contacts",
    "awaiting_activation",
    "conversion_in_review",
    "conversion_rejected",
    "dispositivo",
    "after_cutoff",
];

/// One world made from `scenario`, a client of a person in it (no session
/// yet) and its one citizen as the create answer gives it.
struct Made {
    world: String,
    person: Client,
    citizen: Value,
}

impl Made {
    fn cf(&self) -> &str {
        self.citizen["codice_fiscale"].as_str().unwrap()
    }

    fn held(&self, what: &str) -> &str {
        self.citizen["holds"][what]
            .as_str()
            .unwrap_or_else(|| panic!("holds.{what}: {}", self.citizen))
    }

    fn contact(&self, what: &str) -> &str {
        self.citizen["holds"]["contacts"][what].as_str().unwrap()
    }

    /// An operator of the world, logged in.
    async fn operator(&self, app: &TestApp, username: &str) -> Client {
        let op = in_world(&self.world);
        let (s, b) = app
            .post_as(
                &op,
                "/operator/session",
                json!({"username": username, "password": OPERATOR_PASSWORD}),
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{b}");
        op
    }

    async fn login(&self, app: &TestApp, pin: &str) -> (StatusCode, Value) {
        app.post_as(
            &self.person,
            "/session",
            json!({"codice_fiscale": self.cf(), "pin": pin}),
        )
        .await
    }

    async fn inbox(&self, app: &TestApp, recipient: &str) -> Vec<Value> {
        let path = format!("/sim/messages?recipient={}", recipient.replace('+', "%2B"));
        let (s, m) = app.get_as(&self.person, &path).await;
        assert_eq!(s, StatusCode::OK, "{m}");
        m.as_array().unwrap().clone()
    }

    /// The secret of the newest message to `recipient` mentioning `hint`.
    async fn secret(&self, app: &TestApp, recipient: &str, hint: &str) -> Option<String> {
        self.inbox(app, recipient).await.iter().find_map(|m| {
            let text = format!("{} {}", m["subject"], m["body"]);
            m["secret"]
                .as_str()
                .filter(|_| text.contains(hint))
                .map(str::to_owned)
        })
    }

    async fn advance(&self, app: &TestApp, seconds: i64) {
        let (s, b) = app
            .post_as(
                &self.person,
                "/sim/clock",
                json!({"advance_seconds": seconds}),
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{b}");
    }

    fn holds_nothing_but(&self, keep: &[&str]) {
        for k in ["pin", "half1", "half2"] {
            let v = &self.citizen["holds"][k];
            assert_eq!(
                v.is_string(),
                keep.contains(&k),
                "holds.{k}: {}",
                self.citizen
            );
            if let Some(s) = v.as_str() {
                assert!(!s.is_empty());
            }
        }
    }

    fn pin_state(&self) -> &Value {
        &self.citizen["pin_state"]
    }
}

async fn made(app: &TestApp, scenario: &str) -> Made {
    let (s, w) = app
        .post("/sim/worlds", json!({"name": "Aula", "scenario": scenario}))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{scenario}: {w}");
    let citizens = w["citizens"].as_array().expect("citizens");
    assert_eq!(citizens.len(), 1, "{scenario}: {w}");
    let citizen = citizens[0].clone();
    for k in [
        "codice_fiscale",
        "surname",
        "name",
        "tessera_sanitaria",
        "residence",
    ] {
        assert!(!citizen[k].is_null(), "{scenario}: {k} in {citizen}");
    }
    let world = w["id"].as_str().unwrap().to_owned();
    Made {
        person: in_world(&world),
        world,
        citizen,
    }
}

#[tokio::test]
async fn the_list_names_every_scenario_of_the_contract_with_its_texts() {
    let app = TestApp::start().await;
    let (s, list) = app.get("/sim/scenarios").await;
    assert_eq!(s, StatusCode::OK, "{list}");
    let list = list.as_array().unwrap();
    for name in CONTRACT {
        let s = list
            .iter()
            .find(|s| s["name"] == *name)
            .unwrap_or_else(|| panic!("{name} not listed"));
        for k in ["title", "learner_text", "trainer_text"] {
            assert!(
                s[k].as_str().is_some_and(|t| !t.trim().is_empty()),
                "{name}.{k}"
            );
        }
    }
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/scenarios.md"))
        .expect("docs/scenarios.md");
    for s in list {
        let name = s["name"].as_str().unwrap();
        assert!(
            doc.contains(&format!("## {name}\n")),
            "{name} in docs/scenarios.md"
        );
        assert!(doc.contains(s["learner_text"].as_str().unwrap()), "{name}");
    }
}

#[tokio::test]
async fn half1_missing_half1_never_arrived_after_12_hours_and_the_contact_center_resends_it() {
    let app = TestApp::start().await;
    let m = made(&app, "half1_missing").await;
    m.holds_nothing_but(&[]);
    assert_eq!(m.pin_state(), "issued");
    // Neither the phone nor the mailbox ever got it; the letter is on its way.
    for to in [m.contact("mobile"), m.contact("email")] {
        assert!(m.secret(&app, to, "").await.is_none(), "{to}");
    }
    let letters = m.inbox(&app, m.cf()).await;
    assert_eq!(letters.len(), 1, "{letters:?}");
    assert!(letters[0]["delivered_at"].is_null());
    // Only a message that was sent can be lost.
    let (s, b) = app
        .post_as(
            &m.person,
            "/sim/messages/msg_000000000000000000000000/lost",
            json!({}),
        )
        .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("MESSAGE_NOT_FOUND"))
    );
    // More than 12 hours have passed: the contact center may resend it.
    let cc = m.operator(&app, "contactcenter").await;
    let (s, b) = app
        .post_as(
            &cc,
            "/operator/half1-resend",
            json!({"codice_fiscale": m.cf()}),
        )
        .await;
    assert_eq!(s, StatusCode::ACCEPTED, "{b}");
    let half1 = m
        .secret(&app, m.contact("mobile"), "prima parte")
        .await
        .expect("the resent SMS arrives");
    let (s, b) = m.login(&app, &half1).await;
    assert_eq!(
        (s, b["level"].as_str()),
        (StatusCode::OK, Some("L0")),
        "{b}"
    );
}

#[tokio::test]
async fn letter_in_post_half1_in_hand_the_letter_not_yet_delivered() {
    let app = TestApp::start().await;
    let m = made(&app, "letter_in_post").await;
    m.holds_nothing_but(&["half1"]);
    assert_eq!(m.pin_state(), "issued");
    let letters = m.inbox(&app, m.cf()).await;
    assert_eq!(letters.len(), 1, "{letters:?}");
    assert!(letters[0]["delivered_at"].is_null() && letters[0]["secret"].is_null());
    assert_eq!(
        m.secret(&app, m.contact("mobile"), "prima parte")
            .await
            .as_deref(),
        Some(m.held("half1"))
    );
    let (s, b) = m.login(&app, m.held("half1")).await;
    assert_eq!(
        (s, b["level"].as_str()),
        (StatusCode::OK, Some("L0")),
        "{b}"
    );
}

#[tokio::test]
async fn awaiting_callback_the_residence_waits_for_the_contact_centers_call() {
    let app = TestApp::start().await;
    let m = made(&app, "awaiting_callback").await;
    m.holds_nothing_but(&["half1"]);
    assert_eq!(m.pin_state(), "requested");
    // Half 2 is held: no letter at all.
    assert!(m.inbox(&app, m.cf()).await.is_empty());
    let cc = m.operator(&app, "contactcenter").await;
    let (s, q) = app.get_as(&cc, "/operator/callbacks").await;
    assert_eq!(s, StatusCode::OK, "{q}");
    let entry = q
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["codice_fiscale"] == m.cf())
        .unwrap_or_else(|| panic!("no callback for the citizen: {q}"));
    assert_eq!(entry["status"], "open", "{entry}");
    let (s, b) = m.login(&app, m.held("half1")).await;
    assert_eq!(
        (s, b["level"].as_str()),
        (StatusCode::OK, Some("L0")),
        "{b}"
    );
}

#[tokio::test]
async fn first_access_due_the_16_characters_lead_to_the_change() {
    let app = TestApp::start().await;
    let m = made(&app, "first_access_due").await;
    m.holds_nothing_but(&["half1", "half2"]);
    assert_eq!(m.pin_state(), "issued");
    let pin = format!("{}{}", m.held("half1"), m.held("half2"));
    let (s, b) = m.login(&app, &pin).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(
        (b["next"].as_str(), b["reason"].as_str()),
        (Some("change_pin"), Some("first_access"))
    );
}

#[tokio::test]
async fn active_the_pin_opens_myinps_at_l1() {
    let app = TestApp::start().await;
    let m = made(&app, "active").await;
    m.holds_nothing_but(&["pin"]);
    assert_eq!(m.pin_state(), "active");
    let (s, b) = m.login(&app, m.held("pin")).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(
        (b["next"].as_str(), b["level"].as_str()),
        (Some("home"), Some("L1"))
    );
    let (s, me) = app.get_as(&m.person, "/me").await;
    assert_eq!(s, StatusCode::OK, "{me}");
    assert_eq!(
        (me["pin_state"].as_str(), me["codice_fiscale"].as_str()),
        (Some("active"), Some(m.cf()))
    );
}

async fn expired_login(scenario: &str) -> Made {
    let app = TestApp::start().await;
    let m = made(&app, scenario).await;
    m.holds_nothing_but(&["pin"]);
    assert_eq!(m.pin_state(), "active");
    let (s, b) = m.login(&app, m.held("pin")).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(
        (
            b["next"].as_str(),
            b["reason"].as_str(),
            b["level"].as_str()
        ),
        (Some("change_pin"), Some("expired"), Some("L1")),
        "{scenario}"
    );
    m
}

#[tokio::test]
async fn expired_the_citizens_pin_asks_for_a_change() {
    let m = expired_login("expired").await;
    assert_eq!(m.citizen["role"], "citizen");
}

#[tokio::test]
async fn expired_intermediary_the_intermediarys_pin_asks_for_a_change() {
    let m = expired_login("expired_intermediary").await;
    assert_eq!(m.citizen["role"], "intermediary");
}

async fn locked_login(app: &TestApp, scenario: &str) -> Made {
    let m = made(app, scenario).await;
    m.holds_nothing_but(&["pin"]);
    assert_eq!(m.pin_state(), "active");
    // Even the right PIN is refused while the block lasts.
    let (s, b) = m.login(app, m.held("pin")).await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::LOCKED, Some("PIN_LOCKED")),
        "{scenario}: {b}"
    );
    let wait = b["retry_after_seconds"].as_i64().unwrap();
    assert!(wait > 0 && wait <= 180, "{scenario}: {wait}");
    m
}

#[tokio::test]
async fn locked_the_right_pin_is_refused_until_the_block_ends() {
    let app = TestApp::start().await;
    let m = locked_login(&app, "locked").await;
    m.advance(&app, 181).await;
    let (s, b) = m.login(&app, m.held("pin")).await;
    assert_eq!(
        (s, b["next"].as_str()),
        (StatusCode::OK, Some("home")),
        "{b}"
    );
}

#[tokio::test]
async fn locked_again_one_more_wrong_pin_blocks_again_until_a_right_login() {
    let app = TestApp::start().await;
    let m = locked_login(&app, "locked_again").await;
    m.advance(&app, 181).await;
    let (s, _) = m.login(&app, "SBAGLIA2").await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let (s, b) = m.login(&app, m.held("pin")).await;
    assert_eq!(s, StatusCode::LOCKED, "blocked again at once: {b}");
    m.advance(&app, 181).await;
    let (s, b) = m.login(&app, m.held("pin")).await;
    assert_eq!(s, StatusCode::OK, "{b}");
}

#[tokio::test]
async fn lost_with_contacts_ripristina_sends_the_code_to_the_registered_mailbox() {
    let app = TestApp::start().await;
    let m = made(&app, "lost_with_contacts").await;
    m.holds_nothing_but(&[]);
    assert_eq!(m.pin_state(), "active");
    let ts = m.citizen["tessera_sanitaria"]["number"].as_str().unwrap();
    let body = json!({"codice_fiscale": m.cf(), "tessera_sanitaria_number": ts,
        "contacts": {"mobile": m.contact("mobile"), "email": m.contact("email"), "pec": null}});
    let (s, b) = app.post_as(&m.person, "/pin/restore", body).await;
    assert_eq!(s, StatusCode::ACCEPTED, "{b}");
    let code = m
        .secret(&app, m.contact("email"), "codice provvisorio")
        .await
        .expect("the restore code arrives: the PIN was used and the contacts match");
    let (s, b) = app
        .post_as(
            &m.person,
            "/pin/restore/confirm",
            json!({"codice_fiscale": m.cf(), "code": code}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
}

#[tokio::test]
async fn lost_without_contacts_ripristina_finds_nothing_and_revoca_works() {
    let app = TestApp::start().await;
    let m = made(&app, "lost_without_contacts").await;
    m.holds_nothing_but(&[]);
    assert_eq!(m.pin_state(), "active");
    let ts = &m.citizen["tessera_sanitaria"];
    let body = json!({"codice_fiscale": m.cf(), "tessera_sanitaria_number": ts["number"],
        "contacts": {"mobile": m.contact("mobile"), "email": m.contact("email"), "pec": null}});
    let (s, b) = app.post_as(&m.person, "/pin/restore", body).await;
    assert_eq!(s, StatusCode::ACCEPTED, "{b}");
    assert!(
        m.inbox(&app, m.contact("email")).await.is_empty(),
        "the contacts in hand are not the registered ones"
    );
    let body = json!({"codice_fiscale": m.cf(), "tessera_sanitaria_number": ts["number"],
        "tessera_sanitaria_expiry": ts["expiry"], "email": m.contact("email"), "pec": null});
    let (s, b) = app.post_as(&m.person, "/pin/revoke", body).await;
    assert_eq!(s, StatusCode::ACCEPTED, "{b}");
    let code = m
        .secret(&app, m.contact("email"), "Revoca")
        .await
        .expect("the revoke code arrives in the mailbox in hand");
    let (s, b) = app
        .post_as(
            &m.person,
            "/pin/revoke/confirm",
            json!({"codice_fiscale": m.cf(), "code": code}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
}

#[tokio::test]
async fn awaiting_activation_the_phone_pin_is_refused_until_attiva_pin() {
    let app = TestApp::start().await;
    let m = made(&app, "awaiting_activation").await;
    m.holds_nothing_but(&["half1", "half2"]);
    assert_eq!(m.pin_state(), "issued");
    let pin = format!("{}{}", m.held("half1"), m.held("half2"));
    let (s, b) = m.login(&app, &pin).await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("PIN_NOT_ACTIVATED")),
        "{b}"
    );
}

/// The citizen's conversion and the back office's queue.
async fn conversion(app: &TestApp, m: &Made) -> (Value, Vec<Value>) {
    let (s, b) = m.login(app, m.held("pin")).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let (s, c) = app.get_as(&m.person, "/dispositivo/conversion").await;
    assert_eq!(s, StatusCode::OK, "{c}");
    let (s, me) = app.get_as(&m.person, "/me").await;
    assert_eq!(
        (s, me["pin_state"].as_str()),
        (StatusCode::OK, Some("active")),
        "{me}"
    );
    let op = m.operator(app, "revisore").await;
    let (s, q) = app.get_as(&op, "/operator/conversions").await;
    assert_eq!(s, StatusCode::OK, "{q}");
    (c, q.as_array().unwrap().clone())
}

#[tokio::test]
async fn conversion_in_review_the_request_waits_in_the_back_office_queue() {
    let app = TestApp::start().await;
    let m = made(&app, "conversion_in_review").await;
    m.holds_nothing_but(&["pin"]);
    assert_eq!(m.pin_state(), "active");
    let (c, queue) = conversion(&app, &m).await;
    assert_eq!(c["status"], "in_lavorazione", "{c}");
    assert!(
        queue.iter().any(|q| q["conversion"]["id"] == c["id"]),
        "in the queue: {queue:?}"
    );
}

#[tokio::test]
async fn conversion_rejected_the_reason_is_shown_and_mailed() {
    let app = TestApp::start().await;
    let m = made(&app, "conversion_rejected").await;
    m.holds_nothing_but(&["pin"]);
    assert_eq!(m.pin_state(), "active");
    let (c, queue) = conversion(&app, &m).await;
    assert_eq!(c["status"], "rejected", "{c}");
    let reason = c["rejection_reason"].as_str().expect("a reason");
    assert!(
        queue.iter().all(|q| q["conversion"]["id"] != c["id"]),
        "{queue:?}"
    );
    let mail = m.inbox(&app, m.contact("email")).await;
    assert!(
        mail.iter()
            .any(|x| x["subject"].as_str().unwrap().contains("respinta")
                && x["body"].as_str().unwrap().contains(reason)),
        "{mail:?}"
    );
}

#[tokio::test]
async fn dispositivo_l2_and_the_frozen_application_protocolled() {
    let app = TestApp::start().await;
    let m = made(&app, "dispositivo").await;
    m.holds_nothing_but(&["pin"]);
    assert_eq!(m.pin_state(), "dispositivo");
    let (s, b) = m.login(&app, m.held("pin")).await;
    assert_eq!(
        (s, b["level"].as_str()),
        (StatusCode::OK, Some("L2")),
        "{b}"
    );
    let (_, me) = app.get_as(&m.person, "/me").await;
    assert_eq!(me["pin_state"], "dispositivo");
    let (s, apps) = app.get_as(&m.person, "/applications").await;
    assert_eq!(s, StatusCode::OK, "{apps}");
    let apps = apps.as_array().unwrap();
    assert_eq!(apps.len(), 1, "{apps:?}");
    assert_eq!(apps[0]["status"], "protocolled");
}

#[tokio::test]
async fn after_cutoff_no_new_pin_can_be_requested() {
    let app = TestApp::start().await;
    let m = made(&app, "after_cutoff").await;
    m.holds_nothing_but(&[]);
    assert!(m.pin_state().is_null(), "{}", m.citizen);
    let (_, status) = app.get_as(&m.person, "/sim/status").await;
    let (_, clock) = app.get_as(&m.person, "/sim/clock").await;
    let cutoff = status["cutoff_date"].as_str().unwrap();
    assert!(
        clock["now"].as_str().unwrap()[..10] > *cutoff,
        "{clock} {status}"
    );
    let c = &m.citizen;
    let body = json!({"codice_fiscale": m.cf(), "residence_type": "italia",
        "personal": {"surname": c["surname"], "name": c["name"], "birth_date": c["birth_date"],
                     "sex": c["sex"], "birthplace_code": c["birthplace_code"]},
        "residence": c["residence"],
        "contacts": {"home_phone": null, "mobile": m.contact("mobile"), "email": m.contact("email"),
                     "pec": null, "preferred_phone": "mobile", "preferred_time": "09-13"}});
    let (s, b) = app.post_as(&m.person, "/pin-requests", body).await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("PIN_ISSUANCE_CLOSED")),
        "{b}"
    );
}

#[tokio::test]
async fn a_citizen_added_to_a_running_world_leaves_its_clock_and_its_people_where_they_were() {
    let app = TestApp::start().await;
    let m = made(&app, "letter_in_post").await;
    let (_, before) = app.get_as(&m.person, "/sim/clock").await;
    let before: chrono::DateTime<chrono::Utc> = before["now"].as_str().unwrap().parse().unwrap();
    let path = format!("/sim/worlds/{}/citizens", m.world);
    let (s, added) = app.post(&path, json!({"scenario": "expired"})).await;
    assert_eq!(s, StatusCode::CREATED, "{added}");
    assert_ne!(added["codice_fiscale"], m.cf());
    // Six months went by for the new citizen only: the world's date is
    // where it was and the first citizen's letter is still on its way.
    let (_, after) = app.get_as(&m.person, "/sim/clock").await;
    let after: chrono::DateTime<chrono::Utc> = after["now"].as_str().unwrap().parse().unwrap();
    assert!(
        (after - before).num_seconds().abs() < 120,
        "{before} → {after}"
    );
    assert!(m.inbox(&app, m.cf()).await[0]["delivered_at"].is_null());
    let (s, b) = app
        .post_as(
            &m.person,
            "/session",
            json!({"codice_fiscale": added["codice_fiscale"], "pin": added["holds"]["pin"]}),
        )
        .await;
    assert_eq!(
        (s, b["reason"].as_str()),
        (StatusCode::OK, Some("expired")),
        "{b}"
    );

    let (s, b) = app.post(&path, json!({"scenario": "nessuno"})).await;
    assert_eq!(
        (s, b["fields"][0]["field"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("scenario"))
    );
    let (s, b) = app
        .post(
            "/sim/worlds/0000000000000000000000/citizens",
            json!({"scenario": "active"}),
        )
        .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("WORLD_NOT_FOUND"))
    );
}
