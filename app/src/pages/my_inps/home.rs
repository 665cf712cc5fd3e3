//! `/myinps`: the personal home page after login.
//!
//! Test ids: myinps-name, myinps-cf, myinps-pin-type, myinps-pin-desc,
//! myinps-expiry, logout, myinps-not-logged, myinps-login-link, myinps-error,
//! myinps-services-link, myinps-convert-link, myinps-change-pin,
//! myinps-activity, myinps-contacts.

use crate::format::rome_date;
use domain::api::{ApiError, Level, Me, PinState};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::api;
use crate::i18n::t;

/// The PIN type shown to the citizen, from the access level and the PIN state.
fn pin_type_key(level: Level, state: PinState) -> (&'static str, &'static str) {
    match (level, state) {
        (Level::L2, _) | (_, PinState::Dispositivo) => {
            ("my_inps.home.type.l2", "my_inps.home.desc.l2")
        }
        (Level::L1, _) => ("my_inps.home.type.l1", "my_inps.home.desc.l1"),
        (Level::L0, _) => ("my_inps.home.type.l0", "my_inps.home.desc.l0"),
    }
}

#[component]
pub fn MyInps() -> impl IntoView {
    let me = LocalResource::new(api::my_inps::me);
    let navigate = use_navigate();
    let logout = Action::new_local(|_: &()| api::my_inps::logout());
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
                    <p class="alert alert-info">{t("my_inps.home.not_logged")}</p>
                    <p>
                        <a href="/accedi" class="btn btn-primary" data-testid="myinps-login-link">
                            {t("my_inps.home.go_login")}
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
                            {t("my_inps.home.go_login")}
                        </a>
                    </p>
                </div>
            }
            .into_any(),
        })
    };

    view! {
        <section class="page page-myinps" aria-labelledby="myinps-title">
            <h1 id="myinps-title">{t("my_inps.home.title")}</h1>
            <Suspense fallback=|| view! { <p aria-busy="true">{t("my_inps.home.loading")}</p> }>
                {content}
            </Suspense>
        </section>
    }
}

#[component]
fn Profile(me: Me, logout: Action<(), Result<(), ApiError>>) -> impl IntoView {
    let (type_key, desc_key) = pin_type_key(me.level, me.pin_state);
    let expiry = me
        .pin_expires_at
        .map(rome_date)
        .unwrap_or_else(|| t("my_inps.home.no_expiry").to_string());
    let pending = logout.pending();
    view! {
        <div class="myinps-card">
            <p class="myinps-subtitle">{t("my_inps.home.subtitle")}</p>
            <p class="myinps-name" data-testid="myinps-name">
                {format!("{} {}", me.name, me.surname)}
            </p>
            <dl class="myinps-data">
                <div>
                    <dt>{t("my_inps.home.cf")}</dt>
                    <dd data-testid="myinps-cf">{me.codice_fiscale.clone()}</dd>
                </div>
                <div>
                    <dt>{t("my_inps.home.pin_type")}</dt>
                    <dd data-testid="myinps-pin-type">{t(type_key)}</dd>
                </div>
                <div>
                    <dt>{t("my_inps.home.expiry")}</dt>
                    <dd data-testid="myinps-expiry">{expiry}</dd>
                </div>
            </dl>
            <p class="myinps-desc" data-testid="myinps-pin-desc">{t(desc_key)}</p>
            <p class="myinps-services">
                <a href="/servizi" class="btn btn-primary" data-testid="myinps-services-link">{t("services.title")}</a>
                {(me.level == Level::L1 && me.pin_state != PinState::Dispositivo).then(|| view! {
                    " "
                    <a href="/converti-pin" class="btn btn-outline-primary" data-testid="myinps-convert-link">{t("services.convert")}</a>
                })}
            </p>
            <ul class="myinps-links">
                {(me.level != Level::L0).then(|| view! {
                    <li><a href="/cambia-pin" data-testid="myinps-change-pin">{t("lifecycle.change_pin.title")}</a></li>
                })}
                <li><a href="/myinps/attivita" data-testid="myinps-activity">{t("my_inps.activity.title")}</a></li>
                {(me.level != Level::L0).then(|| view! {
                    <li><a href="/myinps/recapiti" data-testid="myinps-contacts">{t("my_inps.contacts.title")}</a></li>
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
                    {t("my_inps.home.logout")}
                </button>
            </div>
        </div>
    }
}
