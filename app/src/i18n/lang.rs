//! The current language: remembered in `localStorage` (`pin-inps.lang`),
//! provided as a context signal; a change reloads the page.

use leptos::prelude::*;

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
