//! The registered catalogs and the look-up.
//!
//! Italian, the default language, is compiled into the main module so that
//! the first page paints at once. The German and the English tables are two
//! lazy functions (`#[leptos::lazy]`): the post-link step of
//! `scripts/build-app.sh` moves each, with every text it holds, into its own
//! wasm chunk (`split_i18n_de_*.wasm`, `split_i18n_en_*.wasm`), which
//! [`load`] fetches before the app mounts when that language is chosen.

use std::cell::Cell;

use super::lang::{lang, Lang};

/// One catalog's strings in one language: `(key, text)` pairs.
pub type Table = &'static [(&'static str, &'static str)];

/// One area's strings in each language (the tests check them side by side).
#[cfg(test)]
pub struct Catalog {
    pub it: Table,
    pub de: Table,
    pub en: Table,
}

macro_rules! catalogs {
    ($($name:ident),* $(,)?) => {
        /// Italian: in the main module.
        const IT: &[Table] = &[$(super::$name::IT),*];

        /// German: a lazy chunk of its own.
        #[leptos::lazy(i18n_de)]
        fn de_tables() -> &'static [Table] {
            &[$(super::$name::DE),*]
        }

        /// English: a lazy chunk of its own.
        #[leptos::lazy(i18n_en)]
        fn en_tables() -> &'static [Table] {
            &[$(super::$name::EN),*]
        }

        // The host tests read every language directly.
        #[cfg(test)]
        const DE: &[Table] = &[$(super::$name::DE),*];
        #[cfg(test)]
        const EN: &[Table] = &[$(super::$name::EN),*];
        #[cfg(test)]
        pub const CATALOGS: &[Catalog] = &[
            $(Catalog { it: super::$name::IT, de: super::$name::DE, en: super::$name::EN }),*
        ];
    };
}

// All registered catalogs: one name per procedure (named as its module in
// `pages`; its keys start with that name, e.g. `backoffice.*`).
catalogs![
    common,
    request,
    my_inps,
    lifecycle,
    services,
    simulator,
    backoffice,
    messages,
    contact_center,
    sede,
    help,
    trainer,
];

thread_local! {
    /// The German or English tables once [`load`] has fetched them.
    static LOADED: Cell<Option<(Lang, &'static [Table])>> = const { Cell::new(None) };
}

/// Fetches the current language's tables (nothing to do for Italian).
/// The app mounts after it, so [`super::t`] never sees a missing table.
pub async fn load() {
    let lang = lang();
    if is_loaded() {
        return;
    }
    let tables = match lang {
        Lang::It => IT,
        Lang::De => de_tables().await,
        Lang::En => en_tables().await,
    };
    LOADED.with(|l| l.set(Some((lang, tables))));
}

/// Whether the current language's tables are at hand.
pub fn is_loaded() -> bool {
    let lang = lang();
    lang == Lang::It || LOADED.with(|l| l.get()).is_some_and(|(l, _)| l == lang)
}

#[cfg(not(test))]
fn tables(lang: Lang) -> &'static [Table] {
    match lang {
        Lang::It => IT,
        _ => LOADED
            .with(|l| l.get())
            .filter(|(l, _)| *l == lang)
            .map_or(&[], |(_, t)| t),
    }
}

#[cfg(test)]
fn tables(lang: Lang) -> &'static [Table] {
    let _ = (de_tables, en_tables, LOADED.with(|l| l.get()));
    match lang {
        Lang::It => IT,
        Lang::De => DE,
        Lang::En => EN,
    }
}

/// `key`'s text in `lang`; `None` when no catalog of that language has it.
pub fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    tables(lang)
        .iter()
        .flat_map(|t| t.iter())
        .find(|(k, _)| *k == key)
        .map(|(_, v)| *v)
}
