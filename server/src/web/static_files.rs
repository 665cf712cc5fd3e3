//! The built SPA, served from memory (`static_files`): every file read
//! once at start, the precompressed copy the client accepts, `ETag` and
//! `Last-Modified` with 304 answers, a year's caching for hashed assets.
//! A large file with a brotli copy keeps only its compressed copies in
//! memory: the rare client that takes neither brotli nor gzip gets it
//! decoded from brotli (see [`KEEP_IDENTITY_UP_TO`]).

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::Request;
use axum::http::header::{self, HeaderValue};
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use bytes::Bytes;
use chrono::{DateTime, Timelike, Utc};

/// The built SPA, served from memory: every file of `dir` is read once, at
/// start (the build is small and never changes under a running server),
/// with its precompressed `.br`/`.gz` siblings, which are preferred when the
/// client accepts them. Unknown paths fall back to `index.html` so deep links
/// (`/richiedi-pin`) load the app, which then routes on the client.
pub fn static_files<S: Clone + Send + Sync + 'static>(dir: &Path) -> Router<S> {
    let cache = Arc::new(StaticCache::load(dir));
    tracing::debug!(
        files = cache.files.len(),
        bytes = cache.bytes,
        "static files cached"
    );
    Router::new().fallback(move |req: Request| {
        let cache = cache.clone();
        async move { cache.serve(&req) }
    })
}

/// Files up to this size keep their uncompressed bytes in memory; a larger
/// one that has a `.br` copy (the wasm bundles, the biggest scripts) keeps
/// only its `.br` and `.gz` copies, and is decoded from brotli for a client
/// that accepts neither (every browser accepts gzip, so that is `curl` and
/// the like). Above the stylesheet and the boot script, so their every
/// answer stays a copy from memory; the idle server holds about 1.7 MB less.
pub const KEEP_IDENTITY_UP_TO: usize = 64 * 1024;

/// One file of the SPA with its precompressed variants and the headers it
/// is always answered with.
struct StaticFile {
    content_type: HeaderValue,
    last_modified: Option<(DateTime<Utc>, HeaderValue)>,
    html: bool,
    identity: Variant,
    br: Option<Variant>,
    gzip: Option<Variant>,
}

struct Variant {
    /// `None` only for the identity of a large file: decoded from `br`.
    body: Option<Bytes>,
    len: usize,
    etag: HeaderValue,
}

impl Variant {
    fn new(body: Vec<u8>, suffix: &str) -> Self {
        use sha2::Digest;
        let digest = sha2::Sha256::digest(&body);
        let hex = hex::encode(&digest[..8]);
        let etag = HeaderValue::from_str(&format!("\"{hex}{suffix}\""))
            .unwrap_or(HeaderValue::from_static("\"0\""));
        Self {
            len: body.len(),
            body: Some(Bytes::from(body)),
            etag,
        }
    }

    /// The bytes held in memory.
    fn held(&self) -> usize {
        self.body.as_ref().map_or(0, Bytes::len)
    }
}

/// `br` decoded, if it decodes to exactly `len` bytes.
fn unbrotli(br: &[u8], len: usize) -> Option<Bytes> {
    use std::io::Read;
    let mut out = Vec::with_capacity(len);
    brotli::Decompressor::new(br, 4096)
        .take(len as u64 + 1)
        .read_to_end(&mut out)
        .ok()?;
    (out.len() == len).then(|| Bytes::from(out))
}

pub struct StaticCache {
    /// Keyed by the path under `dir`, `/`-separated, no leading slash.
    files: HashMap<String, StaticFile>,
    bytes: usize,
}

impl StaticCache {
    /// Reads every file under `dir` (a missing or unreadable `dir` gives an
    /// empty cache: every path then answers 404, as a missing file did).
    pub fn load(dir: &Path) -> Self {
        let mut found = Vec::new();
        collect_files(dir, dir, &mut found);
        let mut cache = Self {
            files: HashMap::new(),
            bytes: 0,
        };
        let read = |rel: &str| std::fs::read(dir.join(rel)).ok();
        for rel in &found {
            if rel.ends_with(".br") || rel.ends_with(".gz") {
                continue;
            }
            let Some(body) = read(rel) else { continue };
            let br = read(&format!("{rel}.br")).map(|b| Variant::new(b, "-br"));
            let gzip = read(&format!("{rel}.gz")).map(|b| Variant::new(b, "-gz"));
            let modified = std::fs::metadata(dir.join(rel))
                .and_then(|m| m.modified())
                .ok()
                .map(|t| {
                    let t: DateTime<Utc> = t.into();
                    // HTTP dates have whole seconds.
                    let t = t.with_nanosecond(0).unwrap_or(t);
                    let v =
                        HeaderValue::from_str(&t.format("%a, %d %b %Y %H:%M:%S GMT").to_string())
                            .ok();
                    (t, v)
                });
            let ext = rel.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
            let mut identity = Variant::new(body, "");
            // Dropped only when the brotli copy gives the same bytes back.
            if let (Some(br), Some(held)) = (&br, &identity.body) {
                if identity.len > KEEP_IDENTITY_UP_TO
                    && br.body.as_deref().and_then(|b| unbrotli(b, identity.len))
                        == Some(held.clone())
                {
                    identity.body = None;
                }
            }
            let file = StaticFile {
                content_type: HeaderValue::from_static(content_type(ext)),
                last_modified: modified.and_then(|(t, v)| Some((t, v?))),
                html: ext.eq_ignore_ascii_case("html"),
                identity,
                br,
                gzip,
            };
            cache.bytes += file.identity.held()
                + file.br.as_ref().map_or(0, Variant::held)
                + file.gzip.as_ref().map_or(0, Variant::held);
            cache.files.insert(rel.clone(), file);
        }
        cache
    }

    /// The file a request path names: the path itself, `index.html` in a
    /// directory, else the SPA's `index.html`.
    fn lookup(&self, path: &str) -> Option<&StaticFile> {
        let decoded = percent_encoding::percent_decode_str(path)
            .decode_utf8()
            .ok();
        let named = decoded
            .as_deref()
            .map(|p| p.trim_start_matches('/'))
            .filter(|rel| {
                !rel.split('/').any(|seg| seg == ".." || seg == ".")
                    && !rel.contains('\\')
                    && !rel.contains('\0')
            })
            .and_then(|rel| {
                if rel.is_empty() || rel.ends_with('/') {
                    self.files.get(&format!("{rel}index.html"))
                } else {
                    self.files.get(rel)
                }
            });
        named.or_else(|| self.files.get("index.html"))
    }

    /// GET and HEAD: the file in the best encoding the client accepts, with
    /// `ETag`, `Last-Modified` (304 when the client's copy is current) and
    /// the caching rule of [`is_hashed_asset`].
    pub fn serve(&self, req: &Request) -> Response {
        let head = req.method() == Method::HEAD;
        if !head && req.method() != Method::GET {
            let mut res = StatusCode::METHOD_NOT_ALLOWED.into_response();
            res.headers_mut()
                .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
            return res;
        }
        let path = req.uri().path();
        let Some(file) = self.lookup(path) else {
            return StatusCode::NOT_FOUND.into_response();
        };
        let accept = req
            .headers()
            .get(header::ACCEPT_ENCODING)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let (variant, encoding) = match (&file.br, &file.gzip) {
            (Some(br), _) if accepts(accept, "br") => (br, Some("br")),
            (_, Some(gz)) if accepts(accept, "gzip") => (gz, Some("gzip")),
            _ => (&file.identity, None),
        };
        let cache_control = if is_hashed_asset(path) && !file.html {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        let fresh = not_modified(req.headers(), variant, file);
        let mut res = if fresh {
            StatusCode::NOT_MODIFIED.into_response()
        } else if head {
            Response::new(Body::empty())
        } else {
            let body = variant.body.clone().or_else(|| {
                let br = file.br.as_ref()?.body.as_deref()?;
                unbrotli(br, variant.len)
            });
            let Some(body) = body else {
                // Checked at load: cannot happen.
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            };
            Response::new(Body::from(body))
        };
        let h = res.headers_mut();
        if !fresh {
            h.insert(header::CONTENT_TYPE, file.content_type.clone());
            h.insert(header::CONTENT_LENGTH, HeaderValue::from(variant.len));
            if let Some(e) = encoding {
                h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(e));
            }
        }
        if file.br.is_some() || file.gzip.is_some() {
            h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        }
        h.insert(header::ETAG, variant.etag.clone());
        if let Some((_, lm)) = &file.last_modified {
            h.insert(header::LAST_MODIFIED, lm.clone());
        }
        h.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(cache_control),
        );
        res
    }
}

/// Whether the client's copy is current: `If-None-Match` names this
/// variant's tag (or `*`); without it, `If-Modified-Since` is no earlier
/// than the file.
fn not_modified(headers: &axum::http::HeaderMap, variant: &Variant, file: &StaticFile) -> bool {
    if let Some(inm) = headers.get(header::IF_NONE_MATCH) {
        let Ok(inm) = inm.to_str() else { return false };
        let ours = variant.etag.to_str().unwrap_or("");
        return inm
            .split(',')
            .map(|t| t.trim().trim_start_matches("W/"))
            .any(|t| t == "*" || t == ours);
    }
    let since = headers
        .get(header::IF_MODIFIED_SINCE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| DateTime::parse_from_rfc2822(v).ok());
    match (since, &file.last_modified) {
        (Some(since), Some((modified, _))) => *modified <= since,
        _ => false,
    }
}

/// Whether `Accept-Encoding` accepts `coding` (by name or `*`, q > 0).
fn accepts(accept: &str, coding: &str) -> bool {
    let mut named = None;
    let mut any = None;
    for item in accept.split(',') {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or("").trim();
        let q = parts
            .filter_map(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .or_else(|| p.trim().strip_prefix("Q="))
            })
            .find_map(|v| v.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if name.eq_ignore_ascii_case(coding) {
            named = Some(q);
        } else if name == "*" {
            any = Some(q);
        }
    }
    named.or(any).is_some_and(|q| q > 0.0)
}

/// The media type of the SPA's files, by extension.
fn content_type(ext: &str) -> &'static str {
    match ext.to_ascii_lowercase().as_str() {
        "html" | "htm" => "text/html",
        "js" | "mjs" => "text/javascript",
        "css" => "text/css",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "ico" => "image/x-icon",
        "webp" => "image/webp",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "json" | "map" => "application/json",
        "webmanifest" => "application/manifest+json",
        "txt" => "text/plain",
        "pdf" => "application/pdf",
        "xml" => "text/xml",
        _ => "application/octet-stream",
    }
}

/// Every regular file under `dir`, as `/`-separated paths relative to
/// `root` (symbolic links followed, as the file server did).
fn collect_files(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(meta) = std::fs::metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            collect_files(root, &path, out);
        } else if meta.is_file() {
            if let Some(rel) = path.strip_prefix(root).ok().and_then(|p| p.to_str()) {
                out.push(rel.replace(std::path::MAIN_SEPARATOR, "/"));
            }
        }
    }
}

/// Files under `pkg/` (the wasm-bindgen output) or whose name carries a
/// content hash (`app-3f9a1c2b.js`, `style.3f9a1c2b7d.css`).
pub fn is_hashed_asset(path: &str) -> bool {
    if path.starts_with("/pkg/") {
        return true;
    }
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.split('.').next().unwrap_or(name);
    let looks_hashed = |s: &str| {
        s.len() >= 8
            && s.chars().all(|c| c.is_ascii_hexdigit())
            && s.chars().any(|c| c.is_ascii_digit())
    };
    name.split('.').skip(1).any(looks_hashed)
        || stem
            .rsplit('-')
            .next()
            .is_some_and(|s| s != stem && looks_hashed(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_assets_are_recognised() {
        assert!(is_hashed_asset("/pkg/app_bg.wasm"));
        assert!(is_hashed_asset("/app-3f9a1c2b.js"));
        assert!(is_hashed_asset("/style.3f9a1c2b7d.css"));
        assert!(!is_hashed_asset("/index.html"));
        assert!(!is_hashed_asset("/favicon.ico"));
        assert!(!is_hashed_asset("/richiedi-pin"));
    }

    fn spa() -> (tempfile::TempDir, StaticCache) {
        let dir = tempfile::tempdir().unwrap();
        let write = |rel: &str, body: &[u8]| {
            let p = dir.path().join(rel);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, body).unwrap();
        };
        write("index.html", b"<!doctype html><title>PIN</title>");
        write("app-0a1b2c3d4e.css", b"body{color:red}");
        write("app-0a1b2c3d4e.css.br", b"BR");
        write("app-0a1b2c3d4e.css.gz", b"GZ");
        write("pkg/app_bg.wasm", b"\0asm");
        let cache = StaticCache::load(dir.path());
        (dir, cache)
    }

    fn get(cache: &StaticCache, path: &str, headers: &[(&str, &str)]) -> Response {
        let mut req = Request::builder().uri(path);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        cache.serve(&req.body(Body::empty()).unwrap())
    }

    fn h<'a>(res: &'a Response, name: &str) -> &'a str {
        res.headers()
            .get(name)
            .map(|v| v.to_str().unwrap())
            .unwrap_or("")
    }

    async fn body(res: Response) -> Vec<u8> {
        axum::body::to_bytes(res.into_body(), usize::MAX)
            .await
            .unwrap()
            .to_vec()
    }

    #[tokio::test]
    async fn static_files_answer_the_precompressed_file_the_client_accepts() {
        let (_dir, cache) = spa();
        let css = "/app-0a1b2c3d4e.css";
        for (accept, encoding, want) in [
            ("gzip, deflate, br", "br", &b"BR"[..]),
            ("gzip", "gzip", b"GZ"),
            ("br;q=0, gzip", "gzip", b"GZ"),
            ("identity", "", b"body{color:red}"),
            ("", "", b"body{color:red}"),
        ] {
            let res = get(&cache, css, &[("accept-encoding", accept)]);
            assert_eq!(res.status(), StatusCode::OK, "{accept}");
            assert_eq!(h(&res, "content-encoding"), encoding, "{accept}");
            assert_eq!(h(&res, "content-type"), "text/css");
            assert_eq!(h(&res, "vary"), "accept-encoding");
            assert_eq!(
                h(&res, "cache-control"),
                "public, max-age=31536000, immutable"
            );
            assert_eq!(h(&res, "content-length"), want.len().to_string());
            assert_eq!(body(res).await, want, "{accept}");
        }
        let wasm = get(&cache, "/pkg/app_bg.wasm", &[("accept-encoding", "br")]);
        assert_eq!(h(&wasm, "content-type"), "application/wasm");
        assert_eq!(h(&wasm, "content-encoding"), "");
    }

    #[tokio::test]
    async fn a_large_file_is_answered_whole_to_a_client_without_brotli() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        // 200 KB of varied bytes: above `KEEP_IDENTITY_UP_TO`.
        let wasm: Vec<u8> = (0u32..200_000)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
            .collect();
        let mut br = Vec::new();
        {
            let mut w = brotli::CompressorWriter::new(&mut br, 4096, 5, 22);
            w.write_all(&wasm).unwrap();
        }
        std::fs::write(dir.path().join("app_bg.wasm"), &wasm).unwrap();
        std::fs::write(dir.path().join("app_bg.wasm.br"), &br).unwrap();
        std::fs::write(dir.path().join("app_bg.wasm.gz"), b"GZ").unwrap();
        // A `.br` that is not this file's: its plain bytes stay in memory.
        std::fs::write(dir.path().join("other.js"), &wasm).unwrap();
        std::fs::write(dir.path().join("other.js.br"), b"not brotli").unwrap();
        let cache = StaticCache::load(dir.path());
        assert_eq!(cache.bytes, br.len() + 2 + wasm.len() + 10);
        for (accept, encoding, want) in [
            ("br", "br", &br[..]),
            ("gzip", "gzip", &b"GZ"[..]),
            ("", "", &wasm[..]),
        ] {
            let res = get(&cache, "/app_bg.wasm", &[("accept-encoding", accept)]);
            assert_eq!(res.status(), StatusCode::OK, "{accept}");
            assert_eq!(h(&res, "content-encoding"), encoding, "{accept}");
            assert_eq!(h(&res, "content-length"), want.len().to_string());
            assert_eq!(body(res).await, want, "{accept}");
        }
        let plain = get(&cache, "/app_bg.wasm", &[]);
        let etag = h(&plain, "etag").to_owned();
        let again = get(&cache, "/app_bg.wasm", &[("if-none-match", &etag)]);
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
        let req = Request::builder()
            .method(Method::HEAD)
            .uri("/app_bg.wasm")
            .body(Body::empty())
            .unwrap();
        let res = cache.serve(&req);
        assert_eq!(h(&res, "content-length"), wasm.len().to_string());
        let other = get(&cache, "/other.js", &[]);
        assert_eq!(body(other).await, wasm);
    }

    #[tokio::test]
    async fn a_current_copy_is_answered_304_by_etag_or_date() {
        let (_dir, cache) = spa();
        let css = "/app-0a1b2c3d4e.css";
        let first = get(&cache, css, &[("accept-encoding", "br")]);
        let etag = h(&first, "etag").to_owned();
        let modified = h(&first, "last-modified").to_owned();
        assert!(etag.starts_with('"') && etag.ends_with("-br\""), "{etag}");
        assert!(modified.ends_with(" GMT"), "{modified}");
        let again = get(
            &cache,
            css,
            &[("accept-encoding", "br"), ("if-none-match", &etag)],
        );
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
        assert_eq!(h(&again, "etag"), etag);
        assert!(body(again).await.is_empty());
        // Another encoding is another representation: sent in full.
        let gz = get(
            &cache,
            css,
            &[("accept-encoding", "gzip"), ("if-none-match", &etag)],
        );
        assert_eq!(gz.status(), StatusCode::OK);
        let dated = get(&cache, css, &[("if-modified-since", &modified)]);
        assert_eq!(dated.status(), StatusCode::NOT_MODIFIED);
        let old = get(
            &cache,
            css,
            &[("if-modified-since", "Mon, 01 Jan 2001 00:00:00 GMT")],
        );
        assert_eq!(old.status(), StatusCode::OK);
    }

    #[tokio::test]
    async fn unknown_paths_get_the_spa_and_nothing_outside_it_is_served() {
        // Only files under the directory are ever read into the cache.
        let (_dir, cache) = spa();
        for path in [
            "/",
            "/richiedi-pin/passo-2",
            "/../secret.txt",
            "/%2e%2e/secret.txt",
        ] {
            let res = get(&cache, path, &[]);
            assert_eq!(res.status(), StatusCode::OK, "{path}");
            assert_eq!(h(&res, "content-type"), "text/html", "{path}");
            assert_eq!(h(&res, "cache-control"), "no-cache", "{path}");
            assert!(String::from_utf8(body(res).await)
                .unwrap()
                .contains("<title>PIN"));
        }
        // A hashed-looking path that is not a file is the page, not cached for good.
        let res = get(&cache, "/pkg/missing-0a1b2c3d4e.js", &[]);
        assert_eq!(h(&res, "cache-control"), "no-cache");
    }

    #[tokio::test]
    async fn head_has_the_headers_and_other_methods_are_refused() {
        let (_dir, cache) = spa();
        let req = Request::builder()
            .method(Method::HEAD)
            .uri("/index.html")
            .body(Body::empty())
            .unwrap();
        let res = cache.serve(&req);
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(h(&res, "content-length"), "33");
        assert!(body(res).await.is_empty());
        let req = Request::builder()
            .method(Method::POST)
            .uri("/index.html")
            .body(Body::empty())
            .unwrap();
        let res = cache.serve(&req);
        assert_eq!(res.status(), StatusCode::METHOD_NOT_ALLOWED);
        assert_eq!(h(&res, "allow"), "GET, HEAD");
    }
}
