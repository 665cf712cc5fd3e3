//! `/supporto-tecnico`: contact center numbers and hours, and what to do
//! when the first half of the PIN has not arrived within 12 hours.
//!
//! data-testid: help-support, help-support-landline, help-support-mobile,
//! help-support-hours

use leptos::prelude::*;
use leptos_router::components::A;

use super::HelpLinks;
use crate::i18n::t;

#[component]
pub fn Support() -> impl IntoView {
    view! {
        <section class="page page-help" aria-labelledby="help-title">
            <h1 id="help-title" data-testid="help-support">{t("help.support.title")}</h1>
            <p>{t("help.support.intro")}</p>
            <h2>{t("help.support.numbers_title")}</h2>
            <ul class="help-numbers">
                <li data-testid="help-support-landline">
                    <a href="tel:803164">"803 164"</a>" "{t("help.support.landline")}
                </li>
                <li data-testid="help-support-mobile">
                    <a href="tel:06164164">"06 164 164"</a>" "{t("help.support.mobile")}
                </li>
            </ul>
            <h2>{t("help.support.hours_title")}</h2>
            <ul data-testid="help-support-hours">
                <li>{t("help.support.hours_week")}</li>
                <li>{t("help.support.hours_sat")}</li>
            </ul>
            <h2>{t("help.support.half1_title")}</h2>
            <p>{t("help.support.half1")}</p>
            <h2>{t("help.support.half2_title")}</h2>
            <p>{t("help.support.half2")}</p>
            <p>
                <A href="/assistente-virtuale" attr:class="btn btn-outline-primary">
                    {t("help.support.ask_assistant")}
                </A>
            </p>
            <HelpLinks />
        </section>
    }
}
