//! The document's operations, for the tests that drive every one of them.

use reqwest::Method;
use serde_json::Value;

use super::{resolve, METHODS};

/// One documented operation.
#[derive(Debug, Clone)]
pub struct Op {
    pub method: Method,
    pub template: String,
    /// (name, in) of its parameters, path-level ones included.
    pub params: Vec<(String, String)>,
    pub json_body: bool,
    pub multipart: bool,
    /// The body limit the operation documents (`x-max-bytes`), when it
    /// takes more than the server's default.
    pub max_body: Option<usize>,
    /// The statuses documented for it.
    pub statuses: Vec<u16>,
}

impl Op {
    pub fn changes_state(&self) -> bool {
        self.method != Method::GET
    }

    pub fn documents(&self, status: u16) -> bool {
        self.statuses.contains(&status)
    }

    pub fn query_params(&self) -> Vec<&str> {
        self.params_in("query")
    }

    pub fn path_params(&self) -> Vec<&str> {
        self.params_in("path")
    }

    fn params_in(&self, at: &str) -> Vec<&str> {
        self.params
            .iter()
            .filter(|(_, a)| a == at)
            .map(|(n, _)| n.as_str())
            .collect()
    }

    /// The URL with sample values, `replace` = (param, raw segment) aside.
    pub fn url(&self, origin: &str, replace: Option<(&str, &str)>) -> String {
        format!("{origin}{}", fill_template(&self.template, replace))
    }
}

/// `template` with a sample value in each `{param}`, `replace` = (param,
/// raw segment) aside.
pub fn fill_template(template: &str, replace: Option<(&str, &str)>) -> String {
    let path: Vec<String> = template
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
    path.join("/")
}

fn sample(param: &str) -> &'static str {
    match param {
        "code" => "RSSMRA80A01H501U",
        "sigla" => "RM",
        "slot" => "module",
        _ => "x1",
    }
}

/// The operations of `doc`.
pub fn ops(doc: &Value) -> Vec<Op> {
    let mut out = Vec::new();
    for (template, item) in doc["paths"].as_object().expect("paths") {
        let shared = item["parameters"].as_array().cloned().unwrap_or_default();
        for (m, op) in item.as_object().unwrap() {
            if !METHODS.contains(&m.as_str()) {
                continue;
            }
            let own = op["parameters"].as_array().cloned().unwrap_or_default();
            let params = shared
                .iter()
                .chain(&own)
                .map(|p| resolve(doc, p))
                .map(|p| {
                    (
                        p["name"].as_str().unwrap_or("").to_owned(),
                        p["in"].as_str().unwrap_or("").to_owned(),
                    )
                })
                .collect();
            let body = resolve(doc, &op["requestBody"]);
            let content = body["content"].as_object();
            let statuses = op["responses"]
                .as_object()
                .map(|r| r.keys().filter_map(|s| s.parse().ok()).collect())
                .unwrap_or_default();
            out.push(Op {
                method: Method::from_bytes(m.to_ascii_uppercase().as_bytes()).unwrap(),
                template: template.clone(),
                params,
                json_body: content.is_some_and(|c| c.contains_key("application/json")),
                multipart: content.is_some_and(|c| c.contains_key("multipart/form-data")),
                max_body: body["x-max-bytes"].as_u64().map(|n| n as usize),
                statuses,
            });
        }
    }
    out
}
