//! `/in-deutscher-sprache`: the German entry page the seeds link. Its body
//! is German in every language (marked `lang="de"`), with a button that
//! switches the whole portal to German.
//!
//! data-testid: help-german, help-german-switch

use leptos::prelude::*;
use leptos_router::components::A;

use super::HelpLinks;
use crate::i18n::{set_lang, t, use_lang, Lang};

#[component]
pub fn German() -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="page page-help" aria-labelledby="help-title" lang="de">
            <h1 id="help-title" data-testid="help-german">{t("help.german.title")}</h1>
            <p class="lead">{t("help.german.lead")}</p>
            <p>{t("help.german.body")}</p>
            <Show when=move || lang.get() != Lang::De>
                <p>
                    <button
                        type="button"
                        class="btn btn-primary"
                        data-testid="help-german-switch"
                        on:click=move |_| set_lang(Lang::De)
                    >
                        {t("help.german.switch")}
                    </button>
                </p>
            </Show>
            <ul>
                <li><A href="/richiedi-pin">{t("help.german.request")}</A></li>
                <li><A href="/pin-smarrito">{t("help.german.lost")}</A></li>
                <li><A href="/converti-pin">{t("help.german.convert")}</A></li>
                <li><A href="/supporto-tecnico">{t("help.german.support")}</A></li>
            </ul>
        </section>
        <HelpLinks />
    }
}
