//! `/contact-center`: the contact center's console (803 164 / 06 164 164)
//! — a caller found by codice fiscale ([`search`]), a PIN request filed by
//! phone ([`request`]), the callback queue of residences that did not match
//! the registry ([`callbacks`]), half 1 sent again ([`resend`]), the support
//! requests filed on `/supporto-tecnico` ([`support`]) — and the
//! operators' audit ([`audit`], `/operatori/registro`, any role). One lazily
//! loaded chunk. Operators log in at `/backoffice`, which sends a contact
//! center operator here. Strings: `i18n/contact_center.rs`
//! (`contact_center.*`); styles: `style/pages/contact_center.css`.
//!
//! Test ids: cc-operator, cc-login-needed, cc-forbidden, cc-nav-<page>, and
//! those of each page.

pub mod audit;
pub mod callbacks;
pub mod request;
pub mod resend;
pub mod search;
pub mod support;

use domain::api::{ApiError, FieldError, PinState};
use leptos::prelude::*;

use crate::components::operator_console::{ConsoleTab, ConsoleTexts, OperatorConsole};
use crate::i18n::t;

/// The pages of the console, for the tabs: (id, path, label key).
const PAGES: &[ConsoleTab] = &[
    ("search", "/contact-center", "contact_center.nav.search"),
    (
        "request",
        "/contact-center/richiesta",
        "contact_center.nav.request",
    ),
    (
        "callbacks",
        "/contact-center/richiamate",
        "contact_center.nav.callbacks",
    ),
    (
        "resend",
        "/contact-center/prima-parte",
        "contact_center.nav.resend",
    ),
    (
        "support",
        "/contact-center/assistenza",
        "contact_center.nav.support",
    ),
    ("audit", "/operatori/registro", "contact_center.nav.audit"),
];

const TEXTS: ConsoleTexts = ConsoleTexts {
    loading: "contact_center.loading",
    intro: "contact_center.intro",
    nav: "contact_center.nav",
    forbidden: "contact_center.forbidden",
    login_needed: "contact_center.login_needed",
    login_link: "contact_center.login_link",
};

/// The console's frame ([`OperatorConsole`]): the operator's session (a
/// contact center one, or any operator with `any_role`, who sees only the
/// audit tab), the tabs, then the page.
#[component]
pub fn Console(
    active: &'static str,
    title: &'static str,
    #[prop(optional)] any_role: bool,
    children: ChildrenFn,
) -> impl IntoView {
    view! {
        <OperatorConsole prefix="cc" page_class="page-contact-center" title=title
            role="contact_center" texts=TEXTS tabs=PAGES active=active any_role=any_role
            shared_tabs=&["audit"]>
            {children()}
        </OperatorConsole>
    }
}

/// An API error: its message, and the fields it names.
#[component]
pub fn ErrorBox(error: ApiError, testid: &'static str) -> impl IntoView {
    let fields = error.fields.clone();
    view! {
        <div class="alert alert-danger" role="alert" data-testid=testid>
            <p>{error.message.clone()}</p>
            {(!fields.is_empty()).then(|| view! {
                <ul>{fields.into_iter().map(|f: FieldError| view! {
                    <li data-field=f.field.clone()>{format!("{}: {}", f.field, f.message)}</li>
                }).collect_view()}</ul>
            })}
        </div>
    }
}

/// A text field with its label.
#[component]
pub fn TextField(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    #[prop(optional)] autocomplete: &'static str,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{t(label)}</label>
            <input id=id class="form-control" data-testid=id autocomplete=(!autocomplete.is_empty()).then_some(autocomplete)
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
        </div>
    }
}

pub fn state_label(s: PinState) -> &'static str {
    match s {
        PinState::Requested => t("contact_center.state.requested"),
        PinState::Issued => t("contact_center.state.issued"),
        PinState::Active => t("contact_center.state.active"),
        PinState::Dispositivo => t("contact_center.state.dispositivo"),
        PinState::Revoked => t("contact_center.state.revoked"),
    }
}

pub fn request_status_label(s: &str) -> &'static str {
    match s {
        "issued" => t("contact_center.req.issued"),
        "awaiting_verification" => t("contact_center.req.awaiting_verification"),
        "cancelled" => t("contact_center.req.cancelled"),
        _ => "—",
    }
}

pub fn callback_status_label(s: &str) -> &'static str {
    match s {
        "open" => t("contact_center.cb.open"),
        "confirmed" => t("contact_center.cb.confirmed"),
        "corrected" => t("contact_center.cb.corrected"),
        "cancelled" => t("contact_center.cb.cancelled"),
        _ => t("contact_center.cb.none"),
    }
}

pub fn yes_no(b: bool) -> &'static str {
    if b {
        t("contact_center.yes")
    } else {
        t("contact_center.no")
    }
}
