//! PIN levels, services, applications (frozen and protocolled), the
//! "Converti il tuo PIN" procedure with real multipart uploads, and the back
//! office. Each test runs the real app on a free port with its own database
//! and uploads directory.

mod common;

use common::{answer, new_client, request_for, EMAIL, MOBILE};
use reqwest::multipart::{Form, Part};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

const IBAN: &str = "IT60X0542811101000000123456";
const MB: usize = 1024 * 1024;

struct TestApp {
    base: String,
    client: Client,
    dir: tempfile::TempDir,
}

async fn start() -> TestApp {
    start_in(tempfile::tempdir().unwrap(), |_| {}).await
}

/// A server on the database in `dir` (which may already hold one), with
/// `tweak` applied to its configuration.
async fn start_in(
    dir: tempfile::TempDir,
    tweak: impl FnOnce(&mut server::config::ServeConfig),
) -> TestApp {
    let mut cfg = common::config(&dir.path().join("t.db"), 0);
    cfg.uploads_dir = dir.path().join("uploads");
    tweak(&mut cfg);
    let addr = common::spawn(cfg).await;
    TestApp {
        base: common::api_base(addr),
        client: new_client(),
        dir,
    }
}

impl TestApp {
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    async fn get_as(&self, client: &Client, path: &str) -> (StatusCode, Value) {
        common::get_json(client, self.url(path)).await
    }

    async fn get(&self, path: &str) -> (StatusCode, Value) {
        self.get_as(&self.client, path).await
    }

    async fn post_as(&self, client: &Client, path: &str, body: Value) -> (StatusCode, Value) {
        common::post_json(client, self.url(path), body).await
    }

    async fn post(&self, path: &str, body: Value) -> (StatusCode, Value) {
        self.post_as(&self.client, path, body).await
    }

    async fn bytes(&self, client: &Client, path: &str) -> (StatusCode, String, Vec<u8>) {
        let r = client.get(self.url(path)).send().await.unwrap();
        let status = r.status();
        let ct = r
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        (status, ct, r.bytes().await.unwrap().to_vec())
    }

    /// Multipart upload of `bytes` as field `file`, with the given (ignored)
    /// file name and declared type.
    async fn upload(
        &self,
        slot: &str,
        bytes: Vec<u8>,
        name: &str,
        mime: &str,
    ) -> (StatusCode, Value) {
        let part = Part::bytes(bytes)
            .file_name(name.to_owned())
            .mime_str(mime)
            .unwrap();
        let r = self
            .client
            .post(self.url(&format!("/dispositivo/conversion/files/{slot}")))
            .multipart(Form::new().part("file", part))
            .send()
            .await
            .unwrap();
        answer(r).await
    }

    async fn messages(&self, recipient: &str) -> Vec<Value> {
        common::messages(&self.client, &self.base, recipient)
            .await
            .1
    }

    async fn advance_days(&self, days: i64) {
        let (s, _) = self
            .post("/sim/clock", json!({"advance_seconds": days * 86_400}))
            .await;
        assert_eq!(s, StatusCode::OK);
    }

    /// A registry citizen with a PIN issued: (CF, half 1, half 2).
    async fn issued(&self) -> (String, String, String) {
        let c = common::citizen(&self.client, &self.base, json!({})).await;
        let (s, b) = self.post("/pin-requests", request_for(&c)).await;
        assert_eq!(s, StatusCode::CREATED, "{b}");
        let sms = self.messages(MOBILE).await;
        let half1 = sms[0]["secret"].as_str().unwrap().to_owned();
        self.advance_days(8).await;
        let cf = c["codice_fiscale"].as_str().unwrap().to_owned();
        let half2 = self.messages(&cf).await[0]["secret"]
            .as_str()
            .unwrap()
            .to_owned();
        (cf, half1, half2)
    }

    /// Logged in with the first 8 characters only (L0).
    async fn l0(&self) -> String {
        let (cf, half1, _) = self.issued().await;
        let (s, b) = self
            .post("/session", json!({"codice_fiscale": cf, "pin": half1}))
            .await;
        assert_eq!(s, StatusCode::OK, "{b}");
        assert_eq!(b["level"], "L0");
        cf
    }

    /// First access done: an ordinary PIN (L1) session; (CF, PIN).
    async fn l1_pin(&self) -> (String, String) {
        let (cf, half1, half2) = self.issued().await;
        let (s, b) = self
            .post(
                "/session",
                json!({"codice_fiscale": cf, "pin": format!("{half1}{half2}")}),
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{b}");
        let (s, b) = self.post("/pin/first-access", json!({})).await;
        assert_eq!(s, StatusCode::OK, "{b}");
        (cf, b["new_pin"].as_str().unwrap().to_owned())
    }

    async fn l1(&self) -> String {
        self.l1_pin().await.0
    }

    async fn login(&self, cf: &str, pin: &str) {
        let (s, b) = self
            .post("/session", json!({"codice_fiscale": cf, "pin": pin}))
            .await;
        assert_eq!(s, StatusCode::OK, "{b}");
    }

    /// Logs `op` in as the back-office user "operatore" with `password`.
    async fn operator_login(&self, op: &Client, password: &str) -> (StatusCode, Value) {
        self.post_as(
            op,
            "/operator/session",
            json!({"username": "operatore", "password": password}),
        )
        .await
    }

    async fn operator(&self) -> Client {
        let op = new_client();
        let (s, b) = self.operator_login(&op, "Sede2020!").await;
        assert_eq!(s, StatusCode::OK, "{b}");
        assert_eq!(b["role"], "back_office");
        op
    }

    /// Document, MV35, both files, confirm: the conversion id.
    async fn submit_conversion(&self) -> String {
        let (s, b) = self
            .post("/dispositivo/conversion", json!({"document": document()}))
            .await;
        assert_eq!(s, StatusCode::CREATED, "{b}");
        let id = b["id"].as_str().unwrap().to_owned();
        let (s, _, module) = self
            .bytes(&self.client, "/dispositivo/conversion/module.pdf")
            .await;
        assert_eq!(s, StatusCode::OK);
        // The citizen prints, signs and scans it: here the PDF itself.
        let (s, b) = self
            .upload("module", module, "mv35 firmato.pdf", "application/pdf")
            .await;
        assert_eq!(s, StatusCode::OK, "{b}");
        let (s, b) = self
            .upload("document", jpeg(), "carta.jpg", "image/jpeg")
            .await;
        assert_eq!(s, StatusCode::OK, "{b}");
        let (s, b) = self.post("/dispositivo/conversion/submit", json!({})).await;
        assert_eq!(s, StatusCode::OK, "{b}");
        assert_eq!(b["status"], "in_lavorazione");
        id
    }
}

fn document() -> Value {
    json!({"type": "carta_identita_elettronica", "number": "ca 12345 ab",
           "issuer": "Comune di Roma", "issued_on": "2018-05-10", "expires_on": "2028-05-10"})
}

/// A JPEG as a scanner writes it: SOI, APP0 "JFIF", data, EOI.
fn jpeg() -> Vec<u8> {
    let mut b = vec![
        0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, b'J', b'F', b'I', b'F', 0x00, 0x01, 0x01, 0x00, 0x00,
        0x48, 0x00, 0x48, 0x00, 0x00,
    ];
    b.extend(std::iter::repeat_n(0x55, 2000));
    b.extend([0xFF, 0xD9]);
    b
}

fn field_of(b: &Value) -> &str {
    b["fields"][0]["field"].as_str().unwrap_or("")
}

fn pdf_text(bytes: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(bytes).expect("the PDF parses");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    assert!(!pages.is_empty());
    doc.extract_text(&pages).expect("text extracts")
}

fn naspi() -> Value {
    json!({"kind": "naspi", "data": {"last_employer": "Rossi Costruzioni S.r.l.",
           "termination_date": "2020-03-15", "iban": IBAN}})
}

#[tokio::test]
async fn every_service_endpoint_checks_the_level() {
    let app = start().await;

    // Without a session nothing opens.
    for path in [
        "/services",
        "/services/estratto-conto",
        "/applications",
        "/dispositivo/conversion",
    ] {
        let (s, b) = app.get(path).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED, "{path} {b}");
    }

    let _cf = app.l0().await;
    let (s, b) = app.get("/services").await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["level"], "L0");
    let allowed: Vec<&str> = b["services"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["allowed"] == true)
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(allowed, ["indennita_covid_600", "preferenze", "contatti"]);
    assert!(b["way_up"].as_str().unwrap().contains("16 caratteri"));

    // What L0 opens.
    let (s, b) = app.get("/services/contacts").await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["mobile"], MOBILE);
    let (s, b) = app.get("/services/preferences").await;
    assert_eq!((s, b["language"].as_str()), (StatusCode::OK, Some("it")));
    let r = app
        .client
        .put(app.url("/services/preferences"))
        .json(&json!({"language": "de", "notice_channel": "sms", "newsletter": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let (_, b) = app.get("/services/preferences").await;
    assert_eq!(b["language"], "de");

    // What needs the full PIN says so.
    for path in [
        "/services/estratto-conto",
        "/services/certificati-medici",
        "/services/pagamenti",
        "/dispositivo/conversion",
        "/dispositivo/conversion/module.pdf",
    ] {
        let (s, b) = app.get(path).await;
        assert_eq!(s, StatusCode::FORBIDDEN, "{path}");
        assert_eq!(b["code"], "LEVEL_REQUIRED", "{path}");
        assert!(b["message"].as_str().unwrap().contains("PIN completo"));
    }
    for (path, body) in [
        ("/applications", naspi()),
        ("/dispositivo/conversion", json!({"document": document()})),
        ("/dispositivo/conversion/submit", json!({})),
    ] {
        let (s, b) = app.post(path, body).await;
        assert_eq!(s, StatusCode::FORBIDDEN, "{path} {b}");
        assert_eq!(b["code"], "LEVEL_REQUIRED");
    }
    let (s, b) = app.upload("module", jpeg(), "a.jpg", "image/jpeg").await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("LEVEL_REQUIRED"))
    );

    // The 600 € indemnity is open with the first 8 characters and is
    // protocolled at once.
    let (s, b) = app
        .post(
            "/applications",
            json!({"kind": "indennita_covid_600", "data": {"category": "autonomi", "iban": IBAN}}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    assert_eq!(b["status"], "protocolled");
    assert!(b["protocol_number"]
        .as_str()
        .unwrap()
        .starts_with("INPS.0080.09/04/2020."));
    // A wrong IBAN is named on its field.
    let (s, b) = app
        .post(
            "/applications",
            json!({"kind": "indennita_covid_600", "data": {"category": "autonomi", "iban": "IT00X0542811101000000123456"}}),
        )
        .await;
    assert_eq!(
        (s, field_of(&b)),
        (StatusCode::UNPROCESSABLE_ENTITY, "data.iban")
    );
}

#[tokio::test]
async fn ordinary_pin_consults_synthetic_data_stable_per_citizen() {
    let app = start().await;
    let cf = app.l1().await;
    let (s, b) = app.get("/services").await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["level"], "L1");
    assert_eq!(b["level_label"], "PIN ordinario");
    assert!(b["services"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["allowed"] == true));
    let (s, first) = app.get("/services/estratto-conto").await;
    assert_eq!(s, StatusCode::OK, "{first}");
    assert_eq!(first["codice_fiscale"], cf.as_str());
    let years = first["years"].as_array().unwrap();
    assert!(!years.is_empty());
    assert!(years[0]["employer"].as_str().unwrap().len() > 3);
    assert!(years[0]["weeks"].as_u64().unwrap() > 0);
    let (_, again) = app.get("/services/estratto-conto").await;
    assert_eq!(first, again);
    for path in ["/services/certificati-medici", "/services/pagamenti"] {
        let (s, b) = app.get(path).await;
        assert_eq!(s, StatusCode::OK, "{path}");
        assert!(!b.as_array().unwrap().is_empty(), "{path}");
    }
}

#[tokio::test]
async fn frozen_applications_are_protocolled_when_the_pin_becomes_dispositivo() {
    let app = start().await;
    let (cf, pin) = app.l1_pin().await;

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
    app.login(&cf, &pin).await;
    let conv = app.submit_conversion().await;
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
        .bytes(&op, &format!("/operator/conversions/{conv}/files/module"))
        .await;
    assert_eq!((s, ct.as_str()), (StatusCode::OK, "application/pdf"));
    assert!(pdf_text(&module).contains(&cf));
    let (s, ct, doc) = app
        .bytes(&op, &format!("/operator/conversions/{conv}/files/document"))
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
    let (s, ct, receipt) = app
        .bytes(&app.client, &format!("/applications/{id}/receipt.pdf"))
        .await;
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
    let app = start().await;
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
    assert_eq!(field_of(&b), "module");
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
    let (s, ct, back) = app
        .bytes(&app.client, "/dispositivo/conversion/files/module")
        .await;
    assert_eq!(
        (s, ct.as_str(), back),
        (StatusCode::OK, "application/pdf", pdf)
    );

    // Stored outside the served files under random names: neither the
    // upload's name nor a trace of the refused files.
    let stored: Vec<String> = std::fs::read_dir(app.dir.path().join("uploads"))
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
    assert_eq!(
        std::fs::read_dir(app.dir.path().join("uploads"))
            .unwrap()
            .count(),
        2
    );
}

#[tokio::test]
async fn the_mv35_module_is_a_pdf_with_the_citizens_data() {
    let app = start().await;
    let cf = app.l1().await;
    let (s, b) = app.get("/dispositivo/conversion/module.pdf").await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::CONFLICT, Some("NO_CONVERSION"))
    );
    let (s, _) = app
        .post("/dispositivo/conversion", json!({"document": document()}))
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let (s, ct, bytes) = app
        .bytes(&app.client, "/dispositivo/conversion/module.pdf")
        .await;
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
    let app = start().await;
    app.l1().await;
    let mut d = document();
    d["number"] = json!("AA1234567"); // a paper ID number, not a CIE one
    let (s, b) = app
        .post("/dispositivo/conversion", json!({"document": d}))
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field_of(&b), "document.number");
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

#[tokio::test]
async fn a_rejection_carries_its_reason_and_the_citizen_can_start_again() {
    let app = start().await;
    app.l1().await;
    let conv = app.submit_conversion().await;
    let op = app.operator().await;
    let (s, b) = app
        .post_as(
            &op,
            &format!("/operator/conversions/{conv}/reject"),
            json!({"reason": " "}),
        )
        .await;
    assert_eq!(
        (s, field_of(&b)),
        (StatusCode::UNPROCESSABLE_ENTITY, "reason")
    );
    let reason = "Copia del documento illeggibile";
    let (s, b) = app
        .post_as(
            &op,
            &format!("/operator/conversions/{conv}/reject"),
            json!({"reason": reason}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["conversion"]["status"], "rejected");
    assert_eq!(b["decided_by"], "operatore");
    let (s, _) = app
        .post_as(
            &op,
            &format!("/operator/conversions/{conv}/approve"),
            json!({}),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
    let (_, q) = app.get_as(&op, "/operator/conversions").await;
    assert!(q.as_array().unwrap().is_empty());

    let mail = app.messages(EMAIL).await;
    let m = mail
        .iter()
        .find(|m| m["subject"] == "INPS - Richiesta di PIN dispositivo respinta")
        .expect("rejection e-mail");
    assert!(m["body"].as_str().unwrap().contains(reason));

    let (_, me) = app.get("/me").await;
    assert_eq!(me["pin_state"], "active");
    let (_, c) = app.get("/dispositivo/conversion").await;
    assert_eq!(
        (c["status"].as_str(), c["rejection_reason"].as_str()),
        (Some("rejected"), Some(reason))
    );
    let (s, b) = app
        .post("/dispositivo/conversion", json!({"document": document()}))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    assert_ne!(b["id"], conv.as_str());
    assert_eq!(b["status"], "draft");
}

#[tokio::test]
async fn operators_have_their_own_login() {
    let app = start().await;
    let op = new_client();
    let (s, b) = app.operator_login(&op, "sbagliata").await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("INVALID_CREDENTIALS"))
    );
    let (s, _) = app.get_as(&op, "/operator/conversions").await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let op = app.operator().await;
    let (s, b) = app.get_as(&op, "/operator/session").await;
    assert_eq!(
        (s, b["username"].as_str()),
        (StatusCode::OK, Some("operatore"))
    );
    // An operator is no citizen.
    let (s, _) = app.get_as(&op, "/services").await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let r = op
        .delete(app.url("/operator/session"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let (s, _) = app.get_as(&op, "/operator/conversions").await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn openapi_describes_the_dispositivo_endpoints() {
    let app = start().await;
    let (s, doc) = app.get("/openapi.json").await;
    assert_eq!(s, StatusCode::OK);
    for path in [
        "/api/v1/services",
        "/api/v1/services/estratto-conto",
        "/api/v1/services/certificati-medici",
        "/api/v1/services/pagamenti",
        "/api/v1/services/contacts",
        "/api/v1/services/preferences",
        "/api/v1/applications",
        "/api/v1/applications/{id}",
        "/api/v1/applications/{id}/receipt.pdf",
        "/api/v1/dispositivo/conversion",
        "/api/v1/dispositivo/conversion/module.pdf",
        "/api/v1/dispositivo/conversion/files/{slot}",
        "/api/v1/dispositivo/conversion/submit",
        "/api/v1/operator/session",
        "/api/v1/operator/conversions",
        "/api/v1/operator/conversions/{id}",
        "/api/v1/operator/conversions/{id}/files/{slot}",
        "/api/v1/operator/conversions/{id}/approve",
        "/api/v1/operator/conversions/{id}/reject",
    ] {
        assert!(doc["paths"].get(path).is_some(), "missing {path}");
    }
}

/// Hardening item 1: an upload's transaction reads the old file, then writes
/// the new one; while other requests of the same session write too (every
/// `GET /me` touches the session), a deferred SQLite transaction could not
/// upgrade and answered 500 "database is locked". Every answer must be 200.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn uploads_and_reads_of_one_session_run_concurrently_without_errors() {
    let app = std::sync::Arc::new(start().await);
    app.l1().await;
    let (s, _) = app
        .post("/dispositivo/conversion", json!({"document": document()}))
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let readers: Vec<_> = (0..2)
        .map(|_| {
            let (app, done) = (app.clone(), done.clone());
            tokio::spawn(async move {
                let mut failures = Vec::new();
                let mut reads = 0;
                while !done.load(std::sync::atomic::Ordering::SeqCst) || reads < 20 {
                    let (s, b) = app.get("/me").await;
                    if s != StatusCode::OK {
                        failures.push(format!("GET /me: {s} {b}"));
                    }
                    reads += 1;
                }
                failures
            })
        })
        .collect();
    let mut failures = Vec::new();
    for i in 0..150 {
        let (s, b) = app
            .upload("document", jpeg(), &format!("c{i}.jpg"), "image/jpeg")
            .await;
        if s != StatusCode::OK {
            failures.push(format!("upload {i}: {s} {b}"));
        }
    }
    done.store(true, std::sync::atomic::Ordering::SeqCst);
    for r in readers {
        failures.extend(r.await.unwrap());
    }
    assert!(
        failures.is_empty(),
        "{} failures: {:?}",
        failures.len(),
        &failures[..failures.len().min(5)]
    );
}

async fn operator_login_as(app: &TestApp, username: &str, password: &str) -> (StatusCode, Value) {
    app.post_as(
        &new_client(),
        "/operator/session",
        json!({"username": username, "password": password}),
    )
    .await
}

/// Hardening item 2: operator logins had no lockout (25 wrong passwords,
/// then the right one was accepted). Now as citizens': the 10th wrong one
/// blocks for 3 minutes, then each further wrong one for 3 more.
#[tokio::test]
async fn operator_logins_lock_after_ten_wrong_passwords() {
    let app = start().await;
    for i in 1..=10 {
        let (s, b) = operator_login_as(&app, "operatore", "sbagliata").await;
        assert_eq!(s, StatusCode::UNAUTHORIZED, "attempt {i}: {b}");
        assert_eq!(b["code"], "INVALID_CREDENTIALS");
    }
    for _ in 0..15 {
        let (s, b) = operator_login_as(&app, "operatore", "sbagliata").await;
        assert_eq!(s, StatusCode::LOCKED, "{b}");
    }
    let (s, b) = operator_login_as(&app, "operatore", "Sede2020!").await;
    assert_eq!(
        s,
        StatusCode::LOCKED,
        "the right password is refused too: {b}"
    );
    assert_eq!(b["code"], "ACCOUNT_LOCKED");
    let wait = b["retry_after_seconds"].as_i64().unwrap();
    assert!((1..=180).contains(&wait), "{b}");
    assert!(b["message"].as_str().unwrap().contains("Riprovare tra"));
    // The other operator is not affected.
    let (s, _) = operator_login_as(&app, "revisore", "Sede2020!").await;
    assert_eq!(s, StatusCode::OK);
    app.post("/sim/clock", json!({"advance_seconds": 181}))
        .await;
    let (s, b) = operator_login_as(&app, "operatore", "Sede2020!").await;
    assert_eq!(s, StatusCode::OK, "{b}");
    // A correct login resets the count: one wrong password does not block.
    let (s, _) = operator_login_as(&app, "operatore", "sbagliata").await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
}

/// Hardening item 2: with `--no-sim` the README's passwords worked. Outside
/// simulation there is no default account, also when the database was
/// first used in simulation mode; the first operator comes from the
/// bootstrap variables.
#[tokio::test]
async fn outside_simulation_there_is_no_default_operator_password() {
    let dir = tempfile::tempdir().unwrap();
    let db_dir = dir.path().to_owned();
    // First in simulation mode: the seeded accounts work.
    let sim = start_in(dir, |_| {}).await;
    let (s, _) = operator_login_as(&sim, "operatore", "Sede2020!").await;
    assert_eq!(s, StatusCode::OK);
    let dir = sim.dir;

    // The same database with --no-sim and a bootstrap operator.
    let prod = start_in(dir, |cfg| {
        cfg.no_sim = true;
        cfg.bootstrap_operator = Some("Responsabile".into());
        cfg.bootstrap_password = Some("una password lunga".into());
    })
    .await;
    assert!(prod.dir.path() == db_dir);
    for user in ["operatore", "revisore"] {
        let (s, b) = operator_login_as(&prod, user, "Sede2020!").await;
        assert_eq!(s, StatusCode::UNAUTHORIZED, "{user}: {b}");
    }
    let (s, b) = operator_login_as(&prod, "responsabile", "una password lunga").await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["role"], "back_office");

    // A fresh database with --no-sim and nothing else: no account at all.
    let empty = start_in(tempfile::tempdir().unwrap(), |cfg| cfg.no_sim = true).await;
    let (s, _) = operator_login_as(&empty, "operatore", "Sede2020!").await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
}

/// A short bootstrap password is refused at start, with a clear reason.
#[tokio::test]
async fn a_weak_bootstrap_password_stops_the_start() {
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = common::config(&dir.path().join("t.db"), 0);
    cfg.bootstrap_operator = Some("capo".into());
    cfg.bootstrap_password = Some("corta".into());
    let err = server::spawn(cfg).await.expect_err("refused");
    assert!(err.to_string().contains("12 characters"), "{err}");
}

/// Hardening item 2: unknown operator names answered in 0.2 ms against
/// 11-22 ms for known ones, which told an attacker which names exist. Both
/// now cost one Argon2 verification: measured with a real cost, alternating
/// the two so that load on the machine falls on both alike.
#[tokio::test]
async fn unknown_operator_names_cost_as_much_as_known_ones() {
    let app = start_in(tempfile::tempdir().unwrap(), |cfg| {
        cfg.argon2_memory_kib = 19_456;
        cfg.argon2_iterations = 2;
    })
    .await;
    let mut known = Vec::new();
    let mut unknown = Vec::new();
    for i in 0..7 {
        for (name, times) in [("revisore", &mut known), ("nessuno", &mut unknown)] {
            let t = std::time::Instant::now();
            let (s, _) = operator_login_as(&app, name, &format!("sbagliata{i}")).await;
            times.push(t.elapsed());
            assert_eq!(s, StatusCode::UNAUTHORIZED);
        }
    }
    known.sort();
    unknown.sort();
    let (k, u) = (known[3], unknown[3]);
    assert!(
        u * 2 >= k && k * 2 >= u,
        "median known {k:?} vs unknown {u:?}"
    );
}

/// Hardening item 9: an uploaded file (only sniffed: a PDF can be valid
/// HTML too) is served as a download with a sandboxing CSP of its own, never
/// rendered in the app's origin.
#[tokio::test]
async fn uploaded_files_are_served_as_sandboxed_attachments() {
    let app = start().await;
    app.l1().await;
    app.submit_conversion().await;
    let op = app.operator().await;
    let (_, queue) = app.get_as(&op, "/operator/conversions").await;
    let id = queue[0]["conversion"]["id"].as_str().unwrap().to_owned();
    for url in [
        app.url("/dispositivo/conversion/files/module"),
        app.url(&format!("/operator/conversions/{id}/files/module")),
    ] {
        let client = if url.contains("/operator/") {
            &op
        } else {
            &app.client
        };
        let r = client.get(&url).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::OK, "{url}");
        let h = r.headers();
        assert!(h["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment;"));
        assert!(h["content-security-policy"]
            .to_str()
            .unwrap()
            .starts_with("sandbox"));
        assert_eq!(h["content-type"], "application/pdf");
        assert_eq!(h["cache-control"], "no-store");
    }
}

/// Hardening item 2: outside simulation an operator is created from the
/// command line (`server operator add`), the password from the environment
/// (never an argument), and can then log in; `set-password` changes it.
#[tokio::test]
async fn operators_are_created_and_changed_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("t.db").display());
    let run = |args: &[&str], password: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_server"))
            .args(args)
            .args(["--database", &db, "--no-sim", "--seed-citizens", "0"])
            .args(["--argon2-memory-kib", "64", "--argon2-iterations", "1"])
            .env("PIN_INPS_OPERATOR_PASSWORD", password)
            .output()
            .unwrap()
    };
    let out = run(
        &[
            "operator",
            "add",
            "--username",
            "sportello.roma",
            "--role",
            "sede",
        ],
        "sportello-password-1",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let again = run(
        &["operator", "add", "--username", "sportello.roma"],
        "sportello-password-1",
    );
    assert!(!again.status.success(), "a name is created once");
    let weak = run(&["operator", "add", "--username", "altro"], "corta");
    assert!(!weak.status.success());
    assert!(String::from_utf8_lossy(&weak.stderr).contains("12 characters"));
    let out = run(
        &["operator", "set-password", "--username", "sportello.roma"],
        "sportello-password-2",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let app = start_in(dir, |cfg| cfg.no_sim = true).await;
    let (s, _) = operator_login_as(&app, "sportello.roma", "sportello-password-1").await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let (s, b) = operator_login_as(&app, "sportello.roma", "sportello-password-2").await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["role"], "sede");
}
