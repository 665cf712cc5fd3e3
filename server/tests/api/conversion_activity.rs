//! "Le tue attività" tells the citizen of a conversion to PIN dispositivo
//! whatever its channel: sent online or received by fax, then approved or
//! rejected by the back office (with where the e-mail went).

use reqwest::multipart::{Form, Part};
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::dispositivo::submit_conversion;
use crate::fixtures::{cf, document, jpeg};
use crate::harness::TestApp;

async fn send_fax(app: &TestApp, cf: &str) -> String {
    let d = document();
    let mut form = Form::new().text("codice_fiscale", cf.to_owned());
    for k in ["type", "number", "issuer", "issued_on", "expires_on"] {
        form = form.text(format!("document.{k}"), d[k].as_str().unwrap().to_owned());
    }
    let pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    let form = form
        .part("module", Part::bytes(pdf.to_vec()).file_name("mv35.pdf"))
        .part("document_copy", Part::bytes(jpeg()).file_name("carta.jpg"));
    let rec = app
        .send(app.client.post(app.url("/sim/fax")).multipart(form))
        .await;
    assert_eq!(rec.status, StatusCode::CREATED);
    rec.json()["id"].as_str().unwrap().to_owned()
}

/// The activity entries of one kind: (description, channel, recipient).
async fn entries(app: &TestApp, kind: &str) -> Vec<(String, Value, Value)> {
    let (s, b) = app.get("/me/activity").await;
    assert_eq!(s, StatusCode::OK, "{b}");
    b.as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == kind)
        .map(|e| {
            (
                e["description"].as_str().unwrap().to_owned(),
                e["channel"].clone(),
                e["recipient"].clone(),
            )
        })
        .collect()
}

#[tokio::test]
async fn an_online_conversion_and_its_approval_appear_in_the_activity() {
    let app = TestApp::start().await;
    app.ready().await;
    let conv = submit_conversion(&app).await;
    let sent = entries(&app, "conversion_submitted").await;
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert!(sent[0].0.contains("inviata online"), "{sent:?}");
    assert!(entries(&app, "conversion_faxed").await.is_empty());

    let op = app.operator().await;
    let (s, b) = app
        .post_as(
            &op,
            &format!("/operator/conversions/{conv}/approve"),
            json!({}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let approved = entries(&app, "conversion_approved").await;
    assert_eq!(approved.len(), 1, "{approved:?}");
    assert!(approved[0].0.contains("accolta"), "{approved:?}");
    assert_eq!(approved[0].1, "email", "the outcome went by e-mail");
    assert_eq!(approved[0].2, "pe***@example.it");
}

#[tokio::test]
async fn a_fax_conversion_and_its_rejection_appear_in_the_activity() {
    let app = TestApp::start().await;
    let (c, _) = app.ready().await;
    let conv = send_fax(&app, cf(&c)).await;
    let faxed = entries(&app, "conversion_faxed").await;
    assert_eq!(faxed.len(), 1, "{faxed:?}");
    assert!(faxed[0].0.contains("fax"), "{faxed:?}");
    assert!(entries(&app, "conversion_submitted").await.is_empty());

    let op = app.operator().await;
    let (s, b) = app
        .post_as(
            &op,
            &format!("/operator/conversions/{conv}/reject"),
            json!({"reason": "Documento illeggibile"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let rejected = entries(&app, "conversion_rejected").await;
    assert_eq!(rejected.len(), 1, "{rejected:?}");
    assert!(rejected[0].0.contains("respinta"), "{rejected:?}");
    assert_eq!(rejected[0].1, "email");
    assert!(entries(&app, "conversion_approved").await.is_empty());
}
