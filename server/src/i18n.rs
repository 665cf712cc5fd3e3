//! Languages of the API (API.md, "Languages"): every text meant for a person
//! follows the request's `Accept-Language` (`it`, `de`, `en`; anything else,
//! or none: Italian).
//!
//! The Italian text stays the source, gettext-style: handlers and domain
//! rules keep writing Italian, and [`localize`] — called on every API answer
//! by the one middleware around the app (`web::edge`) — rewrites the
//! answer's JSON when the request asks for German or English: every string
//! under a `message` key (the error's `message`, `fields[].message`, a
//! success notice's `message`) is looked up in the tables of `i18n/de.rs`
//! and `i18n/en.rs`, keyed by the Italian text. Messages built with
//! `format!` are templates there (`{}` / `{name}` for the variable
//! parts); a variable part that is itself Italian (a wait such as
//! "3 minuti e 5 secondi", "01/10/2020 alle 09:00", a document's name) is
//! translated by their `FRAGMENTS` and `WORDS` tables.
//! Codes, field names and every other key never change. See
//! `docs/languages.md`.

mod catalog;
mod de;
mod en;
mod lang;

use std::borrow::Cow;

use axum::body::Body;
use axum::http::header::{self, HeaderValue};
use axum::response::Response;
use serde_json::Value;

use catalog::catalog;
pub use catalog::document_text;
pub use lang::{negotiate, Lang};

/// The text in `lang`; Italian (and any text the tables lack) unchanged.
pub fn translate(lang: Lang, italian: &str) -> Cow<'_, str> {
    match catalog(lang).and_then(|c| c.message(italian)) {
        Some(t) => Cow::Owned(t),
        None => {
            if lang != Lang::It {
                tracing::debug!(lang = lang.tag(), "no translation for a message");
            }
            Cow::Borrowed(italian)
        }
    }
}

/// Rewrites every string under a `message` key, at any depth, and the
/// `subject` and `body` of an inbox message (an object with a `channel`).
fn localize_value(lang: Lang, v: &mut Value) -> bool {
    let mut changed = false;
    match v {
        Value::Object(map) => {
            let inbox_message = map.contains_key("channel") && map.contains_key("body");
            for (k, v) in map.iter_mut() {
                if k == "message" || (inbox_message && (k == "subject" || k == "body")) {
                    if let Value::String(s) = v {
                        if let Cow::Owned(t) = translate(lang, s) {
                            *s = t;
                            changed = true;
                        }
                        continue;
                    }
                }
                changed |= localize_value(lang, v);
            }
        }
        Value::Array(items) => {
            for v in items {
                changed |= localize_value(lang, v);
            }
        }
        _ => {}
    }
    changed
}

/// Largest JSON answer rewritten (the inbox listings are the biggest).
const MAX_BODY: usize = 32 * 1024 * 1024;

/// The language a request asks for (`Accept-Language`).
pub fn request_lang(headers: &axum::http::HeaderMap) -> Lang {
    negotiate(
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    )
}

/// An API answer in `lang`: `Vary: Accept-Language`, and the `message`
/// texts of a JSON answer turned into that language. Called for every
/// `/api` answer by the one middleware around the app (`web::edge`).
pub async fn localize(lang: Lang, mut res: Response) -> Response {
    res.headers_mut()
        .append(header::VARY, HeaderValue::from_static("accept-language"));
    let json = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if lang == Lang::It || !json || res.headers().contains_key(header::CONTENT_ENCODING) {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let bytes = match axum::body::to_bytes(body, MAX_BODY).await {
        Ok(b) => b,
        Err(e) => {
            use axum::response::IntoResponse;
            return crate::error::AppError::internal(e).into_response();
        }
    };
    let Ok(mut value) = serde_json::from_slice::<Value>(&bytes) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    if !localize_value(lang, &mut value) {
        return Response::from_parts(parts, Body::from(bytes));
    }
    let out = serde_json::to_vec(&value).unwrap_or_else(|_| bytes.to_vec());
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(out))
}

#[cfg(test)]
mod tests;
