//! Richiesta di assistenza (`POST /support-requests`): each problem named on
//! its field; a filed request has a number and an acknowledgement e-mail in
//! the delivery simulator, in the language of the request.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::fixtures::field_codes;
use crate::harness::TestApp;

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
