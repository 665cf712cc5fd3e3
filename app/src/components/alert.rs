//! Alert boxes and the "Avanti"/"Indietro" buttons.

use leptos::prelude::*;

use crate::i18n::t;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code)] // Success is part of the kit even if no page uses it yet
pub enum AlertKind {
    Success,
    Error,
    Info,
    Warning,
}

impl AlertKind {
    fn class(self) -> &'static str {
        match self {
            AlertKind::Success => "alert alert-success",
            AlertKind::Error => "alert alert-danger",
            AlertKind::Info => "alert alert-info",
            AlertKind::Warning => "alert alert-warning",
        }
    }
}

/// A coloured box. Errors use `role="alert"` (announced at once); the others
/// `role="status"`.
#[component]
pub fn Alert(
    kind: AlertKind,
    #[prop(optional)] title: Option<String>,
    #[prop(optional)] testid: &'static str,
    #[prop(optional)] id: &'static str,
    children: Children,
) -> impl IntoView {
    let role = if kind == AlertKind::Error {
        "alert"
    } else {
        "status"
    };
    view! {
        <div
            class=kind.class()
            role=role
            data-testid=(!testid.is_empty()).then_some(testid)
            id=(!id.is_empty()).then_some(id)
            tabindex="-1"
        >
            {title.map(|t| view! { <h2 class="alert-title">{t}</h2> })}
            {children()}
        </div>
    }
}

/// "Avanti" / "Indietro" / "Conferma" row. The main button submits the
/// surrounding form; "Indietro" is a plain button shown when `show_back`.
#[component]
pub fn FormActions(
    on_back: Callback<()>,
    back_testid: &'static str,
    #[prop(into)] show_back: Signal<bool>,
    #[prop(into)] next_label: Signal<&'static str>,
    #[prop(into)] next_testid: Signal<&'static str>,
    #[prop(into, optional)] busy: Signal<bool>,
) -> impl IntoView {
    view! {
        <div class="form-actions">
            <Show when=move || show_back.get()>
                <button
                    type="button"
                    class="btn btn-outline-primary"
                    data-testid=back_testid
                    on:click=move |_| on_back.run(())
                >
                    {t("common.back")}
                </button>
            </Show>
            <button
                type="submit"
                class="btn btn-primary"
                data-testid=move || next_testid.get()
                aria-disabled=move || busy.get().then_some("true")
                aria-busy=move || busy.get().then_some("true")
            >
                {move || if busy.get() { t("common.loading") } else { next_label.get() }}
            </button>
        </div>
    }
}
