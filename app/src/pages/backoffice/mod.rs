//! `/backoffice`: the operators' login (each role goes to its own console:
//! the contact center to `/contact-center`, the sede to `/sede`) and the back office (SPEC §4.9): the
//! queue of PIN dispositivo conversions ([`queue`]), the detail with citizen
//! and document data and both files viewable, approve or reject with a reason
//! ([`detail`]). One lazily loaded chunk. Strings: `i18n/backoffice.rs`
//! (`backoffice.*`); styles: `style/pages/backoffice.css`.
//!
//! Test ids: bo-username, bo-password, bo-login, bo-login-error, bo-operator,
//! bo-logout, bo-console-link, bo-other-role, bo-queue, bo-empty, bo-item-<id>, bo-open-<id>, bo-outcome,
//! bo-detail, bo-cf, bo-name, bo-doc-type, bo-doc-number, bo-doc-issuer,
//! bo-doc-expires, bo-file-module, bo-file-document, bo-approve, bo-reason,
//! field-error-reason, bo-reject, bo-back.

mod detail;
mod queue;

use domain::dispositivo::Operator;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::api;
use crate::i18n::t;

#[component]
pub fn BackOffice() -> impl IntoView {
    let who = LocalResource::new(api::backoffice::me);
    let logged = RwSignal::new(None::<Operator>);
    Effect::new(move |_| {
        if let Some(Ok(o)) = who.get() {
            logged.set(Some(o));
        }
    });
    let user = RwSignal::new(String::new());
    let pass = RwSignal::new(String::new());
    let login = Action::new_local(|(u, p): &(String, String)| {
        let (u, p) = (u.clone(), p.clone());
        async move { api::backoffice::login(&u, &p).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(o)) = login.value().get() {
            logged.set(Some(o));
        }
    });
    // Each role has its own console: the contact center's is elsewhere.
    let navigate = use_navigate();
    Effect::new(move |_| match logged.get().map(|o| o.role) {
        Some(r) if r == "contact_center" => navigate("/contact-center", Default::default()),
        Some(r) if r == "sede" => navigate("/sede", Default::default()),
        _ => {}
    });
    let logout = move |_| {
        leptos::task::spawn_local(async move {
            let _ = api::backoffice::logout().await;
            logged.set(None);
        });
    };
    view! {
        <section class="page page-backoffice" aria-labelledby="bo-title">
            <h1 id="bo-title">{t("backoffice.title")}</h1>
            {move || match logged.get() {
                None => view! {
                    <form novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
                        ev.prevent_default();
                        login.dispatch((user.get_untracked(), pass.get_untracked()));
                    }>
                        <h2>{t("backoffice.login")}</h2>
                        <div class="field">
                            <label for="bo-username">{t("backoffice.username")}</label>
                            <input id="bo-username" class="form-control" autocomplete="username" data-testid="bo-username"
                                prop:value=move || user.get() on:input=move |ev| user.set(event_target_value(&ev)) />
                        </div>
                        <div class="field">
                            <label for="bo-password">{t("backoffice.password")}</label>
                            <input id="bo-password" type="password" class="form-control" autocomplete="current-password" data-testid="bo-password"
                                prop:value=move || pass.get() on:input=move |ev| pass.set(event_target_value(&ev)) />
                        </div>
                        {move || login.value().get().and_then(|r| r.err()).map(|e| view! {
                            <p class="alert alert-danger" role="alert" data-testid="bo-login-error">{e.message}</p>
                        })}
                        <button type="submit" class="btn btn-primary" data-testid="bo-login">{t("backoffice.enter")}</button>
                    </form>
                }
                .into_any(),
                Some(op) => {
                    let role = op.role.clone();
                    view! {
                        <p>
                            <span data-testid="bo-operator">{op.display_name.clone()}</span> " "
                            <button type="button" class="btn btn-outline-primary" data-testid="bo-logout" on:click=logout>
                                {t("backoffice.logout")}
                            </button>
                        </p>
                        {match role.as_str() {
                            "back_office" => view! { <queue::Queue /> }.into_any(),
                            "contact_center" => view! {
                                <p><a href="/contact-center" data-testid="bo-console-link">{t("contact_center.go_console")}</a></p>
                            }
                            .into_any(),
                            "sede" => view! {
                                <p><a href="/sede" data-testid="bo-console-link">{t("sede.go_console")}</a></p>
                            }
                            .into_any(),
                            _ => view! {
                                <p class="alert alert-info" role="status" data-testid="bo-other-role">{t("contact_center.sede_pending")}</p>
                                <p><a href="/operatori/registro">{t("contact_center.nav.audit")}</a></p>
                            }
                            .into_any(),
                        }}
                    }
                    .into_any()
                }
            }}
        </section>
    }
}
