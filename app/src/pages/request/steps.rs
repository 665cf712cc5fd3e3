//! Steps 1 and 2 of "Richiedi PIN": the codice fiscale and residence type,
//! then personal data, residence and contacts (step 3, the summary: [`super::summary`]).

use domain::api::ResidenceType;
use domain::request::{
    MAX_CIVIC_LEN, MAX_NAME_LEN, MAX_TEXT_LEN, PREFERRED_PHONES, PREFERRED_TIMES,
};
use leptos::prelude::*;

use super::state::BIRTH_PROVINCE;
use super::{field_label, Ctx};
use crate::api;
use crate::components::field::{ErrorSummary, RadioGroup, SelectField, TextField};
use crate::i18n::{t, t_opt};

#[component]
pub(super) fn StepTitle(key: &'static str) -> impl IntoView {
    view! { <h2 id="request-step-title" tabindex="-1" data-testid="request-step-title">{t(key)}</h2> }
}

#[component]
pub fn Step1(ctx: Ctx) -> impl IntoView {
    let residence = Signal::derive(move || {
        ctx.form.with(|f| match f.residence_type {
            ResidenceType::Italia => "italia".to_string(),
            ResidenceType::Estero => "estero".to_string(),
        })
    });
    view! {
        <StepTitle key="request.step1_title" />
        <ErrorSummary items=ctx.summary(1) />
        <p>{t("request.step1_intro")}</p>
        <TextField
            path="codice_fiscale"
            label=field_label("codice_fiscale")
            testid="request-cf"
            value=ctx.value("codice_fiscale")
            on_input=ctx.setter("codice_fiscale")
            on_blur=ctx.touch("codice_fiscale")
            error=ctx.error("codice_fiscale")
            hint=t("request.cf_hint")
            required=true
            autocomplete="off"
            maxlength=16
            uppercase=true
        />
        <RadioGroup
            path="residence_type"
            legend=t("request.residence_type")
            testid="request-residence"
            options=vec![("italia", t("request.residence_italia")), ("estero", t("request.residence_estero"))]
            value=residence
            on_change=Callback::new(move |v: String| ctx.form.update(|f| f.set("residence_type", v)))
            error=Signal::derive(|| None::<String>)
            required=true
        />
        <p class="required-legend">{t("common.required_legend")}</p>
    }
}

fn pairs<T>(
    list: Option<Result<Vec<T>, domain::api::ApiError>>,
    f: impl Fn(&T) -> (String, String),
) -> Vec<(String, String)> {
    match list {
        Some(Ok(items)) => items.iter().map(f).collect(),
        _ => Vec::new(),
    }
}

#[component]
pub fn Step2(ctx: Ctx) -> impl IntoView {
    let form = ctx.form;
    let provinces = LocalResource::new(api::request::provinces);
    let countries = LocalResource::new(api::request::countries);
    let birth_comuni = LocalResource::new(move || {
        let (sigla, date) = form.with(|f| (f.birth_province.clone(), f.birth_date_iso()));
        async move {
            if sigla.is_empty() {
                Ok(Vec::new())
            } else {
                api::request::comuni(&sigla, date.as_deref()).await
            }
        }
    });
    let residence_comuni = LocalResource::new(move || {
        let sigla = form.with(|f| f.province.clone());
        let today = domain::datetime::iso(ctx.today.get());
        async move {
            if sigla.is_empty() {
                Ok(Vec::new())
            } else {
                api::request::comuni(&sigla, Some(&today)).await
            }
        }
    });

    let province_opts = Signal::derive(move || {
        pairs(provinces.get(), |p: &api::request::Province| {
            (p.sigla.clone(), format!("{} ({})", p.name, p.sigla))
        })
    });
    let country_opts = Signal::derive(move || {
        pairs(countries.get(), |c: &api::request::Country| {
            (c.code.clone(), c.name.clone())
        })
    });
    let birth_comune_opts = Signal::derive(move || {
        pairs(birth_comuni.get(), |c: &api::request::Comune| {
            (c.code.clone(), c.name.clone())
        })
    });
    let residence_comune_opts = Signal::derive(move || {
        pairs(residence_comuni.get(), |c: &api::request::Comune| {
            (c.name.clone(), c.name.clone())
        })
    });

    let abroad = Signal::derive(move || form.with(|f| f.birth_abroad()));
    let italian_residence =
        Signal::derive(move || form.with(|f| f.residence_type == ResidenceType::Italia));

    // Remember the names of the chosen places for the summary.
    let set_birth_comune = Callback::new(move |code: String| {
        let name = birth_comune_opts
            .with_untracked(|o| o.iter().find(|(c, _)| *c == code).map(|(_, n)| n.clone()));
        ctx.setter("personal.birthplace_code").run(code);
        form.update(|f| f.birth_comune_name = name.unwrap_or_default());
    });
    let set_birth_country = Callback::new(move |code: String| {
        let name = country_opts
            .with_untracked(|o| o.iter().find(|(c, _)| *c == code).map(|(_, n)| n.clone()));
        ctx.setter("personal.birthplace_code").run(code);
        form.update(|f| f.birth_country_name = name.unwrap_or_default());
    });
    let set_country = Callback::new(move |code: String| {
        let name = country_opts
            .with_untracked(|o| o.iter().find(|(c, _)| *c == code).map(|(_, n)| n.clone()));
        ctx.setter("residence.country_code").run(code);
        form.update(|f| f.country_name = name.unwrap_or_default());
    });

    let phones: Vec<(String, String)> = PREFERRED_PHONES
        .iter()
        .map(|(v, l)| {
            (
                v.to_string(),
                t_opt(&format!("request.preferred_phone.{v}"))
                    .unwrap_or(l)
                    .to_string(),
            )
        })
        .collect();
    let times: Vec<(String, String)> = PREFERRED_TIMES
        .iter()
        .map(|(v, l)| {
            (
                v.to_string(),
                t_opt(&format!("request.preferred_time.{v}"))
                    .unwrap_or(l)
                    .to_string(),
            )
        })
        .collect();

    let cf = move || form.with(|f| f.to_request().codice_fiscale);

    view! {
        <StepTitle key="request.step2_title" />
        <ErrorSummary items=ctx.summary(2) />
        <p>{t("request.step2_intro")} " " <strong data-testid="request-cf-readonly">{cf}</strong></p>

        <fieldset>
            <legend>{t("request.personal_legend")}</legend>
            <div class="field-grid">
                <TextField path="personal.surname" label=field_label("personal.surname") testid="request-surname"
                    value=ctx.value("personal.surname") on_input=ctx.setter("personal.surname")
                    on_blur=ctx.touch("personal.surname") error=ctx.error("personal.surname")
                    required=true autocomplete="family-name" maxlength={MAX_NAME_LEN as u32} />
                <TextField path="personal.name" label=field_label("personal.name") testid="request-name"
                    value=ctx.value("personal.name") on_input=ctx.setter("personal.name")
                    on_blur=ctx.touch("personal.name") error=ctx.error("personal.name")
                    required=true autocomplete="given-name" maxlength={MAX_NAME_LEN as u32} />
                <TextField path="personal.birth_date" label=field_label("personal.birth_date") testid="request-birth-date"
                    value=ctx.value("personal.birth_date") on_input=ctx.setter("personal.birth_date")
                    on_blur=ctx.touch("personal.birth_date") error=ctx.error("personal.birth_date")
                    required=true hint=t("request.date_hint") placeholder=t("common.date_placeholder") maxlength=10
                    inputmode="numeric" autocomplete="bday" />
                <RadioGroup path="personal.sex" legend=field_label("personal.sex") testid="request-sex"
                    options=vec![("M", t("request.sex_m")), ("F", t("request.sex_f"))]
                    value=ctx.value("personal.sex") on_change=ctx.setter("personal.sex")
                    error=ctx.error("personal.sex") required=true />
            </div>
            <RadioGroup path="personal.birth_kind" legend=t("request.birth_kind") testid="request-birth-kind"
                options=vec![("italia", t("request.birth_italia")), ("estero", t("request.birth_estero"))]
                value=ctx.value("personal.birth_kind") on_change=ctx.setter("personal.birth_kind")
                error=Signal::derive(|| None::<String>) required=true />
            <div class="field-grid">
                <Show
                    when=move || !abroad.get()
                    fallback=move || view! {
                        <SelectField path="personal.birthplace_code" label=t("request.label.birth_country") testid="request-birth-country"
                            value=ctx.value("personal.birthplace_code") on_change=set_birth_country
                            on_blur=ctx.touch("personal.birthplace_code")
                            options=country_opts placeholder=t("request.choose_country")
                            error=ctx.error("personal.birthplace_code") required=true
                            busy=Signal::derive(move || countries.get().is_none()) />
                    }
                >
                    <SelectField path=BIRTH_PROVINCE label=field_label(BIRTH_PROVINCE) testid="request-birth-province"
                        value=ctx.value(BIRTH_PROVINCE) on_change=ctx.setter(BIRTH_PROVINCE)
                        on_blur=ctx.touch(BIRTH_PROVINCE)
                        options=province_opts placeholder=t("request.choose_province")
                        error=ctx.error(BIRTH_PROVINCE) required=true
                        busy=Signal::derive(move || provinces.get().is_none()) />
                    <SelectField path="personal.birthplace_code" label=field_label("personal.birthplace_code") testid="request-birth-comune"
                        value=ctx.value("personal.birthplace_code") on_change=set_birth_comune
                        on_blur=ctx.touch("personal.birthplace_code")
                        options=birth_comune_opts placeholder=t("request.choose_comune")
                        error=ctx.error("personal.birthplace_code") required=true
                        hint=t("request.birth_comune_hint")
                        disabled=Signal::derive(move || form.with(|f| f.birth_province.is_empty()))
                        busy=Signal::derive(move || form.with(|f| !f.birth_province.is_empty()) && birth_comuni.get().is_none()) />
                </Show>
            </div>
        </fieldset>

        <fieldset>
            <legend>{move || if italian_residence.get() { t("request.residence_legend_italia") } else { t("request.residence_legend_estero") }}</legend>
            <Show
                when=move || italian_residence.get()
                fallback=move || view! {
                    <div class="field-grid">
                        <SelectField path="residence.country_code" label=field_label("residence.country_code") testid="request-country"
                            value=ctx.value("residence.country_code") on_change=set_country
                            on_blur=ctx.touch("residence.country_code")
                            options=country_opts placeholder=t("request.choose_country")
                            error=ctx.error("residence.country_code") required=true
                            busy=Signal::derive(move || countries.get().is_none()) />
                        <TextField path="residence.city" label=field_label("residence.city") testid="request-city"
                            value=ctx.value("residence.city") on_input=ctx.setter("residence.city")
                            on_blur=ctx.touch("residence.city") error=ctx.error("residence.city")
                            required=true autocomplete="address-level2" maxlength={MAX_TEXT_LEN as u32} />
                        <TextField path="residence.address" label=field_label("residence.address") testid="request-address"
                            value=ctx.value("residence.address") on_input=ctx.setter("residence.address")
                            on_blur=ctx.touch("residence.address") error=ctx.error("residence.address")
                            required=true autocomplete="street-address" maxlength={MAX_TEXT_LEN as u32} />
                    </div>
                }
            >
                <div class="field-grid">
                    <TextField path="residence.address" label=field_label("residence.address") testid="request-address"
                        value=ctx.value("residence.address") on_input=ctx.setter("residence.address")
                        on_blur=ctx.touch("residence.address") error=ctx.error("residence.address")
                        required=true autocomplete="address-line1" maxlength={MAX_TEXT_LEN as u32} />
                    <TextField path="residence.civic" label=field_label("residence.civic") testid="request-civic"
                        value=ctx.value("residence.civic") on_input=ctx.setter("residence.civic")
                        on_blur=ctx.touch("residence.civic") error=ctx.error("residence.civic")
                        required=true maxlength={MAX_CIVIC_LEN as u32} />
                    <SelectField path="residence.province" label=field_label("residence.province") testid="request-province"
                        value=ctx.value("residence.province") on_change=ctx.setter("residence.province")
                        on_blur=ctx.touch("residence.province")
                        options=province_opts placeholder=t("request.choose_province")
                        error=ctx.error("residence.province") required=true
                        busy=Signal::derive(move || provinces.get().is_none()) />
                    <SelectField path="residence.comune" label=field_label("residence.comune") testid="request-comune"
                        value=ctx.value("residence.comune") on_change=ctx.setter("residence.comune")
                        on_blur=ctx.touch("residence.comune")
                        options=residence_comune_opts placeholder=t("request.choose_comune")
                        error=ctx.error("residence.comune") required=true
                        disabled=Signal::derive(move || form.with(|f| f.province.is_empty()))
                        busy=Signal::derive(move || form.with(|f| !f.province.is_empty()) && residence_comuni.get().is_none()) />
                    <TextField path="residence.cap" label=field_label("residence.cap") testid="request-cap"
                        value=ctx.value("residence.cap") on_input=ctx.setter("residence.cap")
                        on_blur=ctx.touch("residence.cap") error=ctx.error("residence.cap")
                        required=true maxlength=5 inputmode="numeric" autocomplete="postal-code" />
                </div>
            </Show>
        </fieldset>

        <fieldset>
            <legend>{t("request.contacts_legend")}</legend>
            <p class="field-hint" id="contacts-rule">{t("request.contacts_rule")}</p>
            <div class="field-grid">
                <TextField path="contacts.home_phone" label=field_label("contacts.home_phone") testid="request-home-phone"
                    value=ctx.value("contacts.home_phone") on_input=ctx.setter("contacts.home_phone")
                    on_blur=ctx.touch("contacts.home_phone") error=ctx.error("contacts.home_phone")
                    input_type="tel" autocomplete="tel" placeholder="+39 06 1234567" />
                <TextField path="contacts.mobile" label=field_label("contacts.mobile") testid="request-mobile"
                    value=ctx.value("contacts.mobile") on_input=ctx.setter("contacts.mobile")
                    on_blur=ctx.touch("contacts.mobile") error=ctx.error("contacts.mobile")
                    input_type="tel" autocomplete="tel" placeholder="+39 333 1234567" />
                <TextField path="contacts.email" label=field_label("contacts.email") testid="request-email"
                    value=ctx.value("contacts.email") on_input=ctx.setter("contacts.email")
                    on_blur=ctx.touch("contacts.email") error=ctx.error("contacts.email")
                    input_type="email" autocomplete="email" />
                <TextField path="contacts.pec" label=field_label("contacts.pec") testid="request-pec"
                    value=ctx.value("contacts.pec") on_input=ctx.setter("contacts.pec")
                    on_blur=ctx.touch("contacts.pec") error=ctx.error("contacts.pec")
                    input_type="email" />
                <SelectField path="contacts.preferred_phone" label=field_label("contacts.preferred_phone") testid="request-preferred-phone"
                    value=ctx.value("contacts.preferred_phone") on_change=ctx.setter("contacts.preferred_phone")
                    on_blur=ctx.touch("contacts.preferred_phone")
                    options=Signal::derive(move || phones.clone()) placeholder=t("request.choose_phone")
                    error=ctx.error("contacts.preferred_phone") required=true
                    hint=t("request.preferred_hint") />
                <SelectField path="contacts.preferred_time" label=field_label("contacts.preferred_time") testid="request-preferred-time"
                    value=ctx.value("contacts.preferred_time") on_change=ctx.setter("contacts.preferred_time")
                    on_blur=ctx.touch("contacts.preferred_time")
                    options=Signal::derive(move || times.clone()) placeholder=t("request.choose_time")
                    error=ctx.error("contacts.preferred_time") required=true />
            </div>
        </fieldset>
        <p class="required-legend">{t("common.required_legend")}</p>
    }
}
