//! A PIN issued in person: the envelope, the first login, the document,
//! exception and representative rules, before and after the cut-off.

use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

use super::{audit_actions, issuance, issue, parent, sportello};
use crate::fixtures::{cf, fields, naspi};
use crate::harness::TestApp;

/// Asks `op` to issue a PIN with `body`, which must be refused as
/// invalid: the fields the refusal names.
async fn refused(app: &TestApp, op: &Client, body: Value) -> Vec<String> {
    let (s, b) = app.post_as(op, "/operator/in-person-pins", body).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    fields(&b)
}

#[tokio::test]
async fn a_pin_issued_in_sede_logs_in_at_l2_at_once_and_forces_the_change() {
    let app = TestApp::start().await;
    let c = app.citizen().await;
    let op = sportello(&app).await;
    let pin = issue(&app, &op, issuance(cf(&c))).await;

    // The envelope is the issuing session's only.
    let other = sportello(&app).await;
    let (s, b) = app
        .post_as(&op, "/operator/in-person-pins", issuance(cf(&c)))
        .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::CONFLICT, Some("PIN_ALREADY_ASSIGNED"))
    );
    let audit = audit_actions(&app, &op, cf(&c)).await;
    let rid = audit[0]["request_id"].as_str().unwrap().to_owned();
    let (s, _, _) = app
        .bytes_as(
            &other,
            &format!("/operator/in-person-pins/{rid}/envelope.pdf"),
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);

    // No "prima parte": the first 8 characters alone do not log in.
    let (s, _) = app.login(cf(&c), &pin[..8]).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let (s, b) = app.login(cf(&c), &pin).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(
        (b["level"].as_str(), b["next"].as_str()),
        (Some("L2"), Some("change_pin"))
    );
    // The change to 8 characters comes first.
    let (s, b) = app.get("/services").await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("PIN_CHANGE_REQUIRED"))
    );
    let (s, b) = app.post("/pin/first-access", json!({})).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let new_pin = b["new_pin"].as_str().unwrap().to_owned();
    assert_eq!(new_pin.chars().count(), 8);
    // No contacts on file: straight to the privacy notice.
    assert_eq!(b["next"], "accept_privacy");
    let (_, privacy) = app.get("/privacy").await;
    let (s, b) = app
        .post("/pin/privacy", json!({"version": privacy["version"]}))
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let (_, me) = app.get("/me").await;
    assert_eq!(
        (me["level"].as_str(), me["pin_state"].as_str()),
        (Some("L2"), Some("dispositivo"))
    );
    // An application is protocolled at once, as with any PIN dispositivo.
    let (s, a) = app.post("/applications", naspi()).await;
    assert_eq!(s, StatusCode::CREATED, "{a}");
    assert_eq!(a["status"], "protocolled");
    // The next login with the 8 characters is L2 too.
    let (s, b) = app.login(cf(&c), &new_pin).await;
    assert_eq!((s, b["level"].as_str()), (StatusCode::OK, Some("L2")));

    // The citizen sees it in "Le tue attività".
    let kinds: Vec<String> = app
        .activity_kinds()
        .await
        .into_iter()
        .map(|k| k.0)
        .collect();
    assert!(kinds.contains(&"sede_pin_issued".to_owned()), "{kinds:?}");
    // The audit names who, what and the document, never the PIN.
    let audit = audit_actions(&app, &op, cf(&c)).await;
    let line = audit
        .iter()
        .find(|l| l["action"] == "in_person_pin")
        .expect("issuance audited");
    assert_eq!(line["operator"], "sportello");
    let detail = line["detail"].as_str().unwrap();
    assert!(detail.contains("Carta d'identità n. AA1234567"), "{detail}");
    assert!(
        !detail.contains(&pin) && !detail.contains(&pin[..8]),
        "{detail}"
    );
}

#[tokio::test]
async fn documents_citizens_and_representatives_are_checked() {
    let app = TestApp::start().await;
    let op = sportello(&app).await;
    let c = app.citizen().await;

    // An expired document is named on its field, in Italian.
    let mut body = issuance(cf(&c));
    body["document"]["expires_on"] = json!("2019-12-31");
    let (s, b) = app.post_as(&op, "/operator/in-person-pins", body).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert_eq!(fields(&b), ["document.expires_on"]);
    assert!(b["fields"][0]["message"]
        .as_str()
        .unwrap()
        .contains("scaduto"));

    // Someone not in the registry.
    assert_eq!(
        refused(&app, &op, issuance("RSSMRA85T10A562S")).await,
        ["codice_fiscale"]
    );

    // No delegates for an adult.
    let mut body = issuance(cf(&c));
    body["representative"] = parent();
    assert_eq!(refused(&app, &op, body).await, ["representative.relation"]);

    // A minor comes with a parent.
    let minor = app.citizen_with(json!({"birth_date": "2010-06-15"})).await;
    assert_eq!(
        refused(&app, &op, issuance(cf(&minor))).await,
        ["representative"]
    );
    let mut body = issuance(cf(&minor));
    body["representative"] = parent();
    issue(&app, &op, body).await;
    let audit = audit_actions(&app, &op, cf(&minor)).await;
    assert!(audit[0]["detail"]
        .as_str()
        .unwrap()
        .contains("tramite genitore Anna Bianchi"));
}

#[tokio::test]
async fn after_the_cut_off_only_the_exceptions_get_a_pin() {
    let app = TestApp::start().await;
    let adult = app.citizen_with(json!({"birth_date": "1950-02-02"})).await;
    let minor = app.citizen_with(json!({"birth_date": "2008-06-15"})).await;
    let (s, b) = app.set_clock("2020-10-05T09:00:00Z").await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let op = sportello(&app).await;

    let (s, b) = app
        .post_as(&op, "/operator/in-person-pins", issuance(cf(&adult)))
        .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("PIN_ISSUANCE_CLOSED"))
    );
    assert!(b["message"].as_str().unwrap().contains("SPID"));

    // Guardianship: through the amministratore di sostegno.
    let mut body = issuance(cf(&adult));
    body["exception"] = json!("guardianship");
    assert_eq!(refused(&app, &op, body.clone()).await, ["representative"]);
    body["representative"] = json!({"name": "Luca", "surname": "Verdi",
        "codice_fiscale": "VRDLCU75C03F205X", "relation": "amministratore_di_sostegno"});
    let pin = issue(&app, &op, body).await;
    let (s, b) = app.login(cf(&adult), &pin).await;
    assert_eq!(
        (s, b["level"].as_str()),
        (StatusCode::OK, Some("L2")),
        "{b}"
    );

    // A minor, with a parent.
    let mut body = issuance(cf(&minor));
    body["exception"] = json!("minor");
    body["representative"] = parent();
    issue(&app, &op, body).await;
    let audit = audit_actions(&app, &op, cf(&minor)).await;
    assert!(audit[0]["detail"]
        .as_str()
        .unwrap()
        .contains("eccezione: minore"));

    // Without an Italian document: a foreign one.
    let foreign = app.citizen_with(json!({"birth_date": "1990-01-01"})).await;
    let mut body = issuance(cf(&foreign));
    body["exception"] = json!("no_italian_document");
    assert_eq!(refused(&app, &op, body.clone()).await, ["document.kind"]);
    body["document"]["kind"] = json!("passaporto_estero");
    body["document"]["number"] = json!("X9876543");
    body["document"]["issuer"] = json!("Republic of Albania");
    issue(&app, &op, body).await;
}

/// The envelope prints in the operator's language (`Accept-Language`); the
/// PIN on it is the same in every language.
#[tokio::test]
async fn the_envelope_prints_in_the_requesters_language() {
    let app = TestApp::start().await;
    let c = app.citizen().await;
    let op = sportello(&app).await;
    let (s, b) = app
        .post_as(&op, "/operator/in-person-pins", issuance(cf(&c)))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let url = b["envelope_url"].as_str().unwrap();
    let path = url.strip_prefix("/api/v1").unwrap();
    let text = |lang: &'static str| {
        let (app, op) = (&app, &op);
        async move {
            let (s, ct, pdf) = app.bytes_in(op, path, lang).await;
            assert_eq!((s, ct.as_str()), (StatusCode::OK, "application/pdf"));
            crate::fixtures::pdf_text(&pdf)
        }
    };
    let pin_line = |t: &str| {
        t.lines()
            .map(|l| l.trim().to_owned())
            .find(|l| l.len() == 19 && l.split(' ').count() == 4)
            .unwrap_or_else(|| panic!("no PIN in: {t}"))
    };

    let it = text("it").await;
    assert!(it.contains("Il suo PIN (16 caratteri)"), "{it}");
    let translated = [
        (
            "de",
            [
                "Ihre PIN (16 Zeichen)",
                "Inhaber/in",
                "Antragsnummer",
                " um ",
            ],
        ),
        (
            "en",
            [
                "Your PIN (16 characters)",
                "Sealed envelope - for the holder only",
                "Request number",
                " at ",
            ],
        ),
    ];
    for (lang, words) in translated {
        let t = text(lang).await;
        for w in words {
            assert!(t.contains(w), "{w:?} missing in {lang}:\n{t}");
        }
        assert!(!t.contains("Il suo PIN"), "{t}");
        assert_eq!(pin_line(&t), pin_line(&it), "the same PIN in {lang}");
    }
}
