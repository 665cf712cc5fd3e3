//! Languages of the API (API.md, "Languages"): every text meant for a person
//! follows the request's `Accept-Language` (`it`, `de`, `en`; anything else,
//! or none: Italian).
//!
//! The Italian text stays the source, gettext-style: handlers and domain
//! rules keep writing Italian, and [`localize`] — one middleware around the
//! whole API — rewrites the answer's JSON when the request asks for German
//! or English: every string under a `message` key (the error's `message`,
//! `fields[].message`, a success notice's `message`) is looked up in the
//! tables of `i18n/de.rs` and `i18n/en.rs`, keyed by the Italian text. Messages built
//! with `format!` are templates there (`{}` / `{name}` for the variable
//! parts); a variable part that is itself Italian (a wait such as
//! "3 minuti e 5 secondi", "01/10/2020 alle 09:00", a document's name) is
//! translated by their `FRAGMENTS` and `WORDS` tables.
//! Codes, field names and every other key never change. See
//! `docs/languages.md`.

mod de;
mod en;

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use axum::body::Body;
use axum::extract::Request;
use axum::http::header::{self, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use serde_json::Value;

/// A language the server answers in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    It,
    De,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::It, Lang::De, Lang::En];

    pub fn tag(self) -> &'static str {
        match self {
            Lang::It => "it",
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// The language of a tag's primary subtag (`de-DE` → German).
    fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|l| primary.eq_ignore_ascii_case(l.tag()))
    }
}

/// The language an `Accept-Language` value asks for (RFC 9110 §12.5.4):
/// the supported language of highest weight (`q`, default 1; `q=0` means
/// "not this one"), the earlier entry on a tie; `*` stands for Italian
/// unless Italian is excluded. Anything unsupported, malformed or absent:
/// Italian.
pub fn negotiate(header: Option<&str>) -> Lang {
    let Some(header) = header else {
        return Lang::It;
    };
    let mut best: Option<(u16, Lang)> = None;
    let mut refused: Vec<Lang> = Vec::new();
    let mut wildcard: Option<u16> = None;
    for item in header.split(',') {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or("").trim();
        if tag.is_empty() {
            continue;
        }
        let mut q = 1000u16;
        for p in parts {
            let p = p.trim();
            if let Some(v) = p.strip_prefix("q=").or_else(|| p.strip_prefix("Q=")) {
                match parse_q(v.trim()) {
                    Some(v) => q = v,
                    None => q = 0, // a malformed weight: ignore the entry
                }
            }
        }
        if tag == "*" {
            wildcard = Some(wildcard.map_or(q, |w| w.max(q)));
            continue;
        }
        let Some(lang) = Lang::from_tag(tag) else {
            continue;
        };
        if q == 0 {
            refused.push(lang);
            continue;
        }
        if best.is_none_or(|(bq, _)| q > bq) {
            best = Some((q, lang));
        }
    }
    if let Some(w) = wildcard.filter(|w| *w > 0) {
        // `*` matches any language not named: Italian, if not named/refused.
        if best.is_none_or(|(bq, _)| w > bq) && !refused.contains(&Lang::It) {
            return Lang::It;
        }
        if best.is_none() {
            if let Some(l) = Lang::ALL.into_iter().find(|l| !refused.contains(l)) {
                return l;
            }
        }
    }
    best.map_or(Lang::It, |(_, l)| l)
}

/// `1`, `0.8`, `0.125` → thousandths; anything else `None`.
fn parse_q(v: &str) -> Option<u16> {
    let (int, frac) = v.split_once('.').unwrap_or((v, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole: u16 = match int {
        "0" => 0,
        "1" => 1,
        _ => return None,
    };
    let mut thousandths = 0u16;
    for (i, b) in frac
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(3)
        .enumerate()
    {
        thousandths += u16::from(b - b'0') * [100, 10, 1][i];
    }
    let q = whole * 1000 + thousandths;
    (q <= 1000).then_some(q)
}

/// One language's tables, keyed by the Italian text.
struct Catalog {
    exact: HashMap<&'static str, &'static str>,
    templates: Vec<(Template, Template)>,
    fragments: HashMap<&'static str, &'static str>,
    words: HashMap<&'static str, &'static str>,
}

type Table = &'static [(&'static str, &'static str)];

impl Catalog {
    fn new(messages: Table, inbox: Table, fragments: Table, words: Table) -> Self {
        let mut exact = HashMap::new();
        let mut templates = Vec::new();
        for &(it, tr) in messages.iter().chain(inbox) {
            if placeholders(it).is_empty() {
                exact.insert(it, tr);
            } else {
                templates.push((Template::parse(it), Template::parse(tr)));
            }
        }
        // The most specific template first (longest literal text).
        templates.sort_by_key(|(t, _)| std::cmp::Reverse(t.literal_len()));
        Catalog {
            exact,
            templates,
            fragments: fragments.iter().copied().collect(),
            words: words.iter().copied().collect(),
        }
    }

    fn message(&self, it: &str) -> Option<String> {
        self.message_at(it, 0).map(|(t, _)| t)
    }

    /// The translation, and how many bytes of `it` it understood: the
    /// template's literal text plus the values understood. Of all the ways
    /// the text fits the templates (a short literal such as " " between two
    /// holes may occur inside a value; a template's final "." may be the
    /// footer's), the one understanding most; the first on a tie (templates
    /// by length of literal text, splits leftmost first). `depth`: a value
    /// may be a whole message itself (an e-mail body with the simulator's
    /// footer appended), one level down at most.
    fn message_at(&self, it: &str, depth: u8) -> Option<(String, usize)> {
        if let Some(t) = self.exact.get(it) {
            return Some(((*t).to_owned(), it.len()));
        }
        if depth > 1 {
            return None;
        }
        let mut best: Option<(String, usize)> = None;
        for (src, dst) in &self.templates {
            for vs in src.captures(it) {
                let vs: Vec<(String, usize)> =
                    vs.into_iter().map(|v| self.value(v, depth + 1)).collect();
                let covered = src.literal_len() + vs.iter().map(|(_, c)| c).sum::<usize>();
                if best.as_ref().is_none_or(|(_, b)| covered > *b) {
                    let values: Vec<String> = vs.into_iter().map(|(v, _)| v).collect();
                    best = Some((dst.render(src, &values), covered));
                }
            }
            if best.as_ref().is_some_and(|(_, b)| *b == it.len()) {
                break; // all understood: nothing can do better
            }
        }
        best
    }

    /// A variable part: a known fragment, words all known ("3 minuti e 5
    /// secondi", "01/10/2020 alle 09:00"), a message; else unchanged (a
    /// codice fiscale, a name). With the bytes understood: all of a
    /// translated value or of one without letters (a number, a date), none
    /// of an unknown text.
    fn value(&self, v: &str, depth: u8) -> (String, usize) {
        if let Some(t) = self.fragments.get(v) {
            return ((*t).to_owned(), v.len());
        }
        let mut out = Vec::new();
        let mut words = true;
        for w in v.split(' ') {
            if let Some(t) = self.words.get(w) {
                out.push(*t);
            } else if w.chars().any(|c| c.is_alphabetic()) {
                words = false;
                break;
            } else {
                out.push(w);
            }
        }
        if words {
            return (out.join(" "), v.len());
        }
        self.message_at(v, depth)
            .unwrap_or_else(|| (v.to_owned(), 0))
    }
}

static DE: LazyLock<Catalog> =
    LazyLock::new(|| Catalog::new(de::MESSAGES, de::INBOX, de::FRAGMENTS, de::WORDS));
static EN: LazyLock<Catalog> =
    LazyLock::new(|| Catalog::new(en::MESSAGES, en::INBOX, en::FRAGMENTS, en::WORDS));

fn catalog(lang: Lang) -> Option<&'static Catalog> {
    match lang {
        Lang::It => None,
        Lang::De => Some(&DE),
        Lang::En => Some(&EN),
    }
}

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

/// The placeholders of a template, in order: `{}`, `{name}`.
fn placeholders(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(i) = rest.find('{') {
        match rest[i..].find('}') {
            Some(j) => {
                out.push(&rest[i..i + j + 1]);
                rest = &rest[i + j + 1..];
            }
            None => break,
        }
    }
    out
}

/// A text split at its placeholders: `lits[0] p[0] lits[1] … p[n-1] lits[n]`.
struct Template {
    lits: Vec<&'static str>,
    holes: Vec<&'static str>,
}

impl Template {
    fn parse(s: &'static str) -> Self {
        let mut lits = Vec::new();
        let mut holes = Vec::new();
        let mut rest = s;
        for p in placeholders(s) {
            let i = rest.find(p).expect("placeholder found once");
            lits.push(&rest[..i]);
            holes.push(p);
            rest = &rest[i + p.len()..];
        }
        lits.push(rest);
        Template { lits, holes }
    }

    fn literal_len(&self) -> usize {
        self.lits.iter().map(|l| l.len()).sum()
    }

    /// Every way `text` has this template's shape: the values of the holes
    /// (none empty), leftmost splits first; a few dozen at most.
    fn captures<'t>(&self, text: &'t str) -> Vec<Vec<&'t str>> {
        let last = self.lits.len() - 1;
        let mut out = Vec::new();
        let Some(rest) = text
            .strip_prefix(self.lits[0])
            .and_then(|r| r.strip_suffix(self.lits[last]))
        else {
            return out;
        };
        if last == 0 {
            // No hole: only an exact match, which the exact table handles.
            return out;
        }
        let mut values = Vec::new();
        split(rest, &self.lits[1..last], &mut values, &mut out);
        out
    }
    /// This template with the values captured by `src`: a named hole takes
    /// the value of the same name; the k-th `{}` the k-th `{}` of `src`.
    fn render(&self, src: &Template, values: &[String]) -> String {
        let mut out = String::new();
        let mut positional = src
            .holes
            .iter()
            .zip(values)
            .filter(|(h, _)| **h == "{}")
            .map(|(_, v)| v);
        for (i, lit) in self.lits.iter().enumerate() {
            out.push_str(lit);
            if let Some(h) = self.holes.get(i) {
                let v = if *h == "{}" {
                    positional.next()
                } else {
                    src.holes.iter().position(|s| s == h).map(|k| &values[k])
                };
                out.push_str(v.map_or(*h, |v| v.as_str()));
            }
        }
        out
    }
}

/// The ways `rest` is `v0 lits[0] v1 lits[1] … vn`, values not empty.
fn split<'t>(rest: &'t str, lits: &[&str], values: &mut Vec<&'t str>, out: &mut Vec<Vec<&'t str>>) {
    const MAX_WAYS: usize = 64;
    let Some((lit, more)) = lits.split_first() else {
        if !rest.is_empty() {
            values.push(rest);
            out.push(values.clone());
            values.pop();
        }
        return;
    };
    // A value is never empty: the literal is looked for after one character.
    let mut from = rest.chars().next().map_or(1, char::len_utf8);
    while out.len() < MAX_WAYS {
        let Some(i) = rest.get(from..).and_then(|r| r.find(lit)).map(|i| i + from) else {
            break;
        };
        values.push(&rest[..i]);
        split(&rest[i + lit.len()..], more, values, out);
        values.pop();
        from = i + rest[i..].chars().next().map_or(1, char::len_utf8);
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

/// The middleware: under `/api`, answers `Vary: Accept-Language`, and turns
/// the `message` texts of a JSON answer into the request's language.
pub async fn localize(req: Request, next: Next) -> Response {
    let api = req.uri().path().starts_with("/api");
    let lang = negotiate(
        req.headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    );
    let mut res = next.run(req).await;
    if !api {
        return res;
    }
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
