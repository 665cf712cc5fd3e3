//! Step 3 of "Richiedi PIN": the summary of everything typed, with a way
//! back to each step, before the request is sent.

use domain::api::ResidenceType;
use leptos::prelude::*;

use super::steps::StepTitle;
use super::{field_label, Ctx};
use crate::i18n::{t, t_opt};

#[component]
pub fn Step3(ctx: Ctx, on_edit: Callback<u8>) -> impl IntoView {
    let f = ctx.form.get_untracked();
    let req = f.to_request();
    let dash = |s: &Option<String>| {
        s.clone()
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "—".to_string())
    };
    let sex = match req.personal.sex.as_str() {
        "M" => t("request.sex_m"),
        "F" => t("request.sex_f"),
        _ => "—",
    };
    let birthplace = if f.birth_abroad() {
        format!("{} ({})", f.birth_country_name, f.birth_country)
    } else {
        format!(
            "{} ({}) — {}",
            f.birth_comune_name, f.birth_province, f.birth_comune
        )
    };
    let mut rows: Vec<(&'static str, String)> = vec![
        (field_label("codice_fiscale"), req.codice_fiscale.clone()),
        (
            t("request.residence_type"),
            match req.residence_type {
                ResidenceType::Italia => t("request.residence_italia").to_string(),
                ResidenceType::Estero => t("request.residence_estero").to_string(),
            },
        ),
        (
            field_label("personal.surname"),
            req.personal.surname.clone(),
        ),
        (field_label("personal.name"), req.personal.name.clone()),
        (
            field_label("personal.birth_date"),
            f.birth_date.trim().to_string(),
        ),
        (field_label("personal.sex"), sex.to_string()),
        (t("request.summary_birthplace"), birthplace),
    ];
    match req.residence_type {
        ResidenceType::Italia => rows.extend([
            (
                field_label("residence.address"),
                format!(
                    "{} {}",
                    dash(&req.residence.address),
                    dash(&req.residence.civic)
                ),
            ),
            (
                field_label("residence.comune"),
                format!(
                    "{} ({})",
                    dash(&req.residence.comune),
                    dash(&req.residence.province)
                ),
            ),
            (field_label("residence.cap"), dash(&req.residence.cap)),
        ]),
        ResidenceType::Estero => rows.extend([
            (
                field_label("residence.country_code"),
                format!("{} ({})", f.country_name, f.country_code),
            ),
            (field_label("residence.city"), dash(&req.residence.city)),
            (
                field_label("residence.address"),
                dash(&req.residence.address),
            ),
        ]),
    }
    let phone_label = |v: &str| t_opt(&format!("request.preferred_phone.{v}")).unwrap_or("—");
    let time_label = |v: &str| t_opt(&format!("request.preferred_time.{v}")).unwrap_or("—");
    rows.extend([
        (
            field_label("contacts.home_phone"),
            dash(&req.contacts.home_phone),
        ),
        (field_label("contacts.mobile"), dash(&req.contacts.mobile)),
        (field_label("contacts.email"), dash(&req.contacts.email)),
        (field_label("contacts.pec"), dash(&req.contacts.pec)),
        (
            field_label("contacts.preferred_phone"),
            phone_label(&req.contacts.preferred_phone).to_string(),
        ),
        (
            field_label("contacts.preferred_time"),
            time_label(&req.contacts.preferred_time).to_string(),
        ),
    ]);
    view! {
        <StepTitle key="request.step3_title" />
        <p>{t("request.step3_intro")}</p>
        <dl class="summary" data-testid="request-summary">
            {rows.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
        </dl>
        <p class="home-links">
            <button type="button" class="btn btn-outline-primary" data-testid="request-edit-1" on:click=move |_| on_edit.run(1)>
                {t("request.edit_step1")}
            </button>
            <button type="button" class="btn btn-outline-primary" data-testid="request-edit-2" on:click=move |_| on_edit.run(2)>
                {t("request.edit_step2")}
            </button>
        </p>
    }
}
