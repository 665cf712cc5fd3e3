//! The registered catalogs and the look-up.
//!
//! Italian, the default language, is compiled in, but split like the
//! pages: the main module holds only the shell's tables (`common`, and
//! `messages` for the shared rules of `rules.rs`), so that the first page
//! paints at once; every other procedure's Italian table is referenced only
//! from its lazy group's `view` (the `lazy_pages!` macro of `main.rs` calls
//! [`register_it`] with [`it::<group>()`](it) before rendering), so the
//! post-link step (wasm-split) moves it into that group's chunk. The few
//! keys a page shows from another procedure's catalog (a link, a status
//! label) are in that catalog's `IT_SHARED` table, which each group using
//! them registers. Registering a table twice keeps one copy.
//!
//! The German and the English tables are two lazy functions
//! (`#[leptos::lazy]`): the post-link step of `scripts/build-app.sh` moves
//! each, with every text it holds, into its own wasm chunk
//! (`split_i18n_de_*.wasm`, `split_i18n_en_*.wasm`), which [`load`] fetches
//! before the app mounts when that language is chosen.

use std::cell::{Cell, RefCell};

use super::lang::{lang, Lang};

/// One catalog's strings in one language: `(key, text)` pairs.
pub type Table = &'static [(&'static str, &'static str)];

/// One area's strings in each language (the tests check them side by side);
/// the Italian may be in several parts (`IT`, `IT_SHARED`).
#[cfg(test)]
pub struct Catalog {
    pub it: &'static [Table],
    pub de: Table,
    pub en: Table,
}

macro_rules! catalogs {
    ($($name:ident [$($part:ident),*]),* $(,)?) => {
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
        const IT_ALL: &[Table] = &[$($(super::$name::$part),*),*];
        #[cfg(test)]
        const DE: &[Table] = &[$(super::$name::DE),*];
        #[cfg(test)]
        const EN: &[Table] = &[$(super::$name::EN),*];
        #[cfg(test)]
        pub const CATALOGS: &[Catalog] = &[
            $(Catalog { it: &[$(super::$name::$part),*], de: super::$name::DE, en: super::$name::EN }),*
        ];
    };
}

// All registered catalogs: one name per procedure (named as its module in
// `pages`; its keys start with that name, e.g. `backoffice.*`), with the
// parts of its Italian table.
catalogs![
    common[IT],
    request[IT, IT_SHARED],
    my_inps[IT, IT_SHARED],
    lifecycle[IT, IT_SHARED],
    services[IT, IT_SHARED],
    simulator[IT],
    backoffice[IT],
    messages[IT],
    contact_center[IT, IT_SHARED],
    sede[IT, IT_SHARED],
    help[IT, IT_SHARED],
    trainer[IT],
];

/// Italian in the main module: the shell and the shared rules' messages.
const IT_MAIN: &[Table] = &[super::common::IT, super::messages::IT];

macro_rules! groups {
    ($($group:ident => [$($catalog:ident :: $part:ident),*]),* $(,)?) => {
        /// Each lazy group's Italian tables (beyond [`IT_MAIN`]), named as
        /// the groups of `lazy_pages!` in `main.rs`. Call only from inside
        /// the group's lazy function, so that the tables land in its chunk.
        pub mod it {
            use super::Table;
            $(
                pub fn $group() -> &'static [Table] {
                    &[$(super::super::$catalog::$part),*]
                }
            )*
        }

        /// The groups by name (the tests check each covers its pages).
        #[cfg(test)]
        pub const GROUPS: &[(&str, fn() -> &'static [Table])] = &[$((stringify!($group), it::$group)),*];
    };
}

groups! {
    request => [request::IT, request::IT_SHARED],
    login => [my_inps::IT, my_inps::IT_SHARED, services::IT_SHARED, lifecycle::IT_SHARED, help::IT_SHARED],
    my_inps => [my_inps::IT, my_inps::IT_SHARED, services::IT_SHARED, lifecycle::IT_SHARED, help::IT_SHARED],
    lifecycle => [lifecycle::IT, lifecycle::IT_SHARED],
    services => [services::IT, services::IT_SHARED],
    convert => [services::IT, services::IT_SHARED],
    simulator => [simulator::IT, request::IT_SHARED, services::IT_SHARED],
    backoffice => [backoffice::IT, services::IT_SHARED, contact_center::IT_SHARED, sede::IT_SHARED],
    contact_center => [contact_center::IT, contact_center::IT_SHARED, request::IT_SHARED, help::IT_SHARED],
    sede => [sede::IT, sede::IT_SHARED],
    trainer => [trainer::IT, my_inps::IT_SHARED],
    help => [help::IT, help::IT_SHARED],
    assistant => [help::IT, help::IT_SHARED],
}

thread_local! {
    /// The German or English tables once [`load`] has fetched them.
    static LOADED: Cell<Option<(Lang, &'static [Table])>> = const { Cell::new(None) };
    /// The Italian tables the lazy groups rendered so far have registered.
    static IT_MORE: RefCell<Vec<Table>> = const { RefCell::new(Vec::new()) };
}

/// Adds a lazy group's Italian tables to the look-up (a table already
/// registered is skipped).
pub fn register_it(tables: &'static [Table]) {
    IT_MORE.with_borrow_mut(|more| {
        for table in tables {
            if !more.iter().any(|t| std::ptr::eq(*t, *table)) {
                more.push(table);
            }
        }
    });
}

/// Fetches the current language's tables (nothing to do for Italian).
/// The app mounts after it, so [`super::t`] never sees a missing table.
pub async fn load() {
    let lang = lang();
    if is_loaded() {
        return;
    }
    let tables = match lang {
        Lang::It => IT_MAIN,
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

fn find(tables: &[Table], key: &str) -> Option<&'static str> {
    tables
        .iter()
        .flat_map(|t| t.iter())
        .find(|(k, _)| *k == key)
        .map(|(_, v)| *v)
}

/// `key`'s text in `lang`; `None` when no catalog of that language has it
/// (for Italian: none of the main module's and the registered tables).
#[cfg(not(test))]
pub fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    match lang {
        Lang::It => find(IT_MAIN, key).or_else(|| IT_MORE.with_borrow(|more| find(more, key))),
        _ => LOADED
            .with(|l| l.get())
            .filter(|(l, _)| *l == lang)
            .and_then(|(_, t)| find(t, key)),
    }
}

/// In the host tests every table of every language is at hand.
#[cfg(test)]
pub fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    let _ = (
        de_tables,
        en_tables,
        LOADED.with(|l| l.get()),
        IT_MORE.with_borrow(|m| m.len()),
    );
    match lang {
        Lang::It => find(IT_ALL, key),
        Lang::De => find(DE, key),
        Lang::En => find(EN, key),
    }
}

/// `key`'s Italian text as a page of the lazy group `tables` sees it
/// (the main module's tables, then the group's).
#[cfg(test)]
pub fn lookup_it_in_group(tables: &[Table], key: &str) -> Option<&'static str> {
    find(IT_MAIN, key).or_else(|| find(tables, key))
}
