//! Richiesta di assistenza (`POST /support-requests`): each problem named on
//! its field; a filed request has a number and an acknowledgement e-mail in
//! the delivery simulator, in the language of the request. The contact
//! center (`/operator/support-requests`) lists it, takes it in charge and
//! closes it with a reply e-mailed in the language it was filed in, each
//! step in the audit; only in the world it was filed in, and only for
//! contact-center operators.

use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

use crate::fixtures::field_codes;
use crate::harness::{in_world, new_client, TestApp};

fn good(email: &str) -> Value {
    json!({
        "name": "Rossi Mario",
        "email": email,
        "codice_fiscale": "",
        "topic": "half1_missing",
        "message": "Non mi è arrivato l'SMS con la prima parte del PIN."
    })
}

#[tokio::test]
async fn a_support_request_is_numbered_and_acknowledged_by_e_mail() {
    let app = TestApp::start().await;
    let mail = "assistenza.test@example.it";
    let (status, body) = app.post("/support-requests", good(mail)).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let id = body["id"].as_str().unwrap().to_owned();
    assert!(id.starts_with("AS-"), "{id}");
    assert!(body["message"].as_str().unwrap().contains(&id));

    let inbox = app.messages(mail).await;
    assert_eq!(inbox.len(), 1, "{inbox:?}");
    assert_eq!(inbox[0]["channel"], "email");
    assert!(inbox[0]["subject"].as_str().unwrap().contains(&id));
    let text = inbox[0]["body"].as_str().unwrap();
    assert!(
        text.contains("Non ho ricevuto la prima parte del PIN"),
        "{text}"
    );
    assert!(text.contains("803 164"), "{text}");

    // Read in German, the same e-mail is German, topic included.
    let rec = app
        .send(
            app.client
                .get(app.url("/sim/messages"))
                .query(&[("recipient", mail)])
                .header("accept-language", "de"),
        )
        .await;
    let de = rec.json();
    let text = de[0]["body"].as_str().unwrap();
    assert!(text.contains("Hilfeanfrage"), "{text}");
    assert!(text.contains("ersten Teil der PIN"), "{text}");
}

#[tokio::test]
async fn each_problem_of_a_support_request_is_named_on_its_field() {
    let app = TestApp::start().await;
    let mail = "nessuno@example.it";
    let bad = json!({
        "name": "",
        "email": "mario@",
        "codice_fiscale": "RSSMRA80A01H501X",
        "topic": "pizza",
        "message": "<b>aiuto</b> subito"
    });
    let (status, body) = app.post("/support-requests", bad).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["code"], "VALIDATION");
    let codes = field_codes(&body);
    for field in ["name", "email", "codice_fiscale", "topic", "message"] {
        assert!(
            codes.iter().any(|(f, _)| f == field),
            "{field} not named: {body}"
        );
    }
    // Nothing filed, nothing sent.
    assert!(app.messages(mail).await.is_empty());
    assert!(app.messages("mario@").await.is_empty());
}

const CF: &str = "RSSMRA80A01H501U";

/// Files `body` with `client` in `lang` (`None`: no Accept-Language): the id.
async fn file_as(app: &TestApp, client: &Client, body: Value, lang: Option<&str>) -> String {
    let mut rb = client.post(app.url("/support-requests")).json(&body);
    if let Some(l) = lang {
        rb = rb.header("accept-language", l);
    }
    let rec = app.send(rb).await;
    let b = rec.json();
    assert_eq!(rec.status, StatusCode::CREATED, "{b}");
    b["id"].as_str().unwrap().to_owned()
}

async fn contact_center(app: &TestApp) -> Client {
    app.operator_as("contactcenter", "contact_center").await
}

/// The ids of the listing `query` (e.g. `?status=open`), as `op` sees it.
async fn listed(app: &TestApp, op: &Client, query: &str) -> Vec<String> {
    let (s, b) = app
        .get_as(op, &format!("/operator/support-requests{query}"))
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    b.as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn a_filed_request_is_listed_for_the_contact_center_newest_first() {
    let app = TestApp::start().await;
    let mut with_cf = good("primo@example.it");
    with_cf["codice_fiscale"] = json!(" rssmra80a01h501u ");
    let first = file_as(&app, &app.client, with_cf, Some("de")).await;
    app.advance(60).await;
    let second = file_as(&app, &app.client, good("secondo@example.it"), None).await;

    let cc = contact_center(&app).await;
    assert_eq!(listed(&app, &cc, "").await, [second.clone(), first.clone()]);
    let (s, one) = app
        .get_as(&cc, &format!("/operator/support-requests/{first}"))
        .await;
    assert_eq!(s, StatusCode::OK, "{one}");
    assert_eq!(one["status"], "open");
    assert_eq!(one["codice_fiscale"], CF);
    assert_eq!(one["email"], "primo@example.it");
    assert_eq!(one["topic"], "half1_missing");
    assert_eq!(one["lang"], "de");
    assert_eq!(
        one["message"],
        "Non mi è arrivato l'SMS con la prima parte del PIN."
    );
    assert!(one["operator"].is_null() && one["reply"].is_null());
    let (_, other) = app
        .get_as(&cc, &format!("/operator/support-requests/{second}"))
        .await;
    assert!(other["codice_fiscale"].is_null(), "{other}");
    assert_eq!(other["lang"], "it");

    assert_eq!(listed(&app, &cc, "?status=open").await.len(), 2);
    assert!(listed(&app, &cc, "?status=closed").await.is_empty());
    let (s, b) = app
        .get_as(&cc, "/operator/support-requests?status=pizza")
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert_eq!(
        field_codes(&b),
        [("status".to_owned(), "STATUS".to_owned())]
    );
    let (s, b) = app
        .get_as(&cc, "/operator/support-requests/AS-00000000")
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND, "{b}");
}

#[tokio::test]
async fn a_request_is_taken_then_closed_with_a_reply_e_mailed_in_its_language() {
    let app = TestApp::start().await;
    let mail = "hilfe@example.it";
    let mut body = good(mail);
    body["codice_fiscale"] = json!(CF);
    let id = file_as(&app, &app.client, body, Some("de")).await;
    let cc = contact_center(&app).await;

    let (s, taken) = app
        .post_as(
            &cc,
            &format!("/operator/support-requests/{id}/take"),
            json!({}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{taken}");
    assert_eq!(taken["status"], "in_progress");
    assert_eq!(taken["operator"], "contactcenter");
    assert!(taken["taken_at"].is_string());
    assert_eq!(
        listed(&app, &cc, "?status=in_progress").await,
        [id.as_str()]
    );

    // A reply that breaks a rule is refused on its field; nothing is sent.
    let close = format!("/operator/support-requests/{id}/close");
    for (reply, code) in [
        ("", "REQUIRED"),
        ("Fatto.", "TEXT_TOO_SHORT"),
        ("Vedi <a href=x>qui</a> per favore", "TEXT_CHARS"),
    ] {
        let (s, b) = app.post_as(&cc, &close, json!({ "reply": reply })).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        assert_eq!(field_codes(&b), [("reply".to_owned(), code.to_owned())]);
    }
    let long = "x".repeat(domain::support::MAX_REPLY_LEN + 1);
    let (s, b) = app.post_as(&cc, &close, json!({ "reply": long })).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert_eq!(
        app.messages(mail).await.len(),
        1,
        "only the acknowledgement"
    );

    let reply = "Le abbiamo inviato di nuovo la prima parte del PIN al cellulare indicato.";
    let (s, closed) = app.post_as(&cc, &close, json!({ "reply": reply })).await;
    assert_eq!(s, StatusCode::OK, "{closed}");
    assert_eq!(closed["status"], "closed");
    assert_eq!(closed["reply"], reply);
    assert!(closed["closed_at"].is_string());
    assert_eq!(listed(&app, &cc, "?status=closed").await, [id.as_str()]);

    // The reply e-mail, newest in the inbox, is German as the request was,
    // whatever language the inbox is read in.
    let inbox = app.messages(mail).await;
    assert_eq!(inbox.len(), 2, "{inbox:?}");
    assert_eq!(inbox[0]["channel"], "email");
    let subject = inbox[0]["subject"].as_str().unwrap();
    assert_eq!(subject, format!("INPS - Antwort auf die Hilfeanfrage {id}"));
    let text = inbox[0]["body"].as_str().unwrap();
    assert!(text.starts_with("Sehr geehrte/r Rossi Mario,"), "{text}");
    assert!(text.contains(reply), "{text}");
    assert!(
        text.contains("ersten Teil der PIN"),
        "topic in German: {text}"
    );
    assert!(!text.contains("Gentile"), "{text}");

    // Closed once.
    let (s, b) = app.post_as(&cc, &close, json!({ "reply": reply })).await;
    assert_eq!(s, StatusCode::CONFLICT, "{b}");
    assert_eq!(b["code"], "SUPPORT_REQUEST_CLOSED");
    let (s, b) = app
        .post_as(
            &cc,
            &format!("/operator/support-requests/{id}/take"),
            json!({}),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{b}");
    assert_eq!(app.messages(mail).await.len(), 2);

    // Both steps in the audit, on the request's codice fiscale.
    let (s, lines) = app
        .get_as(&cc, &format!("/operator/audit?codice_fiscale={CF}"))
        .await;
    assert_eq!(s, StatusCode::OK, "{lines}");
    let steps: Vec<(&str, &str, &str)> = lines
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["request_id"] == id.as_str())
        .map(|l| {
            (
                l["action"].as_str().unwrap(),
                l["operator"].as_str().unwrap(),
                l["role"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        steps,
        [
            ("support_request_closed", "contactcenter", "contact_center"),
            ("support_request_taken", "contactcenter", "contact_center"),
        ]
    );
}

#[tokio::test]
async fn a_request_filed_in_italian_is_answered_in_italian_and_closing_takes_it() {
    let app = TestApp::start().await;
    let mail = "italiano@example.it";
    let id = file_as(&app, &app.client, good(mail), None).await;
    let cc = contact_center(&app).await;
    let reply = "La seconda parte arriva per posta entro pochi giorni.";
    let (s, closed) = app
        .post_as(
            &cc,
            &format!("/operator/support-requests/{id}/close"),
            json!({ "reply": reply }),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{closed}");
    assert_eq!(closed["operator"], "contactcenter");
    assert!(closed["taken_at"].is_string(), "closing takes it: {closed}");
    let inbox = app.messages(mail).await;
    assert_eq!(
        inbox[0]["subject"],
        format!("INPS - Risposta alla richiesta di assistenza {id}")
    );
    let text = inbox[0]["body"].as_str().unwrap();
    assert!(text.starts_with("Gentile Rossi Mario,"), "{text}");
    assert!(text.contains(reply), "{text}");
}

#[tokio::test]
async fn a_request_is_seen_only_in_the_world_it_was_filed_in() {
    let app = TestApp::start().await;
    let (s, w) = app.post("/sim/worlds", json!({})).await;
    assert_eq!(s, StatusCode::CREATED, "{w}");
    let world = in_world(w["id"].as_str().unwrap());
    let in_world_id = file_as(&app, &world, good("mondo@example.it"), None).await;
    let default_id = file_as(&app, &app.client, good("default@example.it"), None).await;

    let cc = contact_center(&app).await;
    assert_eq!(listed(&app, &cc, "").await, [default_id.as_str()]);
    let (s, _) = app
        .get_as(&cc, &format!("/operator/support-requests/{in_world_id}"))
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);

    let (s, b) = app
        .operator_login(&world, "contactcenter", crate::harness::OPERATOR_PASSWORD)
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(listed(&app, &world, "").await, [in_world_id.as_str()]);
    let (s, _) = app
        .post_as(
            &world,
            &format!("/operator/support-requests/{default_id}/take"),
            json!({}),
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn only_contact_center_operators_work_support_requests() {
    let app = TestApp::start().await;
    let id = file_as(&app, &app.client, good("ruoli@example.it"), None).await;
    app.l1().await; // app.client: a citizen session
    let anonymous = new_client();
    let bo = app.operator().await;
    let sede = app.operator_as("sportello", "sede").await;
    let ops = [
        ("GET", "/operator/support-requests".to_owned(), None),
        ("GET", format!("/operator/support-requests/{id}"), None),
        (
            "POST",
            format!("/operator/support-requests/{id}/take"),
            Some(json!({})),
        ),
        (
            "POST",
            format!("/operator/support-requests/{id}/close"),
            Some(json!({"reply": "Risposta abbastanza lunga."})),
        ),
    ];
    for (method, path, body) in &ops {
        for (who, client, status, code) in [
            (
                "citizen",
                &app.client,
                StatusCode::UNAUTHORIZED,
                "UNAUTHENTICATED",
            ),
            (
                "nobody",
                &anonymous,
                StatusCode::UNAUTHORIZED,
                "UNAUTHENTICATED",
            ),
            ("back office", &bo, StatusCode::FORBIDDEN, "FORBIDDEN_ROLE"),
            ("sede", &sede, StatusCode::FORBIDDEN, "FORBIDDEN_ROLE"),
        ] {
            let (s, b) = match body {
                None => app.get_as(client, path).await,
                Some(body) => app.post_as(client, path, body.clone()).await,
            };
            assert_eq!(
                (s, b["code"].as_str()),
                (status, Some(code)),
                "{who} {method} {path}: {b}"
            );
        }
    }
    // Nothing changed, nothing sent.
    let cc = contact_center(&app).await;
    let (_, r) = app
        .get_as(&cc, &format!("/operator/support-requests/{id}"))
        .await;
    assert_eq!(r["status"], "open");
    assert_eq!(app.messages("ruoli@example.it").await.len(), 1);
}
