//! The headers every answer carries: security headers, no caching of
//! personal data, HSTS over HTTPS, the SPA's deep links and caching, and
//! uploaded files served as sandboxed attachments.

use std::path::Path;

use reqwest::StatusCode;
use serde_json::json;

use crate::dispositivo::submit_conversion;
use crate::harness::TestApp;

#[tokio::test]
async fn health_answers_ok_with_security_headers() {
    let app = TestApp::start().await;
    let r = app.send(app.client.get(app.url("/health"))).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r
        .header("content-security-policy")
        .contains("frame-ancestors 'none'"));
    assert_eq!(r.header("x-content-type-options"), "nosniff");
    assert_eq!(r.header("referrer-policy"), "same-origin");
    assert_eq!(r.json(), json!({"status": "ok"}));
}

/// Hardening item 9: personal data is never cached; HSTS over HTTPS.
#[tokio::test]
async fn api_answers_are_not_cached_and_https_gets_hsts() {
    let app = TestApp::start().await;
    for path in ["/me", "/sim/clock", "/health", "/sim/citizens"] {
        let r = app.send(app.client.get(app.url(path))).await;
        assert_eq!(r.header("cache-control"), "no-store", "{path}");
        assert!(r.headers.get("strict-transport-security").is_none());
    }
    // The place lists are public and keep their own caching.
    let r = app.send(app.client.get(app.url("/places/provinces"))).await;
    assert_eq!(r.header("cache-control"), "public, max-age=86400");
    let r = app
        .send(
            app.client
                .get(app.url("/health"))
                .header("x-forwarded-proto", "https"),
        )
        .await;
    assert!(r
        .header("strict-transport-security")
        .starts_with("max-age="));
}

fn write(dir: &Path, rel: &str, content: &str) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, content).unwrap();
}

#[tokio::test]
async fn spa_is_served_with_deep_link_fallback_and_cache_headers() {
    let ui = tempfile::tempdir().unwrap();
    write(ui.path(), "index.html", "<!doctype html><title>PIN</title>");
    write(ui.path(), "pkg/app-0a1b2c3d4e.js", "console.log(1)");
    write(ui.path(), "pkg/app_bg.wasm", "\0asm");
    write(ui.path(), "app-0a1b2c3d4e.css", "p{}");
    write(ui.path(), "fonts/titillium-web-latin-regular.woff2", "wOF2");
    write(
        ui.path(),
        "favicon.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    let ui_path = ui.path().to_owned();
    let app = TestApp::start_with(|cfg| cfg.static_dir = Some(ui_path)).await;
    let root = &app.origin;

    let r = app
        .send(app.client.get(format!("{root}/richiedi-pin/passo-2")))
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.header("cache-control"), "no-cache");
    assert!(r
        .header("content-security-policy")
        .contains("wasm-unsafe-eval"));
    assert!(r.text().contains("<title>PIN</title>"));

    let r = app
        .send(app.client.get(format!("{root}/pkg/app-0a1b2c3d4e.js")))
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(
        r.header("cache-control"),
        "public, max-age=31536000, immutable"
    );
    // What only a page loads (script, wasm, stylesheet, font) carries no
    // page policy: each answer is shorter, and the page's policy governs it.
    for (rel, kind) in [
        ("pkg/app-0a1b2c3d4e.js", "text/javascript"),
        ("pkg/app_bg.wasm", "application/wasm"),
        ("app-0a1b2c3d4e.css", "text/css"),
        ("fonts/titillium-web-latin-regular.woff2", "font/woff2"),
    ] {
        let r = app.send(app.client.get(format!("{root}/{rel}"))).await;
        assert_eq!(r.status, StatusCode::OK, "{rel}");
        assert!(r.header("content-type").starts_with(kind), "{rel}");
        assert!(r.headers.get("content-security-policy").is_none(), "{rel}");
        assert!(r.headers.get("x-frame-options").is_none(), "{rel}");
        assert_eq!(r.header("x-content-type-options"), "nosniff", "{rel}");
    }
    // A page, an API answer and an SVG (it may hold scripts) keep both.
    write(
        ui.path(),
        "favicon.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    for path in ["/", "/api/v1/sim/clock", "/favicon.svg"] {
        let r = app.send(app.client.get(format!("{root}{path}"))).await;
        assert!(
            r.header("content-security-policy")
                .contains("frame-ancestors 'none'"),
            "{path}"
        );
        assert_eq!(r.header("x-frame-options"), "DENY", "{path}");
    }

    // Unknown API paths stay JSON errors, not the SPA.
    let r = app
        .send(app.client.get(format!("{root}/api/v1/nope")))
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.json()["code"], "NOT_FOUND");
}

/// Hardening item 9: an uploaded file (only sniffed: a PDF can be valid
/// HTML too) is served as a download with a sandboxing CSP of its own, never
/// rendered in the app's origin.
#[tokio::test]
async fn uploaded_files_are_served_as_sandboxed_attachments() {
    let app = TestApp::start().await;
    app.l1().await;
    submit_conversion(&app).await;
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
        let r = app.send(client.get(&url)).await;
        assert_eq!(r.status, StatusCode::OK, "{url}");
        assert!(r.header("content-disposition").starts_with("attachment;"));
        assert!(r.header("content-security-policy").starts_with("sandbox"));
        assert_eq!(r.header("content-type"), "application/pdf");
        assert_eq!(r.header("cache-control"), "no-store");
    }
}
