//! Translation catalogs.
//!
//! Every user-visible string goes through [`t`] (or [`tf`] for strings with
//! `{placeholders}`). Catalogs live in `i18n/<procedure>.rs`, one per
//! module of `pages` and named as it (keys `<procedure>.<page or part>.*`;
//! `common.*` for the shell and `components`), each exporting
//! `pub const IT: &[(&str, &str)]` (and optionally `DE` / `EN`). Registering
//! a catalog is one line in [`CATALOGS`]:
//!
//! ```ignore
//! //! Catalog::new(login::IT, &[], &[]),
//! ```
//!
//! Italian is the default and the fallback: a key missing in German or
//! English is shown in Italian; a key missing everywhere is shown as-is
//! (so a typo is visible on screen, not silently blank).
//!
//! The language is a context signal ([`use_lang`]); changing it with
//! [`set_lang`] stores the choice in `localStorage` (`pin-inps.lang`) and
//! reloads the page, so [`t`] itself never needs to be reactive. Forms survive
//! the reload through session storage.

mod backoffice;
mod common;
mod lifecycle;
mod my_inps;
mod request;
mod services;
mod simulator;

use leptos::prelude::*;

/// One area's strings in each language (empty slice = not translated yet).
pub struct Catalog {
    pub it: &'static [(&'static str, &'static str)],
    pub de: &'static [(&'static str, &'static str)],
    pub en: &'static [(&'static str, &'static str)],
}

impl Catalog {
    pub const fn new(
        it: &'static [(&'static str, &'static str)],
        de: &'static [(&'static str, &'static str)],
        en: &'static [(&'static str, &'static str)],
    ) -> Self {
        Self { it, de, en }
    }
}

/// All registered catalogs: one line per procedure (named as its module in
/// `pages`; its keys start with that name, e.g. `backoffice.*`).
const CATALOGS: &[Catalog] = &[
    Catalog::new(common::IT, common::DE, common::EN),
    Catalog::new(request::IT, &[], &[]),
    Catalog::new(my_inps::IT, &[], &[]),
    Catalog::new(lifecycle::IT, &[], &[]),
    Catalog::new(services::IT, &[], &[]),
    Catalog::new(simulator::IT, &[], &[]),
    Catalog::new(backoffice::IT, &[], &[]),
];

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    It,
    De,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::It, Lang::De, Lang::En];

    /// BCP 47 tag, for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::It => "it",
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag {
            "it" => Some(Lang::It),
            "de" => Some(Lang::De),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language's own name, as shown in the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::It => "Italiano",
            Lang::De => "Deutsch",
            Lang::En => "English",
        }
    }
}

const LANG_STORAGE_KEY: &str = "pin-inps.lang";

thread_local! {
    static CURRENT: std::cell::Cell<Lang> = std::cell::Cell::new(stored_lang());
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn stored_lang() -> Lang {
    local_storage()
        .and_then(|s| s.get_item(LANG_STORAGE_KEY).ok().flatten())
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default()
}

/// The current language (not reactive: a change reloads the page).
pub fn lang() -> Lang {
    CURRENT.with(|c| c.get())
}

/// Provides the `RwSignal<Lang>` context and sets `<html lang>`. Call once at the root.
pub fn provide_lang() {
    let current = lang();
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("lang", current.tag());
    }
    provide_context(RwSignal::new(current));
}

/// The language context signal.
pub fn use_lang() -> RwSignal<Lang> {
    use_context::<RwSignal<Lang>>().unwrap_or_else(|| RwSignal::new(lang()))
}

/// Switches language: remembers it and reloads the page.
pub fn set_lang(new: Lang) {
    if new == lang() {
        return;
    }
    if let Some(s) = local_storage() {
        let _ = s.set_item(LANG_STORAGE_KEY, new.tag());
    }
    CURRENT.with(|c| c.set(new));
    use_lang().set(new);
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

fn find(
    key: &str,
    pick: fn(&Catalog) -> &'static [(&'static str, &'static str)],
) -> Option<&'static str> {
    CATALOGS
        .iter()
        .flat_map(|c| pick(c).iter())
        .find(|(k, _)| *k == key)
        .map(|(_, v)| *v)
}

/// Looks `key` up in the current language, falling back to Italian, then to the key.
pub fn t(key: &'static str) -> &'static str {
    lookup(lang(), key).unwrap_or(key)
}

/// Like [`t`] for a key only known at run time (e.g. an API field path);
/// `None` when no catalog has it.
pub fn t_opt(key: &str) -> Option<&'static str> {
    lookup(lang(), key)
}

fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    let localized = match lang {
        Lang::It => None,
        Lang::De => find(key, |c| c.de),
        Lang::En => find(key, |c| c.en),
    };
    localized.or_else(|| find(key, |c| c.it))
}

/// [`t`] with `{name}` placeholders replaced: `tf("request.already_assigned", &[("cf", cf)])`.
pub fn tf(key: &'static str, args: &[(&str, &str)]) -> String {
    let mut out = t(key).to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_duplicate_keys_within_a_language() {
        for pick in [
            (|c: &Catalog| c.it) as fn(&Catalog) -> &'static [(&'static str, &'static str)],
            |c: &Catalog| c.de,
            |c: &Catalog| c.en,
        ] {
            let mut keys: Vec<&str> = CATALOGS
                .iter()
                .flat_map(|c| pick(c).iter().map(|(k, _)| *k))
                .collect();
            let n = keys.len();
            keys.sort_unstable();
            keys.dedup();
            assert_eq!(n, keys.len(), "duplicate i18n key");
        }
    }

    /// Every key written in the app's code (`"<catalog>.<...>"` literals) is
    /// in a catalog: a missing one would show on screen as the key itself.
    #[test]
    fn every_key_in_the_code_is_in_a_catalog() {
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
        let prefixes: std::collections::HashSet<&str> = CATALOGS
            .iter()
            .flat_map(|c| c.it.iter().filter_map(|(k, _)| k.split('.').next()))
            .collect();
        let mut missing = Vec::new();
        for file in files.iter().filter(|f| !f.starts_with(root.join("i18n"))) {
            let text = std::fs::read_to_string(file).unwrap();
            for literal in text.split('"').skip(1).step_by(2) {
                let is_key = literal.contains('.')
                    && literal
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c))
                    && literal
                        .split('.')
                        .next()
                        .is_some_and(|p| prefixes.contains(p));
                if is_key && lookup(Lang::It, literal).is_none() {
                    missing.push(format!("{}: {literal}", file.display()));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "keys missing from the catalogs: {missing:#?}"
        );
    }

    #[test]
    fn german_falls_back_to_italian() {
        assert_eq!(lookup(Lang::De, "common.next"), Some("Weiter"));
        assert_eq!(
            lookup(Lang::De, "request.title"),
            lookup(Lang::It, "request.title")
        );
        assert_eq!(lookup(Lang::It, "no.such.key"), None);
    }
}
