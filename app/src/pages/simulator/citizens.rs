//! "Cittadini di prova": a new synthetic citizen of the simulated registry,
//! with data to type into the procedures and a link to their letterbox.

use crate::format::date;
use domain::api::{ApiError, Citizen, Sex};
use leptos::prelude::*;

use super::error_view;
use crate::api;
use crate::i18n::{t, tf};

#[component]
pub fn CitizenPanel(letterbox: RwSignal<String>) -> impl IntoView {
    let create = Action::new_local(|_: &()| api::simulator::new_citizen());
    let citizens = RwSignal::new(Vec::<Citizen>::new());
    let error = RwSignal::new(None::<ApiError>);
    Effect::new(move |_| match create.value().get() {
        Some(Ok(c)) => {
            error.set(None);
            citizens.update(|list| {
                if !list.iter().any(|x| x.codice_fiscale == c.codice_fiscale) {
                    list.insert(0, c);
                }
            });
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    let pending = create.pending();
    view! {
        <section class="sim-panel sim-citizens" aria-labelledby="sim-citizen-title">
            <h2 id="sim-citizen-title">{t("simulator.citizen.title")}</h2>
            <p>{t("simulator.citizen.intro")}</p>
            <button type="button" class="btn btn-primary" data-testid="sim-new-citizen"
                disabled=move || pending.get()
                on:click=move |_| {
                    create.dispatch(());
                }>
                {t("simulator.citizen.new")}
            </button>
            <div aria-live="polite">
                {move || error.get().map(error_view)}
                <For
                    each=move || citizens.get()
                    key=|c| c.codice_fiscale.clone()
                    children=move |c| view! { <CitizenCard c=c letterbox=letterbox /> }
                />
            </div>
        </section>
    }
}

/// The citizen as "Richiedi PIN" asks for them, in the form's order and
/// with its labels: codice fiscale; surname, name, birth date, sex, the
/// province and comune of birth by name (or the country); the residence as
/// address, civic number, province, comune and CAP apart.
#[component]
fn CitizenCard(c: Citizen, letterbox: RwSignal<String>) -> impl IntoView {
    let r = c.residence.clone();
    let ts = format!(
        "{} — {}",
        c.tessera_sanitaria.number,
        tf(
            "simulator.citizen.ts_expiry",
            &[("date", &date(c.tessera_sanitaria.expiry))]
        )
    );
    let cf = c.codice_fiscale.clone();
    let sex = match c.sex {
        Sex::M => t("request.sex_m"),
        Sex::F => t("request.sex_f"),
    };
    // Names, not codes: the birthplace as the codice fiscale service decodes
    // it, the provinces from the form's own list.
    let code = c.codice_fiscale.clone();
    let birthplace = LocalResource::new(move || {
        let code = code.clone();
        async move { api::request::codice_fiscale(&code, None).await }
    });
    let provinces = LocalResource::new(api::request::provinces);
    let province_name = move |sigla: String| {
        provinces
            .get()
            .and_then(|r| r.ok())
            .and_then(|l| l.into_iter().find(|p| p.sigla == sigla))
            .map(|p| format!("{} ({})", p.name, p.sigla))
            .unwrap_or(sigla)
    };
    let code_fallback = c.birthplace_code.clone();
    let decoded = move || {
        birthplace
            .get()
            .and_then(|r| r.ok())
            .and_then(|cf| cf.decoded)
            .map(|d| d.birthplace)
    };
    let birth_rows = move || {
        let fallback = code_fallback.clone();
        match decoded() {
            Some(b) if b.province.is_some() => {
                let sigla = b.province.clone().unwrap_or_default();
                view! {
                    <div><dt>{t("request.label.personal.birth_province")}</dt>
                        <dd data-testid="sim-citizen-birth-province">{province_name(sigla)}</dd></div>
                    <div><dt>{t("request.label.personal.birthplace_code")}</dt>
                        <dd data-testid="sim-citizen-birthplace">{b.name}</dd></div>
                }
                .into_any()
            }
            Some(b) => view! {
                <div><dt>{t("request.label.birth_country")}</dt>
                    <dd data-testid="sim-citizen-birthplace">{b.name}</dd></div>
            }
            .into_any(),
            None => view! {
                <div><dt>{t("request.birth_kind")}</dt>
                    <dd data-testid="sim-citizen-birthplace" translate="no">{fallback}</dd></div>
            }
            .into_any(),
        }
    };
    let res_province = r.province.clone();
    view! {
        <div class="citizen-card" data-testid="sim-citizen">
            <dl>
                <div><dt>{t("request.label.codice_fiscale")}</dt>
                    <dd data-testid="sim-citizen-cf" translate="no">{c.codice_fiscale.clone()}</dd></div>
                <div><dt>{t("request.label.personal.surname")}</dt>
                    <dd data-testid="sim-citizen-surname">{c.surname.clone()}</dd></div>
                <div><dt>{t("request.label.personal.name")}</dt>
                    <dd data-testid="sim-citizen-name">{c.name.clone()}</dd></div>
                <div><dt>{t("request.label.personal.birth_date")}</dt>
                    <dd data-testid="sim-citizen-birth">{date(c.birth_date)}</dd></div>
                <div><dt>{t("request.label.personal.sex")}</dt><dd data-testid="sim-citizen-sex">{sex}</dd></div>
                {birth_rows}
                <div><dt>{t("request.label.residence.address")}</dt>
                    <dd data-testid="sim-citizen-address">{r.address}</dd></div>
                <div><dt>{t("request.label.residence.civic")}</dt>
                    <dd data-testid="sim-citizen-civic">{r.civic}</dd></div>
                <div><dt>{t("request.label.residence.province")}</dt>
                    <dd data-testid="sim-citizen-province">{move || province_name(res_province.clone())}</dd></div>
                <div><dt>{t("request.label.residence.comune")}</dt>
                    <dd data-testid="sim-citizen-comune">{r.comune}</dd></div>
                <div><dt>{t("request.label.residence.cap")}</dt>
                    <dd data-testid="sim-citizen-cap">{r.cap}</dd></div>
                <div><dt>{t("simulator.citizen.ts")}</dt><dd data-testid="sim-citizen-ts">{ts}</dd></div>
            </dl>
            <button type="button" class="btn btn-outline-primary" data-testid="sim-citizen-letterbox"
                on:click=move |_| letterbox.set(cf.clone())>
                {t("simulator.citizen.letterbox")}
            </button>
        </div>
    }
}
