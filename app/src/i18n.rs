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
//! Every catalog has all three tables, with the same keys and the same
//! `{placeholders}` in each: the host tests below (`cargo test -p app`) fail
//! on a key used in the code but not defined, a key defined but not used, a
//! key missing in one language and a placeholder that differs between
//! languages. There is no fallback between languages; a key missing
//! everywhere is shown as-is (so a typo is visible on screen, not silently
//! blank). Keys built at run time (`t_opt(&format!("request.label.{path}"))`)
//! count as used through their literal prefix. Terms: `docs/glossary.md`.
//!
//! The language is a context signal ([`use_lang`]); changing it with
//! [`set_lang`] stores the choice in `localStorage` (`pin-inps.lang`) and
//! reloads the page, so [`t`] itself never needs to be reactive. Forms survive
//! the reload through session storage.

mod backoffice;
mod common;
mod contact_center;
mod help;
mod lifecycle;
mod messages;
mod my_inps;
mod request;
mod sede;
mod services;
mod simulator;

use leptos::prelude::*;

/// One area's strings in each language.
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
    Catalog::new(request::IT, request::DE, request::EN),
    Catalog::new(my_inps::IT, my_inps::DE, my_inps::EN),
    Catalog::new(lifecycle::IT, lifecycle::DE, lifecycle::EN),
    Catalog::new(services::IT, services::DE, services::EN),
    Catalog::new(simulator::IT, simulator::DE, simulator::EN),
    Catalog::new(backoffice::IT, backoffice::DE, backoffice::EN),
    Catalog::new(messages::IT, messages::DE, messages::EN),
    Catalog::new(contact_center::IT, contact_center::DE, contact_center::EN),
    Catalog::new(sede::IT, sede::DE, sede::EN),
    Catalog::new(help::IT, help::DE, help::EN),
];

/// The shared rules' messages the browser shows, by their key in `messages`.
const DOMAIN_MESSAGES: &[(&str, &str)] = &[
    (domain::codice_fiscale::MSG_LENGTH, "messages.cf_length"),
    (domain::codice_fiscale::MSG_SYNTAX, "messages.cf_syntax"),
    (domain::codice_fiscale::MSG_MONTH, "messages.cf_month"),
    (domain::codice_fiscale::MSG_DAY, "messages.cf_day"),
    (domain::codice_fiscale::MSG_DATE, "messages.cf_date"),
    (
        domain::codice_fiscale::MSG_CHECK_CHARACTER,
        "messages.cf_check_character",
    ),
    (
        domain::codice_fiscale::MSG_BIRTHPLACE_UNKNOWN,
        "messages.cf_birthplace_unknown",
    ),
    (
        domain::codice_fiscale::MSG_BIRTHPLACE_DATE,
        "messages.cf_birthplace_date",
    ),
    (domain::codice_fiscale::MSG_CENTURY, "messages.cf_century"),
    (domain::dispositivo::MSG_IBAN, "messages.iban"),
    (domain::dispositivo::MSG_CATEGORY, "messages.category"),
    (
        domain::dispositivo::MSG_DATE_NOT_FUTURE,
        "messages.date_not_future",
    ),
    (domain::dispositivo::MSG_CHILD_CF, "messages.child_cf"),
    (domain::dispositivo::MSG_PERIOD, "messages.period"),
    (domain::dispositivo::MSG_MEMBERS, "messages.members"),
    (domain::dispositivo::MSG_INCOME, "messages.income"),
    (domain::dispositivo::MSG_KIND, "messages.kind"),
    (domain::dispositivo::MSG_REASON, "messages.reason"),
    (domain::dispositivo::MSG_DOC_TYPE, "messages.doc_type"),
    (domain::dispositivo::MSG_ISSUER, "messages.issuer"),
    (
        domain::dispositivo::MSG_ISSUED_FUTURE,
        "messages.issued_future",
    ),
    (domain::dispositivo::MSG_EXPIRED, "messages.expired"),
    (
        domain::dispositivo::MSG_EXPIRY_BEFORE_ISSUE,
        "messages.expiry_before_issue",
    ),
    (domain::pin::MSG_TS_NUMBER, "messages.ts_number"),
    (domain::pin::MSG_TS_EXPIRY, "messages.ts_expiry"),
    (domain::pin::MSG_CF, "messages.cf_invalid"),
    (domain::pin::MSG_FIRST_HALF, "messages.first_half"),
    (domain::pin::MSG_TWO_CONTACTS, "messages.two_contacts"),
    (domain::pin::MSG_MOBILE_REQUIRED, "messages.mobile_required"),
    (domain::request::MSG_REQUIRED, "messages.required"),
    (domain::request::MSG_DATE_FORMAT, "messages.date_format"),
    (
        domain::request::MSG_DATE_NOT_EXIST,
        "messages.date_not_exist",
    ),
    (domain::request::MSG_TEXT_TOO_LONG, "messages.text_too_long"),
    (
        domain::request::MSG_CIVIC_TOO_LONG,
        "messages.civic_too_long",
    ),
    (domain::request::MSG_NAME_TOO_LONG, "messages.name_too_long"),
    (domain::request::MSG_TEXT_CHARS, "messages.text_chars"),
    (domain::request::MSG_DATE_FUTURE, "messages.date_future"),
    (domain::request::MSG_DATE_TOO_OLD, "messages.date_too_old"),
    (domain::request::MSG_SEX, "messages.sex"),
    (domain::request::MSG_NAME_CHARS, "messages.name_chars"),
    (domain::request::MSG_BIRTHPLACE, "messages.birthplace"),
    (domain::request::MSG_CAP, "messages.cap"),
    (domain::request::MSG_PROVINCE, "messages.province"),
    (domain::request::MSG_COUNTRY, "messages.country"),
    (
        domain::request::MSG_PHONE_REQUIRED,
        "messages.phone_required",
    ),
    (
        domain::request::MSG_EMAIL_REQUIRED,
        "messages.email_required",
    ),
    (domain::request::MSG_PHONE_PREFIX, "messages.phone_prefix"),
    (domain::request::MSG_PHONE_FORMAT, "messages.phone_format"),
    (
        domain::request::MSG_MOBILE_ITALIAN,
        "messages.mobile_italian",
    ),
    (domain::request::MSG_EMAIL_FORMAT, "messages.email_format"),
    (domain::request::MSG_PEC_FORMAT, "messages.pec_format"),
    (
        domain::request::MSG_PREFERRED_PHONE,
        "messages.preferred_phone",
    ),
    (
        domain::request::MSG_PREFERRED_TIME,
        "messages.preferred_time",
    ),
    (domain::upload::MSG_MISSING, "messages.upload_missing"),
    (domain::upload::MSG_EMPTY, "messages.upload_empty"),
    (domain::upload::MSG_TOO_LARGE, "messages.upload_too_large"),
    (domain::upload::MSG_TYPE, "messages.upload_type"),
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

/// Looks `key` up in the current language; an unknown key is shown as itself.
pub fn t(key: &'static str) -> &'static str {
    lookup(lang(), key).unwrap_or(key)
}

/// Like [`t`] for a key only known at run time (e.g. an API field path);
/// `None` when no catalog has it.
pub fn t_opt(key: &str) -> Option<&'static str> {
    lookup(lang(), key)
}

/// The catalog's text for `key`, or `fallback` (the server's Italian label
/// of a value this build does not know yet).
pub fn t_or(key: &str, fallback: &str) -> String {
    t_opt(key).map_or_else(|| fallback.to_owned(), str::to_owned)
}

fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    match lang {
        Lang::It => find(key, |c| c.it),
        Lang::De => find(key, |c| c.de),
        Lang::En => find(key, |c| c.en),
    }
}

/// [`t`] with `{name}` placeholders replaced: `tf("request.already_assigned", &[("cf", cf)])`.
pub fn tf(key: &'static str, args: &[(&str, &str)]) -> String {
    let mut out = t(key).to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// A message of the shared rules (`domain`, Italian) in the current
/// language; any other text (e.g. a server message already translated) as is.
pub fn localize(message: &str) -> String {
    if lang() == Lang::It {
        return message.to_string();
    }
    localize_in(lang(), message)
}

fn localize_in(lang: Lang, message: &str) -> String {
    DOMAIN_MESSAGES
        .iter()
        .find(|(it, _)| *it == message)
        .and_then(|(_, key)| lookup(lang, key))
        .unwrap_or(message)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeSet, HashSet};

    type Table = &'static [(&'static str, &'static str)];
    type Pick = fn(&Catalog) -> Table;

    fn tables() -> [(Lang, Pick); 3] {
        [
            (Lang::It, |c: &Catalog| c.it),
            (Lang::De, |c: &Catalog| c.de),
            (Lang::En, |c: &Catalog| c.en),
        ]
    }

    fn keys(pick: Pick) -> BTreeSet<&'static str> {
        CATALOGS
            .iter()
            .flat_map(|c| pick(c).iter().map(|(k, _)| *k))
            .collect()
    }

    /// The string literals of every source file outside `i18n/`.
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
        for file in files.iter().filter(|f| !f.starts_with(root.join("i18n"))) {
            let text = std::fs::read_to_string(file).unwrap();
            for literal in text.split('"').skip(1).step_by(2) {
                out.push((file.display().to_string(), literal.to_string()));
            }
        }
        out
    }

    fn prefixes() -> HashSet<&'static str> {
        keys(|c| c.it)
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
                .flat_map(|c| pick(c).iter().map(|(k, _)| *k))
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
                if head.ends_with('.')
                    && (looks_like_key(stem, &prefixes) || prefixes.contains(stem))
                {
                    dynamic.push(head.to_string());
                }
            } else if looks_like_key(&literal, &prefixes) {
                used.insert(literal);
            }
        }
        let dead: Vec<&str> = keys(|c| c.it)
            .into_iter()
            .filter(|k| !used.contains(*k) && !dynamic.iter().any(|d| k.starts_with(d.as_str())))
            .collect();
        assert!(dead.is_empty(), "keys no code uses: {dead:#?}");
    }

    /// Italian, German and English have the same keys: no fallback.
    #[test]
    fn every_key_is_in_every_language() {
        let it = keys(|c| c.it);
        for (lang, pick) in tables() {
            let other = keys(pick);
            let missing: Vec<_> = it.difference(&other).collect();
            let extra: Vec<_> = other.difference(&it).collect();
            assert!(missing.is_empty(), "keys missing in {lang:?}: {missing:#?}");
            assert!(extra.is_empty(), "keys only in {lang:?}: {extra:#?}");
        }
        // Each catalog has its three tables (not one catalog's keys in another).
        for c in CATALOGS {
            let it: BTreeSet<_> = c.it.iter().map(|(k, _)| *k).collect();
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
        for key in keys(|c| c.it) {
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
}
