//! What each PIN level opens (SPEC: L0 first half, L1 ordinary, L2
//! dispositivo): the services list, consultation with synthetic data that
//! is stable per citizen, and applications protocolled at L0.

use reqwest::StatusCode;
use serde_json::json;

use crate::fixtures::{document, fields, jpeg, naspi, IBAN};
use crate::harness::{TestApp, MOBILE};

#[tokio::test]
async fn every_service_endpoint_checks_the_level() {
    let app = TestApp::start().await;

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
    let (s, b) = app
        .put(
            "/services/preferences",
            json!({"language": "de", "notice_channel": "sms", "newsletter": true}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
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
        (s, fields(&b)[0].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, "data.iban")
    );
}

#[tokio::test]
async fn ordinary_pin_consults_synthetic_data_stable_per_citizen() {
    let app = TestApp::start().await;
    let (cf, _) = app.l1().await;
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

/// The labels of certificates and payments come with a code beside each
/// (what a client translates), the same in every language; the Italian
/// labels stay as they were.
#[tokio::test]
async fn certificates_and_payments_carry_a_code_beside_each_label_in_every_language() {
    let app = TestApp::start().await;
    let _ = app.l1().await;
    for path in ["/services/certificati-medici", "/services/pagamenti"] {
        let (s, it) = app.get(path).await;
        assert_eq!(s, StatusCode::OK, "{path} {it}");
        let (s, _, de) = app.bytes_in(&app.client, path, "de").await;
        assert_eq!(s, StatusCode::OK, "{path}");
        let de: serde_json::Value = serde_json::from_slice(&de).unwrap();
        assert_eq!(
            it, de,
            "{path}: codes and labels do not change with the language"
        );
        for item in it.as_array().unwrap() {
            let pairs: &[(&str, &str)] = if path.ends_with("pagamenti") {
                &[
                    ("description", "description_code"),
                    ("method", "method_code"),
                    ("status", "status_code"),
                ]
            } else {
                &[("kind", "kind_code")]
            };
            for (label, code) in pairs {
                let code = item[code].as_str().unwrap_or_default();
                assert!(
                    !code.is_empty()
                        && code
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b == b'_' || b.is_ascii_digit()),
                    "{path}: {item}"
                );
                assert!(
                    item[label].as_str().is_some_and(|l| !l.is_empty()),
                    "{path}: {item}"
                );
            }
        }
    }
    let (_, payments) = app.get("/services/pagamenti").await;
    assert!(payments
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["status"] == "Pagato" && p["status_code"] == "pagato"));
}
