//! Home page, as the portal's "Il PIN online" page.
//!
//! data-testid: home-title, home-myinps, home-request, home-lost,
//! home-restore, home-revoke

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::t;

#[component]
pub fn Home() -> impl IntoView {
    view! {
        <h1 data-testid="home-title">{t("home.title")}</h1>
        <p class="lead">{t("home.lead")}</p>
        <div class="home-actions">
            <section class="home-card" aria-labelledby="home-myinps-h">
                <h2 id="home-myinps-h">{t("home.myinps")}</h2>
                <p>{t("home.myinps_text")}</p>
                <A href="/accedi" attr:class="btn btn-primary" attr:data-testid="home-myinps">
                    {t("home.myinps")}
                </A>
            </section>
            <section class="home-card" aria-labelledby="home-request-h">
                <h2 id="home-request-h">{t("home.request")}</h2>
                <p>{t("home.request_text")}</p>
                <A href="/richiedi-pin" attr:class="btn btn-primary" attr:data-testid="home-request">
                    {t("home.request_pin")}
                </A>
            </section>
            <section class="home-card" aria-labelledby="home-lost-h">
                <h2 id="home-lost-h">{t("home.lost")}</h2>
                <p>{t("home.lost_text")}</p>
                <div class="home-links">
                    <A href="/ripristina-pin" attr:class="btn btn-outline-primary" attr:data-testid="home-lost">
                        {t("home.restore")}
                    </A>
                    <A href="/revoca-pin" attr:class="btn btn-outline-primary" attr:data-testid="home-revoke">
                        {t("home.revoke")}
                    </A>
                </div>
            </section>
        </div>
        <section aria-labelledby="home-kinds-h">
            <h2 id="home-kinds-h">{t("home.kinds_title")}</h2>
            <p>{t("home.initial_pin")}</p>
            <ul>
                <li>{t("home.ordinary")}</li>
                <li>{t("home.dispositivo")}</li>
            </ul>
            <p>{t("home.spid_notice")}</p>
            <h2>{t("home.other_ways_title")}</h2>
            <p>{t("home.other_ways")}</p>
        </section>
    }
}
