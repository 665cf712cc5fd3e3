//! The audit's details in the reader's language: stored in Italian (a
//! record of what happened), answered in German or English when the
//! operator's browser asks (`Accept-Language`), ids and masked recipients
//! kept; without the header exactly as stored.

use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

use super::contact_center;
use crate::dispositivo::submit_conversion;
use crate::fixtures::{cf, request_for};
use crate::harness::TestApp;

/// The whole audit read by `op` in `lang` (none: no header), newest first.
async fn audit_in(app: &TestApp, op: &Client, lang: Option<&str>) -> Vec<Value> {
    let mut rb = op.get(app.url("/operator/audit"));
    if let Some(l) = lang {
        rb = rb.header("accept-language", l);
    }
    let rec = app.send(rb).await;
    assert_eq!(rec.status, StatusCode::OK);
    rec.json().as_array().unwrap().clone()
}

/// The detail of the one line with `action`.
fn detail(lines: &[Value], action: &str) -> String {
    let found: Vec<_> = lines.iter().filter(|l| l["action"] == action).collect();
    assert_eq!(found.len(), 1, "{action}: {lines:#?}");
    found[0]["detail"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn audit_details_follow_the_readers_language_and_keep_their_variable_parts() {
    let app = TestApp::start().await;
    let cc = contact_center(&app).await;
    // A caller whose half 1 has not arrived: looked up, half 1 resent.
    let c = app.citizen().await;
    let (s, b) = app.post("/pin-requests", request_for(&c)).await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let request_id = b["request_id"].as_str().unwrap().to_owned();
    let (s, b) = app
        .get_as(&cc, &format!("/operator/citizens/{}", cf(&c)))
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    app.advance(12 * 3600 + 60).await;
    let cc = contact_center(&app).await; // the next shift
    let (s, b) = app
        .post_as(
            &cc,
            "/operator/half1-resend",
            json!({"codice_fiscale": cf(&c)}),
        )
        .await;
    assert_eq!(s, StatusCode::ACCEPTED, "{b}");
    // Another citizen's conversion approved by the back office.
    app.ready().await;
    let conv = submit_conversion(&app).await;
    let op = app.operator().await;
    app.approve_conversion(&op, &conv).await;
    let cc = contact_center(&app).await; // days later

    // As stored, without a header and in Italian.
    let stored = audit_in(&app, &cc, None).await;
    assert_eq!(stored, audit_in(&app, &cc, Some("it-IT")).await);
    let resend_it = "Prima parte del PIN inviata di nuovo (sms a +39333****567)";
    let approved_it = format!("Conversione in PIN dispositivo n. {conv} approvata");
    assert_eq!(
        detail(&stored, "citizen_lookup"),
        "Consultata la posizione del cittadino"
    );
    assert_eq!(detail(&stored, "half1_resend"), resend_it);
    assert_eq!(detail(&stored, "conversion_approved"), approved_it);

    for (lang, lookup, resend, approved) in [
        (
            "de-DE,de;q=0.9",
            "Akte des Bürgers eingesehen".to_owned(),
            "Erster Teil der PIN erneut gesendet (SMS an +39333****567)".to_owned(),
            format!("Umwandlung in die PIN mit dispositiver Funktion Nr. {conv} genehmigt"),
        ),
        (
            "en",
            "Citizen's record viewed".to_owned(),
            "First part of the PIN sent again (SMS to +39333****567)".to_owned(),
            format!("Conversion to PIN dispositivo no. {conv} approved"),
        ),
    ] {
        let lines = audit_in(&app, &cc, Some(lang)).await;
        assert_eq!(detail(&lines, "citizen_lookup"), lookup, "{lang}");
        assert_eq!(detail(&lines, "half1_resend"), resend, "{lang}");
        assert_eq!(detail(&lines, "conversion_approved"), approved, "{lang}");
        // Only the details change: the same lines, the same order.
        assert_eq!(lines.len(), stored.len(), "{lang}");
        for (l, s) in lines.iter().zip(&stored) {
            for k in [
                "at",
                "operator",
                "role",
                "action",
                "codice_fiscale",
                "request_id",
            ] {
                assert_eq!(l[k], s[k], "{lang}: {k}");
            }
            if !s["detail"].as_str().unwrap().is_empty() {
                assert_ne!(l["detail"], s["detail"], "{lang}: untranslated {s}");
            }
        }
        let resent = lines
            .iter()
            .find(|l| l["action"] == "half1_resend")
            .unwrap();
        assert_eq!(resent["request_id"], request_id.as_str());
    }
}
