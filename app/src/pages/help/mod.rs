//! Help, as the portal had it: `/istruzioni-accesso`, `/il-pin-online`,
//! `/supporto-tecnico`, `/in-deutscher-sprache`, the options pages
//! `/gestisci-pin` ("Richiedi e gestisci il tuo PIN") and `/pin-smarrito`
//! ("Hai smarrito il tuo PIN?"), and the FAQ-driven `/assistente-virtuale`
//! (`domain::assistant`, in a lazy group of its own: the FAQ and its
//! matcher are downloaded only by that page). Strings:
//! `i18n/help.rs` (`help.*`); styles: `style/pages/help.css`.

pub mod assistant;
pub mod german;
pub mod instructions;
pub mod lost;
pub mod manage;
pub mod pin_online;
pub mod support;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::t;

/// The row of help links under the login box and on every help page.
#[component]
pub fn HelpLinks() -> impl IntoView {
    view! {
        <nav class="help-links" aria-label=t("help.links_label")>
            <A href="/il-pin-online" attr:data-testid="help-link-pin-online">{t("help.pin_online.title")}</A>
            " | "
            <A href="/in-deutscher-sprache" attr:data-testid="help-link-german">{t("help.german.link")}</A>
            " | "
            <A href="/supporto-tecnico" attr:data-testid="help-link-support">{t("help.support.title")}</A>
            " | "
            <A href="/assistente-virtuale" attr:data-testid="help-link-assistant">{t("help.assistant.title")}</A>
        </nav>
    }
}
