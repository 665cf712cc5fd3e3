//! `/contact-center`: a caller found by codice fiscale — the registry
//! record, the PIN's state (never a secret), the contacts on file, the PIN
//! requests and the latest events.
//!
//! Test ids: cc-search-cf, cc-search-submit, cc-search-error, cc-file,
//! cc-file-name, cc-file-state, cc-file-activation, cc-file-mobile,
//! cc-file-email, cc-requests, cc-request-<id>, cc-events, cc-event (with
//! data-kind), cc-add-kind, cc-add-value, cc-add-send, cc-add-sent,
//! cc-add-code, cc-add-confirm, cc-add-done, cc-add-error.

use domain::api::{CitizenFile, RegistryResidence};
use domain::datetime::{rome_date, rome_datetime};
use leptos::prelude::*;

use super::{
    callback_status_label, request_status_label, state_label, yes_no, Console, ErrorBox, TextField,
};
use crate::api;
use crate::i18n::t;

fn residence_line(r: &RegistryResidence) -> String {
    format!(
        "{} {}, {} {} ({})",
        r.address, r.civic, r.cap, r.comune, r.province
    )
}

fn file_view(f: CitizenFile) -> impl IntoView {
    let registry = f.registry.clone().map(|p| view! {
        <dl class="cc-data">
            <dt>{t("contact_center.name")}</dt><dd data-testid="cc-file-name">{format!("{} {}", p.surname, p.name)}</dd>
            <dt>{t("contact_center.birth_date")}</dt><dd>{domain::datetime::date(p.birth_date)}</dd>
            <dt>{t("contact_center.residence")}</dt><dd>{residence_line(&p.residence)}</dd>
        </dl>
    });
    let cf = f.codice_fiscale.clone();
    let pin = f.pin.clone().map(|p| {
        let c = p.contacts.clone();
        let missing: Vec<&'static str> = [("mobile", &c.mobile), ("email", &c.email), ("pec", &c.pec)]
            .into_iter()
            .filter(|(_, v)| v.as_deref().is_none_or(|v| v.trim().is_empty()))
            .map(|(k, _)| k)
            .collect();
        let show = |v: Option<String>| v.unwrap_or_else(|| "—".into());
        view! {
            <dl class="cc-data">
                <dt>{t("contact_center.search.state")}</dt><dd data-testid="cc-file-state">{state_label(p.state)}</dd>
                <dt>{t("contact_center.search.requested_at")}</dt><dd>{rome_datetime(p.requested_at)}</dd>
                <dt>{t("contact_center.search.activation")}</dt><dd data-testid="cc-file-activation">{yes_no(p.activation_required)}</dd>
                <dt>{t("contact_center.search.first_access")}</dt><dd>{yes_no(p.first_access_done)}</dd>
                <dt>{t("contact_center.search.last_login")}</dt><dd>{p.last_login_at.map(rome_datetime).unwrap_or_else(|| "—".into())}</dd>
                {p.locked_until.map(|l| view! { <dt>{t("contact_center.search.locked_until")}</dt><dd>{rome_datetime(l)}</dd> })}
            </dl>
            <h3>{t("contact_center.search.contacts")}</h3>
            <dl class="cc-data">
                <dt>{t("contact_center.mobile")}</dt><dd data-testid="cc-file-mobile" translate="no">{show(c.mobile)}</dd>
                <dt>{t("contact_center.home_phone")}</dt><dd translate="no">{show(c.home_phone)}</dd>
                <dt>{t("contact_center.email")}</dt><dd data-testid="cc-file-email" translate="no">{show(c.email)}</dd>
                <dt>{t("contact_center.pec")}</dt><dd translate="no">{show(c.pec)}</dd>
            </dl>
            {(!missing.is_empty()).then(|| view! { <AddContact cf=cf.clone() missing=missing.clone() /> })}
        }
    });
    let requests = f.requests.clone();
    let events = f.events.clone();
    view! {
        <div class="cc-file" data-testid="cc-file">
            <h2>{t("contact_center.search.registry")} " · " <span translate="no">{f.codice_fiscale.clone()}</span></h2>
            {registry.map(|r| r.into_any()).unwrap_or_else(|| view! { <p>{t("contact_center.search.not_in_registry")}</p> }.into_any())}
            <h2>{t("contact_center.search.pin")}</h2>
            {pin.map(|p| p.into_any()).unwrap_or_else(|| view! { <p>{t("contact_center.search.no_pin")}</p> }.into_any())}
            <h2>{t("contact_center.search.requests")}</h2>
            {if requests.is_empty() {
                view! { <p>{t("contact_center.search.none")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-responsive" tabindex="0" role="region" aria-label=t("contact_center.table_scroll")><table class="table" data-testid="cc-requests">
                        <caption class="visually-hidden">{t("contact_center.search.requests")}</caption>
                        <thead><tr>
                            <th scope="col">{t("contact_center.request_id")}</th>
                            <th scope="col">{t("contact_center.date")}</th>
                            <th scope="col">{t("contact_center.status")}</th>
                            <th scope="col">{t("contact_center.callback")}</th>
                            <th scope="col">{t("contact_center.resends")}</th>
                        </tr></thead>
                        <tbody>{requests.into_iter().map(|r| view! {
                            <tr data-testid=format!("cc-request-{}", r.request_id)>
                                <td translate="no">{r.request_id.clone()}</td>
                                <td>{rome_date(r.created_at)}</td>
                                <td>{request_status_label(&r.status)}</td>
                                <td>{callback_status_label(&r.callback_status)}</td>
                                <td>{r.half1_resends}</td>
                            </tr>
                        }).collect_view()}</tbody>
                    </table></div>
                }.into_any()
            }}
            <h2>{t("contact_center.search.events")}</h2>
            {if events.is_empty() {
                view! { <p>{t("contact_center.search.none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="cc-events" data-testid="cc-events">{events.into_iter().map(|e| view! {
                        <li data-testid="cc-event" data-kind=e.kind.clone()>{rome_datetime(e.at)} " — " {e.description.clone()}</li>
                    }).collect_view()}</ul>
                }.into_any()
            }}
        </div>
    }
}

fn kind_label(k: &str) -> &'static str {
    match k {
        "mobile" => t("contact_center.mobile"),
        "email" => t("contact_center.email"),
        _ => t("contact_center.pec"),
    }
}

/// A contact the PIN lacks: a code goes to it, the citizen reads it out.
#[component]
fn AddContact(cf: String, missing: Vec<&'static str>) -> impl IntoView {
    let kind = RwSignal::new(missing[0].to_owned());
    let value = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let cf = StoredValue::new(cf);
    let send = Action::new_local(move |(k, v): &(String, String)| {
        let (k, v) = (k.clone(), v.clone());
        let cf = cf.get_value();
        async move { api::contact_center::add_contact(&cf, &k, &v).await }
    });
    let confirm = Action::new_local(move |(k, c): &(String, String)| {
        let (k, c) = (k.clone(), c.clone());
        let cf = cf.get_value();
        async move { api::contact_center::confirm_contact(&cf, &k, &c).await }
    });
    view! {
        <h3>{t("contact_center.add.title")}</h3>
        <form class="cc-form" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            send.dispatch((kind.get_untracked(), value.get_untracked()));
        }>
            <div class="field">
                <label for="cc-add-kind">{t("contact_center.resend.contact")}</label>
                <select id="cc-add-kind" class="form-select" data-testid="cc-add-kind" on:change=move |ev| kind.set(event_target_value(&ev))>
                    {missing.iter().map(|k| view! { <option value=*k>{kind_label(k)}</option> }).collect_view()}
                </select>
            </div>
            <TextField id="cc-add-value" label="contact_center.add.value" value=value />
            <button type="submit" class="btn btn-outline-primary" data-testid="cc-add-send">{t("contact_center.add.send")}</button>
        </form>
        {move || send.value().get().map(|r| match r {
            Ok(o) => view! {
                <p class="alert alert-info" role="status" data-testid="cc-add-sent">{o.message}</p>
                <form class="cc-form" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
                    ev.prevent_default();
                    confirm.dispatch((kind.get_untracked(), code.get_untracked()));
                }>
                    <TextField id="cc-add-code" label="contact_center.add.code" value=code />
                    <button type="submit" class="btn btn-primary" data-testid="cc-add-confirm">{t("contact_center.add.confirm")}</button>
                </form>
            }.into_any(),
            Err(e) => view! { <ErrorBox error=e testid="cc-add-error" /> }.into_any(),
        })}
        {move || confirm.value().get().map(|r| match r {
            Ok(_) => view! { <p class="alert alert-success" role="status" data-testid="cc-add-done">{t("contact_center.add.done")}</p> }.into_any(),
            Err(e) => view! { <ErrorBox error=e testid="cc-add-error" /> }.into_any(),
        })}
    }
}

#[component]
pub fn Search() -> impl IntoView {
    let cf = RwSignal::new(String::new());
    let find = Action::new_local(|cf: &String| {
        let cf = cf.clone();
        async move { api::contact_center::citizen(&cf).await }
    });
    view! {
        <Console active="search" title="contact_center.title">
            <h2>{t("contact_center.search.title")}</h2>
            <form class="cc-form" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                find.dispatch(cf.get_untracked());
            }>
                <TextField id="cc-search-cf" label="contact_center.cf" value=cf />
                <button type="submit" class="btn btn-primary" data-testid="cc-search-submit">{t("contact_center.search.submit")}</button>
            </form>
            {move || find.value().get().map(|r| match r {
                Ok(f) => file_view(f).into_any(),
                Err(e) => view! { <ErrorBox error=e testid="cc-search-error" /> }.into_any(),
            })}
        </Console>
    }
}
