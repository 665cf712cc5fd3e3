//! The templates of scenario steps: `"{name}"`, `{name/pointer}`,
//! `{digits:N}`, `{today}` (see the parent module).

use serde_json::Value;

use super::run::{digits, Run};
use crate::error::AppResult;

impl Run<'_> {
    /// A template as text.
    pub(super) fn text(&self, s: &str) -> AppResult<String> {
        match self.subst(&Value::String(s.to_owned()))? {
            Value::String(t) => Ok(t),
            other => Ok(other.to_string()),
        }
    }

    pub(super) fn subst(&self, v: &Value) -> AppResult<Value> {
        Ok(match v {
            Value::String(s) => self.subst_str(s)?,
            Value::Array(a) => {
                Value::Array(a.iter().map(|x| self.subst(x)).collect::<AppResult<_>>()?)
            }
            Value::Object(m) => Value::Object(
                m.iter()
                    .map(|(k, x)| Ok((k.clone(), self.subst(x)?)))
                    .collect::<AppResult<_>>()?,
            ),
            other => other.clone(),
        })
    }

    pub(super) fn subst_str(&self, s: &str) -> AppResult<Value> {
        if let Some(inner) = s.strip_prefix('{').and_then(|r| r.strip_suffix('}')) {
            if !inner.contains(['{', '}']) {
                return self.value(inner);
            }
        }
        let mut out = String::new();
        let mut rest = s;
        while let Some(start) = rest.find('{') {
            out.push_str(&rest[..start]);
            let end = rest[start..]
                .find('}')
                .ok_or_else(|| self.fail(format!("unclosed {{ in {s:?}")))?;
            match self.value(&rest[start + 1..start + end])? {
                Value::String(t) => out.push_str(&t),
                other => out.push_str(&other.to_string()),
            }
            rest = &rest[start + end + 1..];
        }
        out.push_str(rest);
        Ok(Value::String(out))
    }

    pub(super) fn value(&self, expr: &str) -> AppResult<Value> {
        if let Some(n) = expr.strip_prefix("digits:") {
            let n: usize = n.parse().map_err(|_| self.fail(format!("{{{expr}}}")))?;
            return Ok(Value::String(digits(n)));
        }
        if expr == "today" {
            return Ok(Value::String(
                self.world.state.clock.now().date_naive().to_string(),
            ));
        }
        let (name, pointer) = match expr.find('/') {
            Some(i) => (&expr[..i], &expr[i..]),
            None => (expr, ""),
        };
        self.vars
            .get(name)
            .and_then(|v| v.pointer(pointer))
            .cloned()
            .ok_or_else(|| self.fail(format!("no value {{{expr}}}")))
    }
}
