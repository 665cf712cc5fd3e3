//! Languages (API.md): the texts for a person follow `Accept-Language`
//! (`it`, `de`, `en`; anything else or none: Italian); codes, field names
//! and every other value stay as they are.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::fixtures::{cf, field_codes, request_for};
use crate::harness::TestApp;

/// A request with three field errors: a surname that does not match the
/// codice fiscale and no contact at all.
fn faulty_request(c: &Value) -> Value {
    let mut r = request_for(c);
    r["personal"]["surname"] = json!("Zzyzx");
    r["contacts"]["mobile"] = Value::Null;
    r["contacts"]["email"] = Value::Null;
    r
}

async fn post_in(
    app: &TestApp,
    lang: Option<&str>,
    path: &str,
    body: &Value,
) -> (StatusCode, Value) {
    let mut rb = app.client.post(app.url(path)).json(body);
    if let Some(l) = lang {
        rb = rb.header("accept-language", l);
    }
    let rec = app.send(rb).await;
    (rec.status, rec.json())
}

fn message_of<'a>(body: &'a Value, field: &str) -> &'a str {
    body["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["field"] == field)
        .and_then(|f| f["message"].as_str())
        .unwrap_or_else(|| panic!("no {field} in {body}"))
}

#[tokio::test]
async fn validation_errors_answer_in_german_and_english_with_the_same_codes() {
    let app = TestApp::start().await;
    let c = app.citizen().await;
    let req = faulty_request(&c);
    let (status, italian) = post_in(&app, None, "/pin-requests", &req).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{italian}");
    assert_eq!(
        message_of(&italian, "personal.surname"),
        "Il cognome non corrisponde al codice fiscale"
    );

    let expected = [
        (
            "de-DE,de;q=0.9,en;q=0.8",
            "Einige Angaben sind nicht korrekt: bitte die markierten Felder prüfen",
            "Der Nachname stimmt nicht mit der Steuernummer überein",
        ),
        (
            "en-GB,en;q=0.9",
            "Some details are not correct: please check the highlighted fields",
            "The surname does not match the codice fiscale",
        ),
    ];
    for (lang, message, surname) in expected {
        let (s, body) = post_in(&app, Some(lang), "/pin-requests", &req).await;
        assert_eq!(s, status, "{lang}: {body}");
        assert_eq!(body["code"], italian["code"], "{lang}");
        assert_eq!(body["message"], message, "{lang}");
        // The same fields with the same codes, in the same order…
        assert_eq!(field_codes(&body), field_codes(&italian), "{lang}");
        assert_eq!(message_of(&body, "personal.surname"), surname, "{lang}");
        // …and not one Italian message left.
        for (f, i) in body["fields"]
            .as_array()
            .unwrap()
            .iter()
            .zip(italian["fields"].as_array().unwrap())
        {
            assert_ne!(f["message"], i["message"], "{lang}: {f} untranslated");
        }
    }
}

#[tokio::test]
async fn no_italian_or_other_languages_answer_in_italian_unchanged() {
    let app = TestApp::start().await;
    let c = app.citizen().await;
    let req = faulty_request(&c);
    let (_, reference) = post_in(&app, None, "/pin-requests", &req).await;
    for lang in [
        "it",
        "it-IT,it;q=0.9",
        "fr",
        "fr-FR,es;q=0.5",
        "*",
        "de;q=0",
        "xx-invalid;;",
    ] {
        let (s, body) = post_in(&app, Some(lang), "/pin-requests", &req).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{lang}");
        assert_eq!(
            body, reference,
            "{lang}: the whole answer is the Italian one"
        );
    }
}

#[tokio::test]
async fn messages_with_variable_parts_keep_them() {
    let app = TestApp::start().await;
    let c = app.citizen().await;
    let (status, _) = app.post("/pin-requests", request_for(&c)).await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, body) = post_in(&app, Some("en"), "/pin-requests", &request_for(&c)).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["code"], "PIN_ALREADY_ASSIGNED");
    assert_eq!(
        body["message"],
        format!("The user {} already has a PIN", cf(&c))
    );
    let (_, body) = post_in(&app, Some("de"), "/pin-requests", &request_for(&c)).await;
    assert_eq!(
        body["message"],
        format!("Dem Benutzer {} ist bereits eine PIN zugewiesen", cf(&c))
    );
}

#[tokio::test]
async fn errors_made_before_any_handler_and_notices_are_translated_too() {
    let app = TestApp::start().await;
    // A path that matches nothing (404 from the fallback).
    let rec = app
        .send(
            app.client
                .get(app.url("/no-such-thing"))
                .header("accept-language", "en"),
        )
        .await;
    assert_eq!(rec.status, StatusCode::NOT_FOUND);
    assert_eq!(rec.json()["code"], "NOT_FOUND");
    assert_eq!(rec.json()["message"], "Resource not found");
    // A body that is not JSON (415, shaped by the error layer).
    let rec = app
        .send(
            app.client
                .post(app.url("/session"))
                .header("accept-language", "de")
                .header("content-type", "text/plain")
                .body("x"),
        )
        .await;
    assert_eq!(rec.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(
        rec.json()["message"],
        "Format der Anfrage nicht unterstützt: bitte JSON-Daten senden"
    );
    // A success notice (202 of Revoca PIN: one answer whoever asks).
    let body = json!({"codice_fiscale": "RSSMRA80A01H501U",
                      "tessera_sanitaria_number": "80380000000000000000",
                      "tessera_sanitaria_expiry": "2030-01-01",
                      "email": "chi@example.it", "pec": null});
    let (status, answer) = post_in(&app, Some("en"), "/pin/revoke", &body).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{answer}");
    assert!(
        answer["message"]
            .as_str()
            .unwrap()
            .starts_with("Revocation request received."),
        "{answer}"
    );
}

#[tokio::test]
async fn api_answers_vary_by_accept_language() {
    let app = TestApp::start().await;
    let rec = app.send(app.client.get(app.url("/health"))).await;
    let vary: Vec<_> = rec
        .headers
        .get_all("vary")
        .iter()
        .flat_map(|v| {
            v.to_str()
                .unwrap()
                .split(',')
                .map(|s| s.trim().to_lowercase())
        })
        .collect();
    assert!(vary.contains(&"accept-language".to_owned()), "{vary:?}");
}

#[tokio::test]
async fn a_ui_on_another_origin_may_send_accept_language() {
    let app = TestApp::start_with(|cfg| {
        cfg.cors_origin = vec!["https://aula.example.test".into()];
    })
    .await;
    let r = app
        .client
        .request(reqwest::Method::OPTIONS, app.url("/pin-requests"))
        .header("origin", "https://aula.example.test")
        .header("access-control-request-method", "POST")
        .header(
            "access-control-request-headers",
            "content-type,accept-language",
        )
        .send()
        .await
        .unwrap();
    let allowed = r.headers()["access-control-allow-headers"]
        .to_str()
        .unwrap()
        .to_lowercase();
    assert!(allowed.contains("accept-language"), "{allowed}");
}

async fn inbox_in(app: &TestApp, lang: Option<&str>, recipient: &str) -> Vec<Value> {
    let mut rb = app
        .client
        .get(app.url("/sim/messages"))
        .query(&[("recipient", recipient)]);
    if let Some(l) = lang {
        rb = rb.header("accept-language", l);
    }
    let rec = app.send(rb).await;
    assert_eq!(rec.status, StatusCode::OK);
    rec.json().as_array().unwrap().clone()
}

#[tokio::test]
async fn inbox_messages_read_in_the_language_asked_with_the_same_secrets() {
    let app = TestApp::start().await;
    let c = app.citizen().await;
    let (status, body) = app.post("/pin-requests", request_for(&c)).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let mobile = crate::harness::MOBILE;
    let italian = inbox_in(&app, None, mobile).await;
    let sms = &italian[0];
    let half1 = sms["secret"].as_str().unwrap();
    assert!(sms["body"]
        .as_str()
        .unwrap()
        .starts_with("INPS: prima parte del PIN: "));

    let english = inbox_in(&app, Some("en"), mobile).await;
    assert_eq!(english.len(), italian.len());
    let sms_en = &english[0];
    for k in [
        "id",
        "channel",
        "recipient",
        "secret",
        "sent_at",
        "delivered_at",
    ] {
        assert_eq!(sms_en[k], sms[k], "{k} does not change with the language");
    }
    let text = sms_en["body"].as_str().unwrap();
    assert!(
        text.starts_with(&format!(
            "INPS: first half of the PIN: {half1}. The second half"
        )),
        "{text}"
    );

    // The letter, still in the post: its secret withheld, in German.
    let letters = inbox_in(&app, Some("de"), cf(&c)).await;
    let letter = &letters[0];
    assert_eq!(letter["subject"], "INPS - Zweiter Teil der PIN");
    let text = letter["body"].as_str().unwrap();
    assert!(text.contains("Steuernummer: "), "{text}");
    assert!(text.contains("[noch nicht zugestellt]"), "{text}");
    assert!(
        text.ends_with("— Nachricht des PIN-INPS-Simulators (nicht mit dem INPS verbunden)."),
        "{text}"
    );
    assert!(!text.contains("Gentile"), "{text}");
}
