//! `/myinps/attivita`: "Le tue attività", the operations on the PIN with the
//! channel each notice went to.
//!
//! data-testid: activity-title, activity-error, activity-table, activity-row
//! (with data-kind), activity-back.

use crate::format::rome_datetime;
use domain::api::{ActivityEntry, Channel};
use leptos::prelude::*;

use crate::api;
use crate::components::form::LoadError;
use crate::i18n::{t, t_or};

fn channel_label(c: Option<Channel>) -> &'static str {
    match c {
        Some(Channel::Sms) => t("my_inps.activity.channel.sms"),
        Some(Channel::Email) => t("my_inps.activity.channel.email"),
        Some(Channel::Pec) => t("my_inps.activity.channel.pec"),
        Some(Channel::Post) => t("my_inps.activity.channel.post"),
        Some(Channel::Call) => t("my_inps.activity.channel.call"),
        None => "—",
    }
}

#[component]
pub fn Activity() -> impl IntoView {
    let list = LocalResource::new(api::my_inps::activity);
    let row = |e: ActivityEntry| {
        let when = rome_datetime(e.at);
        let channel = match &e.recipient {
            Some(r) => format!("{} ({r})", channel_label(e.channel)),
            None => channel_label(e.channel).to_owned(),
        };
        view! {
            <tr data-testid="activity-row" data-kind=e.kind.clone()>
                <td>{when}</td>
                <td>{t_or(&format!("my_inps.activity.kind.{}", e.kind), &e.description)}</td>
                <td translate="no">{channel}</td>
            </tr>
        }
    };
    view! {
        <section class="page page-lifecycle" aria-labelledby="activity-title">
            <h1 id="activity-title" data-testid="activity-title">{t("my_inps.activity.title")}</h1>
            <p>{t("my_inps.activity.intro")}</p>
            <Suspense fallback=|| view! { <p>{t("common.loading_short")}</p> }>
                {move || list.get().map(|r| match r {
                    Err(e) => view! { <LoadError error=e testid="activity-error" /> }.into_any(),
                    Ok(items) => view! {
                        <div class="table-responsive">
                            <table class="table" data-testid="activity-table">
                                <caption class="visually-hidden">{t("my_inps.activity.title")}</caption>
                                <thead><tr>
                                    <th scope="col">{t("my_inps.activity.when")}</th>
                                    <th scope="col">{t("my_inps.activity.event")}</th>
                                    <th scope="col">{t("my_inps.activity.channel")}</th>
                                </tr></thead>
                                <tbody>{items.into_iter().map(row).collect_view()}</tbody>
                            </table>
                        </div>
                    }.into_any(),
                })}
            </Suspense>
            <p><a href="/myinps" data-testid="activity-back">{t("my_inps.activity.back")}</a></p>
        </section>
    }
}
