//! Malformed requests (hardening item 6): every extractor rejection, on
//! every documented operation, answers the documented status in the error
//! shape, with an Italian message: a body that is not JSON or of another
//! type (400/415), an oversized body (413), a malformed query string or a
//! path parameter that is not UTF-8 (400).

use reqwest::multipart::{Form, Part};
use reqwest::{RequestBuilder, StatusCode};
use serde_json::Value;

use crate::contract::{expect, openapi, ops, report};
use crate::fixtures::MB;
use crate::harness::TestApp;
use crate::openapi::everyone_logged_in;

/// Over any body limit of the JSON routes (axum's default is 2 MB) and of
/// the uploads (1 MB plus framing).
const OVERSIZED: usize = 3 * MB;

/// The status, content type and JSON body (the text when it is not JSON)
/// of a request.
async fn raw(app: &TestApp, rb: RequestBuilder) -> (StatusCode, String, Value) {
    let r = app.send(rb).await;
    let text = r.text();
    let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
    (r.status, r.content_type(), body)
}

/// Hardening item 6: extractor rejections answered English `text/plain`,
/// `/codice-fiscale/%FF` broke its "200 always", and a 10 MB body was 400.
#[tokio::test]
async fn every_rejection_answers_in_the_error_shape_in_italian() {
    let app = TestApp::start().await;
    let root = app.base.trim_end_matches("/api/v1").to_owned();
    let (s, ct, b) = raw(
        &app,
        app.client
            .get(format!("{root}/api/v1/codice-fiscale/%FF%FE")),
    )
    .await;
    assert_eq!(
        (s, ct.as_str()),
        (StatusCode::OK, "application/json"),
        "{b}"
    );
    assert_eq!(b["valid"], false);
    let (s, _, b) = raw(
        &app,
        app.client.get(format!(
            "{root}/api/v1/codice-fiscale/RSSMRA80A01H501U?surname=%FF&surname=Rossi&x=%%"
        )),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["valid"], true);

    let mut big = String::from("{\"codice_fiscale\": \"");
    big.push_str(&"A".repeat(10 * 1024 * 1024));
    big.push_str("\"}");
    let cases = [
        (
            app.client
                .get(format!("{root}/api/v1/places/provinces/%FF/comuni")),
            StatusCode::BAD_REQUEST,
            "BAD_REQUEST",
        ),
        (
            app.client.get(app.url("/sim/citizens?limit=molti")),
            StatusCode::BAD_REQUEST,
            "BAD_REQUEST",
        ),
        (
            app.client.get(app.url("/sim/messages?recipient=%FF")),
            StatusCode::OK,
            "",
        ),
        (
            app.client
                .post(app.url("/pin-requests"))
                .header("content-type", "application/json")
                .body(big),
            StatusCode::PAYLOAD_TOO_LARGE,
            "PAYLOAD_TOO_LARGE",
        ),
        (
            app.client.post(app.url("/pin-requests")).body("{}"),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "UNSUPPORTED_MEDIA_TYPE",
        ),
        (
            app.client.put(app.url("/session")),
            StatusCode::METHOD_NOT_ALLOWED,
            "METHOD_NOT_ALLOWED",
        ),
        (
            app.client.get(app.url("/non-esiste")),
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
        ),
    ];
    for (req, status, code) in cases {
        let (s, ct, b) = raw(&app, req).await;
        assert_eq!(s, status, "{b}");
        assert!(ct.starts_with("application/json"), "{status}: {ct} {b}");
        if !code.is_empty() {
            assert_eq!(b["code"], code, "{b}");
            let message = b["message"].as_str().unwrap();
            assert!(
                [
                    "Richiesta",
                    "La richiesta",
                    "Risorsa",
                    "Operazione",
                    "Formato"
                ]
                .iter()
                .any(|w| message.starts_with(w)),
                "Italian message: {message}"
            );
        }
    }
}

/// A request of `op` from the app's client with `content_type` and `body`.
fn with_body(
    app: &TestApp,
    op: &crate::contract::Op,
    url: &str,
    content_type: &str,
    body: Vec<u8>,
) -> RequestBuilder {
    app.client
        .request(op.method.clone(), url)
        .header("content-type", content_type)
        .body(body)
}

#[tokio::test]
async fn malformed_bodies_answer_the_documented_400_and_415() {
    let app = TestApp::start().await;
    everyone_logged_in(&app).await;
    let mut fails = Vec::new();
    for op in ops(openapi()) {
        let url = op.url(&app.origin, None);
        if op.json_body {
            let bad_json = with_body(&app, &op, &url, "application/json", b"{\"".to_vec());
            let want = Some((400, "BAD_REQUEST"));
            expect(app.record(bad_json).await, want, false, &mut fails);
            let wrong_type = with_body(&app, &op, &url, "text/plain", b"{}".to_vec());
            let want = Some((415, "UNSUPPORTED_MEDIA_TYPE"));
            expect(app.record(wrong_type).await, want, false, &mut fails);
        }
        if op.multipart {
            let not_multipart = with_body(&app, &op, &url, "text/plain", b"file".to_vec());
            let want = Some((400, "BAD_REQUEST"));
            expect(app.record(not_multipart).await, want, false, &mut fails);
            let broken = with_body(
                &app,
                &op,
                &url,
                "multipart/form-data; boundary=XYZ",
                b"--XYZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc".to_vec(),
            );
            expect(app.record(broken).await, want, false, &mut fails);
        }
    }
    report("malformed bodies", &fails);
}

#[tokio::test]
async fn oversized_bodies_answer_the_documented_413() {
    let app = TestApp::start().await;
    everyone_logged_in(&app).await;
    let mut fails = Vec::new();
    for op in ops(openapi()) {
        let url = op.url(&app.origin, None);
        if op.json_body {
            let mut body = b"{\"pad\": \"".to_vec();
            body.resize(op.max_body.map_or(OVERSIZED, |m| m + 1), b'a');
            body.extend(b"\"}");
            let probe = with_body(&app, &op, &url, "application/json", body);
            let want = Some((413, "PAYLOAD_TOO_LARGE"));
            expect(app.record(probe).await, want, false, &mut fails);
        } else if op.multipart {
            let mut file = b"%PDF-1.4\n".to_vec();
            file.resize(OVERSIZED, b'0');
            let probe = app
                .client
                .request(op.method.clone(), &url)
                .multipart(Form::new().part("file", Part::bytes(file).file_name("m.pdf")));
            let want = Some((413, "UPLOAD_TOO_LARGE"));
            expect(app.record(probe).await, want, false, &mut fails);
        }
    }
    report("oversized bodies", &fails);
}

/// Where an operation documents a 400 (these are reads: no body), its
/// query string is read by an extractor, which refuses a repeated
/// parameter; anything else need only be documented.
#[tokio::test]
async fn malformed_query_strings_answer_the_documented_400() {
    let app = TestApp::start().await;
    everyone_logged_in(&app).await;
    let mut fails = Vec::new();
    let mut probed = 0;
    for op in ops(openapi()) {
        let Some(first) = op.query_params().first().map(|p| p.to_string()) else {
            continue;
        };
        // A repeated parameter does not fit a field; bytes that are not UTF-8.
        for query in [format!("{first}=a&{first}=b"), format!("{first}=%FF%FE")] {
            let url = format!("{}?{query}", op.url(&app.origin, None));
            let probe = app.client.request(op.method.clone(), url);
            let refuses = op.documents(400) && !op.json_body && !op.multipart;
            let want = (refuses && query.contains('&')).then_some((400, "BAD_REQUEST"));
            expect(app.record(probe).await, want, false, &mut fails);
            probed += 1;
        }
    }
    assert!(
        probed >= 6,
        "only {probed} probes: no query parameters documented?"
    );
    report("malformed query strings", &fails);
}

/// Where an operation with path parameters documents a 400, the path is
/// read by an extractor, which refuses a segment that is not UTF-8.
#[tokio::test]
async fn path_parameters_that_are_not_utf8_answer_the_documented_400() {
    let app = TestApp::start().await;
    everyone_logged_in(&app).await;
    let mut fails = Vec::new();
    for op in ops(openapi()) {
        for p in op.path_params() {
            let url = op.url(&app.origin, Some((p, "%FF")));
            let mut probe = app.client.request(op.method.clone(), url);
            if op.json_body {
                probe = probe.header("content-type", "application/json").body("{}");
            }
            let want = op.documents(400).then_some((400, "BAD_REQUEST"));
            expect(app.record(probe).await, want, false, &mut fails);
        }
    }
    report("path parameters", &fails);
}
