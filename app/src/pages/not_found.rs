//! Fallback for unknown addresses.
//!
//! data-testid: not-found, not-found-home

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::t;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <h1 data-testid="not-found">{t("not_found.title")}</h1>
        <p>{t("not_found.text")}</p>
        <p><A href="/" attr:data-testid="not-found-home">{t("common.home_link")}</A></p>
    }
}
