//! `/myinps`: the personal home page after login.
//!
//! Test ids: myinps-name, myinps-cf, myinps-pin-type, myinps-pin-desc,
//! myinps-expiry, logout, myinps-not-logged, myinps-login-link, myinps-error.

use domain::api::{Level, Me, PinState};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::api;
use crate::i18n::t;
use crate::sim::rome_time;

/// The PIN type shown to the citizen, from the access level and the PIN state.
fn pin_type_key(level: Level, state: PinState) -> (&'static str, &'static str) {
    match (level, state) {
        (Level::L2, _) | (_, PinState::Dispositivo) => ("access.me.type.l2", "access.me.desc.l2"),
        (Level::L1, _) => ("access.me.type.l1", "access.me.desc.l1"),
        (Level::L0, _) => ("access.me.type.l0", "access.me.desc.l0"),
    }
}

#[component]
pub fn MyInps() -> impl IntoView {
    crate::pages::login::adopt_css("myinps", MYINPS_CSS);
    let me = LocalResource::new(api::me);
    let navigate = use_navigate();
    let logout = Action::new_local(|_: &()| api::logout());
    Effect::new(move |_| {
        // Whatever the answer (also 401: already logged out), go home.
        if logout.value().get().is_some() {
            navigate("/", NavigateOptions::default());
        }
    });

    let content = move || {
        let result = me.get()?;
        Some(match result {
            Ok(me) => view! { <Profile me=me logout=logout /> }.into_any(),
            Err(e) if e.needs_login() => view! {
                <div data-testid="myinps-not-logged">
                    <p class="alert alert-info">{t("access.me.not_logged")}</p>
                    <p>
                        <a href="/accedi" class="btn btn-primary" data-testid="myinps-login-link">
                            {t("access.me.go_login")}
                        </a>
                    </p>
                </div>
            }
            .into_any(),
            Err(e) => view! {
                <div class="alert alert-danger" role="alert" data-testid="myinps-error">
                    <p>{e.message}</p>
                    <p>
                        <a href="/accedi" data-testid="myinps-login-link">
                            {t("access.me.go_login")}
                        </a>
                    </p>
                </div>
            }
            .into_any(),
        })
    };

    view! {
        <section class="page page-myinps" aria-labelledby="myinps-title">
            <h1 id="myinps-title">{t("access.me.title")}</h1>
            <Suspense fallback=|| view! { <p aria-busy="true">{t("access.me.loading")}</p> }>
                {content}
            </Suspense>
        </section>
    }
}

#[component]
fn Profile(me: Me, logout: Action<(), Result<(), domain::api::ApiError>>) -> impl IntoView {
    let (type_key, desc_key) = pin_type_key(me.level, me.pin_state);
    let expiry = me
        .pin_expires_at
        .map(|at| rome_time(at).format("%d/%m/%Y").to_string())
        .unwrap_or_else(|| t("access.me.no_expiry").to_string());
    let pending = logout.pending();
    view! {
        <div class="myinps-card">
            <p class="myinps-subtitle">{t("access.me.subtitle")}</p>
            <p class="myinps-name" data-testid="myinps-name">
                {format!("{} {}", me.name, me.surname)}
            </p>
            <dl class="myinps-data">
                <div>
                    <dt>{t("access.me.cf")}</dt>
                    <dd data-testid="myinps-cf">{me.codice_fiscale.clone()}</dd>
                </div>
                <div>
                    <dt>{t("access.me.pin_type")}</dt>
                    <dd data-testid="myinps-pin-type">{t(type_key)}</dd>
                </div>
                <div>
                    <dt>{t("access.me.expiry")}</dt>
                    <dd data-testid="myinps-expiry">{expiry}</dd>
                </div>
            </dl>
            <p class="myinps-desc" data-testid="myinps-pin-desc">{t(desc_key)}</p>
            <p class="myinps-services">
                <a href="/servizi" class="btn btn-primary" data-testid="myinps-services-link">{t("disp.services.title")}</a>
                {(me.level == Level::L1 && me.pin_state != PinState::Dispositivo).then(|| view! {
                    " "
                    <a href="/converti-pin" class="btn btn-outline-primary" data-testid="myinps-convert-link">{t("disp.services.convert")}</a>
                })}
            </p>
            <ul class="myinps-links">
                {(me.level != Level::L0).then(|| view! {
                    <li><a href="/cambia-pin" data-testid="myinps-change-pin">{t("life.change.title")}</a></li>
                })}
                <li><a href="/myinps/attivita" data-testid="myinps-activity">{t("life.activity.title")}</a></li>
                {(me.level != Level::L0).then(|| view! {
                    <li><a href="/myinps/recapiti" data-testid="myinps-contacts">{t("life.contacts.title")}</a></li>
                })}
            </ul>
            <div class="actions">
                <button
                    type="button"
                    class="btn btn-outline-primary"
                    data-testid="logout"
                    disabled=move || pending.get()
                    on:click=move |_| {
                        logout.dispatch(());
                    }
                >
                    {t("access.me.logout")}
                </button>
            </div>
        </div>
    }
}

const MYINPS_CSS: &str = "
.page-myinps .myinps-card{max-width:40rem;padding:1rem 1.25rem;border:1px solid #c5c7c9;border-left:6px solid #0066cc;border-radius:4px;background:#fff}
.page-myinps .myinps-subtitle{margin:0;color:#5c6f82}
.page-myinps .myinps-name{margin:.2rem 0 1rem;font-size:1.5rem;font-weight:700;color:#003366}
.page-myinps .myinps-data{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.75rem;margin:0}
.page-myinps .myinps-data dt{font-size:.9rem;color:#5c6f82}
.page-myinps .myinps-data dd{margin:0;font-weight:600;overflow-wrap:anywhere}
.page-myinps .myinps-desc{margin:1rem 0}
";
