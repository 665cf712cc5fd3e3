//! `/contact-center/prima-parte`: half 1 sent again when it has not arrived
//! — from 12 hours after the request, to a contact on file, at most 3 times
//! (the server says when it is too early, or enough).
//!
//! Test ids: cc-resend-cf, cc-resend-contact, cc-resend-submit,
//! cc-resend-done, cc-resend-error.

use leptos::prelude::*;

use super::{Console, ErrorBox, TextField};
use crate::api;
use crate::i18n::{t, tf};

#[component]
pub fn Resend() -> impl IntoView {
    let cf = RwSignal::new(String::new());
    let contact = RwSignal::new(String::new());
    let send = Action::new_local(|(cf, contact): &(String, String)| {
        let (cf, contact) = (cf.clone(), contact.clone());
        async move { api::contact_center::half1_resend(&cf, &contact).await }
    });
    view! {
        <Console active="resend" title="contact_center.title">
            <h2>{t("contact_center.resend.title")}</h2>
            <p>{t("contact_center.resend.intro")}</p>
            <form class="cc-form" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                send.dispatch((cf.get_untracked(), contact.get_untracked()));
            }>
                <TextField id="cc-resend-cf" label="contact_center.cf" value=cf />
                <div class="field">
                    <label for="cc-resend-contact">{t("contact_center.resend.contact")}</label>
                    <select id="cc-resend-contact" class="form-select" data-testid="cc-resend-contact" on:change=move |ev| contact.set(event_target_value(&ev))>
                        <option value="">{t("contact_center.resend.first_on_file")}</option>
                        <option value="mobile">{t("contact_center.mobile")}</option>
                        <option value="email">{t("contact_center.email")}</option>
                        <option value="pec">{t("contact_center.pec")}</option>
                    </select>
                </div>
                <button type="submit" class="btn btn-primary" data-testid="cc-resend-submit">{t("contact_center.resend.submit")}</button>
            </form>
            {move || send.value().get().map(|r| match r {
                Ok(d) => view! {
                    <p class="alert alert-success" role="status" data-testid="cc-resend-done">
                        {tf("contact_center.resend.done", &[("channel", &d.channel.to_uppercase()), ("recipient", &d.recipient), ("left", &d.resends_left.to_string())])}
                    </p>
                }.into_any(),
                Err(e) => view! { <ErrorBox error=e testid="cc-resend-error" /> }.into_any(),
            })}
        </Console>
    }
}
