//! "Ripristina PIN" (placeholder until the lifecycle issue).
//!
//! data-testid: restore-title, restore-home

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::alert::{Alert, AlertKind};
use crate::i18n::t;

#[component]
pub fn Restore() -> impl IntoView {
    view! {
        <h1 data-testid="restore-title">{t("restore.title")}</h1>
        <Alert kind=AlertKind::Info testid="restore-placeholder">
            <p>{t("restore.text")}</p>
        </Alert>
        <p><A href="/" attr:data-testid="restore-home">{t("common.home_link")}</A></p>
    }
}
