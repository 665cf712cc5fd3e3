//! `/primo-accesso`: the 16-character initial PIN is replaced by a new
//! 8-character PIN, shown once.
//!
//! Test ids: first-access-get, first-access-new-pin, first-access-saved,
//! first-access-next, first-access-error, first-access-login-link.

use domain::api::{ApiError, FirstAccessDone, Next};
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::api;
use crate::i18n::t;

#[component]
pub fn FirstAccess() -> impl IntoView {
    crate::pages::login::adopt_css("first_access", FIRST_ACCESS_CSS);
    let issue = Action::new_local(|_: &()| api::first_access_done());
    let saved = RwSignal::new(false);
    let pending = issue.pending();
    let pin_ref = NodeRef::<html::Div>::new();
    let navigate = use_navigate();

    let new_pin = move || match issue.value().get() {
        Some(Ok(FirstAccessDone { new_pin, .. })) => Some(new_pin),
        _ => None,
    };
    let error = move || match issue.value().get() {
        Some(Err(e)) => Some(e),
        _ => None,
    };
    // Move focus to the new PIN so that a screen reader reads it at once.
    Effect::new(move |_| {
        if new_pin().is_some() {
            if let Some(el) = pin_ref.get() {
                let _ = el.focus();
            }
        }
    });

    let error_view = move |e: ApiError| {
        let needs_login = e.needs_login();
        let text = if needs_login {
            t("access.first.need_login").to_string()
        } else {
            e.message.clone()
        };
        view! {
            <div class="alert alert-danger" role="alert" data-testid="first-access-error">
                <p>{text}</p>
                <p>
                    <a href="/accedi" data-testid="first-access-login-link">
                        {t("access.first.go_login")}
                    </a>
                </p>
            </div>
        }
    };

    view! {
        <section class="page page-first-access" aria-labelledby="first-access-title">
            <h1 id="first-access-title">{t("access.first.title")}</h1>
            <p>{t("access.first.intro")}</p>
            <p>{t("access.first.intro2")}</p>
            <div aria-live="polite">{move || error().map(error_view)}</div>
            <Show
                when=move || new_pin().is_some()
                fallback=move || {
                    view! {
                        <div class="actions">
                            <button
                                type="button"
                                class="btn btn-primary"
                                data-testid="first-access-get"
                                disabled=move || pending.get()
                                on:click=move |_| {
                                    issue.dispatch(());
                                }
                            >
                                {move || {
                                    if pending.get() {
                                        t("access.first.getting")
                                    } else {
                                        t("access.first.get")
                                    }
                                }}
                            </button>
                        </div>
                    }
                }
            >
                <div
                    class="new-pin-box"
                    tabindex="-1"
                    node_ref=pin_ref
                    role="group"
                    aria-labelledby="new-pin-label"
                >
                    <p id="new-pin-label" class="new-pin-label">{t("access.first.new_pin")}</p>
                    <p class="new-pin" data-testid="first-access-new-pin" translate="no">
                        {move || new_pin().unwrap_or_default()}
                    </p>
                    <p class="new-pin-once">{t("access.first.once")}</p>
                </div>
                <div class="checkbox">
                    <input
                        id="first-access-saved"
                        type="checkbox"
                        data-testid="first-access-saved"
                        bind:checked=saved
                    />
                    <label for="first-access-saved">{t("access.first.saved")}</label>
                </div>
                <p class="field-hint" id="first-access-next-hint" hidden=move || saved.get()>
                    {t("access.first.next_hint")}
                </p>
                <div class="actions">
                    <button
                        type="button"
                        class="btn btn-primary"
                        data-testid="first-access-next"
                        disabled=move || !saved.get()
                        aria-describedby="first-access-next-hint"
                        on:click={
                            let navigate = navigate.clone();
                            move |_| {
                                let next = match issue.value().get_untracked() {
                                    Some(Ok(done)) => done.next,
                                    _ => Next::Home,
                                };
                                navigate(
                                    crate::pages::lifecycle::next_path(next),
                                    NavigateOptions::default(),
                                )
                            }
                        }
                    >
                        {t("access.first.next")}
                    </button>
                </div>
            </Show>
        </section>
    }
}

const FIRST_ACCESS_CSS: &str = "
.page-first-access .new-pin-box{max-width:30rem;margin:1rem 0;padding:1rem 1.25rem;border:2px solid #008055;border-radius:4px;background:#e8f5ef}
.page-first-access .new-pin-box:focus{outline:3px solid #003366;outline-offset:2px}
.page-first-access .new-pin-label{margin:0;font-weight:600}
.page-first-access .new-pin{margin:.4rem 0;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:2rem;font-weight:700;letter-spacing:.2em;color:#003366;word-break:break-all}
.page-first-access .new-pin-once{margin:0}
.page-first-access .checkbox{display:flex;align-items:center;gap:.5rem;margin:1rem 0 .25rem}
.page-first-access .checkbox input{width:1.25rem;height:1.25rem;accent-color:#0066cc}
.page-first-access .checkbox label{margin:0;font-weight:600}
.page-first-access .actions{margin-top:1rem}
";
