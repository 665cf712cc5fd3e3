//! `/contact-center/richiamate`: the callback queue for residences that did
//! not match the registry. Each item shows the phone and time slot to call,
//! both addresses and the attempts; the operator records the outcome —
//! address confirmed, address corrected (half 2 then goes there), no answer
//! (retry later), request cancelled.
//!
//! Test ids: cc-callbacks, cc-callbacks-empty, cc-cb-<id> (with
//! data-status), cc-cb-confirm-<id>, cc-cb-correct-<id>, cc-cb-noanswer-<id>,
//! cc-cb-cancel-<id>, cc-cb-address, cc-cb-civic, cc-cb-province,
//! cc-cb-comune, cc-cb-cap, cc-cb-save, cc-cb-done, cc-cb-error.

use domain::api::{ApiError, Callback, RegistryResidence, Residence};
use domain::datetime::rome_datetime;
use leptos::prelude::*;

use super::{callback_status_label, Console, ErrorBox, TextField};
use crate::api;
use crate::i18n::{t, t_opt, tf};

fn declared(r: &Residence) -> String {
    let g = |v: &Option<String>| v.clone().unwrap_or_default();
    format!(
        "{} {}, {} {} ({})",
        g(&r.address),
        g(&r.civic),
        g(&r.cap),
        g(&r.comune),
        g(&r.province)
    )
}

fn registry(r: &Option<RegistryResidence>) -> String {
    r.as_ref()
        .map(|r| {
            format!(
                "{} {}, {} {} ({})",
                r.address, r.civic, r.cap, r.comune, r.province
            )
        })
        .unwrap_or_else(|| "—".into())
}

#[component]
pub fn Callbacks() -> impl IntoView {
    let queue = LocalResource::new(api::contact_center::callbacks);
    let editing = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<Result<Callback, ApiError>>);
    let fields: [RwSignal<String>; 5] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let [address, civic, province, comune, cap] = fields;
    let record = move |id: String, outcome: &'static str, residence: Option<Residence>| {
        leptos::task::spawn_local(async move {
            let r = api::contact_center::outcome(&id, outcome, residence).await;
            if r.is_ok() {
                editing.set(None);
            }
            done.set(Some(r));
            queue.refetch();
        });
    };
    let item = move |c: Callback| {
        let id = c.id.clone();
        let open = c.status == "open";
        let (i1, i2, i3, i4, i5) = (id.clone(), id.clone(), id.clone(), id.clone(), id.clone());
        view! {
            <li class="cc-item" data-testid=format!("cc-cb-{id}") data-status=c.status.clone()>
                <div class="cc-item-head">
                    <strong>{format!("{} {}", c.surname, c.name)}</strong>
                    <span translate="no">{c.codice_fiscale.clone()}</span>
                    <span>{t("contact_center.request_id")} " " <span translate="no">{c.id.clone()}</span> " · " {rome_datetime(c.requested_at)}</span>
                    <span class="cc-status">{callback_status_label(&c.status)}</span>
                </div>
                <dl class="cc-data">
                    <dt>{t("contact_center.callbacks.phone")}</dt><dd translate="no">{c.preferred_phone.clone()}</dd>
                    <dt>{t("contact_center.callbacks.slot")}</dt><dd>{slot_label(&c)}</dd>
                    <dt>{t("contact_center.callbacks.attempts")}</dt><dd>{c.attempts}</dd>
                    <dt>{t("contact_center.callbacks.declared")}</dt><dd>{declared(&c.declared_residence)}</dd>
                    <dt>{t("contact_center.callbacks.registry")}</dt><dd>{registry(&c.registry_residence)}</dd>
                </dl>
                {open.then(|| view! {
                    <div class="cc-actions">
                        <button type="button" class="btn btn-primary" data-testid=format!("cc-cb-confirm-{i1}")
                            on:click=move |_| record(i1.clone(), "confirmed", None)>{t("contact_center.callbacks.confirm")}</button>
                        <button type="button" class="btn btn-outline-primary" data-testid=format!("cc-cb-correct-{i2}")
                            on:click=move |_| editing.set(Some(i2.clone()))>{t("contact_center.callbacks.correct")}</button>
                        <button type="button" class="btn btn-outline-primary" data-testid=format!("cc-cb-noanswer-{i3}")
                            on:click=move |_| record(i3.clone(), "no_answer", None)>{t("contact_center.callbacks.no_answer")}</button>
                        <button type="button" class="btn btn-outline-danger" data-testid=format!("cc-cb-cancel-{i4}")
                            on:click=move |_| record(i4.clone(), "cancelled", None)>{t("contact_center.callbacks.cancel")}</button>
                    </div>
                })}
                {move || (editing.get().as_deref() == Some(i5.as_str())).then(|| {
                    let id = i5.clone();
                    view! {
                        <form class="cc-form cc-correct" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
                            ev.prevent_default();
                            let g = |s: RwSignal<String>| Some(s.get_untracked().trim().to_owned()).filter(|s| !s.is_empty());
                            record(id.clone(), "corrected", Some(Residence {
                                address: g(address), civic: g(civic), province: g(province),
                                comune: g(comune), cap: g(cap), ..Default::default()
                            }));
                        }>
                            <TextField id="cc-cb-address" label="contact_center.address" value=address />
                            <TextField id="cc-cb-civic" label="contact_center.civic" value=civic />
                            <TextField id="cc-cb-province" label="contact_center.province" value=province />
                            <TextField id="cc-cb-comune" label="contact_center.comune" value=comune />
                            <TextField id="cc-cb-cap" label="contact_center.cap" value=cap />
                            <button type="submit" class="btn btn-primary" data-testid="cc-cb-save">{t("contact_center.callbacks.save_corrected")}</button>
                        </form>
                    }
                })}
            </li>
        }
    };
    view! {
        <Console active="callbacks" title="contact_center.title">
            <h2>{t("contact_center.callbacks.title")}</h2>
            {move || done.get().map(|r| match r {
                Ok(c) => view! {
                    <p class="alert alert-success" role="status" data-testid="cc-cb-done">
                        {tf("contact_center.callbacks.recorded", &[("id", &c.id), ("status", callback_status_label(&c.status))])}
                    </p>
                }.into_any(),
                Err(e) => view! { <ErrorBox error=e testid="cc-cb-error" /> }.into_any(),
            })}
            <Suspense fallback=|| view! { <p>{t("contact_center.loading")}</p> }>
                {move || queue.get().map(|r| match r {
                    Ok(items) if items.is_empty() => view! { <p data-testid="cc-callbacks-empty">{t("contact_center.callbacks.empty")}</p> }.into_any(),
                    Ok(items) => view! {
                        <ul class="cc-queue" data-testid="cc-callbacks">{items.into_iter().map(item).collect_view()}</ul>
                    }.into_any(),
                    Err(e) => view! { <ErrorBox error=e testid="cc-cb-error" /> }.into_any(),
                })}
            </Suspense>
        </Console>
    }
}

/// The call-back time slot in the console's language: the catalog's words for
/// the slot's code, the server's (Italian) label for a code it does not know.
fn slot_label(c: &Callback) -> String {
    t_opt(&format!("request.preferred_time.{}", c.preferred_time))
        .map(str::to_owned)
        .unwrap_or_else(|| c.preferred_time_label.clone())
}
