//! One answer of the server, kept whole.

use reqwest::header::HeaderMap;
use reqwest::{Response, StatusCode};
use serde_json::Value;

#[derive(Debug, Clone)]
pub struct Recorded {
    /// Upper case: `GET`, `POST`...
    pub method: String,
    /// As sent, percent-encoded, without the query.
    pub path: String,
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// The `Content-Type` without parameters (`application/json`), if any.
    pub media_type: Option<String>,
    pub body: Vec<u8>,
}

impl Recorded {
    pub async fn read(method: &str, r: Response) -> Self {
        let path = r.url().path().to_owned();
        let status = r.status();
        let headers = r.headers().clone();
        let media_type = headers
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(|v| {
                v.split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase()
            });
        let body = r.bytes().await.map(|b| b.to_vec()).unwrap_or_default();
        Recorded {
            method: method.to_ascii_uppercase(),
            path,
            status,
            headers,
            media_type,
            body,
        }
    }

    /// The body as JSON, `null` when it is not.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }

    /// The body as text (lossy).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// A header as text; panics when it is missing.
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .unwrap_or_else(|| panic!("{}: no {name} header", self.what()))
            .to_str()
            .unwrap()
    }

    /// The full `Content-Type` (with parameters), empty when there is none.
    pub fn content_type(&self) -> String {
        self.headers
            .get(reqwest::header::CONTENT_TYPE)
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default()
    }

    pub fn what(&self) -> String {
        let text = self
            .media_type
            .as_deref()
            .is_some_and(|m| m.starts_with("text/") || m.ends_with("json"));
        let cut: String = if text {
            self.text().chars().take(200).collect()
        } else {
            format!("<{} bytes>", self.body.len())
        };
        format!(
            "{} {} → {} {:?} {cut}",
            self.method, self.path, self.status, self.media_type
        )
    }
}
