//! `/contact-center/richiesta`: a PIN request filed on the caller's behalf.
//! The operator first checks the caller's identity (the holder in person,
//! no delegates: codice fiscale, date and place of birth read back), then
//! types what the caller dictates — personal data, residence in Italy or
//! abroad, the contacts (home phone, mobile, e-mail, PEC) and the phone and
//! time slot for a callback. The online form's rules (`domain::request`)
//! run in the browser before anything is sent, each error next to its
//! field; the server checks again (the codice fiscale against the data,
//! the registry) and its errors land on the same fields.
//!
//! Test ids: cc-req-id-holder, cc-req-id-data, cc-req-cf, cc-req-surname,
//! cc-req-name, cc-req-birth-date, cc-req-sex, cc-req-birthplace,
//! cc-req-residence-type, cc-req-address, cc-req-civic, cc-req-province,
//! cc-req-comune, cc-req-cap, cc-req-country, cc-req-city,
//! cc-req-home-phone, cc-req-mobile, cc-req-email, cc-req-pec,
//! cc-req-phone, cc-req-time, cc-req-submit, cc-req-error, cc-req-done;
//! each field's error `field-error-<path>`.

use domain::api::{
    ApiError, Contacts, ErrorCode, FieldError, Personal, PinRequest, RequestStatus, Residence,
    ResidenceType,
};
use leptos::prelude::*;

use super::{Console, ErrorBox};
use crate::api;
use crate::components::field::{SelectField, TextField};
use crate::components::form::{field_error, non_empty, setter};
use crate::i18n::{t, tf};
use crate::sim::{browser_today, use_sim};

/// The identity checks the operator confirms (field path, test id, label).
const IDENTITY: &[(&str, &str, &str)] = &[
    (
        "identity.holder",
        "cc-req-id-holder",
        "contact_center.request.identity_holder",
    ),
    (
        "identity.data",
        "cc-req-id-data",
        "contact_center.request.identity_data",
    ),
];

/// A confirmation checkbox of the identity check, its error next to it.
#[component]
fn Check(
    path: &'static str,
    testid: &'static str,
    label: &'static str,
    value: RwSignal<bool>,
    errors: RwSignal<Vec<FieldError>>,
) -> impl IntoView {
    let id = crate::components::field_dom_id(path);
    let error = field_error(errors, path);
    let input_id = id.clone();
    let err_id = format!("{id}-error");
    let described = err_id.clone();
    view! {
        <div class="field form-check" class:has-error=move || error.with(|e| e.is_some())>
            <input type="checkbox" class="form-check-input" id=input_id data-testid=testid
                aria-invalid=move || if error.with(|e| e.is_some()) { "true" } else { "false" }
                aria-describedby=move || error.with(|e| e.is_some()).then(|| described.clone())
                prop:checked=move || value.get()
                on:change=move |ev| value.set(event_target_checked(&ev)) />
            <label class="form-check-label" for=id>{t(label)}</label>
            {move || error.get().map(|m| view! {
                <span class="field-error" id=err_id.clone() data-testid=format!("field-error-{path}")>{m}</span>
            })}
        </div>
    }
}

#[component]
pub fn PhoneRequest() -> impl IntoView {
    let sim = use_sim();
    let s = || RwSignal::new(String::new());
    let (cf, surname, name, birth, birthplace) = (s(), s(), s(), s(), s());
    let (address, civic, province, comune, cap, country, city) =
        (s(), s(), s(), s(), s(), s(), s());
    let (home_phone, mobile, email, pec) = (s(), s(), s(), s());
    let sex = RwSignal::new("M".to_owned());
    let residence_type = RwSignal::new("italia".to_owned());
    let phone = RwSignal::new("mobile".to_owned());
    let slot = RwSignal::new("09-13".to_owned());
    let holder = RwSignal::new(false);
    let data_read_back = RwSignal::new(false);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let send = Action::new_local(|req: &PinRequest| {
        let req = req.clone();
        async move { api::contact_center::phone_request(&req).await }
    });
    Effect::new(move |_| match send.value().get() {
        Some(Ok(_)) => {
            errors.set(Vec::new());
            failure.set(None);
        }
        Some(Err(e)) => {
            errors.set(e.fields.clone());
            failure.set(Some(e));
        }
        None => {}
    });
    let abroad = move || residence_type.get() == "estero";
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let g = |s: RwSignal<String>| s.get_untracked().trim().to_owned();
        let o = |s: RwSignal<String>| non_empty(&s.get_untracked());
        let kind = if residence_type.get_untracked() == "estero" {
            ResidenceType::Estero
        } else {
            ResidenceType::Italia
        };
        let residence = match kind {
            ResidenceType::Italia => Residence {
                address: o(address),
                civic: o(civic),
                province: o(province),
                comune: o(comune),
                cap: o(cap),
                ..Default::default()
            },
            ResidenceType::Estero => Residence {
                address: o(address),
                country_code: o(country),
                city: o(city),
                ..Default::default()
            },
        };
        let req = PinRequest {
            codice_fiscale: g(cf).to_uppercase(),
            residence_type: kind,
            personal: Personal {
                surname: g(surname),
                name: g(name),
                birth_date: g(birth),
                sex: sex.get_untracked(),
                birthplace_code: g(birthplace).to_uppercase(),
            },
            residence,
            contacts: Contacts {
                home_phone: o(home_phone),
                mobile: o(mobile),
                email: o(email),
                pec: o(pec),
                preferred_phone: phone.get_untracked(),
                preferred_time: slot.get_untracked(),
            },
        };
        // The identity check first, then the online form's rules.
        let mut found: Vec<FieldError> = [(holder, IDENTITY[0].0), (data_read_back, IDENTITY[1].0)]
            .into_iter()
            .filter(|(v, _)| !v.get_untracked())
            .map(|(_, path)| {
                FieldError::new(
                    path,
                    "REQUIRED",
                    t("contact_center.request.identity_required"),
                )
            })
            .collect();
        let today = sim.today().unwrap_or_else(browser_today);
        found.extend(domain::request::validate(&req, today));
        if found.is_empty() {
            send.dispatch(req);
        } else {
            failure.set(Some(ApiError {
                code: ErrorCode::Validation,
                message: t("contact_center.request.check_fields").into(),
                fields: found.clone(),
                retry_after_seconds: None,
                attempts_left: None,
            }));
            errors.set(found);
        }
    };
    let options = |list: &[(&str, &'static str)]| -> Vec<(String, String)> {
        list.iter()
            .map(|(v, k)| ((*v).to_owned(), t(k).to_owned()))
            .collect()
    };
    let sexes = options(&[
        ("M", "contact_center.request.male"),
        ("F", "contact_center.request.female"),
    ]);
    let kinds = options(&[
        ("italia", "contact_center.request.residence_italia"),
        ("estero", "contact_center.request.residence_estero"),
    ]);
    let phones = options(&[
        ("mobile", "contact_center.mobile"),
        ("home", "contact_center.home_phone"),
    ]);
    let slots = options(&[
        ("09-13", "contact_center.request.slot_morning"),
        ("13-18", "contact_center.request.slot_afternoon"),
        ("18-20", "contact_center.request.slot_evening"),
        ("08-20", "contact_center.request.slot_any"),
    ]);
    let choose = t("contact_center.request.choose");
    view! {
        <Console active="request" title="contact_center.title">
            <h2>{t("contact_center.request.title")}</h2>
            <p>{t("contact_center.request.intro")}</p>
            {move || send.value().get().and_then(|r| r.ok()).map(|done| view! {
                <div class="alert alert-success" role="status" data-testid="cc-req-done">
                    <p>{tf("contact_center.request.done", &[("id", &done.request_id)])}</p>
                    <p>{match done.status {
                        RequestStatus::Issued => t("contact_center.request.done_issued"),
                        RequestStatus::AwaitingVerification => t("contact_center.request.done_awaiting"),
                    }}</p>
                </div>
            })}
            <div aria-live="assertive">
                {move || failure.get().map(|e| view! { <ErrorBox error=e testid="cc-req-error" /> })}
            </div>
            <form class="cc-form" novalidate on:submit=submit>
                <fieldset>
                    <legend>{t("contact_center.request.identity")}</legend>
                    <p class="cc-hint">{t("contact_center.request.identity_hint")}</p>
                    {IDENTITY.iter().map(|(path, testid, label)| {
                        let value = if *path == IDENTITY[0].0 { holder } else { data_read_back };
                        view! { <Check path=path testid=testid label=label value=value errors=errors /> }
                    }).collect_view()}
                </fieldset>
                <TextField path="codice_fiscale" label=t("contact_center.cf") testid="cc-req-cf"
                    value=cf on_input=setter(cf) error=field_error(errors, "codice_fiscale")
                    required=true uppercase=true maxlength=16 autocomplete="off" />
                <fieldset>
                    <legend>{t("contact_center.request.personal")}</legend>
                    <TextField path="personal.surname" label=t("contact_center.request.surname") testid="cc-req-surname"
                        value=surname on_input=setter(surname) error=field_error(errors, "personal.surname") required=true />
                    <TextField path="personal.name" label=t("contact_center.request.name") testid="cc-req-name"
                        value=name on_input=setter(name) error=field_error(errors, "personal.name") required=true />
                    <TextField path="personal.birth_date" label=t("contact_center.request.birth_date") testid="cc-req-birth-date"
                        value=birth on_input=setter(birth) error=field_error(errors, "personal.birth_date") required=true />
                    <SelectField path="personal.sex" label=t("contact_center.request.sex") testid="cc-req-sex"
                        value=sex on_change=setter(sex) options=sexes.clone() placeholder=choose
                        error=field_error(errors, "personal.sex") required=true />
                    <TextField path="personal.birthplace_code" label=t("contact_center.request.birthplace") testid="cc-req-birthplace"
                        value=birthplace on_input=setter(birthplace) error=field_error(errors, "personal.birthplace_code")
                        required=true uppercase=true maxlength=4 />
                </fieldset>
                <fieldset>
                    <legend>{move || if abroad() { t("contact_center.request.residence_abroad") } else { t("contact_center.request.residence") }}</legend>
                    <SelectField path="residence_type" label=t("contact_center.request.residence_type") testid="cc-req-residence-type"
                        value=residence_type on_change=setter(residence_type) options=kinds.clone() placeholder=choose
                        error=field_error(errors, "residence_type") required=true />
                    <TextField path="residence.address" label=t("contact_center.address") testid="cc-req-address"
                        value=address on_input=setter(address) error=field_error(errors, "residence.address") required=true />
                    <Show when=move || !abroad() fallback=move || view! {
                        <TextField path="residence.country_code" label=t("contact_center.country") testid="cc-req-country"
                            value=country on_input=setter(country) error=field_error(errors, "residence.country_code")
                            required=true uppercase=true maxlength=4 />
                        <TextField path="residence.city" label=t("contact_center.city") testid="cc-req-city"
                            value=city on_input=setter(city) error=field_error(errors, "residence.city") required=true />
                    }>
                        <TextField path="residence.civic" label=t("contact_center.civic") testid="cc-req-civic"
                            value=civic on_input=setter(civic) error=field_error(errors, "residence.civic") required=true />
                        <TextField path="residence.province" label=t("contact_center.province") testid="cc-req-province"
                            value=province on_input=setter(province) error=field_error(errors, "residence.province")
                            required=true uppercase=true maxlength=2 />
                        <TextField path="residence.comune" label=t("contact_center.comune") testid="cc-req-comune"
                            value=comune on_input=setter(comune) error=field_error(errors, "residence.comune") required=true />
                        <TextField path="residence.cap" label=t("contact_center.cap") testid="cc-req-cap"
                            value=cap on_input=setter(cap) error=field_error(errors, "residence.cap")
                            required=true inputmode="numeric" maxlength=5 />
                    </Show>
                </fieldset>
                <fieldset>
                    <legend>{t("contact_center.request.contacts")}</legend>
                    <p class="cc-hint">{t("contact_center.request.contacts_hint")}</p>
                    <TextField path="contacts.home_phone" label=t("contact_center.home_phone") testid="cc-req-home-phone"
                        value=home_phone on_input=setter(home_phone) error=field_error(errors, "contacts.home_phone")
                        input_type="tel" />
                    <TextField path="contacts.mobile" label=t("contact_center.mobile") testid="cc-req-mobile"
                        value=mobile on_input=setter(mobile) error=field_error(errors, "contacts.mobile") input_type="tel" />
                    <TextField path="contacts.email" label=t("contact_center.email") testid="cc-req-email"
                        value=email on_input=setter(email) error=field_error(errors, "contacts.email") input_type="email" />
                    <TextField path="contacts.pec" label=t("contact_center.pec") testid="cc-req-pec"
                        value=pec on_input=setter(pec) error=field_error(errors, "contacts.pec") input_type="email" />
                    <SelectField path="contacts.preferred_phone" label=t("contact_center.request.preferred_phone") testid="cc-req-phone"
                        value=phone on_change=setter(phone) options=phones.clone() placeholder=choose
                        error=field_error(errors, "contacts.preferred_phone") required=true />
                    <SelectField path="contacts.preferred_time" label=t("contact_center.request.preferred_time") testid="cc-req-time"
                        value=slot on_change=setter(slot) options=slots.clone() placeholder=choose
                        error=field_error(errors, "contacts.preferred_time") required=true />
                </fieldset>
                <button type="submit" class="btn btn-primary" data-testid="cc-req-submit">{t("contact_center.request.submit")}</button>
            </form>
        </Console>
    }
}
