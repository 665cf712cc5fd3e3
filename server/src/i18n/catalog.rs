//! The translation tables of one language, and how a text is looked up in
//! them: exact messages, then templates whose holes take the variable parts
//! (each translated in turn by the fragment and word tables).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::{de, en, Lang};

/// One language's tables, keyed by the Italian text.
pub(super) struct Catalog {
    exact: HashMap<&'static str, &'static str>,
    templates: Vec<(Template, Template)>,
    fragments: HashMap<&'static str, &'static str>,
    words: HashMap<&'static str, &'static str>,
}

pub(super) type Table = &'static [(&'static str, &'static str)];

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

    pub(super) fn message(&self, it: &str) -> Option<String> {
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

pub(super) static DE: LazyLock<Catalog> =
    LazyLock::new(|| Catalog::new(de::MESSAGES, de::INBOX, de::FRAGMENTS, de::WORDS));
pub(super) static EN: LazyLock<Catalog> =
    LazyLock::new(|| Catalog::new(en::MESSAGES, en::INBOX, en::FRAGMENTS, en::WORDS));

pub(super) fn catalog(lang: Lang) -> Option<&'static Catalog> {
    match lang {
        Lang::It => None,
        Lang::De => Some(&DE),
        Lang::En => Some(&EN),
    }
}

/// The placeholders of a template, in order: `{}`, `{name}`.
pub(super) fn placeholders(s: &str) -> Vec<&str> {
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
pub(super) struct Template {
    lits: Vec<&'static str>,
    holes: Vec<&'static str>,
}

impl Template {
    pub(super) fn parse(s: &'static str) -> Self {
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
    pub(super) fn captures<'t>(&self, text: &'t str) -> Vec<Vec<&'t str>> {
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

/// The documents' table of one language (`DOCUMENTS` in `de.rs`, `en.rs`).
static DOCUMENTS_DE: LazyLock<HashMap<&'static str, &'static str>> =
    LazyLock::new(|| de::DOCUMENTS.iter().copied().collect());
static DOCUMENTS_EN: LazyLock<HashMap<&'static str, &'static str>> =
    LazyLock::new(|| en::DOCUMENTS.iter().copied().collect());

/// A text of a PDF document in `lang`; Italian (and any text the table
/// lacks) unchanged.
pub fn document_text(lang: Lang, italian: &'static str) -> &'static str {
    let table = match lang {
        Lang::It => return italian,
        Lang::De => &DOCUMENTS_DE,
        Lang::En => &DOCUMENTS_EN,
    };
    table.get(italian).copied().unwrap_or_else(|| {
        tracing::debug!(lang = lang.tag(), "no translation for a document text");
        italian
    })
}
