//! "Le mie domande" on `/servizi`: the list of the citizen's applications and
//! the form of a new one, its fields checked in the browser with
//! `domain::dispositivo::validate_application`.
//!
//! Test ids: apps-list, apps-empty, app-<id>, app-status-<id>,
//! app-protocol-<id>, app-receipt-<id>, apps-frozen-note, app-form, app-kind,
//! app-field-<name>, field-error-data.<name>, app-submit, app-result,
//! app-error.

use std::collections::BTreeMap;

use crate::format::rome_datetime;
use domain::api::{ApiError, Level};
use domain::dispositivo::{
    validate_application, Application, ApplicationKind, ApplicationStatus, NewApplication,
};
use leptos::prelude::*;

use crate::api;
use crate::i18n::{t, t_opt, t_or};
use crate::sim::browser_today;

fn field_label(name: &str) -> &'static str {
    match name {
        "category" => t("services.apps.field.category"),
        "iban" => t("services.apps.field.iban"),
        "last_employer" => t("services.apps.field.last_employer"),
        "termination_date" => t("services.apps.field.termination_date"),
        "child_codice_fiscale" => t("services.apps.field.child_codice_fiscale"),
        "child_birth_date" => t("services.apps.field.child_birth_date"),
        "period" => t("services.apps.field.period"),
        "household_members" => t("services.apps.field.household_members"),
        _ => t("services.apps.field.household_income"),
    }
}

#[component]
pub fn Applications(
    level: Level,
    apps: LocalResource<Result<Vec<Application>, ApiError>>,
) -> impl IntoView {
    let kinds: Vec<ApplicationKind> = ApplicationKind::ALL
        .into_iter()
        .filter(|k| level >= k.min_level())
        .collect();
    let sim = crate::sim::use_sim();
    let kind = RwSignal::new(String::new());
    let data = RwSignal::new(BTreeMap::<String, String>::new());
    let errors = RwSignal::new(BTreeMap::<String, String>::new());
    let send = Action::new_local(|body: &NewApplication| {
        let body = body.clone();
        async move { api::services::submit_application(&body).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(_)) = send.value().get() {
            // Sent: the form is cleared so that the same application is not
            // sent twice by mistake; the outcome stays below it.
            kind.set(String::new());
            data.set(BTreeMap::new());
            apps.refetch();
        }
        if let Some(Err(e)) = send.value().get() {
            errors.set(
                e.fields
                    .iter()
                    .map(|f| (f.field.clone(), f.message.clone()))
                    .collect(),
            );
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(k) = ApplicationKind::parse(&kind.get_untracked()) else {
            return;
        };
        let d = data.get_untracked();
        let today = sim.today().unwrap_or_else(browser_today);
        let errs = validate_application(k, &d, today);
        errors.set(
            errs.iter()
                .map(|f| (f.field.clone(), f.message.clone()))
                .collect(),
        );
        if let Some(first) = errs.first() {
            crate::components::focus_id(&format!(
                "app-f-{}",
                first.field.trim_start_matches("data.")
            ));
        } else {
            send.dispatch(NewApplication {
                kind: k.slug().into(),
                data: d,
            });
        }
    };
    let fields = move || {
        ApplicationKind::parse(&kind.get()).map(|k| {
            k.fields()
                .iter()
                .map(|name| {
                    let name: &'static str = name;
                    let path = format!("data.{name}");
                    let id = format!("app-f-{name}");
                    let err_path = path.clone();
                    let err = move || errors.with(|e| e.get(&err_path).cloned());
                    let err2 = err.clone();
                    let err3 = err.clone();
                    let err4 = err.clone();
                    view! {
                        <div class="field" class:has-error=move || err2().is_some()>
                            <label for=id.clone()>{field_label(name)}</label>
                            {if name == "category" || name == "period" {
                                let options: Vec<(&'static str, &'static str)> = if name == "category" {
                                    domain::dispositivo::COVID_CATEGORIES
                                        .iter()
                                        .map(|(v, l)| (*v, t_opt(&format!("services.apps.category.{v}")).unwrap_or(l)))
                                        .collect()
                                } else {
                                    domain::dispositivo::ANF_PERIODS.iter().map(|p| (*p, *p)).collect()
                                };
                                view! {
                                    <select id=id.clone() class="form-select" data-testid=format!("app-field-{name}")
                                        aria-invalid=move || if err3().is_some() { "true" } else { "false" }
                                        aria-describedby=move || err4().map(|_| format!("app-err-{name}"))
                                        prop:value=move || data.with(|d| d.get(name).cloned().unwrap_or_default())
                                        on:change=move |ev| { let v = event_target_value(&ev); data.update(|d| { d.insert(name.into(), v); }); }>
                                        <option value="">{t("services.apps.choose")}</option>
                                        {options.into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()}
                                    </select>
                                }.into_any()
                            } else {
                                view! {
                                    <input id=id.clone() class="form-control" type="text" data-testid=format!("app-field-{name}")
                                        aria-invalid=move || if err3().is_some() { "true" } else { "false" }
                                        aria-describedby=move || err4().map(|_| format!("app-err-{name}"))
                                        prop:value=move || data.with(|d| d.get(name).cloned().unwrap_or_default())
                                        on:input=move |ev| { let v = event_target_value(&ev); data.update(|d| { d.insert(name.into(), v); }); } />
                                }.into_any()
                            }}
                            {move || err().map(|m| view! { <span class="field-error" id=format!("app-err-{name}") data-testid=format!("field-error-{path}")>{crate::i18n::localize(&m)}</span> })}
                        </div>
                    }
                })
                .collect_view()
        })
    };
    let result = move || {
        send.value().get().map(|r| match r {
            Ok(a) => view! {
                <p class="alert alert-success" role="status" data-testid="app-result">
                    {if a.status == ApplicationStatus::Frozen { t("services.apps.sent_frozen") } else { t("services.apps.sent_protocol") }}
                    {a.protocol_number.clone().map(|p| format!(" {} {p}", t("services.apps.protocol")))}
                </p>
            }
            .into_any(),
            Err(e) => view! { <p class="alert alert-danger" role="alert" data-testid="app-error">{e.message}</p> }.into_any(),
        })
    };
    let list = move || {
        apps.get().map(|r| match r {
            Ok(list) if list.is_empty() => view! { <p data-testid="apps-empty">{t("services.apps.none")}</p> }.into_any(),
            Ok(list) => view! {
                <ul class="apps" data-testid="apps-list">
                    {list.into_iter().map(|a| {
                        let id = a.id.clone();
                        view! {
                            <li data-testid=format!("app-{id}") class="app-item">
                                <strong>{t_or(&format!("services.apps.kind.{}", a.kind.slug()), &a.title)}</strong>
                                <span data-testid=format!("app-status-{id}") class=if a.status == ApplicationStatus::Frozen { "badge frozen" } else { "badge ok" }>{if a.status == ApplicationStatus::Frozen { t("services.apps.status.frozen") } else { t("services.apps.status.protocolled") }}</span>
                                <span>{t("services.apps.submitted")} " " {rome_datetime(a.submitted_at)}</span>
                                {a.protocol_number.clone().map(|p| view! { <span data-testid=format!("app-protocol-{id}")>{t("services.apps.protocol")} " " {p}</span> })}
                                {a.receipt_url.as_deref().map(|u| view! { <a href=crate::api::link(u) target="_blank" rel="noopener" data-testid=format!("app-receipt-{id}")>{t("services.apps.receipt")}</a> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
            .into_any(),
            Err(e) => view! { <p class="alert alert-danger" role="alert">{e.message}</p> }.into_any(),
        })
    };
    view! {
        <h2>{t("services.apps.title")}</h2>
        <Suspense fallback=|| ()>{list}</Suspense>
        <h2>{t("services.apps.new")}</h2>
        {(level == Level::L1).then(|| view! { <p class="hint" data-testid="apps-frozen-note">{t("services.apps.frozen_note")}</p> })}
        <form on:submit=on_submit novalidate data-testid="app-form">
            <div class="field">
                <label for="app-kind">{t("services.apps.kind")}</label>
                <select id="app-kind" class="form-select" data-testid="app-kind"
                    prop:value=move || kind.get()
                    on:change=move |ev| { kind.set(event_target_value(&ev)); errors.set(BTreeMap::new()); }>
                    <option value="">{t("services.apps.choose")}</option>
                    {kinds.iter().map(|k| view! { <option value=k.slug()>{t_opt(&format!("services.apps.kind.{}", k.slug())).unwrap_or(k.title())}</option> }).collect_view()}
                </select>
            </div>
            {fields}
            <button type="submit" class="btn btn-primary" data-testid="app-submit"
                disabled=move || kind.get().is_empty() || send.pending().get()>
                {t("services.apps.submit")}
            </button>
        </form>
        {result}
    }
}
