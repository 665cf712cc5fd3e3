//! Form plumbing shared by the procedure pages: where an API error goes
//! (next to its field, or in the general alert above the form), the general
//! alert, the box for a page whose data could not be loaded, and adapters
//! from signals to [`TextField`](super::field::TextField) props.
//!
//! data-testid: the `testid` given to [`GeneralError`] and [`LoadError`].

use domain::api::{ApiError, FieldError};
use leptos::prelude::*;

use crate::i18n::t;

/// The message of `path` among `errors` (reactive), for a field's `error` prop.
pub fn field_error(
    errors: RwSignal<Vec<FieldError>>,
    path: &'static str,
) -> Signal<Option<String>> {
    Signal::derive(move || {
        errors.with(|e| {
            e.iter()
                .find(|f| f.field == path)
                .map(|f| f.message.clone())
        })
    })
}

/// A field's `on_input` that writes into `s`.
pub fn setter(s: RwSignal<String>) -> Callback<String> {
    Callback::new(move |v| s.set(v))
}

/// The trimmed text, `None` when blank (optional fields of a request).
pub fn non_empty(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// Splits an API error: field errors go to `errors` (each shown next to its
/// field), the rest to `general`.
pub fn show_api_error(
    e: ApiError,
    errors: RwSignal<Vec<FieldError>>,
    general: RwSignal<Option<String>>,
) {
    if e.fields.is_empty() {
        general.set(Some(if e.needs_login() {
            t("common.need_login").to_owned()
        } else {
            e.message
        }));
        errors.set(Vec::new());
    } else {
        general.set(Some(t("common.check_fields").to_owned()));
        errors.set(e.fields);
    }
}

/// The alert above a form for what no single field explains.
#[component]
pub fn GeneralError(msg: RwSignal<Option<String>>, testid: &'static str) -> impl IntoView {
    view! {
        <div aria-live="assertive">
            {move || msg.get().map(|m| view! {
                <div class="alert alert-danger" role="alert" data-testid=testid>
                    <p>{m}</p>
                </div>
            })}
        </div>
    }
}

/// A page's data could not be loaded: the reason (or "log in again") and
/// the way to the login page.
#[component]
pub fn LoadError(error: ApiError, testid: &'static str) -> impl IntoView {
    let text = if error.needs_login() {
        t("common.need_login").to_owned()
    } else {
        error.message
    };
    view! {
        <div class="alert alert-danger" role="alert" data-testid=testid>
            <p>{text}</p>
            <p><a href="/accedi">{t("common.go_login")}</a></p>
        </div>
    }
}
