//! `/operatori/registro`: every operator action, newest first — who, when,
//! what, on which codice fiscale. Any operator role.
//!
//! Test ids: cc-audit-cf, cc-audit-submit, cc-audit-table, cc-audit-row
//! (with data-action), cc-audit-empty, cc-audit-error.

use domain::api::AuditLine;
use domain::datetime::rome_datetime;
use leptos::prelude::*;

use super::{Console, ErrorBox, TextField};
use crate::api;
use crate::i18n::{t, t_opt};

fn row(l: AuditLine) -> impl IntoView {
    let role = t_opt(&format!("contact_center.role.{}", l.role)).unwrap_or("—");
    let action = t_opt(&format!("contact_center.action.{}", l.action)).unwrap_or("—");
    view! {
        <tr data-testid="cc-audit-row" data-action=l.action.clone()>
            <td>{rome_datetime(l.at)}</td>
            <td translate="no">{l.operator.clone()}</td>
            <td>{role}</td>
            <td>{action}</td>
            <td translate="no">{l.codice_fiscale.clone().unwrap_or_else(|| "—".into())}</td>
            <td>{l.detail.clone()}</td>
        </tr>
    }
}

#[component]
pub fn Audit() -> impl IntoView {
    let cf = RwSignal::new(String::new());
    let filter = RwSignal::new(String::new());
    let lines = LocalResource::new(move || {
        let cf = filter.get();
        async move { api::contact_center::audit(&cf).await }
    });
    view! {
        <Console active="audit" title="contact_center.audit.title" any_role=true>
            <form class="cc-form" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                filter.set(cf.get_untracked());
            }>
                <TextField id="cc-audit-cf" label="contact_center.audit.filter" value=cf />
                <button type="submit" class="btn btn-primary" data-testid="cc-audit-submit">{t("contact_center.audit.submit")}</button>
            </form>
            <Suspense fallback=|| view! { <p>{t("contact_center.loading")}</p> }>
                {move || lines.get().map(|r| match r {
                    Ok(items) if items.is_empty() => view! { <p data-testid="cc-audit-empty">{t("contact_center.audit.empty")}</p> }.into_any(),
                    Ok(items) => view! {
                        <div class="table-responsive" tabindex="0" role="region" aria-label=t("contact_center.table_scroll")><table class="table" data-testid="cc-audit-table">
                            <caption class="visually-hidden">{t("contact_center.audit.title")}</caption>
                            <thead><tr>
                                <th scope="col">{t("contact_center.audit.when")}</th>
                                <th scope="col">{t("contact_center.audit.operator")}</th>
                                <th scope="col">{t("contact_center.audit.role")}</th>
                                <th scope="col">{t("contact_center.audit.action")}</th>
                                <th scope="col">{t("contact_center.cf")}</th>
                                <th scope="col">{t("contact_center.audit.detail")}</th>
                            </tr></thead>
                            <tbody>{items.into_iter().map(row).collect_view()}</tbody>
                        </table></div>
                    }.into_any(),
                    Err(e) => view! { <ErrorBox error=e testid="cc-audit-error" /> }.into_any(),
                })}
            </Suspense>
        </Console>
    }
}
