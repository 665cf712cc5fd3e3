//! Cross-site requests (hardening item 3): a foreign `Origin` or cross-site
//! fetch metadata refuses any state change with 403 `CSRF`, on every
//! documented operation; scripts that send neither, and reads, go through.

use reqwest::StatusCode;
use serde_json::json;

use crate::contract::{expect, openapi, ops, report};
use crate::harness::{new_client, TestApp};

#[tokio::test]
async fn foreign_origin_cannot_change_state_but_scripts_can() {
    let app = TestApp::start().await;
    let body = json!({"codice_fiscale": "RSSMRA80A01H501U", "pin": "AAAAAAAA"});
    let login = |origin: &str| {
        app.client
            .post(app.url("/session"))
            .header("origin", origin)
            .json(&body)
    };
    let r = app.send(login("https://evil.example")).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(r.json()["code"], "CSRF");
    // Same origin passes (and gets the ordinary 401).
    let r = app.send(login(&app.origin)).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    // No Origin at all: a script.
    let (status, _) = app.login("RSSMRA80A01H501U", "AAAAAAAA").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // Reading is never blocked.
    let r = app
        .send(
            app.client
                .get(app.url("/health"))
                .header("origin", "https://evil.example"),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
}

/// Hardening item 3: a browser's cross-site request may carry no `Origin`
/// but always carries fetch metadata; either refuses it. Scripts that send
/// neither keep working.
#[tokio::test]
async fn cross_site_fetch_metadata_is_refused_even_without_origin() {
    let app = TestApp::start().await;
    let delete = |site: Option<&'static str>, origin: Option<String>| {
        let mut r = app.client.delete(app.url("/session"));
        if let Some(site) = site {
            r = r.header("sec-fetch-site", site);
        }
        if let Some(origin) = origin {
            r = r.header("origin", origin);
        }
        app.send(r)
    };
    for (site, origin) in [
        (Some("cross-site"), None),
        (Some("same-site"), None),
        (Some("cross-site"), Some(app.origin.clone())),
        (None, Some("https://evil.example".to_owned())),
        (Some("same-origin"), Some("https://evil.example".to_owned())),
    ] {
        let r = delete(site, origin.clone()).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{site:?} {origin:?}");
        assert_eq!(r.json()["code"], "CSRF");
    }
    for (site, origin) in [
        (None, None),
        (Some("same-origin"), None),
        (Some("none"), None),
        (Some("same-origin"), Some(app.origin.clone())),
    ] {
        let r = delete(site, origin.clone()).await;
        assert_eq!(r.status, StatusCode::NO_CONTENT, "{site:?} {origin:?}");
    }
    // A POST too, not only DELETE.
    let r = app
        .send(
            app.client
                .post(app.url("/session"))
                .header("sec-fetch-site", "cross-site")
                .json(&json!({"codice_fiscale": "RSSMRA80A01H501U", "pin": "ABCDEFGH"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn cross_site_state_changes_answer_the_documented_403_csrf() {
    let app = TestApp::start().await;
    let anonymous = new_client();
    let mut fails = Vec::new();
    for op in ops(openapi()).into_iter().filter(|o| o.changes_state()) {
        let url = op.url(&app.origin, None);
        let request = |header: &'static str, value: &'static str| {
            let rb = anonymous
                .request(op.method.clone(), &url)
                .header(header, value);
            if op.multipart {
                rb.header("content-type", "multipart/form-data; boundary=XYZ")
                    .body(&b"--XYZ--\r\n"[..])
            } else {
                rb.header("content-type", "application/json").body("{}")
            }
        };
        let foreign_origin = request("origin", "https://evil.example");
        expect(
            app.record(foreign_origin).await,
            Some((403, "CSRF")),
            false,
            &mut fails,
        );
        // A browser that sends no Origin still sends fetch metadata.
        let fetch_metadata = request("sec-fetch-site", "cross-site");
        expect(
            app.record(fetch_metadata).await,
            Some((403, "CSRF")),
            false,
            &mut fails,
        );
    }
    report("cross-site requests", &fails);
}

/// Static hosting plus API: several UI origins may be configured; each gets
/// CORS with credentials (preflights cached) and passes the CSRF check, any
/// other origin gets neither.
#[tokio::test]
async fn configured_ui_origins_get_cors_and_pass_csrf_others_do_not() {
    let app = TestApp::start_with(|cfg| {
        cfg.cors_origin = vec![
            "http://app.example.test:8080/".into(),
            "https://aula.example.test".into(),
        ];
    })
    .await;
    let preflight = |origin: &str| {
        app.client
            .request(reqwest::Method::OPTIONS, app.url("/session"))
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header("access-control-request-headers", "content-type")
            .send()
    };
    for origin in ["http://app.example.test:8080", "https://aula.example.test"] {
        let r = preflight(origin).await.unwrap();
        let h = r.headers();
        assert_eq!(h["access-control-allow-origin"], origin);
        assert_eq!(h["access-control-allow-credentials"], "true");
        assert!(
            h["access-control-max-age"]
                .to_str()
                .unwrap()
                .parse::<u32>()
                .unwrap()
                > 0
        );
        let r = app
            .send(
                app.client
                    .delete(app.url("/session"))
                    .header("origin", origin)
                    .header("sec-fetch-site", "same-site"),
            )
            .await;
        assert_eq!(r.status, StatusCode::NO_CONTENT, "{origin}");
    }
    let r = preflight("https://evil.example").await.unwrap();
    assert!(r.headers().get("access-control-allow-origin").is_none());
    let r = app
        .send(
            app.client
                .delete(app.url("/session"))
                .header("origin", "https://evil.example")
                .header("sec-fetch-site", "cross-site"),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(r.json()["code"], "CSRF");
}
