//! `/accedi`: authentication with tabs PIN | SPID | CIE | CNS.
//!
//! Test ids: tab-pin, tab-spid, tab-cie, tab-cns, panel-pin, panel-spid,
//! panel-cie, panel-cns, login-cf, login-pin, login-show-pin, login-submit,
//! login-error, login-cf-error, login-pin-error, login-request-link,
//! login-lost-link, login-use-pin.

use domain::api::{ApiError, ErrorCode, LoginRequest, LoginResponse, Next, NextReason};
use leptos::ev::{KeyboardEvent, SubmitEvent};
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::api;
use crate::i18n::{t, tf};

/// Installs a page's own style sheet once, as a constructed `CSSStyleSheet`
/// in `document.adoptedStyleSheets`. The server's CSP (`style-src 'self'`)
/// rightly refuses inline `<style>` elements and `style` attributes; a sheet
/// built by the app's own script is as trusted as the script itself.
pub(crate) fn adopt_css(key: &'static str, css: &'static str) {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::js_sys::{Array, Reflect};

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_name = CSSStyleSheet)]
        type ConstructedSheet;
        #[wasm_bindgen(constructor, js_class = "CSSStyleSheet", catch)]
        fn new() -> Result<ConstructedSheet, JsValue>;
        #[wasm_bindgen(method, js_name = replaceSync, catch)]
        fn replace_sync(this: &ConstructedSheet, text: &str) -> Result<(), JsValue>;
    }
    thread_local! {
        static ADOPTED: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    if ADOPTED.with(|a| a.borrow().contains(&key)) {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(sheet) = ConstructedSheet::new() else {
        return;
    };
    if sheet.replace_sync(css).is_err() {
        return;
    }
    let key_js = JsValue::from_str("adoptedStyleSheets");
    let Ok(current) = Reflect::get(&document, &key_js) else {
        return;
    };
    let sheets = Array::from(&current);
    sheets.push(sheet.unchecked_ref());
    if Reflect::set(&document, &key_js, &sheets).unwrap_or(false) {
        ADOPTED.with(|a| a.borrow_mut().push(key));
    }
}

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
            Tab::Pin => t("access.tab.pin"),
            Tab::Spid => t("access.tab.spid"),
            Tab::Cie => t("access.tab.cie"),
            Tab::Cns => t("access.tab.cns"),
        }
    }

    fn index(self) -> usize {
        Tab::ALL.iter().position(|x| *x == self).unwrap_or(0)
    }
}

/// "3 minuti e 20 secondi" for a wait in seconds.
pub fn format_wait(seconds: i64) -> String {
    let seconds = seconds.max(1);
    let (m, s) = (seconds / 60, seconds % 60);
    let minutes = |n: i64| {
        if n == 1 {
            t("access.wait.minute").to_string()
        } else {
            tf("access.wait.minutes", &[("n", &n.to_string())])
        }
    };
    let secs = |n: i64| {
        if n == 1 {
            t("access.wait.second").to_string()
        } else {
            tf("access.wait.seconds", &[("n", &n.to_string())])
        }
    };
    match (m, s) {
        (0, s) => secs(s),
        (m, 0) => minutes(m),
        (m, s) => tf("access.wait.and", &[("a", &minutes(m)), ("b", &secs(s))]),
    }
}

/// The user-facing text of a login failure. Wrong CF and wrong PIN get the
/// same message, so the page reveals nothing about which one was wrong.
fn login_error_text(e: &ApiError) -> String {
    match e.code {
        ErrorCode::InvalidCredentials => t("access.login.invalid").to_string(),
        ErrorCode::PinLocked => tf(
            "access.login.locked",
            &[("wait", &format_wait(e.retry_after_seconds.unwrap_or(180)))],
        ),
        ErrorCode::PinRevoked => t("access.login.revoked").to_string(),
        ErrorCode::Network => t("access.login.unavailable").to_string(),
        _ => e.message.clone(),
    }
}

#[component]
pub fn Login() -> impl IntoView {
    adopt_css("login", LOGIN_CSS);
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
                <p class="alert alert-info">{t("access.login.simulated")}</p>
                <button
                    type="button"
                    class="btn btn-outline-primary"
                    data-testid=format!("login-use-pin-{slug}")
                    on:click=move |_| select_and_focus(Tab::Pin)
                >
                    {t("access.login.use_pin")}
                </button>
            </div>
        }
    };

    view! {
        <section class="page page-login" aria-labelledby="login-title">
            <h1 id="login-title">{t("access.login.title")}</h1>
            <div class="login-card">
                <div class="tablist" role="tablist" aria-label=t("access.tabs.label")>
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
                {other_panel(Tab::Spid, t("access.spid.title"), t("access.spid.body"))}
                {other_panel(Tab::Cie, t("access.cie.title"), t("access.cie.body"))}
                {other_panel(Tab::Cns, t("access.cns.title"), t("access.cns.body"))}
            </div>
            <p class="login-intro">{t("access.login.intro")}</p>
            <ul class="login-links">
                <li>
                    <a href="/ripristina-pin" data-testid="login-lost-link">
                        {t("access.login.lost")}
                    </a>
                </li>
                <li>
                    <a href="/richiedi-pin" data-testid="login-request-link">
                        {t("access.login.request")}
                    </a>
                </li>
            </ul>
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
        async move { api::login(&req).await }
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
                (next, _) => navigate(
                    crate::pages::lifecycle::next_path(next),
                    NavigateOptions::default(),
                ),
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
        cf_error.set(cf_v.is_empty().then(|| t("access.login.cf_required")));
        pin_error.set(pin_v.is_empty().then(|| t("access.login.pin_required")));
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
                <label for="login-cf">{t("access.login.cf")}</label>
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
                <label for="login-pin">{t("access.login.pin")}</label>
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
                <p class="field-hint" id="login-pin-hint">{t("access.login.pin_hint")}</p>
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
                    <label for="login-show-pin">{t("access.login.show_pin")}</label>
                </div>
            </div>
            <div class="login-messages" aria-live="assertive" aria-atomic="true">
                <Show when=move || error.get().is_some()>
                    <div class="alert alert-danger" role="alert" data-testid="login-error">
                        <strong>{t("access.login.error_title")}</strong>
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
                        if pending.get() { t("access.login.submitting") } else { t("access.login.submit") }
                    }}
                </button>
            </div>
        </form>
    }
}

/// Page-local styles (tabs); the site style sheet provides forms and alerts.
const LOGIN_CSS: &str = "
.page-login .login-card{max-width:34rem;border:1px solid #c5c7c9;border-radius:4px;background:#fff}
.page-login .tablist{display:flex;border-bottom:1px solid #c5c7c9}
.page-login .tab{flex:1;min-height:44px;padding:.6rem .5rem;border:0;border-bottom:3px solid transparent;background:#f2f4f6;color:#06c;font:inherit;font-weight:600;cursor:pointer}
.page-login .tab+.tab{border-left:1px solid #c5c7c9}
.page-login .tab.tab-selected{background:#fff;color:#003366;border-bottom-color:#0066cc}
.page-login .tab:focus-visible{outline:3px solid #003366;outline-offset:-3px}
.page-login .tab-panel{padding:1rem}
.page-login .tab-panel h2{font-size:1.15rem;margin-top:0}
.page-login .login-intro{max-width:34rem}
.page-login .login-links{list-style:none;padding:0}
.page-login .login-links li{margin:.4rem 0}
.page-login .login-form{max-width:26rem}
.page-login .checkbox{display:flex;align-items:center;gap:.5rem;margin-top:.5rem}
.page-login .checkbox input{width:1.25rem;height:1.25rem;accent-color:#0066cc}
.page-login .checkbox label{margin:0;font-weight:400}
.page-login .actions{margin-top:1rem}
";
