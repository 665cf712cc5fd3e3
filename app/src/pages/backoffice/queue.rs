//! The queue of conversions waiting for a decision; opening one shows its
//! [`Detail`].

use crate::format::rome_datetime;
use domain::dispositivo::ConversionReview;
use leptos::prelude::*;

use super::detail::{channel_badge, Detail};
use crate::api;
use crate::i18n::{t, t_or};

#[component]
pub fn Queue() -> impl IntoView {
    let queue = LocalResource::new(api::backoffice::queue);
    let open = RwSignal::new(None::<ConversionReview>);
    let outcome = RwSignal::new(None::<&'static str>);
    let list = move || {
        queue.get().map(|r| match r {
            Ok(items) if items.is_empty() => {
                view! { <p data-testid="bo-empty">{t("backoffice.empty")}</p> }.into_any()
            }
            Ok(items) => view! {
                <ul class="bo-queue" data-testid="bo-queue">
                    {items.into_iter().map(|it| {
                        let id = it.conversion.id.clone();
                        let item = it.clone();
                        view! {
                            <li class="bo-item" data-testid=format!("bo-item-{id}")>
                                <div>
                                    <strong>{format!("{} {}", it.citizen.surname, it.citizen.name)}</strong>
                                    {channel_badge(it.conversion.channel)}
                                    <span class="bo-cf">{it.citizen.codice_fiscale.clone()}</span>
                                    <span class="bo-meta">
                                        {t_or(&format!("convert.status.{}", it.conversion.status.as_str()), &it.conversion.status_label)} " · " {t("backoffice.submitted")} " "
                                        {it.conversion.submitted_at.map(rome_datetime)}
                                    </span>
                                </div>
                                <button type="button" class="btn btn-outline-primary" data-testid=format!("bo-open-{id}")
                                    on:click=move |_| { outcome.set(None); open.set(Some(item.clone())); }>
                                    {t("backoffice.open")}
                                </button>
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
        {move || match open.get() {
            None => view! {
                <h2>{t("backoffice.queue")}</h2>
                {move || outcome.get().map(|m| view! { <p class="alert alert-success" role="status" data-testid="bo-outcome">{m}</p> })}
                <Suspense fallback=|| ()>{list}</Suspense>
            }
            .into_any(),
            Some(item) => view! {
                <Detail item=item on_done=Callback::new(move |msg: &'static str| {
                    outcome.set(Some(msg));
                    open.set(None);
                    queue.refetch();
                }) on_back=Callback::new(move |_| open.set(None)) />
            }
            .into_any(),
        }}
    }
}
