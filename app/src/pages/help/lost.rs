//! `/pin-smarrito`: "Hai smarrito il tuo PIN?", the options page of the
//! seeds: RIPRISTINA PIN / REVOCA PIN.
//!
//! data-testid: help-lost, lost-restore, lost-revoke

use leptos::prelude::*;
use leptos_router::components::A;

use super::HelpLinks;
use crate::i18n::t;

#[component]
pub fn Lost() -> impl IntoView {
    view! {
        <section class="page page-help" aria-labelledby="help-title">
            <h1 id="help-title" data-testid="help-lost">{t("help.lost.title")}</h1>
            <div class="help-options">
                <section class="help-option" aria-labelledby="lost-restore-h">
                    <h2 id="lost-restore-h">{t("help.lost.restore")}</h2>
                    <p>{t("help.lost.restore_text")}</p>
                    <A href="/ripristina-pin" attr:class="btn btn-primary" attr:data-testid="lost-restore">
                        {t("help.lost.restore")}
                    </A>
                </section>
                <section class="help-option" aria-labelledby="lost-revoke-h">
                    <h2 id="lost-revoke-h">{t("help.lost.revoke")}</h2>
                    <p>{t("help.lost.revoke_text")}</p>
                    <A href="/revoca-pin" attr:class="btn btn-primary" attr:data-testid="lost-revoke">
                        {t("help.lost.revoke")}
                    </A>
                </section>
            </div>
            <p>{t("help.lost.activate_text")}" "<A href="/attiva-pin">{t("help.pin_online.activate")}</A></p>
            <HelpLinks />
        </section>
    }
}
