//! The catalogs' checks (host tests, `cargo test -p app`).

use super::registry::{lookup, lookup_it_in_group, Catalog, CATALOGS, GROUPS};
use super::rules::{localize_in, DOMAIN_MESSAGES};
use super::Lang;
use std::collections::{BTreeSet, HashSet};

type Pick = fn(&Catalog) -> Vec<(&'static str, &'static str)>;

/// A catalog's entries in each language (Italian: all its parts).
fn tables() -> [(Lang, Pick); 3] {
    [
        (Lang::It, |c: &Catalog| {
            c.it.iter().flat_map(|t| t.iter().copied()).collect()
        }),
        (Lang::De, |c: &Catalog| c.de.to_vec()),
        (Lang::En, |c: &Catalog| c.en.to_vec()),
    ]
}

fn italian(c: &Catalog) -> Vec<(&'static str, &'static str)> {
    tables()[0].1(c)
}

fn keys(pick: Pick) -> BTreeSet<&'static str> {
    CATALOGS
        .iter()
        .flat_map(|c| pick(c).into_iter().map(|(k, _)| k))
        .collect()
}

/// The string literals of every source file but the catalogs (the
/// `i18n/` files that define the tables).
fn code_literals() -> Vec<(String, String)> {
    fn sources(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    let mut out = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        if file.starts_with(root.join("i18n")) && text.contains(concat!("pub const ", "IT:")) {
            continue;
        }
        for literal in text.split('"').skip(1).step_by(2) {
            out.push((file.display().to_string(), literal.to_string()));
        }
    }
    out
}

fn prefixes() -> HashSet<&'static str> {
    keys(italian)
        .into_iter()
        .filter_map(|k| k.split('.').next())
        .collect()
}

fn looks_like_key(literal: &str, prefixes: &HashSet<&str>) -> bool {
    literal.contains('.')
        && literal
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c))
        && literal
            .split('.')
            .next()
            .is_some_and(|p| prefixes.contains(p))
}

fn placeholders(s: &str) -> BTreeSet<&str> {
    s.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

#[test]
fn no_duplicate_keys_within_a_language() {
    for (lang, pick) in tables() {
        let mut all: Vec<&str> = CATALOGS
            .iter()
            .flat_map(|c| pick(c).into_iter().map(|(k, _)| k))
            .collect();
        let n = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(n, all.len(), "duplicate i18n key in {lang:?}");
    }
}

/// Every key written in the app's code (`"<catalog>.<...>"` literals) is
/// in a catalog: a missing one would show on screen as the key itself.
#[test]
fn every_key_in_the_code_is_in_a_catalog() {
    let prefixes = prefixes();
    let missing: Vec<String> = code_literals()
        .into_iter()
        .filter(|(_, l)| looks_like_key(l, &prefixes) && lookup(Lang::It, l).is_none())
        .map(|(f, l)| format!("{f}: {l}"))
        .collect();
    assert!(
        missing.is_empty(),
        "keys missing from the catalogs: {missing:#?}"
    );
}

/// Every key of the catalogs is used by the code: as a literal, or
/// through the literal prefix of a key built at run time
/// (`format!("request.label.{path}")`).
#[test]
fn every_key_in_a_catalog_is_used() {
    let prefixes = prefixes();
    let mut used: HashSet<String> = HashSet::new();
    let mut dynamic: Vec<String> = Vec::new();
    for (_, literal) in code_literals() {
        if let Some((head, _)) = literal.split_once('{') {
            let stem = head.trim_end_matches('.');
            if head.ends_with('.') && (looks_like_key(stem, &prefixes) || prefixes.contains(stem)) {
                dynamic.push(head.to_string());
            }
        } else if looks_like_key(&literal, &prefixes) {
            used.insert(literal);
        }
    }
    let dead: Vec<&str> = keys(italian)
        .into_iter()
        .filter(|k| !used.contains(*k) && !dynamic.iter().any(|d| k.starts_with(d.as_str())))
        .collect();
    assert!(dead.is_empty(), "keys no code uses: {dead:#?}");
}

/// Italian, German and English have the same keys: no fallback.
#[test]
fn every_key_is_in_every_language() {
    let it = keys(italian);
    for (lang, pick) in tables() {
        let other = keys(pick);
        let missing: Vec<_> = it.difference(&other).collect();
        let extra: Vec<_> = other.difference(&it).collect();
        assert!(missing.is_empty(), "keys missing in {lang:?}: {missing:#?}");
        assert!(extra.is_empty(), "keys only in {lang:?}: {extra:#?}");
    }
    // Each catalog has its three tables (not one catalog's keys in another).
    for c in CATALOGS {
        let it: BTreeSet<_> = italian(c).into_iter().map(|(k, _)| k).collect();
        let de: BTreeSet<_> = c.de.iter().map(|(k, _)| *k).collect();
        let en: BTreeSet<_> = c.en.iter().map(|(k, _)| *k).collect();
        assert_eq!(it, de, "a catalog's German table has other keys");
        assert_eq!(it, en, "a catalog's English table has other keys");
    }
}

/// `{placeholders}` are the same set in the three languages.
#[test]
fn placeholders_match_across_languages() {
    let mut wrong = Vec::new();
    for key in keys(italian) {
        let it = placeholders(lookup(Lang::It, key).unwrap());
        for lang in [Lang::De, Lang::En] {
            if let Some(v) = lookup(lang, key) {
                if placeholders(v) != it {
                    wrong.push(format!("{key} ({lang:?}): {v}"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "placeholders differ: {wrong:#?}");
}

/// No empty texts (an empty German line would silently blank a label).
#[test]
fn no_empty_texts() {
    for (lang, pick) in tables() {
        for c in CATALOGS {
            for (k, v) in pick(c) {
                assert!(!v.trim().is_empty(), "{k} is empty in {lang:?}");
            }
        }
    }
}

#[test]
fn lookup_uses_the_language_without_fallback() {
    assert_eq!(lookup(Lang::De, "common.next"), Some("Weiter"));
    assert_eq!(lookup(Lang::En, "common.next"), Some("Next"));
    assert_eq!(lookup(Lang::It, "common.next"), Some("Avanti"));
    assert_eq!(lookup(Lang::It, "no.such.key"), None);
}

#[test]
fn placeholders_are_found() {
    assert_eq!(
        placeholders("{a} e {b}").into_iter().collect::<Vec<_>>(),
        ["a", "b"]
    );
    assert!(placeholders("nessuno").is_empty());
}

/// The Italian of `messages` is the rules' own text, message by message.
#[test]
fn domain_messages_match_the_rules() {
    for (it, key) in DOMAIN_MESSAGES {
        assert_eq!(lookup(Lang::It, key), Some(*it), "{key}");
    }
    assert_eq!(
        localize_in(Lang::De, domain::request::MSG_REQUIRED),
        "Pflichtfeld"
    );
    assert_eq!(
        localize_in(Lang::En, domain::request::MSG_REQUIRED),
        "Required field"
    );
    assert_eq!(localize_in(Lang::En, "Schon übersetzt"), "Schon übersetzt");
}

/// The lazy groups of `main.rs` (`lazy_pages!`) and the page folders of
/// each (`pages::<folder>::...`).
fn lazy_groups() -> Vec<(String, BTreeSet<String>)> {
    let main =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/main.rs")).unwrap();
    let body = main.rsplit_once("lazy_pages! {").unwrap().1;
    let mut groups: Vec<(String, BTreeSet<String>)> = Vec::new();
    for line in body.lines().map(str::trim) {
        if let Some(name) = line.strip_suffix(" {") {
            groups.push((name.to_string(), BTreeSet::new()));
        } else if let Some((_, path)) = line.split_once("=> pages::") {
            let folder = path.split("::").next().unwrap().to_string();
            groups.last_mut().unwrap().1.insert(folder);
        }
    }
    groups
}

/// Every key a lazy group's pages show, literal or built at run time, is in
/// the Italian tables that group registers or in the main module's: a page
/// reached directly (or by navigation from another group) never shows a
/// raw key.
#[test]
fn every_group_registers_the_italian_its_pages_use() {
    let prefixes = prefixes();
    let all = keys(italian);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let groups = lazy_groups();
    assert!(
        groups.len() >= 11,
        "lazy_pages! groups not found: {groups:?}"
    );
    let mut missing = Vec::new();
    for (group, folders) in &groups {
        let tables = GROUPS
            .iter()
            .find(|(name, _)| name == group)
            .unwrap_or_else(|| panic!("no Italian tables for the lazy group {group}"))
            .1();
        for (file, literal) in code_literals() {
            let in_group = folders.iter().any(|f| {
                let dir = root.join("pages").join(f);
                file.starts_with(dir.to_str().unwrap())
            });
            if !in_group {
                continue;
            }
            let wanted: Vec<&str> = match literal.split_once('{') {
                Some((head, _)) if head.ends_with('.') => all
                    .iter()
                    .copied()
                    .filter(|k| k.starts_with(head))
                    .collect(),
                _ if looks_like_key(&literal, &prefixes) => vec![literal.as_str()],
                _ => continue,
            };
            for key in wanted {
                if lookup_it_in_group(tables, key).is_none() {
                    missing.push(format!("{group}: {file}: {key}"));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "keys a group does not register: {missing:#?}"
    );
}
