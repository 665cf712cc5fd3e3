//! The fax to 800 803 164 (simulator): the signed MV35 and the document copy
//! land in the back-office queue marked `fax`, already in review, decided as
//! online conversions are; the same eligibility and file checks as online.

use reqwest::multipart::{Form, Part};
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::dispositivo::submit_conversion;
use crate::fixtures::{document, fields, jpeg};
use crate::harness::TestApp;

/// A minimal PDF as a scanner writes it.
fn pdf() -> Vec<u8> {
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".to_vec()
}

/// The fax: the codice fiscale, the document fields as the online form has
/// them, the two files.
async fn send_fax(app: &TestApp, cf: &str, module: Vec<u8>, copy: Vec<u8>) -> (StatusCode, Value) {
    let d = document();
    let mut form = Form::new().text("codice_fiscale", cf.to_owned());
    for k in ["type", "number", "issuer", "issued_on", "expires_on"] {
        form = form.text(format!("document.{k}"), d[k].as_str().unwrap().to_owned());
    }
    let file = |b: Vec<u8>, name: &str| Part::bytes(b).file_name(name.to_owned());
    let form = form
        .part("module", file(module, "mv35.pdf"))
        .part("document_copy", file(copy, "carta.jpg"));
    let rec = app
        .send(app.client.post(app.url("/sim/fax")).multipart(form))
        .await;
    (rec.status, rec.json())
}

#[tokio::test]
async fn a_fax_is_reviewed_in_the_queue_and_approved_like_an_online_request() {
    let app = TestApp::start().await;
    let (cf, _) = app.l1().await;
    let (s, b) = send_fax(&app, &cf.to_lowercase(), pdf(), jpeg()).await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    assert_eq!(
        (b["status"].as_str(), b["channel"].as_str()),
        (Some("in_lavorazione"), Some("fax"))
    );
    assert_eq!(b["document"]["number"], "CA12345AB");
    let conv = b["id"].as_str().unwrap().to_owned();

    // The citizen sees it as in progress, and cannot start another.
    let (_, c) = app.get("/dispositivo/conversion").await;
    assert_eq!(
        (c["id"].as_str(), c["channel"].as_str()),
        (Some(conv.as_str()), Some("fax"))
    );
    let (s, b) = app
        .post("/dispositivo/conversion", json!({"document": document()}))
        .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::CONFLICT, Some("CONVERSION_IN_PROGRESS"))
    );

    let op = app.operator().await;
    let (_, q) = app.get_as(&op, "/operator/conversions").await;
    let item = &q.as_array().unwrap()[0];
    assert_eq!(
        (
            item["conversion"]["id"].as_str(),
            item["conversion"]["channel"].as_str()
        ),
        (Some(conv.as_str()), Some("fax"))
    );
    let (s, d) = app
        .get_as(&op, &format!("/operator/conversions/{conv}"))
        .await;
    assert_eq!(
        (s, d["conversion"]["channel"].as_str()),
        (StatusCode::OK, Some("fax"))
    );
    let (s, _, module) = app
        .bytes_as(&op, &format!("/operator/conversions/{conv}/files/module"))
        .await;
    assert_eq!((s, module), (StatusCode::OK, pdf()));

    let (s, b) = app
        .post_as(
            &op,
            &format!("/operator/conversions/{conv}/approve"),
            json!({}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["citizen"]["pin_state"], "dispositivo");
    let (_, me) = app.get("/me").await;
    assert_eq!(
        (me["level"].as_str(), me["pin_state"].as_str()),
        (Some("L2"), Some("dispositivo"))
    );
}

#[tokio::test]
async fn a_fax_follows_the_rules_of_the_online_request() {
    let app = TestApp::start().await;
    // Nobody with that codice fiscale holds a PIN.
    let stranger = app.citizen().await;
    let (s, _) = send_fax(&app, crate::fixtures::cf(&stranger), pdf(), jpeg()).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, b) = send_fax(&app, " ", pdf(), jpeg()).await;
    assert_eq!(
        (s, fields(&b)),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            vec!["codice_fiscale".to_owned()]
        )
    );

    // An online request in review: the fax is refused.
    let (cf, _) = app.l1().await;
    let conv = submit_conversion(&app).await;
    let (s, b) = send_fax(&app, &cf, pdf(), jpeg()).await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::CONFLICT, Some("CONVERSION_IN_PROGRESS"))
    );

    // Already dispositivo: refused too.
    let op = app.operator().await;
    let (s, _) = app
        .post_as(
            &op,
            &format!("/operator/conversions/{conv}/approve"),
            json!({}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let (s, b) = send_fax(&app, &cf, pdf(), jpeg()).await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::CONFLICT, Some("ALREADY_DISPOSITIVO"))
    );
}

#[tokio::test]
async fn a_fax_needs_the_first_access_done() {
    let app = TestApp::start().await;
    let c = app.citizen().await;
    app.issue(&c).await;
    let (s, b) = send_fax(&app, crate::fixtures::cf(&c), pdf(), jpeg()).await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::CONFLICT, Some("FIRST_ACCESS_REQUIRED"))
    );
}

#[tokio::test]
async fn a_fax_with_a_file_of_the_wrong_type_is_refused_and_nothing_is_kept() {
    let app = TestApp::start().await;
    let (cf, _) = app.l1().await;
    let (s, b) = send_fax(&app, &cf, pdf(), b"<html>not a scan</html>".to_vec()).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert_eq!(fields(&b), ["document_copy"]);
    let (s, b) = send_fax(&app, &cf, b"GIF89a....".to_vec(), jpeg()).await;
    assert_eq!(
        (s, fields(&b)),
        (StatusCode::UNPROCESSABLE_ENTITY, vec!["module".to_owned()])
    );
    let (s, b) = send_fax(&app, &cf, pdf(), Vec::new()).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    let (_, c) = app.get("/dispositivo/conversion").await;
    assert!(c.is_null(), "{c}");
    let kept = std::fs::read_dir(app.uploads())
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(kept, 0);
    // The same fax with the right files goes through.
    let (s, b) = send_fax(&app, &cf, pdf(), jpeg()).await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
}

#[tokio::test]
async fn each_conversion_says_how_it_was_sent() {
    let app = TestApp::start().await;
    app.l1().await;
    let online = submit_conversion(&app).await;
    let op = app.operator().await;
    let (_, q) = app.get_as(&op, "/operator/conversions").await;
    assert_eq!(q[0]["conversion"]["id"], online.as_str());
    assert_eq!(q[0]["conversion"]["channel"], "online");

    // A desk conversion is marked sede.
    let (cf, _) = app.l1().await;
    let desk = crate::harness::new_client();
    let (s, b) = app
        .operator_login(&desk, "sportello", crate::harness::OPERATOR_PASSWORD)
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let card = json!({"kind": "carta_identita", "number": "AA1234567", "issuer": "Comune di Roma",
                      "issued_on": "2018-01-10", "expires_on": "2028-01-10"});
    let (s, b) = app
        .post_as(
            &desk,
            "/operator/dispositivo-conversions",
            json!({"codice_fiscale": cf, "document": card}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let (_, c) = app.get("/dispositivo/conversion").await;
    assert_eq!(
        (c["status"].as_str(), c["channel"].as_str()),
        (Some("approved"), Some("sede"))
    );
}
