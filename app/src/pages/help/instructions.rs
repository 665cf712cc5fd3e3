//! `/istruzioni-accesso`: how to sign in (PIN, SPID, CIE, CNS).
//!
//! data-testid: help-instructions

use leptos::prelude::*;
use leptos_router::components::A;

use super::HelpLinks;
use crate::i18n::t;

#[component]
pub fn Instructions() -> impl IntoView {
    view! {
        <section class="page page-help" aria-labelledby="help-title">
            <h1 id="help-title" data-testid="help-instructions">{t("help.instructions.title")}</h1>
            <p>{t("help.instructions.intro")}</p>
            <ol class="help-steps">
                <li>{t("help.instructions.step1")}</li>
                <li>{t("help.instructions.step2")}</li>
                <li>{t("help.instructions.step3")}</li>
                <li>{t("help.instructions.step4")}</li>
            </ol>
            <h2>{t("help.instructions.other_title")}</h2>
            <p>{t("help.instructions.other")}</p>
            <h2>{t("help.instructions.no_pin_title")}</h2>
            <p>{t("help.instructions.no_pin")}</p>
            <p class="help-actions">
                <A href="/accedi" attr:class="btn btn-primary">{t("help.instructions.login")}</A>
                <A href="/gestisci-pin" attr:class="btn btn-outline-primary">{t("help.manage.title")}</A>
                <A href="/pin-smarrito" attr:class="btn btn-outline-primary">{t("help.lost.title")}</A>
            </p>
            <HelpLinks />
        </section>
    }
}
