//! `/gestisci-pin`: "Richiedi e gestisci il tuo PIN", the options page of the
//! seeds: RICHIEDI PIN / VUOI IL PIN DISPOSITIVO? / HAI SMARRITO IL PIN?
//!
//! data-testid: help-manage, manage-request, manage-convert, manage-lost

use leptos::prelude::*;
use leptos_router::components::A;

use super::HelpLinks;
use crate::i18n::t;

#[component]
pub fn Manage() -> impl IntoView {
    view! {
        <section class="page page-help" aria-labelledby="help-title">
            <h1 id="help-title" data-testid="help-manage">{t("help.manage.title")}</h1>
            <p>{t("help.manage.consult")}</p>
            <div class="help-options">
                <section class="help-option" aria-labelledby="manage-request-h">
                    <h2 id="manage-request-h">{t("help.manage.need")}</h2>
                    <A href="/richiedi-pin" attr:class="btn btn-primary" attr:data-testid="manage-request">
                        {t("help.manage.request")}
                    </A>
                    <p>{t("help.pin.what")}</p>
                    <p>{t("help.pin.halves")}</p>
                    <p>{t("help.pin.first_use")}</p>
                    <p>{t("help.pin.spid")}</p>
                </section>
                <section class="help-option" aria-labelledby="manage-convert-h">
                    <h2 id="manage-convert-h">{t("help.manage.dispositivo")}</h2>
                    <p>{t("help.manage.dispositivo_text")}</p>
                    <A href="/converti-pin" attr:class="btn btn-primary" attr:data-testid="manage-convert">
                        {t("help.manage.convert")}
                    </A>
                </section>
                <section class="help-option" aria-labelledby="manage-lost-h">
                    <h2 id="manage-lost-h">{t("help.manage.lost")}</h2>
                    <p>{t("help.manage.lost_text")}</p>
                    <A href="/pin-smarrito" attr:class="btn btn-primary" attr:data-testid="manage-lost">
                        {t("help.manage.lost")}
                    </A>
                </section>
            </div>
            <HelpLinks />
        </section>
    }
}
