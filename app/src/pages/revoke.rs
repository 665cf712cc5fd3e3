//! "Revoca PIN" (placeholder until the lifecycle issue).
//!
//! data-testid: revoke-title, revoke-home

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::alert::{Alert, AlertKind};
use crate::i18n::t;

#[component]
pub fn Revoke() -> impl IntoView {
    view! {
        <h1 data-testid="revoke-title">{t("revoke.title")}</h1>
        <Alert kind=AlertKind::Info testid="revoke-placeholder">
            <p>{t("revoke.text")}</p>
        </Alert>
        <p><A href="/" attr:data-testid="revoke-home">{t("common.home_link")}</A></p>
    }
}
