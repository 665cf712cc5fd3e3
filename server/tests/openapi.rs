//! `server/openapi.json` is written by hand; these tests fail when it and
//! the code drift apart.
//!
//! - The routes registered in `src/routes/*.rs` (read from the source) are
//!   exactly the documented operations, and the simulation-only ones exactly
//!   the `/api/v1/sim/*` paths.
//! - Every status (with its error codes) and every file type a handler can
//!   answer, found by reading the handler and what it calls (`AppError`
//!   variants, `StatusCode`s, extractors, `Content-Type`s), is documented,
//!   and nothing else is.
//! - The real server, driven with broken requests (malformed JSON, a body of
//!   another type, an oversized body, a malformed query string, a path
//!   parameter that is not UTF-8, a cross-site request) answers each with
//!   the documented status, media type and error code; so do ordinary
//!   requests, the files it serves and the lockouts.
//! - With `--no-sim` the served document lists no `/sim/*` path, and those
//!   paths are not served either.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use common::{
    check_documented, documented, names_code, new_client, openapi, request_for, Recorded,
};
use reqwest::multipart::{Form, Part};
use reqwest::{Client, Method, StatusCode};
use serde_json::{json, Value};
use server::routes::openapi::SIM_PREFIX;

// ======================================================= reading the source

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Replaces `out[from..to]` by spaces, keeping line breaks.
fn blank(out: &mut [u8], from: usize, to: usize) {
    let to = to.min(out.len());
    for b in &mut out[from..to] {
        if *b != b'\n' {
            *b = b' ';
        }
    }
}

/// `src` with its comments, the contents of its string and character
/// literals and its `#[cfg(test)]` items replaced by spaces (byte offsets
/// unchanged), so that brackets and words can be found by plain scanning and
/// literals read back from `src` at the same offsets.
fn mask(src: &str) -> String {
    let b = src.as_bytes();
    let n = b.len();
    let mut out = b.to_vec();
    let mut i = 0;
    while i < n {
        let c = b[i];
        let after_ident = i > 0 && is_ident(b[i - 1]);
        if c == b'/' && b.get(i + 1) == Some(&b'/') {
            let end = (i..n).find(|&k| b[k] == b'\n').unwrap_or(n);
            blank(&mut out, i, end);
            i = end;
        } else if c == b'/' && b.get(i + 1) == Some(&b'*') {
            let (mut depth, mut k) = (0, i);
            while k + 1 < n {
                if b[k] == b'/' && b[k + 1] == b'*' {
                    depth += 1;
                    k += 2;
                } else if b[k] == b'*' && b[k + 1] == b'/' {
                    depth -= 1;
                    k += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    k += 1;
                }
            }
            blank(&mut out, i, k);
            i = k;
        } else if c == b'r' && !after_ident && matches!(b.get(i + 1), Some(b'"' | b'#')) {
            let mut k = i + 1;
            while b.get(k) == Some(&b'#') {
                k += 1;
            }
            let hashes = k - i - 1;
            if b.get(k) != Some(&b'"') {
                i += 1;
                continue;
            }
            let start = k + 1;
            let close = "\"".to_owned() + &"#".repeat(hashes);
            let end = src[start..].find(&close).map(|e| start + e).unwrap_or(n);
            blank(&mut out, start, end);
            i = end + close.len();
        } else if c == b'"' {
            let mut k = i + 1;
            while k < n && b[k] != b'"' {
                k += if b[k] == b'\\' { 2 } else { 1 };
            }
            blank(&mut out, i + 1, k);
            i = k + 1;
        } else if c == b'\'' {
            if b.get(i + 1) == Some(&b'\\') {
                match (i + 3..(i + 14).min(n)).find(|&k| b[k] == b'\'') {
                    Some(e) => {
                        blank(&mut out, i + 1, e);
                        i = e + 1;
                    }
                    None => i += 1,
                }
            } else {
                let len = src[i + 1..].chars().next().map_or(1, char::len_utf8);
                if b.get(i + 1 + len) == Some(&b'\'') {
                    blank(&mut out, i + 1, i + 1 + len);
                    i += 2 + len;
                } else {
                    i += 1; // a lifetime
                }
            }
        } else {
            i += 1;
        }
    }
    let mut masked = String::from_utf8(out).expect("blanking keeps UTF-8");
    while let Some(at) = masked.find("#[cfg(test)]") {
        let brace = masked[at..].find('{').map(|x| at + x);
        let semi = masked[at..].find(';').map(|x| at + x);
        let end = match (brace, semi) {
            (Some(b), Some(s)) if s < b => s + 1,
            (Some(b), _) => matching(&masked, b) + 1,
            (None, Some(s)) => s + 1,
            (None, None) => masked.len(),
        };
        let mut bytes = masked.into_bytes();
        blank(&mut bytes, at, end);
        masked = String::from_utf8(bytes).unwrap();
    }
    masked
}

/// The offset of the bracket closing the one at `open` (`(`, `[`, `{`).
fn matching(s: &str, open: usize) -> usize {
    let b = s.as_bytes();
    let (o, c) = match b[open] {
        b'(' => (b'(', b')'),
        b'[' => (b'[', b']'),
        b'{' => (b'{', b'}'),
        x => panic!("not an opening bracket: {}", x as char),
    };
    let mut depth = 0usize;
    for (k, &x) in b.iter().enumerate().skip(open) {
        if x == o {
            depth += 1;
        } else if x == c {
            depth -= 1;
            if depth == 0 {
                return k;
            }
        }
    }
    panic!("unbalanced bracket at {open}")
}

/// The identifiers of `s[from..to]` with their offsets.
fn idents(s: &str, from: usize, to: usize) -> Vec<(usize, &str)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        if is_ident(b[i]) && (i == 0 || !is_ident(b[i - 1])) {
            let mut k = i;
            while k < to && is_ident(b[k]) {
                k += 1;
            }
            if !b[i].is_ascii_digit() {
                out.push((i, &s[i..k]));
            }
            i = k;
        } else {
            i += 1;
        }
    }
    out
}

fn skip_ws(s: &str, mut i: usize) -> usize {
    let b = s.as_bytes();
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// The identifier starting at `i`.
fn ident_at(s: &str, i: usize) -> &str {
    let b = s.as_bytes();
    let mut k = i;
    while k < b.len() && is_ident(b[k]) {
        k += 1;
    }
    &s[i..k]
}

struct Source {
    raw: String,
    masked: String,
}

impl Source {
    /// The string literal whose opening quote is at `i` (in `masked`).
    fn literal(&self, i: usize) -> Option<&str> {
        if self.masked.as_bytes().get(i) != Some(&b'"') {
            return None;
        }
        let end = self.masked[i + 1..].find('"')? + i + 1;
        Some(&self.raw[i + 1..end])
    }

    /// The string literal right after `s[i..]`'s whitespace, if any.
    fn literal_after(&self, i: usize) -> Option<&str> {
        self.literal(skip_ws(&self.masked, i))
    }
}

#[derive(Debug, Clone)]
struct FnDef {
    module: String,
    name: String,
    /// Parameter list (between the parentheses).
    params: (usize, usize),
    /// Inside the braces.
    body: (usize, usize),
    /// An `impl FromRequestParts<AppState> for NAME` block.
    extractor: bool,
    /// Defined inside an inherent `impl` block.
    method: bool,
}

#[derive(Debug, Clone)]
struct Route {
    method: String,
    path: String,
    module: String,
    /// The function of `module` that registers the route.
    router_fn: String,
    /// The handler expression (an identifier or a closure).
    handler: (usize, usize),
}

/// What an operation can answer.
#[derive(Debug, Clone, Default, PartialEq)]
struct Facts {
    /// Status → the error codes known to come with it.
    statuses: BTreeMap<u16, BTreeSet<String>>,
    /// Media types of successful answers.
    media: BTreeSet<String>,
}

impl Facts {
    fn add(&mut self, status: u16, code: Option<&str>) {
        let codes = self.statuses.entry(status).or_default();
        if let Some(c) = code {
            codes.insert(c.to_owned());
        }
    }

    fn merge(&mut self, other: &Facts) {
        for (s, codes) in &other.statuses {
            self.statuses
                .entry(*s)
                .or_default()
                .extend(codes.iter().cloned());
        }
        self.media.extend(other.media.iter().cloned());
    }
}

/// The analysis of one route's handler.
#[derive(Debug, Clone)]
struct Derived {
    facts: Facts,
    /// Its extractors: a query string, path parameters, a JSON body, a
    /// multipart body.
    query: bool,
    path: bool,
    json_body: bool,
    multipart: bool,
}

fn status_number(name: &str) -> u16 {
    match name {
        "OK" => 200,
        "CREATED" => 201,
        "ACCEPTED" => 202,
        "NO_CONTENT" => 204,
        "BAD_REQUEST" => 400,
        "UNAUTHORIZED" => 401,
        "FORBIDDEN" => 403,
        "NOT_FOUND" => 404,
        "METHOD_NOT_ALLOWED" => 405,
        "REQUEST_TIMEOUT" => 408,
        "CONFLICT" => 409,
        "GONE" => 410,
        "PAYLOAD_TOO_LARGE" => 413,
        "UNSUPPORTED_MEDIA_TYPE" => 415,
        "UNPROCESSABLE_ENTITY" => 422,
        "LOCKED" => 423,
        "TOO_MANY_REQUESTS" => 429,
        "INTERNAL_SERVER_ERROR" => 500,
        "SERVICE_UNAVAILABLE" => 503,
        other => panic!("StatusCode::{other}: add it to status_number"),
    }
}

const ROUTE_METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];
const KEYWORDS: &[&str] = &[
    "if", "while", "match", "for", "return", "in", "fn", "loop", "move", "async", "await", "as",
    "let", "mut", "ref", "impl", "where", "Some", "Ok", "Err", "None", "Box", "Vec",
];

/// The server's source as far as the API is concerned.
struct Code {
    sources: BTreeMap<String, Source>,
    fns: Vec<FnDef>,
    /// Per module, `use` aliases → full paths.
    uses: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    /// `AppError` variant → status and fixed code (from `AppError::parts`);
    /// `None` when the status is not fixed.
    variants: BTreeMap<String, Option<(u16, Option<String>)>>,
    routes: Vec<Route>,
    /// (module, function) merged only with the simulation enabled.
    sim_fns: BTreeSet<(String, String)>,
}

static CODE: LazyLock<Code> = LazyLock::new(Code::read);

fn parse_use(stmt: &str, out: &mut BTreeMap<String, Vec<String>>) {
    fn expand(prefix: &[String], s: &str, out: &mut BTreeMap<String, Vec<String>>) {
        let s = s.trim();
        if let Some(open) = s.find('{') {
            let base: Vec<String> = s[..open]
                .trim_end_matches("::")
                .split("::")
                .filter(|x| !x.is_empty())
                .map(|x| x.trim().to_owned())
                .collect();
            let full: Vec<String> = prefix.iter().cloned().chain(base).collect();
            let inner = &s[open + 1..s.rfind('}').unwrap_or(s.len())];
            let mut depth = 0;
            let mut start = 0;
            for (k, c) in inner.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        expand(&full, &inner[start..k], out);
                        start = k + 1;
                    }
                    _ => {}
                }
            }
            expand(&full, &inner[start..], out);
            return;
        }
        if s.is_empty() || s == "*" || s.ends_with("::*") {
            return;
        }
        let (path, alias) = match s.split_once(" as ") {
            Some((p, a)) => (p.trim(), Some(a.trim())),
            None => (s, None),
        };
        let mut full: Vec<String> = prefix.to_vec();
        full.extend(path.split("::").map(|x| x.trim().to_owned()));
        if full.last().map(String::as_str) == Some("self") {
            full.pop();
        }
        let name = alias
            .map(str::to_owned)
            .or_else(|| full.last().cloned())
            .unwrap_or_default();
        out.insert(name, full);
    }
    expand(&[], stmt, out);
}

impl Code {
    fn read() -> Code {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut sources = BTreeMap::new();
        let load = |p: &std::path::Path| {
            let raw = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let masked = mask(&raw);
            assert_eq!(raw.len(), masked.len());
            Source { raw, masked }
        };
        for entry in std::fs::read_dir(dir.join("routes")).unwrap() {
            let p = entry.unwrap().path();
            if p.extension().is_some_and(|e| e == "rs") {
                let name = p.file_stem().unwrap().to_string_lossy().into_owned();
                sources.insert(name, load(&p));
            }
        }
        for m in ["session", "error", "lib"] {
            sources.insert(format!("crate::{m}"), load(&dir.join(format!("{m}.rs"))));
        }
        let mut code = Code {
            sources,
            fns: Vec::new(),
            uses: BTreeMap::new(),
            variants: BTreeMap::new(),
            routes: Vec::new(),
            sim_fns: BTreeSet::new(),
        };
        code.parse_items();
        code.parse_variants();
        code.parse_routes();
        code.parse_sim();
        code
    }

    fn src(&self, module: &str) -> &Source {
        &self.sources[module]
    }

    fn parse_items(&mut self) {
        for (module, src) in &self.sources {
            let s = &src.masked;
            let words = idents(s, 0, s.len());
            // Inherent impl blocks: methods inside them.
            let mut impls: Vec<(usize, usize)> = Vec::new();
            for (k, (pos, w)) in words.iter().enumerate() {
                if *w == "use" && (*pos == 0 || s.as_bytes()[pos - 1] == b'\n') {
                    let end = s[*pos..].find(';').map_or(s.len(), |e| pos + e);
                    let stmt: String = s[pos + 3..end]
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ");
                    let stmt = stmt.replace(":: ", "::").replace(" ::", "::");
                    parse_use(&stmt, self.uses.entry(module.clone()).or_default());
                }
                let line_start = s[..*pos].trim_end_matches(' ').ends_with('\n');
                if *w == "impl" && line_start {
                    let Some(open) = s[*pos..].find(['{', ';']).map(|x| pos + x) else {
                        continue;
                    };
                    if s.as_bytes()[open] != b'{' {
                        continue;
                    }
                    let head = &s[*pos..open];
                    let close = matching(s, open);
                    if head.contains("FromRequestParts") {
                        if let Some(f) = head.split(" for ").nth(1) {
                            self.fns.push(FnDef {
                                module: module.clone(),
                                name: f.split(['<', ' ', '\n']).next().unwrap().trim().to_owned(),
                                params: (open, open),
                                body: (open + 1, close),
                                extractor: true,
                                method: false,
                            });
                        }
                    } else if !head.contains(" for ") {
                        impls.push((open, close));
                    }
                }
                if *w == "fn" {
                    let Some((npos, name)) = words.get(k + 1).copied() else {
                        continue;
                    };
                    let Some(open) = s[npos..].find('(').map(|x| npos + x) else {
                        continue;
                    };
                    let close = matching(s, open);
                    let Some(start) = s[close..].find(['{', ';']).map(|x| close + x) else {
                        continue;
                    };
                    if s.as_bytes()[start] == b';' {
                        continue;
                    }
                    let end = matching(s, start);
                    self.fns.push(FnDef {
                        module: module.clone(),
                        name: name.to_owned(),
                        params: (open + 1, close),
                        body: (start + 1, end),
                        extractor: false,
                        method: impls.iter().any(|(a, b)| *a < *pos && *pos < *b),
                    });
                }
            }
        }
    }

    fn find_fn(&self, module: &str, name: &str) -> Option<&FnDef> {
        // An extractor impl outranks a free function, which outranks a
        // method of the same name.
        self.fns
            .iter()
            .filter(|f| f.module == module && f.name == name)
            .max_by_key(|f| (f.extractor, !f.method))
    }

    fn parse_variants(&mut self) {
        let src = self.src("crate::error");
        let s = &src.masked;
        let at = s
            .find("pub enum AppError")
            .expect("error.rs defines AppError");
        let open = at + s[at..].find('{').unwrap();
        let close = matching(s, open);
        let mut names = Vec::new();
        let (mut depth, mut start) = (0i32, open + 1);
        for k in open + 1..=close {
            match s.as_bytes()[k] {
                b'(' | b'{' | b'[' => depth += 1,
                b')' | b'}' | b']' if depth > 0 => depth -= 1,
                b',' | b'}' if depth == 0 => {
                    let piece = &s[start..k];
                    // Skip `#[...]` attributes.
                    let mut p = 0;
                    let pb = piece.as_bytes();
                    while p < pb.len() {
                        if pb[p] == b'#' {
                            let o = p + piece[p..].find('[').unwrap();
                            p = matching(piece, o) + 1;
                        } else if is_ident(pb[p]) {
                            names.push(ident_at(piece, p).to_owned());
                            break;
                        } else {
                            p += 1;
                        }
                    }
                    start = k + 1;
                }
                _ => {}
            }
        }
        let parts = self
            .find_fn("crate::error", "parts")
            .expect("AppError::parts")
            .clone();
        let (from, to) = parts.body;
        let mut variants = BTreeMap::new();
        for name in names {
            let mut found = None;
            for (pos, w) in idents(s, from, to) {
                if w != name {
                    continue;
                }
                let mut i = skip_ws(s, pos + w.len());
                if matches!(s.as_bytes()[i], b'(' | b'{') {
                    i = skip_ws(s, matching(s, i) + 1);
                }
                if !s[i..].starts_with("=>") {
                    continue;
                }
                let i = skip_ws(s, i + 2);
                found = Some(None);
                if s.as_bytes()[i] != b'(' {
                    break;
                }
                let j = skip_ws(s, i + 1);
                if let Some(rest) = s[j..].strip_prefix("StatusCode::") {
                    let status = status_number(ident_at(rest, 0));
                    let after = j + "StatusCode::".len() + ident_at(rest, 0).len();
                    let after = skip_ws(s, after);
                    let code = if s.as_bytes()[after] == b',' {
                        src.literal_after(after + 1).map(str::to_owned)
                    } else {
                        None
                    };
                    found = Some(Some((status, code)));
                }
                break;
            }
            let found =
                found.unwrap_or_else(|| panic!("AppError::{name} has no arm in AppError::parts"));
            variants.insert(name, found);
        }
        self.variants = variants;
    }

    fn parse_routes(&mut self) {
        let mut routes = Vec::new();
        for (module, src) in &self.sources {
            if module.starts_with("crate::") {
                continue;
            }
            let s = &src.masked;
            let mut from = 0;
            while let Some(at) = s[from..].find(".route(").map(|x| from + x) {
                let open = at + ".route".len();
                let close = matching(s, open);
                from = close;
                let lit_at = skip_ws(s, open + 1);
                let path = src
                    .literal(lit_at)
                    .unwrap_or_else(|| panic!("{module}: .route( without a literal path"));
                let path = if path.starts_with("/api/") {
                    path.to_owned()
                } else {
                    format!("/api/v1{path}")
                };
                let router_fn = self
                    .fns
                    .iter()
                    .find(|f| f.module == *module && f.body.0 <= at && at < f.body.1)
                    .map(|f| f.name.clone())
                    .unwrap_or_else(|| panic!("{module}: a route outside any function"));
                let rest_from = lit_at + s[lit_at + 1..].find('"').unwrap() + 2;
                let mut skip_to = rest_from;
                for (pos, w) in idents(s, rest_from, close) {
                    if pos < skip_to
                        || !ROUTE_METHODS.contains(&w)
                        || s.as_bytes()[pos + w.len()] != b'('
                    {
                        continue;
                    }
                    let o = pos + w.len();
                    let c = matching(s, o);
                    skip_to = c;
                    routes.push(Route {
                        method: w.to_ascii_uppercase(),
                        path: path.clone(),
                        module: module.clone(),
                        router_fn: router_fn.clone(),
                        handler: (o + 1, c),
                    });
                }
            }
        }
        self.routes = routes;
    }

    /// The routers `routes::router` merges inside `if sim { ... }`.
    fn parse_sim(&mut self) {
        let s = self.src("mod").masked.clone();
        let s = &s;
        let at = s
            .find("if sim")
            .expect("routes/mod.rs merges the sim routers under `if sim`");
        let open = at + s[at..].find('{').unwrap();
        let close = matching(s, open);
        let words = idents(s, open, close);
        for w in words.windows(2) {
            let (p0, m) = w[0];
            let (p1, f) = w[1];
            if p0 + m.len() + 2 == p1
                && &s[p0 + m.len()..p1] == "::"
                && s[p1 + f.len()..].starts_with("()")
            {
                self.sim_fns.insert((m.to_owned(), f.to_owned()));
            }
        }
    }

    /// The module holding what `full` (a `use`-style path) names, and the
    /// name inside it.
    fn locate(&self, full: &[String]) -> Option<(String, String)> {
        for k in (1..full.len()).rev() {
            let prefix = &full[..k];
            let module = match prefix {
                [s, m] if s == "super" => Some(m.clone()),
                [c, r, m] if c == "crate" && r == "routes" => Some(m.clone()),
                [c, m] if c == "crate" => Some(format!("crate::{m}")),
                _ => None,
            };
            let Some(module) = module.filter(|m| self.sources.contains_key(m)) else {
                continue;
            };
            let rest = &full[k..];
            return match rest {
                [name] => Some((module, name.clone())),
                [ty, _] if self.find_fn(&module, ty).is_some_and(|f| f.extractor) => {
                    Some((module, ty.clone()))
                }
                _ => None,
            };
        }
        None
    }

    /// What a call `quals::name(` in `module` calls, if it is ours.
    fn resolve(&self, module: &str, quals: &[&str], name: &str) -> Option<&FnDef> {
        let uses = self.uses.get(module);
        let target = match quals.first() {
            None => {
                if let Some(f) = self.find_fn(module, name) {
                    return Some(f);
                }
                let full = uses?.get(name)?;
                self.locate(full)?
            }
            Some(&"Self") => return None,
            Some(q) if *q == "super" || *q == "crate" => {
                let full: Vec<String> = quals
                    .iter()
                    .map(|q| q.to_string())
                    .chain([name.to_owned()])
                    .collect();
                self.locate(&full)?
            }
            Some(q) => {
                if quals.len() == 1 && self.find_fn(module, q).is_some_and(|f| f.extractor) {
                    (module.to_owned(), q.to_string())
                } else {
                    let alias = uses?.get(*q)?;
                    let full: Vec<String> = alias
                        .iter()
                        .cloned()
                        .chain(quals[1..].iter().map(|q| q.to_string()))
                        .chain([name.to_owned()])
                        .collect();
                    self.locate(&full)?
                }
            }
        };
        self.find_fn(&target.0, &target.1)
    }

    /// Statuses, codes and media types written in `module[from..to]`, and
    /// the functions of ours it calls.
    fn direct(&self, module: &str, from: usize, to: usize) -> (Facts, Vec<&FnDef>) {
        let src = self.src(module);
        let s = &src.masked;
        let mut facts = Facts::default();
        let mut calls = Vec::new();
        let text = &s[from..to];
        if text.contains(".await?") || text.contains("Err(e.into())") {
            facts.add(500, Some("INTERNAL"));
        }
        if text.contains(".mime()") {
            for k in [
                domain::upload::FileKind::Pdf,
                domain::upload::FileKind::Jpeg,
                domain::upload::FileKind::Png,
            ] {
                facts.media.insert(k.mime().to_owned());
            }
        }
        let words = idents(s, from, to);
        for (k, &(pos, w)) in words.iter().enumerate() {
            let end = pos + w.len();
            let before = &s[..pos];
            let next = s.as_bytes().get(end).copied();
            match w {
                "AppError" if s[end..].starts_with("::") => {
                    let v = ident_at(s, end + 2);
                    if v == "internal" {
                        facts.add(500, Some("INTERNAL"));
                        continue;
                    }
                    if v.starts_with(|c: char| c.is_ascii_lowercase()) {
                        continue;
                    }
                    let known = self
                        .variants
                        .get(v)
                        .unwrap_or_else(|| panic!("{module}: AppError::{v} is not a variant"));
                    let Some((status, fixed)) = known else {
                        continue;
                    };
                    let mut code = fixed.clone();
                    let after = skip_ws(s, end + 2 + v.len());
                    if code.is_none() && s.as_bytes()[after] == b'{' {
                        let close = matching(s, after);
                        if let Some(c) = s[after..close].find("code:") {
                            code = src.literal_after(after + c + 5).map(str::to_owned);
                        }
                    }
                    facts.add(*status, code.as_deref());
                }
                "StatusCode" if s[end..].starts_with("::") => {
                    let name = ident_at(s, end + 2);
                    let status = status_number(name);
                    let after = skip_ws(s, end + 2 + name.len());
                    let code = (s.as_bytes()[after] == b',')
                        .then(|| src.literal_after(after + 1))
                        .flatten();
                    facts.add(status, code);
                }
                "CONTENT_TYPE" => {
                    let after = skip_ws(s, end);
                    if s.as_bytes()[after] == b',' {
                        if let Some(m) = src.literal_after(after + 1) {
                            facts.media.insert(m.to_owned());
                        }
                    }
                }
                "Json" if next == Some(b'(') => {
                    facts.media.insert("application/json".into());
                }
                _ => {}
            }
            if next != Some(b'(') || KEYWORDS.contains(&w) {
                continue;
            }
            if before.trim_end().ends_with(".") {
                // A method of ours (inherent impl), when the name is unique.
                let mut ms = self.fns.iter().filter(|f| f.method && f.name == w);
                if let (Some(f), None) = (ms.next(), ms.next()) {
                    calls.push(f);
                }
                continue;
            }
            if before.trim_end().ends_with("fn") {
                continue;
            }
            let mut quals = Vec::new();
            let mut j = k;
            let mut p = pos;
            while p >= 2
                && &s[p - 2..p] == "::"
                && j > 0
                && words[j - 1].0 + words[j - 1].1.len() == p - 2
            {
                j -= 1;
                quals.insert(0, words[j].1);
                p = words[j].0;
            }
            if let Some(f) = self.resolve(module, &quals, w) {
                calls.push(f);
            }
        }
        (facts, calls)
    }

    /// Everything `f` and what it calls (transitively) can answer.
    fn closure(&self, f: &FnDef, seen: &mut BTreeSet<(String, String, bool)>) -> Facts {
        let key = (f.module.clone(), f.name.clone(), f.extractor);
        if !seen.insert(key) {
            return Facts::default();
        }
        let (mut facts, calls) = self.direct(&f.module, f.body.0, f.body.1);
        for c in calls {
            let more = self.closure(c, seen);
            facts.merge(&more);
        }
        facts
    }

    /// What the extractors in `module[from..to]` (a parameter list) can
    /// answer before the handler runs.
    fn extractors(&self, module: &str, from: usize, to: usize, d: &mut Derived) {
        let s = &self.src(module).masked;
        let text = &s[from..to];
        if text.contains("Json<") {
            d.json_body = true;
            d.facts.add(400, Some("BAD_REQUEST"));
            d.facts.add(413, Some("PAYLOAD_TOO_LARGE"));
            d.facts.add(415, Some("UNSUPPORTED_MEDIA_TYPE"));
        }
        if text.contains("Query<") {
            d.query = true;
            d.facts.add(400, Some("BAD_REQUEST"));
        }
        if text.contains("Path<") {
            d.path = true;
            d.facts.add(400, Some("BAD_REQUEST"));
        }
        if text.contains("Multipart") {
            d.multipart = true;
            d.facts.add(400, Some("BAD_REQUEST"));
            d.facts.add(413, None);
        }
        for (_, w) in idents(s, from, to) {
            if let Some(f) = self.resolve(module, &[], w).filter(|f| f.extractor) {
                let more = self.closure(f, &mut BTreeSet::new());
                d.facts.merge(&more);
            }
        }
    }

    /// What the route can answer: its handler, the handler's extractors and
    /// the CSRF check in front of every state change.
    fn derive(&self, r: &Route) -> Derived {
        let s = &self.src(&r.module).masked;
        let expr = s[r.handler.0..r.handler.1].trim();
        let mut d = Derived {
            facts: Facts::default(),
            query: false,
            path: false,
            json_body: false,
            multipart: false,
        };
        let is_path = expr
            .split("::")
            .all(|seg| !seg.is_empty() && seg.bytes().all(is_ident));
        if is_path {
            let segs: Vec<&str> = expr.split("::").collect();
            let (name, quals) = segs.split_last().unwrap();
            let f = self
                .resolve(&r.module, quals, name)
                .unwrap_or_else(|| panic!("{} {}: handler {expr} not found", r.method, r.path));
            d.facts = self.closure(f, &mut BTreeSet::new());
            self.extractors(&f.module, f.params.0, f.params.1, &mut d);
        } else {
            let (facts, calls) = self.direct(&r.module, r.handler.0, r.handler.1);
            d.facts = facts;
            for c in calls {
                let more = self.closure(c, &mut BTreeSet::new());
                d.facts.merge(&more);
            }
            self.extractors(&r.module, r.handler.0, r.handler.1, &mut d);
        }
        if r.method != "GET" {
            d.facts.add(403, Some("CSRF"));
        }
        if !d.facts.statuses.keys().any(|s| (200..300).contains(s)) {
            d.facts.add(200, None);
        }
        d
    }

    fn is_sim(&self, r: &Route) -> bool {
        self.sim_fns
            .contains(&(r.module.clone(), r.router_fn.clone()))
    }
}

// ============================================================ the document

/// One documented operation.
#[derive(Debug, Clone)]
struct Op {
    method: Method,
    template: String,
    /// (name, in) of its parameters, path-level ones included.
    params: Vec<(String, String)>,
    json_body: bool,
    multipart: bool,
}

impl Op {
    fn key(&self) -> (String, String) {
        (self.method.to_string(), self.template.clone())
    }

    fn changes_state(&self) -> bool {
        self.method != Method::GET
    }

    fn query_params(&self) -> Vec<&str> {
        self.params
            .iter()
            .filter(|(_, at)| at == "query")
            .map(|(n, _)| n.as_str())
            .collect()
    }

    fn path_params(&self) -> Vec<&str> {
        self.params
            .iter()
            .filter(|(_, at)| at == "path")
            .map(|(n, _)| n.as_str())
            .collect()
    }

    /// The URL with sample values, `replace` = (param, raw segment) aside.
    fn url(&self, origin: &str, replace: Option<(&str, &str)>) -> String {
        let path: Vec<String> = self
            .template
            .split('/')
            .map(
                |seg| match seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                    Some(p) => match replace {
                        Some((name, raw)) if name == p => raw.to_owned(),
                        _ => sample(p).to_owned(),
                    },
                    None => seg.to_owned(),
                },
            )
            .collect();
        format!("{origin}{}", path.join("/"))
    }

    fn derived(&self) -> Option<&'static Derived> {
        DERIVED.get(&self.key())
    }
}

fn sample(param: &str) -> &'static str {
    match param {
        "code" => "RSSMRA80A01H501U",
        "sigla" => "RM",
        "slot" => "module",
        _ => "x1",
    }
}

fn ops(doc: &Value) -> Vec<Op> {
    let mut out = Vec::new();
    for (template, item) in doc["paths"].as_object().expect("paths") {
        let shared = item["parameters"].as_array().cloned().unwrap_or_default();
        for (m, op) in item.as_object().unwrap() {
            if !ROUTE_METHODS.contains(&m.as_str()) {
                continue;
            }
            let own = op["parameters"].as_array().cloned().unwrap_or_default();
            let params = shared
                .iter()
                .chain(&own)
                .map(|p| common::resolve(doc, p))
                .map(|p| {
                    (
                        p["name"].as_str().unwrap_or("").to_owned(),
                        p["in"].as_str().unwrap_or("").to_owned(),
                    )
                })
                .collect();
            let body = common::resolve(doc, &op["requestBody"]);
            let content = body["content"].as_object();
            out.push(Op {
                method: Method::from_bytes(m.to_ascii_uppercase().as_bytes()).unwrap(),
                template: template.clone(),
                params,
                json_body: content.is_some_and(|c| c.contains_key("application/json")),
                multipart: content.is_some_and(|c| c.contains_key("multipart/form-data")),
            });
        }
    }
    out
}

/// Per documented (METHOD, path), what the code says it can answer.
static DERIVED: LazyLock<BTreeMap<(String, String), Derived>> = LazyLock::new(|| {
    CODE.routes
        .iter()
        .map(|r| ((r.method.clone(), r.path.clone()), CODE.derive(r)))
        .collect()
});

fn description<'a>(doc: &'a Value, response: &'a Value) -> &'a str {
    common::resolve(doc, response)["description"]
        .as_str()
        .unwrap_or("")
}

fn collect_refs<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                match (k.as_str(), x) {
                    ("$ref", Value::String(r)) => out.push(r),
                    _ => collect_refs(x, out),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| collect_refs(x, out)),
        _ => {}
    }
}

/// Every `$ref` resolves (local JSON pointers).
fn dangling_refs(doc: &Value) -> Vec<String> {
    let mut refs = Vec::new();
    collect_refs(doc, &mut refs);
    refs.into_iter()
        .filter(|r| {
            let Some(pointer) = r.strip_prefix('#') else {
                return true;
            };
            let pointer = pointer.replace("~1", "/").replace("~0", "~");
            doc.pointer(&pointer).is_none()
        })
        .map(str::to_owned)
        .collect()
}

fn report(what: &str, fails: &[String]) {
    assert!(
        fails.is_empty(),
        "{what}: {} problem(s)\n  {}",
        fails.len(),
        fails.join("\n  ")
    );
}

// ==================================================== the document, alone

#[test]
fn the_document_is_openapi_3_1_and_every_ref_resolves() {
    let doc = openapi();
    let mut fails = Vec::new();
    let version = doc["openapi"].as_str().unwrap_or("");
    if !version.starts_with("3.1.") {
        fails.push(format!("openapi is {version:?}, not 3.1.x"));
    }
    for f in ["title", "version"] {
        if !doc["info"][f].is_string() {
            fails.push(format!("info.{f} missing"));
        }
    }
    for r in dangling_refs(doc) {
        fails.push(format!("$ref {r} does not resolve"));
    }
    let mut ids = BTreeSet::new();
    for op in ops(doc) {
        let at = format!("{} {}", op.method, op.template);
        let o = &doc["paths"][&op.template][op.method.as_str().to_ascii_lowercase()];
        match o["operationId"].as_str() {
            Some(id) if ids.insert(id.to_owned()) => {}
            Some(id) => fails.push(format!("{at}: operationId {id} used twice")),
            None => fails.push(format!("{at}: no operationId")),
        }
        let in_template: BTreeSet<&str> = op
            .template
            .split('/')
            .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
            .collect();
        let declared: BTreeSet<&str> = op.path_params().into_iter().collect();
        if in_template != declared {
            fails.push(format!(
                "{at}: path parameters {in_template:?}, declared {declared:?}"
            ));
        }
        let responses = o["responses"].as_object();
        let Some(responses) = responses.filter(|r| !r.is_empty()) else {
            fails.push(format!("{at}: no responses"));
            continue;
        };
        if !responses.keys().any(|s| s.starts_with('2')) {
            fails.push(format!("{at}: no success response"));
        }
        for (status, r) in responses {
            let r = common::resolve(doc, r);
            if !r["description"].is_string() {
                fails.push(format!("{at} {status}: no description"));
            }
            if status.starts_with('4') || status.starts_with('5') {
                let content = r["content"].as_object();
                let ok = content.is_some_and(|c| {
                    c.len() == 1
                        && c.get("application/json")
                            .is_some_and(|m| m["schema"]["$ref"] == "#/components/schemas/ApiError")
                });
                if !ok {
                    fails.push(format!("{at} {status}: not application/json ApiError"));
                }
            }
        }
    }
    let e = &doc["components"]["schemas"]["ApiError"];
    for f in ["code", "message", "fields", "retry_after_seconds"] {
        if e["properties"].get(f).is_none() {
            fails.push(format!("ApiError has no {f}"));
        }
    }
    if e["required"] != json!(["code", "message"]) {
        fails.push(format!("ApiError requires {}", e["required"]));
    }
    report("server/openapi.json", &fails);
}

// ======================================================= the document and the code

#[test]
fn the_source_reader_sees_through_comments_and_literals() {
    let src = "fn a() { let s = \"(}{\"; let c = '\"'; // ) {\n /* ( */ b('x') }\nfn b(_: char) {}";
    let m = mask(src);
    assert_eq!(m.len(), src.len());
    let open = m.find('{').unwrap();
    assert_eq!(matching(&m, open), src.find("}\nfn b").unwrap());
    let r = "#[cfg(test)]\nmod tests { fn hidden() {} }\nfn shown() {}";
    let m = mask(r);
    assert!(!m.contains("hidden") && m.contains("shown"));
    let mut uses = BTreeMap::new();
    parse_use("super::codes::{self, Via, x::y as z}", &mut uses);
    assert_eq!(uses["codes"], ["super", "codes"]);
    assert_eq!(uses["Via"], ["super", "codes", "Via"]);
    assert_eq!(uses["z"], ["super", "codes", "x", "y"]);
}

#[test]
fn every_route_of_the_router_is_documented_and_every_documented_operation_is_routed() {
    let code = &*CODE;
    let mut fails = Vec::new();
    assert!(
        code.routes.len() > 40,
        "only {} routes read from src/routes: the reader is broken",
        code.routes.len()
    );
    // Every router function that registers routes is merged into the app.
    let lib = &code.src("crate::lib").masked;
    let api = &code.src("mod").masked;
    if !code
        .src("crate::lib")
        .raw
        .contains(".nest(\"/api/v1\", api)")
    {
        fails.push("lib.rs no longer nests routes::router at /api/v1".into());
    }
    let router_fns: BTreeSet<(String, String)> = code
        .routes
        .iter()
        .map(|r| (r.module.clone(), r.router_fn.clone()))
        .collect();
    for (m, f) in &router_fns {
        let merged =
            api.contains(&format!("{m}::{f}()")) || lib.contains(&format!("routes::{m}::{f}("));
        if !merged {
            fails.push(format!(
                "routes::{m}::{f} registers routes but is merged nowhere"
            ));
        }
    }
    let documented: BTreeSet<(String, String)> = ops(openapi()).iter().map(Op::key).collect();
    let routed: BTreeSet<(String, String)> = code
        .routes
        .iter()
        .map(|r| (r.method.clone(), r.path.clone()))
        .collect();
    for (m, p) in routed.difference(&documented) {
        fails.push(format!("{m} {p} is routed but not documented"));
    }
    for (m, p) in documented.difference(&routed) {
        fails.push(format!("{m} {p} is documented but not routed"));
    }
    for r in &code.routes {
        let sim = code.is_sim(r);
        if sim != r.path.starts_with(SIM_PREFIX) {
            fails.push(format!(
                "{} {} (routes::{}::{}): simulation-only = {sim}, but the served document \
                 hides exactly the paths under {SIM_PREFIX}",
                r.method, r.path, r.module, r.router_fn
            ));
        }
    }
    report("routes vs document", &fails);
}

#[test]
fn every_status_code_and_file_type_a_handler_can_answer_is_documented_and_nothing_else() {
    let doc = openapi();
    let mut fails = Vec::new();
    for op in ops(doc) {
        let at = format!("{} {}", op.method, op.template);
        let Some(d) = op.derived() else {
            continue; // reported by the routes test
        };
        let o = &doc["paths"][&op.template][op.method.as_str().to_ascii_lowercase()];
        let responses = o["responses"].as_object().cloned().unwrap_or_default();
        let documented: BTreeSet<u16> = responses.keys().filter_map(|s| s.parse().ok()).collect();
        let derived: BTreeSet<u16> = d.facts.statuses.keys().copied().collect();
        for s in derived.difference(&documented) {
            let codes = &d.facts.statuses[s];
            fails.push(format!("{at}: can answer {s} {codes:?}, not documented"));
        }
        for s in documented.difference(&derived) {
            fails.push(format!(
                "{at}: documents {s}, which the code cannot answer (stale?)"
            ));
        }
        for (s, codes) in &d.facts.statuses {
            let Some(r) = responses.get(&s.to_string()) else {
                continue;
            };
            let text = description(doc, r);
            for c in codes {
                if !names_code(text, c) {
                    fails.push(format!("{at} {s}: code {c} not named in {text:?}"));
                }
            }
        }
        // What the successful answers are made of.
        let mut media = BTreeSet::new();
        for (s, r) in &responses {
            if s.starts_with('2') {
                let r = common::resolve(doc, r);
                if let Some(c) = r["content"].as_object() {
                    media.extend(c.keys().cloned());
                }
            }
        }
        let only_no_content = d
            .facts
            .statuses
            .keys()
            .all(|s| !(200..300).contains(s) || *s == 204);
        if media != d.facts.media && !(only_no_content && media.is_empty()) {
            fails.push(format!(
                "{at}: answers {:?} on success, documented {media:?}",
                d.facts.media
            ));
        }
        // The request side: a body, a query string.
        if d.json_body != op.json_body {
            fails.push(format!(
                "{at}: JSON body read = {}, documented = {}",
                d.json_body, op.json_body
            ));
        }
        if d.multipart != op.multipart {
            fails.push(format!(
                "{at}: multipart body read = {}, documented = {}",
                d.multipart, op.multipart
            ));
        }
        if d.query && op.query_params().is_empty() {
            fails.push(format!(
                "{at}: reads a query string, documents no query parameter"
            ));
        }
    }
    report("statuses vs document", &fails);
}

// ============================================================ the live server

const MB: usize = 1024 * 1024;
/// Over any body limit of the JSON routes (axum's default is 2 MB) and of
/// the uploads (1 MB plus framing).
const OVERSIZED: usize = 3 * MB;
const PASSWORD: &str = "Sede2020!";

struct Live {
    origin: String,
    /// No cookies sent.
    anonymous: Client,
    /// A citizen logged in with an ordinary PIN (L1, past first access) and
    /// a conversion draft, and the back-office operator "operatore".
    authed: Client,
    _dir: tempfile::TempDir,
}

async fn start(no_sim: bool) -> Live {
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = common::config(&dir.path().join("t.db"), 0);
    cfg.uploads_dir = dir.path().join("uploads");
    cfg.no_sim = no_sim;
    let addr = common::spawn(cfg).await;
    Live {
        origin: format!("http://{addr}"),
        anonymous: new_client(),
        authed: new_client(),
        _dir: dir,
    }
}

impl Live {
    fn api(&self, path: &str) -> String {
        format!("{}/api/v1{path}", self.origin)
    }

    async fn get(&self, client: &Client, path: &str) -> (StatusCode, Value) {
        documented("GET", client.get(self.api(path)).send().await.unwrap()).await
    }

    async fn post(&self, client: &Client, path: &str, body: Value) -> (StatusCode, Value) {
        let r = client
            .post(self.api(path))
            .json(&body)
            .send()
            .await
            .unwrap();
        documented("POST", r).await
    }

    async fn upload(&self, slot: &str, bytes: Vec<u8>) -> (StatusCode, Value) {
        let part = Part::bytes(bytes).file_name("scan");
        let r = self
            .authed
            .post(self.api(&format!("/dispositivo/conversion/files/{slot}")))
            .multipart(Form::new().part("file", part))
            .send()
            .await
            .unwrap();
        documented("POST", r).await
    }

    /// A documented GET of a file: its media type.
    async fn file_type(&self, client: &Client, path: &str) -> String {
        let r = client.get(self.api(path)).send().await.unwrap();
        let rec = Recorded::read("GET", r).await;
        if let Err(e) = check_documented(openapi(), &rec) {
            panic!("undocumented answer: {e}");
        }
        assert_eq!(rec.status, StatusCode::OK, "{path}");
        rec.media_type.unwrap_or_default()
    }

    /// Logs `authed` in: citizen at L1 with a conversion draft, operator.
    async fn log_in(&self) {
        let c = &self.authed;
        let (s, citizen) = self.post(c, "/sim/citizens", json!({})).await;
        assert_eq!(s, StatusCode::CREATED, "{citizen}");
        let (s, b) = self.post(c, "/pin-requests", request_for(&citizen)).await;
        assert_eq!(s, StatusCode::CREATED, "{b}");
        let cf = citizen["codice_fiscale"].as_str().unwrap().to_owned();
        let (_, sms) = self
            .get(
                c,
                &format!("/sim/messages?recipient=%2B{}", &common::MOBILE[1..]),
            )
            .await;
        let half1 = sms[0]["secret"].as_str().unwrap().to_owned();
        let (s, _) = self
            .post(c, "/sim/clock", json!({"advance_seconds": 8 * 86_400}))
            .await;
        assert_eq!(s, StatusCode::OK);
        let (_, post) = self.get(c, &format!("/sim/messages?recipient={cf}")).await;
        let half2 = post[0]["secret"].as_str().unwrap().to_owned();
        let (s, b) = self
            .post(
                c,
                "/session",
                json!({"codice_fiscale": cf, "pin": format!("{half1}{half2}")}),
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{b}");
        let (s, b) = self.post(c, "/pin/first-access", json!({})).await;
        assert_eq!(s, StatusCode::OK, "{b}");
        let (s, b) = self
            .post(
                c,
                "/dispositivo/conversion",
                json!({"document": document()}),
            )
            .await;
        assert_eq!(s, StatusCode::CREATED, "{b}");
        let (s, b) = self
            .post(
                c,
                "/operator/session",
                json!({"username": "operatore", "password": PASSWORD}),
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{b}");
    }
}

fn document() -> Value {
    json!({"type": "carta_identita_elettronica", "number": "ca 12345 ab",
           "issuer": "Comune di Roma", "issued_on": "2018-05-10", "expires_on": "2028-05-10"})
}

fn jpeg() -> Vec<u8> {
    let mut b = vec![
        0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, b'J', b'F', b'I', b'F', 0x00, 0x01, 0x01, 0x00, 0x00,
        0x48, 0x00, 0x48, 0x00, 0x00,
    ];
    b.extend(std::iter::repeat_n(0x55, 2000));
    b.extend([0xFF, 0xD9]);
    b
}

fn png() -> Vec<u8> {
    [
        &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A][..],
        &[0u8; 64],
    ]
    .concat()
}

/// A request of a probe.
struct Probe<'a> {
    client: &'a Client,
    method: Method,
    url: String,
    headers: Vec<(&'static str, String)>,
    /// (content type, bytes)
    body: Option<(String, Vec<u8>)>,
}

impl Probe<'_> {
    async fn send(self) -> Result<Recorded, String> {
        let mut rb = self.client.request(self.method.clone(), &self.url);
        for (k, v) in &self.headers {
            rb = rb.header(*k, v);
        }
        if let Some((ct, bytes)) = self.body {
            rb = rb.header("content-type", ct).body(bytes);
        }
        match rb.send().await {
            Ok(r) => Ok(Recorded::read(self.method.as_str(), r).await),
            Err(e) => Err(format!("{} {}: {e}", self.method, self.url)),
        }
    }
}

/// Checks `rec` against `doc`, and against the status and code expected.
fn expect(
    doc: &Value,
    rec: Result<Recorded, String>,
    want: Option<(u16, &str)>,
    fails: &mut Vec<String>,
) {
    let rec = match rec {
        Ok(r) => r,
        Err(e) => {
            fails.push(e);
            return;
        }
    };
    if let Err(e) = check_documented(doc, &rec) {
        fails.push(e);
    }
    if let Some((status, code)) = want {
        let got = rec.json();
        let got_code = got["code"].as_str().unwrap_or("");
        if rec.status.as_u16() != status || got_code != code {
            fails.push(format!(
                "{} {}: expected {status} {code}, got {} {got_code} {:?}",
                rec.method, rec.path, rec.status, rec.media_type
            ));
        }
    }
}

#[tokio::test]
async fn malformed_bodies_answer_the_documented_400_and_415() {
    let live = start(false).await;
    live.log_in().await;
    let doc = openapi();
    let mut fails = Vec::new();
    for op in ops(doc) {
        let url = op.url(&live.origin, None);
        if op.json_body {
            let bad_json = Probe {
                client: &live.authed,
                method: op.method.clone(),
                url: url.clone(),
                headers: vec![],
                body: Some(("application/json".into(), b"{\"".to_vec())),
            };
            expect(
                doc,
                bad_json.send().await,
                Some((400, "BAD_REQUEST")),
                &mut fails,
            );
            let wrong_type = Probe {
                client: &live.authed,
                method: op.method.clone(),
                url: url.clone(),
                headers: vec![],
                body: Some(("text/plain".into(), b"{}".to_vec())),
            };
            expect(
                doc,
                wrong_type.send().await,
                Some((415, "UNSUPPORTED_MEDIA_TYPE")),
                &mut fails,
            );
        }
        if op.multipart {
            let not_multipart = Probe {
                client: &live.authed,
                method: op.method.clone(),
                url: url.clone(),
                headers: vec![],
                body: Some(("text/plain".into(), b"file".to_vec())),
            };
            expect(
                doc,
                not_multipart.send().await,
                Some((400, "BAD_REQUEST")),
                &mut fails,
            );
            let broken = Probe {
                client: &live.authed,
                method: op.method.clone(),
                url,
                headers: vec![],
                body: Some((
                    "multipart/form-data; boundary=XYZ".into(),
                    b"--XYZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc".to_vec(),
                )),
            };
            expect(
                doc,
                broken.send().await,
                Some((400, "BAD_REQUEST")),
                &mut fails,
            );
        }
    }
    report("malformed bodies", &fails);
}

#[tokio::test]
async fn oversized_bodies_answer_the_documented_413() {
    let live = start(false).await;
    live.log_in().await;
    let doc = openapi();
    let mut fails = Vec::new();
    for op in ops(doc) {
        let url = op.url(&live.origin, None);
        if op.json_body {
            let mut body = b"{\"pad\": \"".to_vec();
            body.resize(OVERSIZED, b'a');
            body.extend(b"\"}");
            let probe = Probe {
                client: &live.authed,
                method: op.method.clone(),
                url,
                headers: vec![],
                body: Some(("application/json".into(), body)),
            };
            expect(
                doc,
                probe.send().await,
                Some((413, "PAYLOAD_TOO_LARGE")),
                &mut fails,
            );
        } else if op.multipart {
            let mut file = b"%PDF-1.4\n".to_vec();
            file.resize(OVERSIZED, b'0');
            let r = live
                .authed
                .request(op.method.clone(), &url)
                .multipart(Form::new().part("file", Part::bytes(file).file_name("m.pdf")))
                .send()
                .await
                .map_err(|e| format!("{} {url}: {e}", op.method));
            let rec = match r {
                Ok(r) => Ok(Recorded::read(op.method.as_str(), r).await),
                Err(e) => Err(e),
            };
            expect(doc, rec, Some((413, "UPLOAD_TOO_LARGE")), &mut fails);
        }
    }
    report("oversized bodies", &fails);
}

#[tokio::test]
async fn malformed_query_strings_answer_the_documented_400() {
    let live = start(false).await;
    live.log_in().await;
    let doc = openapi();
    let mut fails = Vec::new();
    let mut probed = 0;
    for op in ops(doc) {
        let Some(first) = op.query_params().first().map(|p| p.to_string()) else {
            continue;
        };
        // A repeated parameter does not fit a field; bytes that are not UTF-8.
        for query in [format!("{first}=a&{first}=b"), format!("{first}=%FF%FE")] {
            let probe = Probe {
                client: &live.authed,
                method: op.method.clone(),
                url: format!("{}?{query}", op.url(&live.origin, None)),
                headers: vec![],
                body: None,
            };
            // Where the handler reads the query with an extractor, a repeated
            // parameter is refused; anything else need only be documented.
            let reads = op.derived().is_some_and(|d| d.query);
            let want = (reads && query.contains('&')).then_some((400, "BAD_REQUEST"));
            expect(doc, probe.send().await, want, &mut fails);
            probed += 1;
        }
    }
    assert!(
        probed >= 6,
        "only {probed} probes: no query parameters documented?"
    );
    report("malformed query strings", &fails);
}

#[tokio::test]
async fn path_parameters_that_are_not_utf8_answer_the_documented_400() {
    let live = start(false).await;
    live.log_in().await;
    let doc = openapi();
    let mut fails = Vec::new();
    for op in ops(doc) {
        for p in op.path_params() {
            let probe = Probe {
                client: &live.authed,
                method: op.method.clone(),
                url: op.url(&live.origin, Some((p, "%FF"))),
                headers: vec![],
                body: op
                    .json_body
                    .then(|| ("application/json".into(), b"{}".to_vec())),
            };
            let reads = op.derived().is_some_and(|d| d.path);
            let want = reads.then_some((400, "BAD_REQUEST"));
            expect(doc, probe.send().await, want, &mut fails);
        }
    }
    report("path parameters", &fails);
}

#[tokio::test]
async fn cross_site_state_changes_answer_the_documented_403_csrf() {
    let live = start(false).await;
    let doc = openapi();
    let mut fails = Vec::new();
    for op in ops(doc).into_iter().filter(Op::changes_state) {
        let url = op.url(&live.origin, None);
        let body = || {
            if op.multipart {
                Some((
                    "multipart/form-data; boundary=XYZ".into(),
                    b"--XYZ--\r\n".to_vec(),
                ))
            } else {
                Some(("application/json".into(), b"{}".to_vec()))
            }
        };
        let foreign_origin = Probe {
            client: &live.anonymous,
            method: op.method.clone(),
            url: url.clone(),
            headers: vec![("origin", "https://evil.example".into())],
            body: body(),
        };
        expect(
            doc,
            foreign_origin.send().await,
            Some((403, "CSRF")),
            &mut fails,
        );
        // A browser that sends no Origin still sends fetch metadata.
        let fetch_metadata = Probe {
            client: &live.anonymous,
            method: op.method.clone(),
            url,
            headers: vec![("sec-fetch-site", "cross-site".into())],
            body: body(),
        };
        expect(
            doc,
            fetch_metadata.send().await,
            Some((403, "CSRF")),
            &mut fails,
        );
    }
    report("cross-site requests", &fails);
}

/// Every documented operation answers, with a documented answer, plain
/// requests: anonymous ones (never 404 or 405: the operation is routed),
/// and the reads of a logged-in citizen and operator.
async fn plain_requests(live: &Live, doc: &Value, fails: &mut Vec<String>) {
    for op in ops(doc) {
        let url = op.url(&live.origin, None);
        let body = if op.json_body {
            Some(("application/json".into(), b"{}".to_vec()))
        } else {
            None
        };
        let probe = Probe {
            client: &live.anonymous,
            method: op.method.clone(),
            url: url.clone(),
            headers: vec![],
            body,
        };
        match probe.send().await {
            Ok(rec) if matches!(rec.status.as_u16(), 404 | 405) => fails.push(format!(
                "{} {url}: {} for an anonymous request: not routed?",
                op.method, rec.status
            )),
            rec => expect(doc, rec, None, fails),
        }
        if op.method == Method::GET {
            let probe = Probe {
                client: &live.authed,
                method: Method::GET,
                url,
                headers: vec![],
                body: None,
            };
            expect(doc, probe.send().await, None, fails);
        }
    }
}

#[tokio::test]
async fn plain_requests_get_documented_answers_from_every_operation() {
    let live = start(false).await;
    live.log_in().await;
    let mut fails = Vec::new();
    plain_requests(&live, openapi(), &mut fails).await;
    report("plain requests", &fails);
}

#[tokio::test]
async fn files_are_served_with_their_documented_types() {
    let live = start(false).await;
    live.log_in().await;
    let c = &live.authed;
    let module = "/dispositivo/conversion/module.pdf";
    assert_eq!(live.file_type(c, module).await, "application/pdf");
    let (s, b) = live.upload("module", png()).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let module_file = "/dispositivo/conversion/files/module";
    assert_eq!(live.file_type(c, module_file).await, "image/png");
    let (s, b) = live.upload("document", jpeg()).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let document_file = "/dispositivo/conversion/files/document";
    assert_eq!(live.file_type(c, document_file).await, "image/jpeg");
    let r = c.get(live.api(module)).send().await.unwrap();
    let pdf = r.bytes().await.unwrap().to_vec();
    let (s, b) = live.upload("module", pdf).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(live.file_type(c, module_file).await, "application/pdf");
    // An unknown slot, for uploads and downloads alike.
    let (s, b) = live.upload("passport", jpeg()).await;
    assert_eq!(
        (s, b["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("NOT_FOUND"))
    );
    let (s, _) = live.get(c, "/dispositivo/conversion/files/passport").await;
    assert_eq!(s, StatusCode::NOT_FOUND);

    let (s, b) = live
        .post(c, "/dispositivo/conversion/submit", json!({}))
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let id = b["id"].as_str().unwrap().to_owned();
    let (s, queue) = live.get(c, "/operator/conversions").await;
    assert_eq!(s, StatusCode::OK);
    assert!(queue
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["conversion"]["id"] == id));
    let files = format!("/operator/conversions/{id}/files");
    assert_eq!(
        live.file_type(c, &format!("{files}/document")).await,
        "image/jpeg"
    );
    assert_eq!(
        live.file_type(c, &format!("{files}/module")).await,
        "application/pdf"
    );
    let (s, _) = live.get(c, &format!("{files}/passport")).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _) = live.get(c, "/operator/conversions?status=nonsense").await;
    assert_eq!(s, StatusCode::BAD_REQUEST);

    let iban = "IT60X0542811101000000123456";
    let (s, b) = live
        .post(
            c,
            "/applications",
            json!({"kind": "indennita_covid_600", "data": {"category": "autonomi", "iban": iban}}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let receipt = format!("/applications/{}/receipt.pdf", b["id"].as_str().unwrap());
    assert_eq!(live.file_type(c, &receipt).await, "application/pdf");
    let (s, _) = live.get(c, "/applications/dom_none/receipt.pdf").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn lockouts_answer_the_documented_423_with_the_wait() {
    let live = start(false).await;
    let c = &live.anonymous;
    let (s, citizen) = live.post(c, "/sim/citizens", json!({})).await;
    assert_eq!(s, StatusCode::CREATED);
    let (s, b) = live.post(c, "/pin-requests", request_for(&citizen)).await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let cf = citizen["codice_fiscale"].as_str().unwrap();
    let mut last = (StatusCode::OK, Value::Null);
    for _ in 0..11 {
        last = live
            .post(
                c,
                "/session",
                json!({"codice_fiscale": cf, "pin": "AAAA1111BBBB2222"}),
            )
            .await;
    }
    assert_eq!(last.0, StatusCode::LOCKED, "{}", last.1);
    assert_eq!(last.1["code"], "PIN_LOCKED");
    assert!(last.1["retry_after_seconds"].as_i64().unwrap() > 0);
    for _ in 0..11 {
        last = live
            .post(
                c,
                "/operator/session",
                json!({"username": "operatore", "password": "sbagliata"}),
            )
            .await;
    }
    assert_eq!(last.0, StatusCode::LOCKED, "{}", last.1);
    assert_eq!(last.1["code"], "ACCOUNT_LOCKED");
    assert!(last.1["retry_after_seconds"].as_i64().unwrap() > 0);
}

#[tokio::test]
async fn without_sim_the_served_document_lists_no_sim_paths() {
    let full = start(false).await;
    let bare = start(true).await;
    let (s, served) = full.get(&full.anonymous, "/openapi.json").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        &served,
        openapi(),
        "the default server serves openapi.json as written"
    );
    let r = bare
        .anonymous
        .get(bare.api("/openapi.json"))
        .send()
        .await
        .unwrap();
    let rec = Recorded::read("GET", r).await;
    assert_eq!(rec.status, StatusCode::OK);
    assert_eq!(rec.media_type.as_deref(), Some("application/json"));
    let without: Value = rec.json();

    let paths = |d: &Value| -> BTreeSet<String> {
        d["paths"].as_object().unwrap().keys().cloned().collect()
    };
    let all = paths(openapi());
    let sim: BTreeSet<String> = all
        .iter()
        .filter(|p| p.starts_with(SIM_PREFIX))
        .cloned()
        .collect();
    assert!(
        sim.len() >= 5,
        "the default document lists the sim paths: {sim:?}"
    );
    let expected: BTreeSet<String> = all.difference(&sim).cloned().collect();
    assert_eq!(paths(&without), expected);
    assert!(paths(&without).iter().all(|p| !p.contains("/sim/")));
    assert_eq!(dangling_refs(&without), Vec::<String>::new());
    // The sim-only routes of the code are exactly those paths.
    let sim_routes: BTreeSet<String> = CODE
        .routes
        .iter()
        .filter(|r| CODE.is_sim(r))
        .map(|r| r.path.clone())
        .collect();
    assert_eq!(sim_routes, sim);

    let mut fails = Vec::new();
    // The hidden paths are not served either...
    for op in ops(openapi())
        .into_iter()
        .filter(|o| o.template.starts_with(SIM_PREFIX))
    {
        let probe = Probe {
            client: &bare.anonymous,
            method: op.method.clone(),
            url: op.url(&bare.origin, None),
            headers: vec![],
            body: op
                .json_body
                .then(|| ("application/json".into(), b"{}".to_vec())),
        };
        match probe.send().await {
            Ok(rec) if rec.status == StatusCode::NOT_FOUND => {}
            Ok(rec) => fails.push(format!(
                "--no-sim {} {}: {} instead of 404",
                op.method, op.template, rec.status
            )),
            Err(e) => fails.push(e),
        }
    }
    // ...and what remains is served and answers as its document says.
    plain_requests(&bare, &without, &mut fails).await;
    report("--no-sim", &fails);
}
