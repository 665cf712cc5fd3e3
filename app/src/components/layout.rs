//! Page shell: skip link, simulation notice, header (brand, simulated date,
//! language, menu), main landmark, footer.
//!
//! data-testid: skip-link, sim-notice, sim-date, lang-select, nav-menu,
//! nav-home, nav-myinps, nav-simulator, brand-home, footer

use crate::format::rome_datetime;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::i18n::{self, t, Lang};
use crate::sim::SimContext;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    i18n::provide_lang();
    let sim = SimContext::new();
    provide_context(sim);
    sim.start();
    // The phone menu (style/app.css): the button opens and closes it; a
    // link chosen in it, any navigation and Escape close it (Escape gives
    // the focus back to the button).
    let menu_open = RwSignal::new(false);
    let menu_button = NodeRef::<leptos::html::Button>::new();
    let pathname = use_location().pathname;
    Effect::new(move |_| {
        pathname.track();
        menu_open.set(false);
    });
    // The shell lives as long as the page: the listener is never removed.
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && menu_open.get_untracked() {
            menu_open.set(false);
            if let Some(b) = menu_button.get_untracked() {
                let _ = b.focus();
            }
        }
    });

    view! {
        <a
            class="skiplink"
            href="#main"
            data-testid="skip-link"
            on:click=|ev| {
                ev.prevent_default();
                super::focus_id("main");
            }
        >{t("common.skip_to_content")}</a>
        <header class="app-header">
            <div class="sim-notice" role="note" data-testid="sim-notice">
                <strong>{t("common.sim_notice")}</strong>
                <span class="sim-notice-detail">" " {t("common.sim_notice_detail")}</span>
            </div>
            <super::world_banner::WorldBanner />
            <div class="app-header-slim">
                <div class="container app-header-slim-content">
                    <span class="app-header-institute">{t("common.brand_full")}</span>
                    <SimDate />
                    <LangSelect />
                </div>
            </div>
            <div class="app-header-center">
                <div class="container app-header-center-content">
                    <A href="/" attr:class="app-brand" attr:data-testid="brand-home" attr:aria-label=t("common.brand_home")>
                        <span class="app-brand-logo" aria-hidden="true">{t("common.brand")}</span>
                        <span class="app-brand-tagline">{t("common.brand_full")}</span>
                    </A>
                    // Phones: the menu folds behind this button (style/app.css).
                    <button type="button" class="app-menu-toggle" data-testid="nav-menu" node_ref=menu_button
                        aria-controls="app-nav" aria-expanded=move || menu_open.get().to_string()
                        on:click=move |_| menu_open.update(|o| *o = !*o)>
                        <span aria-hidden="true">"☰ "</span>{t("common.menu")}
                    </button>
                    // A link chosen (also the page already shown) closes the menu.
                    <nav id="app-nav" class="app-nav" class:app-nav-open=move || menu_open.get()
                        aria-label=t("common.nav_label") on:click=move |_| menu_open.set(false)>
                        <ul>
                            <li><A href="/" exact=true attr:data-testid="nav-home">{t("common.nav_home")}</A></li>
                            <li><A href="/myinps" attr:data-testid="nav-myinps">{t("common.nav_myinps")}</A></li>
                            <li><A href="/simulatore" attr:data-testid="nav-simulator">{t("common.nav_simulator")}</A></li>
                        </ul>
                    </nav>
                </div>
            </div>
        </header>
        <main id="main" class="container app-main" tabindex="-1">
            {children()}
        </main>
        <footer class="app-footer" data-testid="footer">
            <div class="container">
                <p class="app-footer-brand">{t("common.brand")} " · " {t("common.sim_notice")}</p>
                <p>{t("common.footer_about")}</p>
                <p>{t("common.footer_contact")}</p>
                <p>{t("common.footer_data")}</p>
            </div>
        </footer>
    }
}

/// The simulated date, always visible in the header.
#[component]
fn SimDate() -> impl IntoView {
    let sim = crate::sim::use_sim();
    view! {
        <p class="app-sim-date">
            <span class="app-sim-date-label">{t("common.sim_date")} ": "</span>
            {move || match sim.now.get() {
                Some(now) => view! {
                    <time datetime=domain::datetime::instant(now) data-testid="sim-date">{rome_datetime(now)}</time>
                }.into_any(),
                None => view! {
                    <span data-testid="sim-date">{t("common.sim_date_unknown")}</span>
                }.into_any(),
            }}
        </p>
    }
}

#[component]
fn LangSelect() -> impl IntoView {
    let current = i18n::lang();
    view! {
        <div class="app-lang">
            <label for="lang-select">{t("common.lang_label")}</label>
            <select
                id="lang-select"
                data-testid="lang-select"
                on:change=move |ev| {
                    if let Some(l) = Lang::from_tag(&event_target_value(&ev)) {
                        i18n::set_lang(l);
                    }
                }
            >
                {Lang::ALL
                    .iter()
                    .map(|l| {
                        view! {
                            <option value=l.tag() selected=*l == current lang=l.tag()>
                                {l.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
