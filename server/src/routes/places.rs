//! Place lists for the form's selects (data: ANPR, CC BY 4.0):
//! - `GET /api/v1/places/provinces` → `[{"sigla", "name"}]` (107 active)
//! - `GET /api/v1/places/provinces/{sigla}/comuni?date=YYYY-MM-DD` →
//!   `[{"code", "name", "province", "valid_from", "valid_to"}]`, the comuni
//!   valid on that date (default: those currently active); 404 for a sigla
//!   unknown to the archive, 422 for a malformed date
//! - `GET /api/v1/places/countries` → `[{"code", "name"}]` current foreign states
//!
//! The archive is static, so answers are cacheable for a day. The lists
//! without a date (provinces, countries, each active province's comuni) are
//! serialized once per process, with their brotli and gzip encodings made
//! once too (in the background at start; on first use if asked before):
//! a request only picks the variant its `Accept-Encoding` takes. Lists under
//! [`COMPRESS_ABOVE`] bytes go as they are, as the server's compression
//! layer does for every other answer.

use std::collections::HashMap;
use std::io::Write;
use std::sync::{LazyLock, OnceLock};

use crate::error::{AppPath, AppQuery};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use bytes::Bytes;
use chrono::NaiveDate;
use domain::api::ErrorCode;
use domain::api::{ApiError, FieldError};
use domain::places;
use serde::{Deserialize, Serialize};

/// Answers smaller than this are not compressed (the saving is a few
/// dozen bytes, the cost a compressor per request); the same threshold as
/// the server's compression layer.
pub const COMPRESS_ABOVE: usize = 1024;

pub fn router<S: Clone + Send + Sync + 'static>() -> Router<S> {
    warm_up();
    Router::new()
        .route("/api/v1/places/provinces", get(provinces))
        .route("/api/v1/places/provinces/{sigla}/comuni", get(comuni))
        .route("/api/v1/places/countries", get(countries))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ComuniQuery {
    pub date: Option<String>,
}

/// One JSON answer, serialized and compressed once.
pub struct Precomputed {
    pub json: Bytes,
    /// `None` when the JSON is under [`COMPRESS_ABOVE`].
    pub br: Option<Bytes>,
    pub gzip: Option<Bytes>,
}

impl Precomputed {
    pub fn new<T: Serialize>(body: &T) -> Self {
        let json = serde_json::to_vec(body).expect("place lists serialize");
        let (br, gzip) = if json.len() < COMPRESS_ABOVE {
            (None, None)
        } else {
            let mut br = Vec::new();
            {
                let mut w = brotli::CompressorWriter::new(&mut br, 4096, 11, 22);
                w.write_all(&json).expect("brotli into memory");
            }
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            gz.write_all(&json).expect("gzip into memory");
            let gz = gz.finish().expect("gzip into memory");
            (Some(Bytes::from(br)), Some(Bytes::from(gz)))
        };
        Precomputed {
            json: Bytes::from(json),
            br,
            gzip,
        }
    }

    /// The variant `Accept-Encoding` takes best (brotli, then gzip, then
    /// none), with the day-long cache and `Vary: Accept-Encoding`.
    pub fn response(&self, request: &HeaderMap) -> Response {
        let accepts = |coding| accepts_encoding(request, coding);
        let (body, encoding) = match (&self.br, &self.gzip) {
            (Some(br), _) if accepts("br") => (br.clone(), Some("br")),
            (_, Some(gz)) if accepts("gzip") => (gz.clone(), Some("gzip")),
            _ => (self.json.clone(), None),
        };
        let mut response = body.into_response();
        let h = response.headers_mut();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        h.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=86400"),
        );
        if self.br.is_some() {
            h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        }
        if let Some(e) = encoding {
            h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(e));
        }
        response
    }
}

/// Does `Accept-Encoding` take `coding` (by name or `*`, with a q-value
/// above 0)?
pub fn accepts_encoding(request: &HeaderMap, coding: &str) -> bool {
    let mut named = None;
    let mut star = None;
    for value in request.get_all(header::ACCEPT_ENCODING) {
        for item in value.to_str().unwrap_or_default().split(',') {
            let mut parts = item.split(';');
            let name = parts.next().unwrap_or_default().trim();
            let q = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            if name.eq_ignore_ascii_case(coding) {
                named = Some(q > 0.0);
            } else if name == "*" {
                star = Some(q > 0.0);
            }
        }
    }
    named.or(star).unwrap_or(false)
}

static PROVINCES: LazyLock<Precomputed> = LazyLock::new(|| Precomputed::new(&places::provinces()));
static COUNTRIES: LazyLock<Precomputed> = LazyLock::new(|| Precomputed::new(&places::countries()));
/// Active comuni of each active province (the form's default list), each
/// built on first use or by the warm-up, whichever comes first.
static COMUNI_ACTIVE: LazyLock<HashMap<String, OnceLock<Precomputed>>> = LazyLock::new(|| {
    places::provinces()
        .into_iter()
        .map(|p| (p.sigla, OnceLock::new()))
        .collect()
});

fn comuni_active(sigla: &str) -> Option<&'static Precomputed> {
    let cell = COMUNI_ACTIVE.get(sigla)?;
    Some(cell.get_or_init(|| Precomputed::new(&places::comuni_active(sigla))))
}

/// Builds every precomputed list once per process, off the async runtime.
fn warm_up() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let spawned = std::thread::Builder::new()
            .name("places-warm-up".into())
            .spawn(|| {
                LazyLock::force(&PROVINCES);
                LazyLock::force(&COUNTRIES);
                for sigla in COMUNI_ACTIVE.keys() {
                    comuni_active(sigla);
                }
            });
        if let Err(e) = spawned {
            tracing::debug!(error = %e, "place lists built on first use");
        }
    });
}

fn cached<T: Serialize>(body: T) -> Response {
    let mut response = Json(body).into_response();
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=86400"),
    );
    response
}

fn error(status: StatusCode, error: ApiError) -> Response {
    (status, Json(error)).into_response()
}

async fn provinces(headers: HeaderMap) -> Response {
    PROVINCES.response(&headers)
}

async fn countries(headers: HeaderMap) -> Response {
    COUNTRIES.response(&headers)
}

async fn comuni(
    headers: HeaderMap,
    AppPath(sigla): AppPath<String>,
    AppQuery(query): AppQuery<ComuniQuery>,
) -> Response {
    let sigla = sigla.trim().to_ascii_uppercase();
    if !places::province_exists(&sigla) {
        return error(
            StatusCode::NOT_FOUND,
            ApiError {
                code: ErrorCode::NotFound,
                message: "Provincia non trovata".into(),
                fields: vec![],
                retry_after_seconds: None,
                attempts_left: None,
            },
        );
    }
    match query
        .date
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        None => match comuni_active(&sigla) {
            Some(list) => list.response(&headers),
            // A sigla of the past: no comune of it is active now.
            None => cached(places::comuni_active(&sigla)),
        },
        Some(date) => match NaiveDate::parse_from_str(date, "%Y-%m-%d") {
            Ok(date) => cached(places::comuni(&sigla, date)),
            Err(_) => error(
                StatusCode::UNPROCESSABLE_ENTITY,
                ApiError {
                    code: ErrorCode::Validation,
                    message: "Alcuni dati non sono corretti: controllare i campi evidenziati"
                        .into(),
                    fields: vec![FieldError::new(
                        "date",
                        "DATE_FORMAT",
                        "Data non valida: usare il formato AAAA-MM-GG",
                    )],
                    retry_after_seconds: None,
                    attempts_left: None,
                },
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use axum::body::Body;
    use axum::http::{header, Request, StatusCode};
    use serde_json::Value;
    use tower::ServiceExt;

    async fn get_json(uri: &str) -> (StatusCode, Value) {
        let response = super::router::<()>()
            .oneshot(Request::get(uri).body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = response.status();
        if status == StatusCode::OK {
            assert!(response.headers().contains_key(header::CACHE_CONTROL));
        }
        let body = axum::body::to_bytes(response.into_body(), 1 << 22)
            .await
            .unwrap();
        (status, serde_json::from_slice(&body).unwrap())
    }

    #[tokio::test]
    async fn provinces_and_countries() {
        let (status, v) = get_json("/api/v1/places/provinces").await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(v.as_array().unwrap().len(), 107);
        assert!(v
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["sigla"] == "RM" && p["name"] == "Roma"));
        let (_, v) = get_json("/api/v1/places/countries").await;
        assert!(v.as_array().unwrap().iter().any(|c| c["code"] == "Z404"));
    }

    #[tokio::test]
    async fn comuni_now_and_on_a_date() {
        let (status, v) = get_json("/api/v1/places/provinces/rm/comuni").await;
        assert_eq!(status, StatusCode::OK);
        let now = v.as_array().unwrap();
        assert!(now
            .iter()
            .any(|c| c["code"] == "H501" && c["valid_to"].is_null()));
        assert!(now.iter().all(|c| c["province"] == "RM"));
        let (_, v) = get_json("/api/v1/places/provinces/RM/comuni?date=1933-01-01").await;
        assert!(v
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["code"] == "E472" && c["name"] == "Littoria"));
    }

    async fn get_encoded(uri: &str, accept: &str) -> (Option<String>, Vec<u8>) {
        let response = super::router::<()>()
            .oneshot(
                Request::get(uri)
                    .header(header::ACCEPT_ENCODING, accept)
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()[header::VARY], "accept-encoding");
        let encoding = response
            .headers()
            .get(header::CONTENT_ENCODING)
            .map(|v| v.to_str().unwrap().to_owned());
        let body = axum::body::to_bytes(response.into_body(), 1 << 22)
            .await
            .unwrap();
        (encoding, body.to_vec())
    }

    /// The precompressed variants decode to the very JSON served plain, and
    /// each client gets one it said it takes.
    #[tokio::test]
    async fn precompressed_variants_by_accept_encoding() {
        use std::io::Read;
        for uri in [
            "/api/v1/places/provinces",
            "/api/v1/places/countries",
            "/api/v1/places/provinces/RM/comuni",
        ] {
            let (enc, plain) = get_encoded(uri, "identity").await;
            assert_eq!(enc, None);
            let _: Value = serde_json::from_slice(&plain).unwrap();

            let (enc, br) = get_encoded(uri, "gzip, deflate, br").await;
            assert_eq!(enc.as_deref(), Some("br"), "{uri}");
            let mut out = Vec::new();
            brotli::Decompressor::new(&br[..], 4096)
                .read_to_end(&mut out)
                .unwrap();
            assert_eq!(out, plain, "{uri}");
            assert!(br.len() < plain.len() / 2, "{uri}");

            let (enc, gz) = get_encoded(uri, "gzip;q=1.0, br;q=0").await;
            assert_eq!(enc.as_deref(), Some("gzip"), "{uri}");
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(&gz[..])
                .read_to_end(&mut out)
                .unwrap();
            assert_eq!(out, plain, "{uri}");

            let (enc, _) = get_encoded(uri, "*;q=0").await;
            assert_eq!(enc, None);
        }
    }

    #[test]
    fn accept_encoding_names_and_q_values() {
        let h = |v: &'static str| {
            let mut m = axum::http::HeaderMap::new();
            m.insert(header::ACCEPT_ENCODING, v.parse().unwrap());
            m
        };
        assert!(super::accepts_encoding(&h("gzip, br"), "br"));
        assert!(super::accepts_encoding(&h("BR;q=0.5"), "br"));
        assert!(!super::accepts_encoding(&h("br;q=0"), "br"));
        assert!(super::accepts_encoding(&h("*"), "gzip"));
        assert!(!super::accepts_encoding(&h("*, gzip;q=0"), "gzip"));
        assert!(!super::accepts_encoding(&h("deflate"), "gzip"));
        assert!(!super::accepts_encoding(
            &axum::http::HeaderMap::new(),
            "br"
        ));
    }

    #[tokio::test]
    async fn errors() {
        let (status, v) = get_json("/api/v1/places/provinces/XX/comuni").await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert_eq!(v["code"], "NOT_FOUND");
        let (status, v) = get_json("/api/v1/places/provinces/RM/comuni?date=01-01-2020").await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(v["fields"][0]["field"], "date");
    }
}
