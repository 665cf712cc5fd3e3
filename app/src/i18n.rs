//! Translation catalogs.
//!
//! Every user-visible string goes through [`t`] (or [`tf`] for strings with
//! `{placeholders}`). Catalogs live in `i18n/<procedure>.rs`, one per
//! module of `pages` and named as it (keys `<procedure>.<page or part>.*`;
//! `common.*` for the shell and `components`), each exporting
//! `pub const IT`, `DE` and `EN` tables of `(key, text)`. Registering a
//! catalog is one name in the `catalogs![...]` list of `i18n/registry.rs`
//! (and its `mod` line here).
//!
//! Every catalog has all three tables, with the same keys and the same
//! `{placeholders}` in each: the host tests (`i18n/tests.rs`, `cargo test -p app`) fail
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
//! the reload through session storage. German and English are lazy wasm
//! chunks: `main.rs` awaits [`load`] before mounting the app.
//!
//! Files by job: `lang.rs` (the current language), `registry.rs` (the
//! catalog list, the lazy German/English tables, the look-up), `rules.rs`
//! (the shared rules' messages), `tests.rs` (the catalog checks); every
//! other file in `i18n/` is one catalog.

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
mod trainer;

mod lang;
mod registry;
mod rules;
#[cfg(test)]
mod tests;

pub use lang::{lang, provide_lang, set_lang, use_lang, Lang};
pub use registry::{is_loaded, it, load, register_it};
pub use rules::localize;

use registry::lookup;

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

/// [`t`] with `{name}` placeholders replaced: `tf("request.already_assigned", &[("cf", cf)])`.
pub fn tf(key: &'static str, args: &[(&str, &str)]) -> String {
    let mut out = t(key).to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}
