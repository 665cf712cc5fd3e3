//! Operator roles and the contact center's console: each role reaches only
//! its own endpoints (citizens and strangers none), a PIN request filed by
//! phone, the callback queue and its outcomes, half 1 resent after 12 hours
//! within a limit — each action in the operators' audit and, where the
//! citizen would be told, in "Le tue attività".

use reqwest::{Client, Method, StatusCode};
use serde_json::{json, Value};

use crate::dispositivo::submit_conversion;
use crate::fixtures::{cf, field_codes, request_for};
use crate::harness::{new_client, TestApp, EMAIL, MOBILE, OPERATOR_PASSWORD};

/// A new client logged in as `username`, checking its role.
async fn operator_as(app: &TestApp, username: &str, role: &str) -> Client {
    let op = new_client();
    let (s, b) = app.operator_login(&op, username, OPERATOR_PASSWORD).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["role"], role);
    op
}

async fn contact_center(app: &TestApp) -> Client {
    operator_as(app, "contactcenter", "contact_center").await
}

/// Sends `method path body` with `client`: (status, body).
async fn call(
    app: &TestApp,
    client: &Client,
    method: Method,
    path: &str,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let mut rb = client.request(method, app.url(path));
    if let Some(b) = body {
        rb = rb.json(&b);
    }
    let rec = app.send(rb).await;
    (rec.status, rec.json())
}

/// The audit lines of `cf` as (operator, action), newest first.
async fn audit_of(app: &TestApp, op: &Client, cf: &str) -> Vec<(String, String, Value)> {
    let (s, b) = app
        .get_as(op, &format!("/operator/audit?codice_fiscale={cf}"))
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    b.as_array()
        .unwrap()
        .iter()
        .map(|l| {
            assert_eq!(l["codice_fiscale"], cf);
            (
                l["operator"].as_str().unwrap().to_owned(),
                l["action"].as_str().unwrap().to_owned(),
                l.clone(),
            )
        })
        .collect()
}

/// A request for `c` whose residence does not match the registry, with a
/// preferred phone and slot for the callback.
fn mismatched_request(c: &Value) -> Value {
    let mut req = request_for(c);
    req["residence"]["civic"] = json!("999B");
    req["contacts"]["preferred_time"] = json!("13-18");
    req
}

#[tokio::test]
async fn every_operator_endpoint_refuses_the_other_roles_and_citizens() {
    let app = TestApp::start().await;
    let (cf_l1, _) = app.l1().await; // app.client: a citizen session
    let conv = submit_conversion(&app).await;
    let cc = contact_center(&app).await;
    let sede = operator_as(&app, "sportello", "sede").await;
    let bo = app.operator().await;
    let anonymous = new_client();

    let cc_ops: Vec<(Method, String, Option<Value>)> = vec![
        (Method::GET, format!("/operator/citizens/{cf_l1}"), None),
        (
            Method::POST,
            "/operator/phone-requests".into(),
            Some(request_for(&app.citizen().await)),
        ),
        (Method::GET, "/operator/callbacks".into(), None),
        (
            Method::POST,
            "/operator/callbacks/RP000000/outcome".into(),
            Some(json!({"outcome": "no_answer"})),
        ),
        (
            Method::POST,
            "/operator/half1-resend".into(),
            Some(json!({"codice_fiscale": cf_l1})),
        ),
        (
            Method::POST,
            "/operator/contacts".into(),
            Some(json!({"codice_fiscale": cf_l1, "kind": "pec", "value": "x@pec.it"})),
        ),
        (
            Method::POST,
            "/operator/contacts/confirm".into(),
            Some(json!({"codice_fiscale": cf_l1, "kind": "pec", "code": "12345678"})),
        ),
    ];
    let bo_ops: Vec<(Method, String, Option<Value>)> = vec![
        (Method::GET, "/operator/conversions".into(), None),
        (Method::GET, format!("/operator/conversions/{conv}"), None),
        (
            Method::GET,
            format!("/operator/conversions/{conv}/files/module"),
            None,
        ),
        (
            Method::POST,
            format!("/operator/conversions/{conv}/approve"),
            Some(json!({})),
        ),
        (
            Method::POST,
            format!("/operator/conversions/{conv}/reject"),
            Some(json!({"reason": "Documento scaduto"})),
        ),
    ];
    let mut fails = Vec::new();
    let mut expect = |what: &str, got: (StatusCode, Value), status: StatusCode, code: &str| {
        if got.0 != status || got.1["code"] != code {
            fails.push(format!(
                "{what}: expected {status} {code}, got {} {}",
                got.0, got.1
            ));
        }
    };
    for (others, ops) in [([&bo, &sede], &cc_ops), ([&cc, &sede], &bo_ops)] {
        for (m, path, body) in ops.iter() {
            for (who, client) in [("citizen", &app.client), ("anonymous", &anonymous)] {
                let got = call(&app, client, m.clone(), path, body.clone()).await;
                expect(
                    &format!("{who} {m} {path}"),
                    got,
                    StatusCode::UNAUTHORIZED,
                    "UNAUTHENTICATED",
                );
            }
            for op in others {
                let got = call(&app, op, m.clone(), path, body.clone()).await;
                expect(
                    &format!("other role {m} {path}"),
                    got,
                    StatusCode::FORBIDDEN,
                    "FORBIDDEN_ROLE",
                );
            }
        }
    }
    // The audit is every operator's, and nobody else's.
    for op in [&cc, &sede, &bo] {
        assert_eq!(app.get_as(op, "/operator/audit").await.0, StatusCode::OK);
    }
    assert_eq!(
        app.get_as(&app.client, "/operator/audit").await.0,
        StatusCode::UNAUTHORIZED
    );
    assert!(fails.is_empty(), "{fails:#?}");
    // Nothing was done by the refused calls: the conversion is still in review.
    let (_, q) = app.get_as(&bo, "/operator/conversions").await;
    assert_eq!(q.as_array().unwrap().len(), 1);
    // And the role that owns it may: the back office's decision is audited.
    let (s, b) = app
        .post_as(
            &bo,
            &format!("/operator/conversions/{conv}/reject"),
            json!({"reason": "Documento scaduto"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let audit = audit_of(&app, &bo, &cf_l1).await;
    assert_eq!(audit[0].0, "operatore");
    assert_eq!(audit[0].1, "conversion_rejected");
    assert!(audit[0].2["detail"]
        .as_str()
        .unwrap()
        .contains("Documento scaduto"));
}

#[tokio::test]
async fn a_phone_request_follows_the_online_rules_needs_activation_and_is_recorded() {
    let app = TestApp::start().await;
    let cc = contact_center(&app).await;
    let c = app.citizen().await;

    // The online form's rules and messages.
    let mut bad = request_for(&c);
    bad["personal"]["name"] = json!("Nome Diverso");
    bad["contacts"]["email"] = json!("non-una-mail");
    let online = app.post("/pin-requests", bad.clone()).await;
    let by_phone = app.post_as(&cc, "/operator/phone-requests", bad).await;
    assert_eq!(by_phone.0, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field_codes(&by_phone.1), field_codes(&online.1));

    let (s, b) = app
        .post_as(&cc, "/operator/phone-requests", request_for(&c))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    assert_eq!(b["status"], "issued");
    let request_id = b["request_id"].as_str().unwrap().to_owned();
    let (s, b) = app
        .post_as(&cc, "/operator/phone-requests", request_for(&c))
        .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::CONFLICT, Some("PIN_ALREADY_ASSIGNED"))
    );

    // Half 1 came in the call, nothing by SMS or e-mail; the PIN waits for
    // Attiva PIN.
    let half1 = app.secret(MOBILE, "Contact Center").await;
    assert!(app.messages(EMAIL).await.is_empty());
    app.advance_days(8).await;
    let half2 = app.messages(cf(&c)).await[0]["secret"]
        .as_str()
        .unwrap()
        .to_owned();
    let (s, b) = app.login(cf(&c), &format!("{half1}{half2}")).await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("PIN_NOT_ACTIVATED"))
    );
    // Eight days later the operator's session has timed out: a new shift.
    let (s, _) = app.get_as(&cc, "/operator/callbacks").await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let cc = contact_center(&app).await;

    // The caller's file: state, contacts, the request; no secret anywhere.
    let (s, file) = app
        .get_as(
            &cc,
            &format!("/operator/citizens/{}", cf(&c).to_lowercase()),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{file}");
    assert_eq!(file["codice_fiscale"], cf(&c));
    assert_eq!(file["registry"]["surname"], c["surname"]);
    assert_eq!(file["pin"]["state"], "issued");
    assert_eq!(file["pin"]["activation_required"], true);
    assert_eq!(file["pin"]["first_access_done"], false);
    assert_eq!(file["pin"]["contacts"]["mobile"], MOBILE);
    assert_eq!(file["requests"][0]["request_id"], request_id.as_str());
    assert_eq!(file["requests"][0]["callback_status"], "none");
    assert_eq!(file["events"][0]["kind"], "phone_request");
    assert_eq!(
        file["events"][0]["description"],
        "Richiesta PIN registrata dal Contact Center"
    );
    let text = file.to_string();
    assert!(!text.contains(&half1) && !text.contains(&half2));
    let (s, _) = app.get_as(&cc, "/operator/citizens/ZZZZZZ00Z00Z000Z").await;
    assert_eq!(s, StatusCode::NOT_FOUND);

    // Who, when, what, on which codice fiscale.
    let audit = audit_of(&app, &cc, cf(&c)).await;
    let actions: Vec<&str> = audit.iter().map(|(_, a, _)| a.as_str()).collect();
    assert_eq!(actions, ["citizen_lookup", "phone_request"]);
    assert!(audit.iter().all(|(who, _, l)| who == "contactcenter"
        && l["role"] == "contact_center"
        && l["at"].is_string()));
    assert_eq!(audit[1].2["request_id"], request_id.as_str());
    assert!(!audit.iter().any(|(_, _, l)| l.to_string().contains(&half1)));

    // From the cut-off date, no more PINs by phone either.
    let (s, _) = app.set_clock("2020-10-01T08:00:00Z").await;
    assert_eq!(s, StatusCode::OK);
    let later = app.citizen().await;
    let cc = contact_center(&app).await;
    let (s, b) = app
        .post_as(&cc, "/operator/phone-requests", request_for(&later))
        .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("PIN_ISSUANCE_CLOSED"))
    );
}

#[tokio::test]
async fn a_callback_with_a_corrected_address_posts_half_two_there() {
    let app = TestApp::start().await;
    let cc = contact_center(&app).await;
    let c = app.citizen().await;
    let (s, b) = app.post("/pin-requests", mismatched_request(&c)).await;
    assert_eq!(
        (s, b["status"].as_str()),
        (StatusCode::CREATED, Some("awaiting_verification"))
    );
    let id = b["request_id"].as_str().unwrap().to_owned();

    let (s, queue) = app.get_as(&cc, "/operator/callbacks").await;
    assert_eq!(s, StatusCode::OK, "{queue}");
    let item = queue
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == id.as_str())
        .expect("queued")
        .clone();
    assert_eq!(item["codice_fiscale"], cf(&c));
    assert_eq!(item["preferred_phone"], MOBILE);
    assert_eq!(item["preferred_time"], "13-18");
    assert_eq!(
        (item["attempts"].as_i64(), item["status"].as_str()),
        (Some(0), Some("open"))
    );
    assert_eq!(item["declared_residence"]["civic"], "999B");
    assert_eq!(item["registry_residence"], c["residence"]);

    // Nobody answers: counted, the phone shows the missed call.
    let path = format!("/operator/callbacks/{id}/outcome");
    let (s, b) = app
        .post_as(&cc, &path, json!({"outcome": "no_answer"}))
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(
        (b["attempts"].as_i64(), b["status"].as_str()),
        (Some(1), Some("open"))
    );
    let calls = app.messages(MOBILE).await;
    assert!(calls[0]["subject"]
        .as_str()
        .unwrap()
        .contains("Chiamata senza risposta"));
    // The letter is still held: no half 2 anywhere.
    assert!(app.messages(cf(&c)).await.is_empty());

    // Corrected: a residence that is not one is refused, then the letter
    // goes to the corrected one.
    let (s, b) = app
        .post_as(
            &cc,
            &path,
            json!({"outcome": "corrected", "residence": {"address": "Via Nuova"}}),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    let (s, b) = app
        .post_as(
            &cc,
            &path,
            json!({"outcome": "corrected", "residence": {"address": "Via Garibaldi",
                "civic": "7", "province": "RM", "comune": "Roma", "cap": "00153"}}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["status"], "corrected");
    assert_eq!(b["declared_residence"]["address"], "Via Garibaldi");
    let (s, b) = app
        .post_as(&cc, &path, json!({"outcome": "confirmed"}))
        .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::CONFLICT, Some("CALLBACK_CLOSED"))
    );
    let call = &app.messages(MOBILE).await[0];
    assert_eq!(call["channel"], "call");
    assert!(call["body"].as_str().unwrap().contains("VIA GARIBALDI 7"));

    app.advance_days(8).await;
    let letters = app.messages(cf(&c)).await;
    assert_eq!(letters.len(), 1, "one letter: {letters:?}");
    let body = letters[0]["body"].as_str().unwrap();
    assert!(body.contains("VIA GARIBALDI 7\n00153 ROMA (RM)"), "{body}");
    let half2 = letters[0]["secret"].as_str().unwrap();
    let half1 = app.secret(MOBILE, "prima parte").await;
    let (s, b) = app.login(cf(&c), &format!("{half1}{half2}")).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let cc = contact_center(&app).await;

    let audit = audit_of(&app, &cc, cf(&c)).await;
    let actions: Vec<&str> = audit.iter().map(|(_, a, _)| a.as_str()).collect();
    assert_eq!(actions, ["callback_outcome", "callback_outcome"]);
    assert!(audit[0].2["detail"].as_str().unwrap().contains("corretto"));
    assert!(audit[1].2["detail"]
        .as_str()
        .unwrap()
        .contains("senza risposta"));

    // The queue shows it closed, after the open ones.
    let (_, queue) = app.get_as(&cc, "/operator/callbacks").await;
    let item = queue
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == id.as_str())
        .unwrap()
        .clone();
    assert_eq!(item["status"], "corrected");
}

#[tokio::test]
async fn a_cancelled_callback_annuls_the_request_and_frees_the_codice_fiscale() {
    let app = TestApp::start().await;
    let cc = contact_center(&app).await;
    let c = app.citizen().await;
    let (_, b) = app.post("/pin-requests", mismatched_request(&c)).await;
    let id = b["request_id"].as_str().unwrap().to_owned();
    let (s, b) = app
        .post_as(
            &cc,
            &format!("/operator/callbacks/{id}/outcome"),
            json!({"outcome": "cancelled"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["status"], "cancelled");
    let (s, b) = app
        .post_as(
            &cc,
            &format!("/operator/callbacks/{id}/outcome"),
            json!({"outcome": "sbagliato"}),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{b}");
    let (_, file) = app
        .get_as(&cc, &format!("/operator/citizens/{}", cf(&c)))
        .await;
    assert_eq!(file["pin"], Value::Null);
    assert_eq!(file["requests"][0]["status"], "cancelled");
    app.advance_days(8).await;
    assert!(app.messages(cf(&c)).await.is_empty(), "no letter");
    let (s, b) = app.post("/pin-requests", request_for(&c)).await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let cc = contact_center(&app).await;
    // An unknown outcome is refused and a closed callback stays closed.
    let (_, b) = app
        .post("/pin-requests", mismatched_request(&app.citizen().await))
        .await;
    let other = b["request_id"].as_str().unwrap().to_owned();
    let (s, b) = app
        .post_as(
            &cc,
            &format!("/operator/callbacks/{other}/outcome"),
            json!({"outcome": "forse"}),
        )
        .await;
    assert_eq!(
        (s, field_codes(&b)[0].0.as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, "outcome")
    );
    let (s, _) = app
        .post_as(
            &cc,
            "/operator/callbacks/RPNOPE/outcome",
            json!({"outcome": "confirmed"}),
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_confirmed_address_releases_the_letter_to_it() {
    let app = TestApp::start().await;
    let cc = contact_center(&app).await;
    let c = app.citizen().await;
    let (_, b) = app.post("/pin-requests", mismatched_request(&c)).await;
    let id = b["request_id"].as_str().unwrap().to_owned();
    let (s, b) = app
        .post_as(
            &cc,
            &format!("/operator/callbacks/{id}/outcome"),
            json!({"outcome": "confirmed"}),
        )
        .await;
    assert_eq!(
        (s, b["status"].as_str()),
        (StatusCode::OK, Some("confirmed"))
    );
    app.advance_days(8).await;
    let letters = app.messages(cf(&c)).await;
    assert_eq!(letters.len(), 1);
    assert!(letters[0]["body"].as_str().unwrap().contains(" 999B\n"));
    let (h1, h2) = (
        app.secret(MOBILE, "prima parte").await,
        letters[0]["secret"].as_str().unwrap().to_owned(),
    );
    let (s, _) = app.login(cf(&c), &format!("{h1}{h2}")).await;
    assert_eq!(s, StatusCode::OK);
    let (s, b) = app.post("/pin/first-access", json!({})).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    app.onboard().await;
    let kinds = app.activity_kinds().await;
    assert!(
        kinds.iter().any(|(k, _)| k == "residence_verified"),
        "{kinds:?}"
    );
}

#[tokio::test]
async fn half_one_is_resent_from_twelve_hours_to_a_contact_on_file_at_most_three_times() {
    let app = TestApp::start().await;
    let cc = contact_center(&app).await;
    let c = app.citizen().await;
    let (s, b) = app.post("/pin-requests", request_for(&c)).await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let half1 = app.secret(MOBILE, "prima parte").await;
    let body = json!({"codice_fiscale": cf(&c)});

    let (s, b) = app
        .post_as(&cc, "/operator/half1-resend", body.clone())
        .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::CONFLICT, Some("TOO_EARLY"))
    );
    // The simulated clock runs on (real seconds pass between requests).
    let wait = b["retry_after_seconds"].as_i64().unwrap();
    assert!((12 * 3600 - 30..=12 * 3600).contains(&wait), "{b}");
    app.advance(12 * 3600 - 120).await;
    let cc = contact_center(&app).await; // the next shift
    let (s, b) = app
        .post_as(&cc, "/operator/half1-resend", body.clone())
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{b}");
    let wait = b["retry_after_seconds"].as_i64().unwrap();
    assert!((1..=120).contains(&wait), "{b}");
    app.advance(wait).await;

    // Only to a contact on file.
    let (s, b) = app
        .post_as(
            &cc,
            "/operator/half1-resend",
            json!({"codice_fiscale": cf(&c), "contact": "pec"}),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert_eq!(field_codes(&b)[0], ("contact".into(), "NOT_ON_FILE".into()));

    let before = app.messages(EMAIL).await.len();
    let (s, b) = app
        .post_as(
            &cc,
            "/operator/half1-resend",
            json!({"codice_fiscale": cf(&c), "contact": "email"}),
        )
        .await;
    assert_eq!(s, StatusCode::ACCEPTED, "{b}");
    assert_eq!(
        (b["channel"].as_str(), b["resends_left"].as_i64()),
        (Some("email"), Some(2))
    );
    let mail = app.messages(EMAIL).await;
    assert_eq!(mail.len(), before + 1);
    assert_eq!(mail[0]["secret"], half1.as_str());
    assert!(mail[0]["subject"].as_str().unwrap().contains("nuovo invio"));
    for left in [1, 0] {
        let (s, b) = app
            .post_as(&cc, "/operator/half1-resend", body.clone())
            .await;
        assert_eq!(s, StatusCode::ACCEPTED, "{b}");
        assert_eq!(
            (b["channel"].as_str(), b["resends_left"].as_i64()),
            (Some("sms"), Some(left))
        );
    }
    let (s, b) = app
        .post_as(&cc, "/operator/half1-resend", body.clone())
        .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::CONFLICT, Some("RESEND_LIMIT"))
    );
    let sms: Vec<Value> = app
        .messages(MOBILE)
        .await
        .into_iter()
        .filter(|m| m["body"].as_str().unwrap().contains("nuovo invio"))
        .collect();
    assert_eq!(sms.len(), 2);
    assert!(sms.iter().all(|m| m["secret"] == half1.as_str()));

    let audit = audit_of(&app, &cc, cf(&c)).await;
    assert_eq!(
        audit.iter().filter(|(_, a, _)| a == "half1_resend").count(),
        3
    );
    assert!(audit[2].2["detail"]
        .as_str()
        .unwrap()
        .contains("email a pe***@example.it"));
    let (_, file) = app
        .get_as(&cc, &format!("/operator/citizens/{}", cf(&c)))
        .await;
    assert_eq!(file["requests"][0]["half1_resends"], 3);
    assert_eq!(file["events"][0]["kind"], "half1_resent");

    // Once the first access is done half 1 has no use.
    let half2 = {
        app.advance_days(8).await;
        app.messages(cf(&c)).await[0]["secret"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    app.login(cf(&c), &format!("{half1}{half2}")).await;
    let (s, _) = app.post("/pin/first-access", json!({})).await;
    assert_eq!(s, StatusCode::OK);
    let cc = contact_center(&app).await;
    let (s, b) = app.post_as(&cc, "/operator/half1-resend", body).await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::CONFLICT, Some("NOT_FIRST_ACCESS"))
    );
    let (s, _) = app
        .post_as(
            &cc,
            "/operator/half1-resend",
            json!({"codice_fiscale": "ZZZZZZ00Z00Z000Z"}),
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_seeded_accounts_have_one_role_each() {
    let app = TestApp::start().await;
    for (user, role) in [
        ("operatore", "back_office"),
        ("revisore", "back_office"),
        ("contactcenter", "contact_center"),
        ("sportello", "sede"),
    ] {
        let op = operator_as(&app, user, role).await;
        let (s, me) = app.get_as(&op, "/operator/session").await;
        assert_eq!((s, me["role"].as_str()), (StatusCode::OK, Some(role)));
    }
}

#[tokio::test]
async fn a_missing_contact_is_added_once_the_citizen_reads_out_its_code() {
    let app = TestApp::start().await;
    let cc = contact_center(&app).await;
    let c = app.citizen().await;
    app.issue(&c).await;
    let cc = {
        drop(cc);
        contact_center(&app).await // the clock moved 8 days: a new shift
    };
    let pec = "persona@pec.example.it";
    let add =
        |kind: &str, value: &str| json!({"codice_fiscale": cf(&c), "kind": kind, "value": value});

    let (s, b) = app
        .post_as(&cc, "/operator/contacts", add("mobile", "+393479999999"))
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert_eq!(field_codes(&b)[0], ("kind".into(), "ON_FILE".into()));
    let (s, b) = app
        .post_as(&cc, "/operator/contacts", add("pec", "non una pec"))
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert_eq!(field_codes(&b)[0].0, "contacts.pec");

    let (s, b) = app
        .post_as(&cc, "/operator/contacts", add("pec", pec))
        .await;
    assert_eq!(s, StatusCode::ACCEPTED, "{b}");
    let code = app.secret(pec, "Codice di verifica").await;
    let confirm = |code: &str| json!({"codice_fiscale": cf(&c), "kind": "pec", "code": code});
    let (s, b) = app
        .post_as(&cc, "/operator/contacts/confirm", confirm("00000000"))
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert_eq!(field_codes(&b)[0], ("code".into(), "CODE_INVALID".into()));
    // Not yet registered.
    let (_, file) = app
        .get_as(&cc, &format!("/operator/citizens/{}", cf(&c)))
        .await;
    assert_eq!(file["pin"]["contacts"]["pec"], Value::Null);

    let (s, b) = app
        .post_as(&cc, "/operator/contacts/confirm", confirm(&code))
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(
        (b["pec"].as_str(), b["mobile"].as_str()),
        (Some(pec), Some(MOBILE))
    );
    // A code works once.
    let (s, _) = app
        .post_as(&cc, "/operator/contacts/confirm", confirm(&code))
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    let (_, file) = app
        .get_as(&cc, &format!("/operator/citizens/{}", cf(&c)))
        .await;
    assert_eq!(file["pin"]["contacts"]["pec"], pec);
    // The contacts on file before are told (the usual security notice).
    assert!(app.messages(MOBILE).await[0]["body"]
        .as_str()
        .unwrap()
        .contains("recapiti personali"));
    let audit = audit_of(&app, &cc, cf(&c)).await;
    let actions: Vec<&str> = audit.iter().map(|(_, a, _)| a.as_str()).collect();
    assert_eq!(
        actions,
        [
            "citizen_lookup",
            "contact_added",
            "citizen_lookup",
            "contact_code_sent"
        ]
    );
    assert!(!audit.iter().any(|(_, _, l)| l.to_string().contains(&code)));
}
