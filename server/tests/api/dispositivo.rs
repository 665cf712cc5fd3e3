//! Converti il tuo PIN: the identity document, the MV35 module as a PDF,
//! uploads checked by content and size and stored outside the served
//! files, and the whole way to PIN dispositivo with a frozen application
//! protocolled once the back office approves.

use reqwest::StatusCode;
use serde_json::json;

use crate::fixtures::{document, fields, jpeg, naspi, pdf_text, IBAN, MB};
use crate::harness::{TestApp, EMAIL};

/// Document, MV35, both files, confirm: the conversion id.
pub async fn submit_conversion(app: &TestApp) -> String {
    let (s, b) = app
        .post("/dispositivo/conversion", json!({"document": document()}))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let id = b["id"].as_str().unwrap().to_owned();
    let (s, _, module) = app.bytes("/dispositivo/conversion/module.pdf").await;
    assert_eq!(s, StatusCode::OK);
    // The citizen prints, signs and scans it: here the PDF itself.
    let (s, b) = app
        .upload("module", module, "mv35 firmato.pdf", "application/pdf")
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let (s, b) = app
        .upload("document", jpeg(), "carta.jpg", "image/jpeg")
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let (s, b) = app.post("/dispositivo/conversion/submit", json!({})).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["status"], "in_lavorazione");
    id
}

#[tokio::test]
async fn frozen_applications_are_protocolled_when_the_pin_becomes_dispositivo() {
    let app = TestApp::start().await;
    let (cf, pin) = app.l1().await;

    // With an ordinary PIN the application is accepted but frozen.
    let (s, frozen) = app.post("/applications", naspi()).await;
    assert_eq!(s, StatusCode::CREATED, "{frozen}");
    assert_eq!(frozen["status"], "frozen");
    assert_eq!(frozen["status_label"], "In attesa di PIN dispositivo");
    assert!(frozen["protocol_number"].is_null());
    let id = frozen["id"].as_str().unwrap().to_owned();
    let (s, b) = app.get(&format!("/applications/{id}/receipt.pdf")).await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::CONFLICT, Some("NOT_PROTOCOLLED"))
    );
    let (_, home) = app.get("/services").await;
    assert_eq!(home["frozen_applications"], 1);

    // Days later (sessions end meanwhile: a new login).
    app.advance_days(3).await;
    assert_eq!(app.login(&cf, &pin).await.0, StatusCode::OK);
    let conv = submit_conversion(&app).await;
    let (_, home) = app.get("/services").await;
    assert_eq!(home["conversion"]["status"], "in_lavorazione");
    assert_eq!(home["level"], "L1");
    // Confirmed: no more changes.
    let (s, b) = app.upload("document", jpeg(), "x.jpg", "image/jpeg").await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::CONFLICT, Some("CONVERSION_IN_PROGRESS"))
    );

    // The back office sees it with the citizen, the document and both files.
    let op = app.operator().await;
    let (s, queue) = app.get_as(&op, "/operator/conversions").await;
    assert_eq!(s, StatusCode::OK, "{queue}");
    let item = queue
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["conversion"]["id"] == conv.as_str())
        .expect("in the queue");
    assert_eq!(item["citizen"]["codice_fiscale"], cf.as_str());
    assert_eq!(item["conversion"]["document"]["number"], "CA12345AB");
    let (s, ct, module) = app
        .bytes_as(&op, &format!("/operator/conversions/{conv}/files/module"))
        .await;
    assert_eq!((s, ct.as_str()), (StatusCode::OK, "application/pdf"));
    assert!(pdf_text(&module).contains(&cf));
    let (s, ct, doc) = app
        .bytes_as(&op, &format!("/operator/conversions/{conv}/files/document"))
        .await;
    assert_eq!((s, ct.as_str()), (StatusCode::OK, "image/jpeg"));
    assert_eq!(doc, jpeg());
    // The citizen's cookie is no operator's.
    let (s, _) = app.get("/operator/conversions").await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);

    let (s, b) = app
        .post_as(
            &op,
            &format!("/operator/conversions/{conv}/approve"),
            json!({}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["conversion"]["status"], "approved");
    assert_eq!(b["citizen"]["pin_state"], "dispositivo");
    let (s, b) = app
        .post_as(
            &op,
            &format!("/operator/conversions/{conv}/approve"),
            json!({}),
        )
        .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::CONFLICT, Some("NOT_IN_REVIEW"))
    );

    // The same session is now dispositivo.
    let (_, me) = app.get("/me").await;
    assert_eq!(
        (me["level"].as_str(), me["pin_state"].as_str()),
        (Some("L2"), Some("dispositivo"))
    );
    let (_, home) = app.get("/services").await;
    assert_eq!(home["level_label"], "PIN dispositivo");
    assert_eq!(home["frozen_applications"], 0);
    assert!(home["way_up"].is_null());

    // The frozen application is protocolled, keeping its submission date.
    let (_, a) = app.get(&format!("/applications/{id}")).await;
    assert_eq!(a["status"], "protocolled");
    assert_eq!(a["submitted_at"], frozen["submitted_at"]);
    assert!(a["protocolled_at"].as_str().unwrap() > frozen["submitted_at"].as_str().unwrap());
    let protocol = a["protocol_number"].as_str().unwrap().to_owned();
    let (s, ct, receipt) = app.bytes(&format!("/applications/{id}/receipt.pdf")).await;
    assert_eq!((s, ct.as_str()), (StatusCode::OK, "application/pdf"));
    let text = pdf_text(&receipt);
    assert!(text.contains(&protocol), "{text}");
    assert!(text.contains(&cf), "{text}");

    // The citizen is told by e-mail: outcome and protocolled applications.
    let mail = app.messages(EMAIL).await;
    assert!(mail
        .iter()
        .any(|m| m["subject"] == "INPS - Il suo PIN è ora dispositivo"));
    let proto_mail = mail
        .iter()
        .find(|m| m["subject"] == "INPS - Domande protocollate")
        .expect("e-mail with the protocolled applications");
    assert!(proto_mail["body"].as_str().unwrap().contains(&protocol));

    // From now on applications are protocolled at once; no second conversion.
    let (s, b) = app
        .post(
            "/applications",
            json!({"kind": "bonus_bebe", "data": {"child_codice_fiscale": "RSSMRA80A01H501U",
                   "child_birth_date": "2020-01-10", "iban": IBAN}}),
        )
        .await;
    assert_eq!(
        (s, b["status"].as_str()),
        (StatusCode::CREATED, Some("protocolled")),
        "{b}"
    );
    let (s, b) = app
        .post("/dispositivo/conversion", json!({"document": document()}))
        .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::CONFLICT, Some("ALREADY_DISPOSITIVO"))
    );
}

#[tokio::test]
async fn uploads_are_checked_by_content_and_size() {
    let app = TestApp::start().await;
    app.l1().await;
    let (s, _) = app
        .post("/dispositivo/conversion", json!({"document": document()}))
        .await;
    assert_eq!(s, StatusCode::CREATED);

    // A valid PDF, whatever it is called.
    let pdf = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".to_vec();
    let (s, b) = app
        .upload(
            "module",
            pdf.clone(),
            "scansione.exe",
            "application/octet-stream",
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["module_file"]["kind"], "pdf");
    assert_eq!(b["module_file"]["size"], pdf.len());

    // A renamed executable: refused by its content, the PDF stays.
    let exe = [b"MZ\x90\x00\x03\x00\x00\x00".as_slice(), &[0u8; 500]].concat();
    let (s, b) = app
        .upload("module", exe, "modulo.pdf", "application/pdf")
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert_eq!(b["code"], "UPLOAD_TYPE");
    assert_eq!(fields(&b)[0], "module");
    assert!(b["message"].as_str().unwrap().contains("PDF, JPEG o PNG"));

    // One byte over 1 MB.
    let mut big = b"%PDF-1.4\n".to_vec();
    big.resize(MB + 1, b'0');
    let (s, b) = app
        .upload("module", big, "modulo.pdf", "application/pdf")
        .await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE, "{b}");
    assert_eq!(b["code"], "UPLOAD_TOO_LARGE");
    assert!(b["message"].as_str().unwrap().contains("1 MB"));

    // Far over the limit: still a clear answer.
    let mut huge = b"%PDF-1.4\n".to_vec();
    huge.resize(3 * MB, b'0');
    let (s, b) = app
        .upload("module", huge, "modulo.pdf", "application/pdf")
        .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::PAYLOAD_TOO_LARGE, Some("UPLOAD_TOO_LARGE"))
    );

    // Exactly 1 MB is fine (the document slot).
    let mut limit = jpeg();
    limit.resize(MB, 0x55);
    let (s, b) = app.upload("document", limit, "c.jpg", "image/jpeg").await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["document_file"]["size"], MB);

    // An empty file.
    let (s, b) = app
        .upload("document", Vec::new(), "c.jpg", "image/jpeg")
        .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("UPLOAD_EMPTY"))
    );

    // After the refusals both files are still the accepted ones.
    let (_, conv) = app.get("/dispositivo/conversion").await;
    assert_eq!(conv["module_file"]["size"], pdf.len());
    assert_eq!(conv["document_file"]["kind"], "jpeg");
    let (s, ct, back) = app.bytes("/dispositivo/conversion/files/module").await;
    assert_eq!(
        (s, ct.as_str(), back),
        (StatusCode::OK, "application/pdf", pdf)
    );

    // Stored outside the served files under random names: neither the
    // upload's name nor a trace of the refused files.
    let stored: Vec<String> = std::fs::read_dir(app.uploads())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(stored.len(), 2, "{stored:?}");
    assert!(stored
        .iter()
        .all(|n| n.len() == 32 && n.chars().all(|c| c.is_ascii_hexdigit())));

    // A PNG replaces the JPEG (the old file is removed).
    let png = [
        &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A][..],
        &[0u8; 64],
    ]
    .concat();
    let (s, b) = app.upload("document", png, "c.png", "image/png").await;
    assert_eq!(
        (s, b["document_file"]["kind"].as_str()),
        (StatusCode::OK, Some("png"))
    );
    assert_eq!(std::fs::read_dir(app.uploads()).unwrap().count(), 2);
}

#[tokio::test]
async fn the_mv35_module_is_a_pdf_with_the_citizens_data() {
    let app = TestApp::start().await;
    let (cf, _) = app.l1().await;
    let (s, b) = app.get("/dispositivo/conversion/module.pdf").await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::CONFLICT, Some("NO_CONVERSION"))
    );
    let (s, _) = app
        .post("/dispositivo/conversion", json!({"document": document()}))
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let (s, ct, bytes) = app.bytes("/dispositivo/conversion/module.pdf").await;
    assert_eq!((s, ct.as_str()), (StatusCode::OK, "application/pdf"));
    assert!(bytes.starts_with(b"%PDF-"));
    let text = pdf_text(&bytes);
    let (_, me) = app.get("/me").await;
    for expected in [
        "MV35",
        "RICHIESTA DI PIN DISPOSITIVO",
        cf.as_str(),
        &me["surname"].as_str().unwrap().to_uppercase(),
        &me["name"].as_str().unwrap().to_uppercase(),
        "CA12345AB",
        "Comune di Roma",
        "10/05/2028",
        "Firma del richiedente",
        "09/04/2020", // the day it was generated (simulated)
        EMAIL,
    ] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }
}

#[tokio::test]
async fn identity_document_rules_are_enforced_by_the_server() {
    let app = TestApp::start().await;
    app.l1().await;
    let mut d = document();
    d["number"] = json!("AA1234567"); // a paper ID number, not a CIE one
    let (s, b) = app
        .post("/dispositivo/conversion", json!({"document": d}))
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fields(&b)[0], "document.number");
    assert!(b["fields"][0]["message"]
        .as_str()
        .unwrap()
        .contains("CA12345AB"));
    let mut d = document();
    d["expires_on"] = json!("2020-03-31"); // expired the day before (simulated) today
    let (s, b) = app
        .post("/dispositivo/conversion", json!({"document": d}))
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(b["fields"][0]["code"], "DOCUMENT_EXPIRED");
    // Confirming without files names both.
    let (s, _) = app
        .post("/dispositivo/conversion", json!({"document": document()}))
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let (s, b) = app.post("/dispositivo/conversion/submit", json!({})).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    let f: Vec<&str> = b["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(f, ["module", "document"]);
}
