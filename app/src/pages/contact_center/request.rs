//! `/contact-center/richiesta`: a PIN request filed on the caller's behalf,
//! with the online form's rules (the server answers with the same messages).
//!
//! Test ids: cc-req-cf, cc-req-surname, cc-req-name, cc-req-birth-date,
//! cc-req-sex, cc-req-birthplace, cc-req-address, cc-req-civic,
//! cc-req-province, cc-req-comune, cc-req-cap, cc-req-mobile, cc-req-email,
//! cc-req-phone, cc-req-time, cc-req-submit, cc-req-error, cc-req-done.

use domain::api::{Contacts, Personal, PinRequest, RequestStatus, Residence, ResidenceType};
use leptos::prelude::*;

use super::{Console, ErrorBox, TextField};
use crate::api;
use crate::i18n::{t, tf};

fn opt(s: String) -> Option<String> {
    Some(s.trim().to_owned()).filter(|s| !s.is_empty())
}

#[component]
pub fn PhoneRequest() -> impl IntoView {
    let f: [RwSignal<String>; 12] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let [cf, surname, name, birth, birthplace, address, civic, province, comune, cap, mobile, email] =
        f;
    let sex = RwSignal::new("M".to_owned());
    let phone = RwSignal::new("mobile".to_owned());
    let slot = RwSignal::new("09-13".to_owned());
    let send = Action::new_local(|req: &PinRequest| {
        let req = req.clone();
        async move { api::contact_center::phone_request(&req).await }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let g = |s: RwSignal<String>| s.get_untracked().trim().to_owned();
        send.dispatch(PinRequest {
            codice_fiscale: g(cf),
            residence_type: ResidenceType::Italia,
            personal: Personal {
                surname: g(surname),
                name: g(name),
                birth_date: g(birth),
                sex: sex.get_untracked(),
                birthplace_code: g(birthplace),
            },
            residence: Residence {
                address: opt(g(address)),
                civic: opt(g(civic)),
                province: opt(g(province)),
                comune: opt(g(comune)),
                cap: opt(g(cap)),
                ..Default::default()
            },
            contacts: Contacts {
                home_phone: None,
                mobile: opt(g(mobile)),
                email: opt(g(email)),
                pec: None,
                preferred_phone: phone.get_untracked(),
                preferred_time: slot.get_untracked(),
            },
        });
    };
    view! {
        <Console active="request" title="contact_center.title">
            <h2>{t("contact_center.request.title")}</h2>
            <p>{t("contact_center.request.intro")}</p>
            {move || send.value().get().map(|r| match r {
                Ok(done) => view! {
                    <div class="alert alert-success" role="status" data-testid="cc-req-done">
                        <p>{tf("contact_center.request.done", &[("id", &done.request_id)])}</p>
                        <p>{match done.status {
                            RequestStatus::Issued => t("contact_center.request.done_issued"),
                            RequestStatus::AwaitingVerification => t("contact_center.request.done_awaiting"),
                        }}</p>
                    </div>
                }.into_any(),
                Err(e) => view! { <ErrorBox error=e testid="cc-req-error" /> }.into_any(),
            })}
            <form class="cc-form" novalidate on:submit=submit>
                <TextField id="cc-req-cf" label="contact_center.cf" value=cf />
                <fieldset>
                    <legend>{t("contact_center.request.personal")}</legend>
                    <TextField id="cc-req-surname" label="contact_center.request.surname" value=surname />
                    <TextField id="cc-req-name" label="contact_center.request.name" value=name />
                    <TextField id="cc-req-birth-date" label="contact_center.request.birth_date" value=birth />
                    <div class="field">
                        <label for="cc-req-sex">{t("contact_center.request.sex")}</label>
                        <select id="cc-req-sex" class="form-select" data-testid="cc-req-sex" on:change=move |ev| sex.set(event_target_value(&ev))>
                            <option value="M">{t("contact_center.request.male")}</option>
                            <option value="F">{t("contact_center.request.female")}</option>
                        </select>
                    </div>
                    <TextField id="cc-req-birthplace" label="contact_center.request.birthplace" value=birthplace />
                </fieldset>
                <fieldset>
                    <legend>{t("contact_center.request.residence")}</legend>
                    <TextField id="cc-req-address" label="contact_center.address" value=address />
                    <TextField id="cc-req-civic" label="contact_center.civic" value=civic />
                    <TextField id="cc-req-province" label="contact_center.province" value=province />
                    <TextField id="cc-req-comune" label="contact_center.comune" value=comune />
                    <TextField id="cc-req-cap" label="contact_center.cap" value=cap />
                </fieldset>
                <fieldset>
                    <legend>{t("contact_center.request.contacts")}</legend>
                    <TextField id="cc-req-mobile" label="contact_center.mobile" value=mobile />
                    <TextField id="cc-req-email" label="contact_center.email" value=email />
                    <div class="field">
                        <label for="cc-req-phone">{t("contact_center.request.preferred_phone")}</label>
                        <select id="cc-req-phone" class="form-select" data-testid="cc-req-phone" on:change=move |ev| phone.set(event_target_value(&ev))>
                            <option value="mobile">{t("contact_center.mobile")}</option>
                            <option value="home">{t("contact_center.home_phone")}</option>
                        </select>
                    </div>
                    <div class="field">
                        <label for="cc-req-time">{t("contact_center.request.preferred_time")}</label>
                        <select id="cc-req-time" class="form-select" data-testid="cc-req-time" on:change=move |ev| slot.set(event_target_value(&ev))>
                            <option value="09-13">{t("contact_center.request.slot_morning")}</option>
                            <option value="13-18">{t("contact_center.request.slot_afternoon")}</option>
                        </select>
                    </div>
                </fieldset>
                <button type="submit" class="btn btn-primary" data-testid="cc-req-submit">{t("contact_center.request.submit")}</button>
            </form>
        </Console>
    }
}
