//! The PDF documents in the requester's language (`Accept-Language`): the
//! application receipt whole; the MV35 form stays the Italian legal form,
//! with the translation beneath its headings, labels and declaration and
//! the instructions in the citizen's language. (The sede's envelope: in
//! `sede/in_person.rs`.)

use reqwest::StatusCode;
use serde_json::json;

use crate::dispositivo::submit_conversion;
use crate::fixtures::{naspi, pdf_text};
use crate::harness::TestApp;

/// The PDF at `path` in `lang`, as text. Every line of it on its one A4
/// page, however long the translations: no baseline (`x y Td`) below the
/// bottom margin.
async fn pdf_in(app: &TestApp, path: &str, lang: &str) -> String {
    let (s, ct, bytes) = app.bytes_in(&app.client, path, lang).await;
    assert_eq!((s, ct.as_str()), (StatusCode::OK, "application/pdf"));
    let raw = String::from_utf8_lossy(&bytes);
    let lowest = raw
        .lines()
        .filter_map(|l| {
            let before = l.split(" Td ").next().filter(|b| b.len() < l.len())?;
            before.split(' ').next_back()?.parse::<f32>().ok()
        })
        .fold(f32::MAX, f32::min);
    assert!(lowest < 842.0, "{path}: no text found");
    assert!(lowest >= 24.0, "{path} in {lang}: a line at y = {lowest}");
    pdf_text(&bytes)
}

fn has_all(text: &str, words: &[&str]) {
    for w in words {
        assert!(text.contains(w), "{w:?} missing in:\n{text}");
    }
}

fn has_none(text: &str, words: &[&str]) {
    for w in words {
        assert!(!text.contains(w), "{w:?} left in:\n{text}");
    }
}

#[tokio::test]
async fn the_mv35_form_stays_italian_with_a_translation_beneath() {
    let app = TestApp::start().await;
    app.l1().await;
    let (s, b) = app
        .post(
            "/dispositivo/conversion",
            json!({"document": crate::fixtures::document()}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let path = "/dispositivo/conversion/module.pdf";
    let form = [
        "RICHIESTA DI PIN DISPOSITIVO",
        "Dati del richiedente",
        "Cognome",
        "Firma del richiedente",
        "CHIEDE il rilascio del PIN dispositivo",
    ];

    let it = pdf_in(&app, path, "it").await;
    has_all(&it, &form);
    has_all(&it, &["Stampare il modulo, firmarlo e datarlo"]);
    has_none(&it, &["Nachname", "Surname"]);

    let de = pdf_in(&app, path, "de-DE,de;q=0.9").await;
    has_all(&de, &form);
    has_all(
        &de,
        &[
            "Antrag auf PIN mit dispositiver Funktion",
            "Nachname",
            "Geburtsort",
            "Ausweisdokument",
            "Ort und Datum",
            "Drucken Sie das Formular aus",
        ],
    );
    has_none(&de, &["Stampare il modulo"]);

    let en = pdf_in(&app, path, "en").await;
    has_all(&en, &form);
    has_all(
        &en,
        &[
            "Request for a PIN dispositivo",
            "Surname",
            "Place of birth",
            "Identity document",
            "Applicant's signature",
            "Print the form, sign and date it",
        ],
    );
    has_none(&en, &["Stampare il modulo", "Nachname"]);
}

#[tokio::test]
async fn the_receipt_prints_in_the_requesters_language() {
    let app = TestApp::start().await;
    app.l1().await;
    let (s, a) = app.post("/applications", naspi()).await;
    assert_eq!(s, StatusCode::CREATED, "{a}");
    let id = a["id"].as_str().unwrap().to_owned();
    let conv = submit_conversion(&app).await;
    let op = app.operator().await;
    app.approve_conversion(&op, &conv).await;
    let path = format!("/applications/{id}/receipt.pdf");
    let (_, a) = app.get(&format!("/applications/{id}")).await;
    let protocol = a["protocol_number"].as_str().unwrap().to_owned();

    let it = pdf_in(&app, &path, "it").await;
    has_all(
        &it,
        &[
            "Ricevuta di presentazione della domanda",
            "Numero di protocollo",
            "NASpI - Indennità di disoccupazione",
            "Ultimo datore di lavoro",
            "Simulazione didattica",
            " alle ",
            &protocol,
        ],
    );

    let de = pdf_in(&app, &path, "de").await;
    has_all(
        &de,
        &[
            "Protokollnummer",
            "Angaben des Antrags",
            "NASpI - Arbeitslosengeld",
            "Letzter Arbeitgeber",
            "Lehrsimulation",
            " um ",
            &protocol,
        ],
    );
    has_none(&de, &["Numero di protocollo", "Ultimo datore", " alle "]);

    let en = pdf_in(&app, &path, "en-GB").await;
    has_all(
        &en,
        &[
            "Receipt of submission of the application",
            "Reference number",
            "NASpI - Unemployment benefit",
            "Last employer",
            "Teaching simulation",
            " at ",
            &protocol,
        ],
    );
    has_none(&en, &["Numero di protocollo", "Ultimo datore", " alle "]);
}
