//! Only `sede` operators issue and convert.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use super::{card, issuance, issue, sportello};
use crate::fixtures::cf;
use crate::harness::{new_client, TestApp};

#[tokio::test]
async fn only_sede_operators_issue_and_convert() {
    let app = TestApp::start().await;
    let (cf_l1, _) = app.l1().await; // app.client: a citizen session
    let other = app.citizen().await;
    let cc = app.operator_as("contactcenter", "contact_center").await;
    let bo = app.operator().await;
    let anonymous = new_client();
    let ops: Vec<(Method, String, Value)> = vec![
        (
            Method::POST,
            "/operator/in-person-pins".into(),
            issuance(cf(&other)),
        ),
        (
            Method::POST,
            "/operator/dispositivo-conversions".into(),
            json!({"codice_fiscale": cf_l1, "document": card()}),
        ),
        (
            Method::GET,
            "/operator/in-person-pins/SD000000/envelope.pdf".into(),
            Value::Null,
        ),
    ];
    for (m, path, body) in &ops {
        for (who, client, status, code) in [
            (
                "citizen",
                &app.client,
                StatusCode::UNAUTHORIZED,
                "UNAUTHENTICATED",
            ),
            (
                "anonymous",
                &anonymous,
                StatusCode::UNAUTHORIZED,
                "UNAUTHENTICATED",
            ),
            (
                "contact center",
                &cc,
                StatusCode::FORBIDDEN,
                "FORBIDDEN_ROLE",
            ),
            ("back office", &bo, StatusCode::FORBIDDEN, "FORBIDDEN_ROLE"),
        ] {
            let mut rb = client.request(m.clone(), app.url(path));
            if !body.is_null() {
                rb = rb.json(body);
            }
            let rec = app.send(rb).await;
            assert_eq!(
                (rec.status, rec.json()["code"].clone()),
                (status, json!(code)),
                "{who} {m} {path}"
            );
        }
    }
    // Nothing was issued or converted.
    let (_, me) = app.get("/me").await;
    assert_eq!(me["pin_state"], "active");
    let sede = sportello(&app).await;
    issue(&app, &sede, issuance(cf(&other))).await;
}
