//! The checks of an answer against the document.

use serde_json::Value;

use super::{openapi, path_template, resolve, Recorded, SIM_PREFIX};

/// Whether `text` names `code` as a whole UPPER_SNAKE word.
pub fn names_code(text: &str, code: &str) -> bool {
    text.split(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
        .any(|w| w == code)
}

/// `Ok` when the body of an error answer is an `ApiError`: an UPPER_SNAKE
/// `code`, a `message`, optional `fields` and `retry_after_seconds`.
fn api_error_code(rec: &Recorded) -> Result<String, String> {
    let body = rec.json();
    let code = body["code"].as_str().unwrap_or("");
    let shaped = !code.is_empty()
        && code
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        && body["message"].as_str().is_some_and(|m| !m.is_empty())
        && body.get("fields").is_none_or(Value::is_array)
        && body
            .get("retry_after_seconds")
            .is_none_or(|s| s.is_i64() || s.is_u64());
    if shaped {
        Ok(code.to_owned())
    } else {
        Err(format!("{}: not in the ApiError shape", rec.what()))
    }
}

/// `Ok` when `doc` describes the answer: its operation exists, its status
/// is documented for it with its media type (none for a response documented
/// without content), and an error answer is an `ApiError` whose `code` the
/// response's description names.
pub fn check_documented(doc: &Value, rec: &Recorded) -> Result<(), String> {
    let what = rec.what();
    let template =
        path_template(doc, &rec.path).ok_or_else(|| format!("{what}: no documented path"))?;
    let method = rec.method.to_ascii_lowercase();
    let op = doc["paths"][template]
        .get(&method)
        .ok_or_else(|| format!("{what}: {method} {template} is not documented"))?;
    let status = rec.status.as_u16().to_string();
    let response = op["responses"]
        .get(&status)
        .map(|r| resolve(doc, r))
        .ok_or_else(|| {
            format!("{what}: status {status} is not documented for {method} {template}")
        })?;
    let content = response.get("content").and_then(Value::as_object);
    let media = match (content, rec.media_type.as_deref()) {
        (None, None) => return Ok(()),
        (None, Some(_)) if rec.body.is_empty() => return Ok(()),
        (None, Some(m)) => {
            return Err(format!(
                "{what}: {method} {template} {status} is documented without content, got {m}"
            ))
        }
        (Some(_), None) => return Err(format!("{what}: no Content-Type, documented {content:?}")),
        (Some(c), Some(m)) => c.get(m).ok_or_else(|| {
            format!(
                "{what}: {m} is not documented for {method} {template} {status} (documented: {:?})",
                c.keys().collect::<Vec<_>>()
            )
        })?,
    };
    if rec.status.is_client_error() || rec.status.is_server_error() {
        let schema = media.get("schema").and_then(|s| s.get("$ref"));
        if schema.and_then(Value::as_str) != Some("#/components/schemas/ApiError") {
            return Err(format!(
                "{what}: an error documented without the ApiError schema"
            ));
        }
        let code = api_error_code(rec)?;
        let description = response["description"].as_str().unwrap_or("");
        if !names_code(description, &code) {
            return Err(format!(
                "{what}: code {code} is not named for {method} {template} {status} \
                 (description: {description:?})"
            ));
        }
    }
    Ok(())
}

/// Whether the operation `METHOD path` is in the document (as the server
/// serves it: without the `/sim/*` paths when `no_sim`).
pub fn is_documented(doc: &Value, method: &str, path: &str, no_sim: bool) -> bool {
    path_template(doc, path)
        .filter(|t| !(no_sim && t.starts_with(SIM_PREFIX)))
        .is_some_and(|t| doc["paths"][t].get(method.to_ascii_lowercase()).is_some())
}

/// The check every answer of the API goes through. A documented operation
/// answers as [`check_documented`] says; anything else under `/api/` is not
/// served at all: 404 `NOT_FOUND` or 405 `METHOD_NOT_ALLOWED`, in the
/// ApiError shape. What is outside `/api/` (the SPA) is not the API's.
pub fn check(rec: &Recorded, no_sim: bool) -> Result<(), String> {
    if !rec.path.starts_with("/api/") {
        return Ok(());
    }
    let doc = openapi();
    if is_documented(doc, &rec.method, &rec.path, no_sim) {
        return check_documented(doc, rec);
    }
    let code = api_error_code(rec)?;
    match (rec.status.as_u16(), code.as_str()) {
        (404, "NOT_FOUND") | (405, "METHOD_NOT_ALLOWED")
            if rec.media_type.as_deref() == Some("application/json") =>
        {
            Ok(())
        }
        _ => Err(format!(
            "{}: an operation that is not documented answers",
            rec.what()
        )),
    }
}

/// Checks `rec` against the document, and against the status and code
/// expected; failures are collected in `fails`.
pub fn expect(
    rec: Result<Recorded, String>,
    want: Option<(u16, &str)>,
    no_sim: bool,
    fails: &mut Vec<String>,
) {
    let rec = match rec {
        Ok(r) => r,
        Err(e) => {
            fails.push(e);
            return;
        }
    };
    if let Err(e) = check(&rec, no_sim) {
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

/// Fails with every problem found.
pub fn report(what: &str, fails: &[String]) {
    assert!(
        fails.is_empty(),
        "{what}: {} problem(s)\n  {}",
        fails.len(),
        fails.join("\n  ")
    );
}

/// Whether an answer says the router has nothing at that method and path:
/// 405, or the fallback's 404 `NOT_FOUND`. A handler's own 404 names what
/// it did not find (`WORLD_NOT_FOUND`, `MESSAGE_NOT_FOUND`, …), so a
/// routed path probed with a made-up id still counts as routed.
pub fn unrouted(rec: &Recorded) -> bool {
    rec.status.as_u16() == 405 || (rec.status.as_u16() == 404 && rec.json()["code"] == "NOT_FOUND")
}
