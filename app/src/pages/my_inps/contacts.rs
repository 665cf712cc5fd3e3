//! `/myinps/recapiti`: "I tuoi recapiti". New contacts are verified by codes
//! (the page goes on to `/verifica-recapiti?motivo=recapiti`); the old ones
//! get a notice.
//!
//! data-testid: contacts-title, contacts-error, contacts-load-error,
//! contacts-mobile, contacts-home-phone, contacts-email, contacts-pec,
//! contacts-cancel, contacts-submit.

use domain::api::{FieldError, Next, PinContacts};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::api;
use crate::components::field::TextField;
use crate::components::form::{
    field_error, non_empty, setter, show_api_error, GeneralError, LoadError,
};
use crate::i18n::t;
use crate::nav::next_path;

#[component]
pub fn MyContacts() -> impl IntoView {
    let navigate = use_navigate();
    let current = LocalResource::new(api::my_inps::contacts);
    let home = RwSignal::new(String::new());
    let mobile = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let pec = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(None::<String>);
    let filled = StoredValue::new(false);
    Effect::new(move |_| {
        if let Some(Ok(c)) = current.get() {
            if !filled.get_value() {
                filled.set_value(true);
                home.set(c.home_phone.unwrap_or_default());
                mobile.set(c.mobile.unwrap_or_default());
                email.set(c.email.unwrap_or_default());
                pec.set(c.pec.unwrap_or_default());
            }
        }
    });
    let save = Action::new_local(|c: &PinContacts| {
        let c = c.clone();
        async move { api::my_inps::change_contacts(&c).await }
    });
    Effect::new(move |_| match save.value().get() {
        Some(Ok(n)) => {
            let path = match n.next {
                Next::VerifyContacts => "/verifica-recapiti?motivo=recapiti".to_owned(),
                other => next_path(other).to_owned(),
            };
            navigate(&path, NavigateOptions::default());
        }
        Some(Err(e)) => show_api_error(e, errors, general),
        None => {}
    });
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let c = PinContacts {
            home_phone: non_empty(&home.get_untracked()),
            mobile: non_empty(&mobile.get_untracked()),
            email: non_empty(&email.get_untracked()),
            pec: non_empty(&pec.get_untracked()),
        };
        let local = domain::pin::validate_contacts_change(&c);
        if !local.is_empty() {
            general.set(Some(t("common.check_fields").to_owned()));
            errors.set(local);
            return;
        }
        errors.set(Vec::new());
        general.set(None);
        save.dispatch(c);
    };
    view! {
        <section class="page page-lifecycle" aria-labelledby="contacts-title">
            <h1 id="contacts-title" data-testid="contacts-title">{t("my_inps.contacts.title")}</h1>
            <p>{t("my_inps.contacts.intro")}</p>
            <GeneralError msg=general testid="contacts-error" />
            <Suspense fallback=|| view! { <p>{t("common.loading_short")}</p> }>
                {move || current.get().map(|r| match r {
                    Err(e) => view! { <LoadError error=e testid="contacts-load-error" /> }.into_any(),
                    Ok(_) => view! {
                        <form class="form" on:submit=on_submit novalidate=true>
                            <TextField path="contacts.mobile" label=t("common.contact.mobile") testid="contacts-mobile"
                                value=mobile on_input=setter(mobile) error=field_error(errors, "contacts.mobile")
                                input_type="tel" autocomplete="tel" hint=t("common.contact.mobile_hint") />
                            <TextField path="contacts.home_phone" label=t("common.contact.home_phone") testid="contacts-home-phone"
                                value=home on_input=setter(home) error=field_error(errors, "contacts.home_phone")
                                input_type="tel" hint=t("common.contact.home_phone_hint") />
                            <TextField path="contacts.email" label=t("common.contact.email") testid="contacts-email"
                                value=email on_input=setter(email) error=field_error(errors, "contacts.email")
                                input_type="email" autocomplete="email" />
                            <TextField path="contacts.pec" label=t("common.contact.pec") testid="contacts-pec"
                                value=pec on_input=setter(pec) error=field_error(errors, "contacts.pec")
                                input_type="email" />
                            <p>{t("my_inps.contacts.notice")}</p>
                            <div class="actions">
                                <a class="btn btn-outline-primary" href="/myinps" data-testid="contacts-cancel">{t("my_inps.contacts.cancel")}</a>
                                " "
                                <button type="submit" class="btn btn-primary" data-testid="contacts-submit"
                                    disabled=move || save.pending().get()>{t("my_inps.contacts.submit")}</button>
                            </div>
                        </form>
                    }.into_any(),
                })}
            </Suspense>
        </section>
    }
}
