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

#[component]
fn CitizenCard(c: Citizen, letterbox: RwSignal<String>) -> impl IntoView {
    let r = &c.residence;
    let residence = format!(
        "{} {}, {} {} ({})",
        r.address, r.civic, r.cap, r.comune, r.province
    );
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
        Sex::M => "M",
        Sex::F => "F",
    };
    view! {
        <div class="citizen-card" data-testid="sim-citizen">
            <dl>
                <div><dt>{t("simulator.citizen.cf")}</dt>
                    <dd data-testid="sim-citizen-cf" translate="no">{c.codice_fiscale.clone()}</dd></div>
                <div><dt>{t("simulator.citizen.name")}</dt>
                    <dd data-testid="sim-citizen-name">{format!("{} {}", c.surname, c.name)}</dd></div>
                <div><dt>{t("simulator.citizen.sex")}</dt><dd data-testid="sim-citizen-sex">{sex}</dd></div>
                <div><dt>{t("simulator.citizen.birth")}</dt>
                    <dd data-testid="sim-citizen-birth">{date(c.birth_date)}</dd></div>
                <div><dt>{t("simulator.citizen.birthplace")}</dt>
                    <dd data-testid="sim-citizen-birthplace">{c.birthplace_code.clone()}</dd></div>
                <div><dt>{t("simulator.citizen.residence")}</dt>
                    <dd data-testid="sim-citizen-residence">{residence}</dd></div>
                <div><dt>{t("simulator.citizen.ts")}</dt><dd data-testid="sim-citizen-ts">{ts}</dd></div>
            </dl>
            <button type="button" class="btn btn-outline-primary" data-testid="sim-citizen-letterbox"
                on:click=move |_| letterbox.set(cf.clone())>
                {t("simulator.citizen.letterbox")}
            </button>
        </div>
    }
}
