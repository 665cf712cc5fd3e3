//! `/accedi`: authentication with tabs PIN | SPID | CIE | CNS.
//!
//! Test ids: tab-pin, tab-spid, tab-cie, tab-cns, panel-pin, panel-spid,
//! panel-cie, panel-cns, login-cf, login-pin, login-show-pin, login-submit,
//! login-error, login-cf-error, login-pin-error, login-request-link,
//! login-lost-link, login-use-pin, login-instructions-link, login-help-pin-online,
//! login-help-german, login-help-support, login-help-assistant. Styles: style/pages/my_inps.css.

use domain::api::{ApiError, ErrorCode, LoginRequest, LoginResponse, Next, NextReason};
use leptos::ev::{KeyboardEvent, SubmitEvent};
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::api;
use crate::i18n::{t, tf};
use crate::nav::next_path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tab {
    Pin,
    Spid,
    Cie,
    Cns,
}

impl Tab {
    const ALL: [Tab; 4] = [Tab::Pin, Tab::Spid, Tab::Cie, Tab::Cns];

    fn slug(self) -> &'static str {
        match self {
            Tab::Pin => "pin",
            Tab::Spid => "spid",
            Tab::Cie => "cie",
            Tab::Cns => "cns",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Tab::Pin => t("my_inps.login.tab.pin"),
            Tab::Spid => t("my_inps.login.tab.spid"),
            Tab::Cie => t("my_inps.login.tab.cie"),
            Tab::Cns => t("my_inps.login.tab.cns"),
        }
    }

    fn index(self) -> usize {
        Tab::ALL.iter().position(|x| *x == self).unwrap_or(0)
    }
}

/// "3 minuti e 20 secondi" for a wait in seconds.
fn format_wait(seconds: i64) -> String {
    let seconds = seconds.max(1);
    let (m, s) = (seconds / 60, seconds % 60);
    let minutes = |n: i64| {
        if n == 1 {
            t("my_inps.login.wait.minute").to_string()
        } else {
            tf("my_inps.login.wait.minutes", &[("n", &n.to_string())])
        }
    };
    let secs = |n: i64| {
        if n == 1 {
            t("my_inps.login.wait.second").to_string()
        } else {
            tf("my_inps.login.wait.seconds", &[("n", &n.to_string())])
        }
    };
    match (m, s) {
        (0, s) => secs(s),
        (m, 0) => minutes(m),
        (m, s) => tf(
            "my_inps.login.wait.and",
            &[("a", &minutes(m)), ("b", &secs(s))],
        ),
    }
}

/// The user-facing text of a login failure. Wrong CF and wrong PIN get the
/// same message, so the page reveals nothing about which one was wrong.
fn login_error_text(e: &ApiError) -> String {
    match e.code {
        ErrorCode::InvalidCredentials => match e.attempts_left {
            None => t("my_inps.login.invalid").to_string(),
            Some(0) => tf(
                "my_inps.login.blocked_now",
                &[("wait", &format_wait(e.retry_after_seconds.unwrap_or(180)))],
            ),
            Some(1) => t("my_inps.login.attempts_left_one").to_string(),
            Some(n) => tf("my_inps.login.attempts_left", &[("n", &n.to_string())]),
        },
        ErrorCode::PinLocked => tf(
            "my_inps.login.locked",
            &[("wait", &format_wait(e.retry_after_seconds.unwrap_or(180)))],
        ),
        ErrorCode::PinRevoked => t("my_inps.login.revoked").to_string(),
        ErrorCode::Network => t("my_inps.login.unavailable").to_string(),
        _ => e.message.clone(),
    }
}

#[component]
pub fn Login() -> impl IntoView {
    let selected = RwSignal::new(Tab::Pin);
    let tab_refs: [NodeRef<html::Button>; 4] = std::array::from_fn(|_| NodeRef::new());

    let select_and_focus = move |tab: Tab| {
        selected.set(tab);
        if let Some(el) = tab_refs[tab.index()].get() {
            let _ = el.focus();
        }
    };
    let on_tab_key = move |ev: KeyboardEvent| {
        let current = selected.get_untracked().index();
        let n = Tab::ALL.len();
        let target = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => (current + 1) % n,
            "ArrowLeft" | "ArrowUp" => (current + n - 1) % n,
            "Home" => 0,
            "End" => n - 1,
            _ => return,
        };
        ev.prevent_default();
        select_and_focus(Tab::ALL[target]);
    };

    let tabs = Tab::ALL
        .into_iter()
        .map(|tab| {
            let slug = tab.slug();
            view! {
                <button
                    type="button"
                    role="tab"
                    class="tab"
                    class:tab-selected=move || selected.get() == tab
                    id=format!("tab-{slug}")
                    data-testid=format!("tab-{slug}")
                    aria-controls=format!("panel-{slug}")
                    aria-selected=move || (selected.get() == tab).to_string()
                    tabindex=move || if selected.get() == tab { "0" } else { "-1" }
                    node_ref=tab_refs[tab.index()]
                    on:click=move |_| selected.set(tab)
                    on:keydown=on_tab_key
                >
                    {tab.label()}
                </button>
            }
        })
        .collect_view();

    let other_panel = move |tab: Tab, title: &'static str, body: &'static str| {
        let slug = tab.slug();
        view! {
            <div
                role="tabpanel"
                class="tab-panel"
                id=format!("panel-{slug}")
                data-testid=format!("panel-{slug}")
                aria-labelledby=format!("tab-{slug}")
                tabindex="0"
                hidden=move || selected.get() != tab
            >
                <h2>{title}</h2>
                <p>{body}</p>
                <p class="alert alert-info">{t("my_inps.login.simulated")}</p>
                <button
                    type="button"
                    class="btn btn-outline-primary"
                    data-testid=format!("login-use-pin-{slug}")
                    on:click=move |_| select_and_focus(Tab::Pin)
                >
                    {t("my_inps.login.use_pin")}
                </button>
            </div>
        }
    };

    view! {
        <section class="page page-login" aria-labelledby="login-title">
            <h1 id="login-title">{t("my_inps.login.title")}</h1>
            <div class="login-card">
                <div class="tablist" role="tablist" aria-label=t("my_inps.login.tabs_label")>
                    {tabs}
                </div>
                <div
                    role="tabpanel"
                    class="tab-panel"
                    id="panel-pin"
                    data-testid="panel-pin"
                    aria-labelledby="tab-pin"
                    hidden=move || selected.get() != Tab::Pin
                >
                    <PinForm />
                </div>
                {other_panel(Tab::Spid, t("my_inps.login.spid.title"), t("my_inps.login.spid.body"))}
                {other_panel(Tab::Cie, t("my_inps.login.cie.title"), t("my_inps.login.cie.body"))}
                {other_panel(Tab::Cns, t("my_inps.login.cns.title"), t("my_inps.login.cns.body"))}
            </div>
            <p class="login-intro">{t("my_inps.login.intro")}</p>
            <ul class="login-links">
                <li>
                    <a href="/istruzioni-accesso" data-testid="login-instructions-link">
                        {t("help.instructions.title")}
                    </a>
                </li>
                <li>
                    <a href="/pin-smarrito" data-testid="login-lost-link">
                        {t("my_inps.login.lost")}
                    </a>
                </li>
                <li>
                    <a href="/gestisci-pin" data-testid="login-request-link">
                        {t("my_inps.login.request")}
                    </a>
                </li>
            </ul>
            // The portal's help row (pages::help), as in the seeds.
            <nav class="help-links" aria-label=t("help.links_label")>
                <a href="/il-pin-online" data-testid="login-help-pin-online">{t("help.pin_online.title")}</a>
                " | "
                <a href="/in-deutscher-sprache" data-testid="login-help-german">{t("help.german.link")}</a>
                " | "
                <a href="/supporto-tecnico" data-testid="login-help-support">{t("help.support.title")}</a>
                " | "
                <a href="/assistente-virtuale" data-testid="login-help-assistant">{t("help.assistant.title")}</a>
            </nav>
        </section>
    }
}

#[component]
fn PinForm() -> impl IntoView {
    let cf = RwSignal::new(String::new());
    let pin = RwSignal::new(String::new());
    let show_pin = RwSignal::new(false);
    let cf_error = RwSignal::new(None::<&'static str>);
    let pin_error = RwSignal::new(None::<&'static str>);
    let error = RwSignal::new(None::<String>);
    let info = RwSignal::new(None::<&'static str>);
    let cf_ref = NodeRef::<html::Input>::new();
    let pin_ref = NodeRef::<html::Input>::new();

    let navigate = use_navigate();
    let login = Action::new_local(|req: &LoginRequest| {
        let req = req.clone();
        async move { api::my_inps::login(&req).await }
    });

    Effect::new(move |_| {
        let Some(result) = login.value().get() else {
            return;
        };
        match result {
            Ok(LoginResponse { next, reason, .. }) => match (next, reason) {
                (Next::ChangePin, Some(NextReason::Expired)) => {
                    navigate("/cambia-pin?motivo=scadenza", NavigateOptions::default())
                }
                (Next::ChangePin, _) => navigate("/primo-accesso", NavigateOptions::default()),
                (next, _) => navigate(next_path(next), NavigateOptions::default()),
            },
            Err(e) => error.set(Some(login_error_text(&e))),
        }
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        error.set(None);
        info.set(None);
        let cf_v = cf.get_untracked().trim().to_uppercase();
        let pin_v: String = pin.get_untracked().split_whitespace().collect();
        cf_error.set(cf_v.is_empty().then(|| t("my_inps.login.cf_required")));
        pin_error.set(pin_v.is_empty().then(|| t("my_inps.login.pin_required")));
        if cf_v.is_empty() {
            if let Some(el) = cf_ref.get() {
                let _ = el.focus();
            }
            return;
        }
        if pin_v.is_empty() {
            if let Some(el) = pin_ref.get() {
                let _ = el.focus();
            }
            return;
        }
        login.dispatch(LoginRequest {
            codice_fiscale: cf_v,
            pin: pin_v,
        });
    };

    let pending = login.pending();

    view! {
        <form class="form login-form" on:submit=on_submit novalidate=true>
            <div class="field">
                <label for="login-cf">{t("my_inps.login.cf")}</label>
                <input
                    id="login-cf"
                    class="form-control"
                    name="codice_fiscale"
                    type="text"
                    data-testid="login-cf"
                    autocomplete="username"
                    autocapitalize="characters"
                    spellcheck="false"
                    maxlength="16"
                    required=true
                    node_ref=cf_ref
                    aria-invalid=move || cf_error.get().is_some().to_string()
                    aria-describedby=move || cf_error.get().map(|_| "login-cf-error")
                    bind:value=cf
                />
                <Show when=move || cf_error.get().is_some()>
                    <p class="field-error" id="login-cf-error" data-testid="login-cf-error">
                        {move || cf_error.get().unwrap_or_default()}
                    </p>
                </Show>
            </div>
            <div class="field">
                <label for="login-pin">{t("my_inps.login.pin")}</label>
                <input
                    id="login-pin"
                    class="form-control"
                    name="pin"
                    type=move || if show_pin.get() { "text" } else { "password" }
                    data-testid="login-pin"
                    autocomplete="current-password"
                    autocapitalize="off"
                    spellcheck="false"
                    maxlength="24"
                    required=true
                    node_ref=pin_ref
                    aria-invalid=move || pin_error.get().is_some().to_string()
                    aria-describedby=move || {
                        if pin_error.get().is_some() {
                            "login-pin-hint login-pin-error"
                        } else {
                            "login-pin-hint"
                        }
                    }
                    bind:value=pin
                />
                <p class="field-hint" id="login-pin-hint">{t("my_inps.login.pin_hint")}</p>
                <Show when=move || pin_error.get().is_some()>
                    <p class="field-error" id="login-pin-error" data-testid="login-pin-error">
                        {move || pin_error.get().unwrap_or_default()}
                    </p>
                </Show>
                <div class="checkbox">
                    <input
                        id="login-show-pin"
                        type="checkbox"
                        data-testid="login-show-pin"
                        bind:checked=show_pin
                    />
                    <label for="login-show-pin">{t("my_inps.login.show_pin")}</label>
                </div>
            </div>
            <div class="login-messages" aria-live="assertive" aria-atomic="true">
                <Show when=move || error.get().is_some()>
                    <div class="alert alert-danger" role="alert" data-testid="login-error">
                        <strong>{t("my_inps.login.error_title")}</strong>
                        " "
                        {move || error.get().unwrap_or_default()}
                    </div>
                </Show>
                <Show when=move || info.get().is_some()>
                    <div class="alert alert-info" data-testid="login-info">
                        {move || info.get().unwrap_or_default()}
                    </div>
                </Show>
            </div>
            <div class="actions">
                <button
                    type="submit"
                    class="btn btn-primary"
                    data-testid="login-submit"
                    disabled=move || pending.get()
                >
                    {move || {
                        if pending.get() { t("my_inps.login.submitting") } else { t("my_inps.login.submit") }
                    }}
                </button>
            </div>
        </form>
    }
}
