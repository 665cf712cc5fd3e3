//! A PIN request filed by phone.

use reqwest::StatusCode;
use serde_json::json;

use super::{audit_of, contact_center};
use crate::fixtures::{cf, field_codes, request_for};
use crate::harness::{TestApp, EMAIL, MOBILE};

#[tokio::test]
async fn a_phone_request_follows_the_online_rules_needs_activation_and_is_recorded() {
    let app = TestApp::start().await;
    let cc = contact_center(&app).await;
    let c = app.citizen().await;

    // The online form's rules and messages.
    let mut bad = request_for(&c);
    bad["personal"]["name"] = json!("Nome Diverso");
    bad["contacts"]["email"] = json!("non-una-mail");
    let online = app.post("/pin-requests", bad.clone()).await;
    let by_phone = app.post_as(&cc, "/operator/phone-requests", bad).await;
    assert_eq!(by_phone.0, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(field_codes(&by_phone.1), field_codes(&online.1));

    let (s, b) = app
        .post_as(&cc, "/operator/phone-requests", request_for(&c))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    assert_eq!(b["status"], "issued");
    let request_id = b["request_id"].as_str().unwrap().to_owned();
    let (s, b) = app
        .post_as(&cc, "/operator/phone-requests", request_for(&c))
        .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::CONFLICT, Some("PIN_ALREADY_ASSIGNED"))
    );

    // Half 1 came in the call, nothing by SMS or e-mail; the PIN waits for
    // Attiva PIN.
    let half1 = app.secret(MOBILE, "Contact Center").await;
    assert!(app.messages(EMAIL).await.is_empty());
    app.advance_days(8).await;
    let half2 = app.messages(cf(&c)).await[0]["secret"]
        .as_str()
        .unwrap()
        .to_owned();
    let (s, b) = app.login(cf(&c), &format!("{half1}{half2}")).await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("PIN_NOT_ACTIVATED"))
    );
    // Eight days later the operator's session has timed out: a new shift.
    let (s, _) = app.get_as(&cc, "/operator/callbacks").await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let cc = contact_center(&app).await;

    // The caller's file: state, contacts, the request; no secret anywhere.
    let (s, file) = app
        .get_as(
            &cc,
            &format!("/operator/citizens/{}", cf(&c).to_lowercase()),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{file}");
    assert_eq!(file["codice_fiscale"], cf(&c));
    assert_eq!(file["registry"]["surname"], c["surname"]);
    assert_eq!(file["pin"]["state"], "issued");
    assert_eq!(file["pin"]["activation_required"], true);
    assert_eq!(file["pin"]["first_access_done"], false);
    assert_eq!(file["pin"]["contacts"]["mobile"], MOBILE);
    assert_eq!(file["requests"][0]["request_id"], request_id.as_str());
    assert_eq!(file["requests"][0]["callback_status"], "none");
    assert_eq!(file["events"][0]["kind"], "phone_request");
    assert_eq!(
        file["events"][0]["description"],
        "Richiesta PIN registrata dal Contact Center"
    );
    let text = file.to_string();
    assert!(!text.contains(&half1) && !text.contains(&half2));
    let (s, _) = app.get_as(&cc, "/operator/citizens/ZZZZZZ00Z00Z000Z").await;
    assert_eq!(s, StatusCode::NOT_FOUND);

    // Who, when, what, on which codice fiscale.
    let audit = audit_of(&app, &cc, cf(&c)).await;
    let actions: Vec<&str> = audit.iter().map(|(_, a, _)| a.as_str()).collect();
    assert_eq!(actions, ["citizen_lookup", "phone_request"]);
    assert!(audit.iter().all(|(who, _, l)| who == "contactcenter"
        && l["role"] == "contact_center"
        && l["at"].is_string()));
    assert_eq!(audit[1].2["request_id"], request_id.as_str());
    assert!(!audit.iter().any(|(_, _, l)| l.to_string().contains(&half1)));

    // From the cut-off date, no more PINs by phone either.
    let (s, _) = app.set_clock("2020-10-01T08:00:00Z").await;
    assert_eq!(s, StatusCode::OK);
    let later = app.citizen().await;
    let cc = contact_center(&app).await;
    let (s, b) = app
        .post_as(&cc, "/operator/phone-requests", request_for(&later))
        .await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("PIN_ISSUANCE_CLOSED"))
    );
}
