//! `/il-pin-online`: what the PIN is, how to get it and manage it.
//!
//! data-testid: help-pin-online

use leptos::prelude::*;
use leptos_router::components::A;

use super::HelpLinks;
use crate::i18n::t;

#[component]
pub fn PinOnline() -> impl IntoView {
    view! {
        <section class="page page-help" aria-labelledby="help-title">
            <h1 id="help-title" data-testid="help-pin-online">{t("help.pin_online.title")}</h1>
            <p class="lead">{t("help.pin_online.lead")}</p>
            <h2>{t("help.pin_online.get_title")}</h2>
            <p>{t("help.pin.what")}</p>
            <p>{t("help.pin.halves")}</p>
            <p>{t("help.pin.first_use")}</p>
            <p><A href="/richiedi-pin">{t("help.manage.request")}</A></p>
            <h2>{t("help.pin_online.kinds_title")}</h2>
            <p>{t("help.pin_online.ordinary")}</p>
            <p>{t("help.pin_online.dispositivo")}</p>
            <p><A href="/converti-pin">{t("help.manage.convert")}</A></p>
            <h2>{t("help.pin_online.manage_title")}</h2>
            <ul>
                <li><A href="/cambia-pin">{t("help.pin_online.change")}</A></li>
                <li><A href="/attiva-pin">{t("help.pin_online.activate")}</A></li>
                <li><A href="/ripristina-pin">{t("help.lost.restore")}</A></li>
                <li><A href="/revoca-pin">{t("help.lost.revoke")}</A></li>
                <li><A href="/myinps/recapiti">{t("help.pin_online.contacts")}</A></li>
            </ul>
            <p>{t("help.pin.spid")}</p>
            <HelpLinks />
        </section>
    }
}
