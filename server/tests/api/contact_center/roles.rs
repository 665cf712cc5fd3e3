//! Each operator role reaches only its own endpoints; the seeded accounts.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use super::{audit_of, call, contact_center};
use crate::dispositivo::submit_conversion;
use crate::fixtures::request_for;
use crate::harness::{new_client, TestApp};

#[tokio::test]
async fn every_operator_endpoint_refuses_the_other_roles_and_citizens() {
    let app = TestApp::start().await;
    let (cf_l1, _) = app.l1().await; // app.client: a citizen session
    let conv = submit_conversion(&app).await;
    let cc = contact_center(&app).await;
    let sede = app.operator_as("sportello", "sede").await;
    let bo = app.operator().await;
    let anonymous = new_client();

    let cc_ops: Vec<(Method, String, Option<Value>)> = vec![
        (Method::GET, format!("/operator/citizens/{cf_l1}"), None),
        (
            Method::POST,
            "/operator/phone-requests".into(),
            Some(request_for(&app.citizen().await)),
        ),
        (Method::GET, "/operator/callbacks".into(), None),
        (
            Method::POST,
            "/operator/callbacks/RP000000/outcome".into(),
            Some(json!({"outcome": "no_answer"})),
        ),
        (
            Method::POST,
            "/operator/half1-resend".into(),
            Some(json!({"codice_fiscale": cf_l1})),
        ),
        (
            Method::POST,
            "/operator/contacts".into(),
            Some(json!({"codice_fiscale": cf_l1, "kind": "pec", "value": "x@pec.it"})),
        ),
        (
            Method::POST,
            "/operator/contacts/confirm".into(),
            Some(json!({"codice_fiscale": cf_l1, "kind": "pec", "code": "12345678"})),
        ),
    ];
    let bo_ops: Vec<(Method, String, Option<Value>)> = vec![
        (Method::GET, "/operator/conversions".into(), None),
        (Method::GET, format!("/operator/conversions/{conv}"), None),
        (
            Method::GET,
            format!("/operator/conversions/{conv}/files/module"),
            None,
        ),
        (
            Method::POST,
            format!("/operator/conversions/{conv}/approve"),
            Some(json!({})),
        ),
        (
            Method::POST,
            format!("/operator/conversions/{conv}/reject"),
            Some(json!({"reason": "Documento scaduto"})),
        ),
    ];
    let mut fails = Vec::new();
    let mut expect = |what: &str, got: (StatusCode, Value), status: StatusCode, code: &str| {
        if got.0 != status || got.1["code"] != code {
            fails.push(format!(
                "{what}: expected {status} {code}, got {} {}",
                got.0, got.1
            ));
        }
    };
    for (others, ops) in [([&bo, &sede], &cc_ops), ([&cc, &sede], &bo_ops)] {
        for (m, path, body) in ops.iter() {
            for (who, client) in [("citizen", &app.client), ("anonymous", &anonymous)] {
                let got = call(&app, client, m.clone(), path, body.clone()).await;
                expect(
                    &format!("{who} {m} {path}"),
                    got,
                    StatusCode::UNAUTHORIZED,
                    "UNAUTHENTICATED",
                );
            }
            for op in others {
                let got = call(&app, op, m.clone(), path, body.clone()).await;
                expect(
                    &format!("other role {m} {path}"),
                    got,
                    StatusCode::FORBIDDEN,
                    "FORBIDDEN_ROLE",
                );
            }
        }
    }
    // The audit is every operator's, and nobody else's.
    for op in [&cc, &sede, &bo] {
        assert_eq!(app.get_as(op, "/operator/audit").await.0, StatusCode::OK);
    }
    assert_eq!(
        app.get_as(&app.client, "/operator/audit").await.0,
        StatusCode::UNAUTHORIZED
    );
    assert!(fails.is_empty(), "{fails:#?}");
    // Nothing was done by the refused calls: the conversion is still in review.
    let (_, q) = app.get_as(&bo, "/operator/conversions").await;
    assert_eq!(q.as_array().unwrap().len(), 1);
    // And the role that owns it may: the back office's decision is audited.
    let (s, b) = app
        .post_as(
            &bo,
            &format!("/operator/conversions/{conv}/reject"),
            json!({"reason": "Documento scaduto"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let audit = audit_of(&app, &bo, &cf_l1).await;
    assert_eq!(audit[0].0, "operatore");
    assert_eq!(audit[0].1, "conversion_rejected");
    assert!(audit[0].2["detail"]
        .as_str()
        .unwrap()
        .contains("Documento scaduto"));
}

#[tokio::test]
async fn the_seeded_accounts_have_one_role_each() {
    let app = TestApp::start().await;
    for (user, role) in [
        ("operatore", "back_office"),
        ("revisore", "back_office"),
        ("contactcenter", "contact_center"),
        ("sportello", "sede"),
    ] {
        let op = app.operator_as(user, role).await;
        let (s, me) = app.get_as(&op, "/operator/session").await;
        assert_eq!((s, me["role"].as_str()), (StatusCode::OK, Some(role)));
    }
}
