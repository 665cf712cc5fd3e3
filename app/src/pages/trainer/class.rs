//! The live table of one class: every world with its join code, simulated
//! date, the step its learner has reached, the last events and the flags
//! (locked PIN, stuck), polled every few seconds with an ETag (an unchanged
//! table costs a 304). Buttons: move one clock or every clock, reset a
//! world, revoke a join code, download the slips, end the class.
//!
//! Test ids: tr-table, tr-table-name, tr-advance-amount, tr-advance-all,
//! tr-slips, tr-end, tr-end-confirm, tr-action-error, tr-row-<n> (n from 1),
//! tr-world-name-<n>, tr-code-<n>, tr-date-<n>, tr-step-<n>, tr-events-<n>,
//! tr-flag-locked-<n>, tr-flag-stuck-<n>, tr-advance-<n>, tr-reset-<n>,
//! tr-revoke-<n>.

use domain::api::{ApiError, ClassTable, ClassWorld};
use leptos::prelude::*;

use crate::api;
use crate::api::trainer::Polled;
use crate::format::rome_datetime;
use crate::i18n::{t, t_or, tf};

/// How often the table is polled.
const POLL: std::time::Duration = std::time::Duration::from_secs(3);

/// The clock moves the trainer can make: (seconds, catalog key).
const AMOUNTS: &[(i64, &str)] = &[
    (3_600, "trainer.amount.hour"),
    (86_400, "trainer.amount.day"),
    (7 * 86_400, "trainer.amount.week"),
    (183 * 86_400, "trainer.amount.six_months"),
];

#[component]
pub fn ClassPanel(id: String, on_ended: Callback<()>) -> impl IntoView {
    let table = RwSignal::new(None::<ClassTable>);
    let etag = StoredValue::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let amount = RwSignal::new(86_400_i64);
    let confirm_end = RwSignal::new(false);
    let class_id = StoredValue::new(id.clone());

    let poll = move || {
        leptos::task::spawn_local(async move {
            let id = class_id.get_value();
            let sent = etag.get_value();
            match api::trainer::table(&id, sent.as_deref()).await {
                Ok(Polled::Unchanged) => {}
                Ok(Polled::Changed(t, tag)) => {
                    etag.set_value(tag);
                    table.set(Some(t));
                }
                Err(e) => error.set(Some(e.message)),
            }
        });
    };
    poll();
    let handle = set_interval_with_handle(poll, POLL);
    on_cleanup(move || {
        if let Ok(h) = handle {
            h.clear();
        }
    });

    // An action answers the new table: shown at once, the next poll
    // fetches it again (its ETag).
    let done = move |r: Result<ClassTable, ApiError>| match r {
        Ok(t) => {
            error.set(None);
            etag.set_value(None);
            table.set(Some(t));
        }
        Err(e) => error.set(Some(e.message)),
    };
    let advance = move |world: Option<String>| {
        leptos::task::spawn_local(async move {
            done(api::trainer::advance(&class_id.get_value(), amount.get_untracked(), world).await);
        });
    };
    let end = move |_| {
        leptos::task::spawn_local(async move {
            match api::trainer::end(&class_id.get_value()).await {
                Ok(()) => on_ended.run(()),
                Err(e) => error.set(Some(e.message)),
            }
        });
    };

    view! {
        <section class="tr-class" aria-labelledby="tr-table-name" data-testid="tr-table">
            <h2 id="tr-table-name" data-testid="tr-table-name">
                {move || table.get().map(|t| t.name).unwrap_or_default()}
            </h2>
            <div class="tr-class-actions">
                <div class="field tr-amount">
                    <label for="tr-advance-amount">{t("trainer.amount")}</label>
                    <select id="tr-advance-amount" class="form-select" data-testid="tr-advance-amount"
                        on:change=move |ev| {
                            if let Ok(v) = event_target_value(&ev).parse() {
                                amount.set(v);
                            }
                        }>
                        {AMOUNTS.iter().map(|(secs, key)| view! {
                            <option value=secs.to_string() selected=*secs == 86_400>{t(key)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <button type="button" class="btn btn-primary" data-testid="tr-advance-all" on:click=move |_| advance(None)>
                    {t("trainer.advance_all")}
                </button>
                <a class="btn btn-outline-primary" data-testid="tr-slips" href=api::trainer::slips_url(&id) target="_blank" rel="noopener">
                    {t("trainer.slips")}
                </a>
                {move || if confirm_end.get() {
                    view! {
                        <button type="button" class="btn btn-danger" data-testid="tr-end-confirm" on:click=end>
                            {t("trainer.end_confirm")}
                        </button>
                        <button type="button" class="btn btn-outline-secondary" on:click=move |_| confirm_end.set(false)>
                            {t("trainer.end_cancel")}
                        </button>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" class="btn btn-outline-danger" data-testid="tr-end" on:click=move |_| confirm_end.set(true)>
                            {t("trainer.end")}
                        </button>
                    }.into_any()
                }}
            </div>
            <div aria-live="polite">
                {move || error.get().map(|m| view! {
                    <p class="alert alert-danger" role="alert" data-testid="tr-action-error">{m}</p>
                })}
            </div>
            <div class="table-responsive">
                <table class="table tr-worlds">
                    <caption>{t("trainer.table_caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("trainer.col.world")}</th>
                            <th scope="col">{t("trainer.col.code")}</th>
                            <th scope="col">{t("trainer.col.date")}</th>
                            <th scope="col">{t("trainer.col.step")}</th>
                            <th scope="col">{t("trainer.col.events")}</th>
                            <th scope="col">{t("trainer.col.flags")}</th>
                            <th scope="col">{t("trainer.col.actions")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || table.get().map(|t| t.worlds.into_iter().enumerate().map(|(i, w)| {
                            view! { <Row n=i + 1 w=w class_id=class_id done=done advance=advance /> }
                        }).collect_view())}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

fn step_key(w: &ClassWorld) -> String {
    let step = serde_json::to_value(w.step)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    format!("trainer.step.{step}")
}

#[component]
fn Row(
    n: usize,
    w: ClassWorld,
    class_id: StoredValue<String>,
    done: impl Fn(Result<ClassTable, ApiError>) + Copy + 'static,
    advance: impl Fn(Option<String>) + Copy + 'static,
) -> impl IntoView {
    let wid = StoredValue::new(w.id.clone());
    let reset = move |_| {
        leptos::task::spawn_local(async move {
            done(api::trainer::reset(&class_id.get_value(), &wid.get_value()).await);
        });
    };
    let revoke = move |_| {
        leptos::task::spawn_local(async move {
            done(api::trainer::revoke_code(&class_id.get_value(), &wid.get_value()).await);
        });
    };
    let step = t_or(&step_key(&w), "");
    let scenario = w.scenario.clone();
    view! {
        <tr data-testid=format!("tr-row-{n}")>
            <th scope="row" data-testid=format!("tr-world-name-{n}")>
                {w.name.clone()}
                {scenario.map(|s| view! { <br /><small class="text-muted">{s}</small> })}
            </th>
            <td><code data-testid=format!("tr-code-{n}")>{w.join_code.clone()}</code></td>
            <td><time datetime=domain::datetime::instant(w.now) data-testid=format!("tr-date-{n}")>{rome_datetime(w.now)}</time></td>
            <td data-testid=format!("tr-step-{n}") data-step=step_key(&w)>{step}</td>
            <td data-testid=format!("tr-events-{n}")>
                {if w.events.is_empty() {
                    view! { <span>{t("trainer.no_events")}</span> }.into_any()
                } else {
                    view! {
                        <ul class="tr-events">
                            {w.events.iter().map(|e| {
                                let label = t_or(&format!("my_inps.activity.kind.{}", e.kind), &e.kind);
                                view! { <li><time datetime=domain::datetime::instant(e.at)>{rome_datetime(e.at)}</time> " " {label}</li> }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                <small>{tf("trainer.messages", &[("n", &w.messages.to_string())])}</small>
            </td>
            <td>
                {w.locked.then(|| view! {
                    <span class="badge tr-flag tr-flag-locked" data-testid=format!("tr-flag-locked-{n}")>{t("trainer.flag.locked")}</span>
                })}
                {w.stuck.then(|| view! {
                    <span class="badge tr-flag tr-flag-stuck" data-testid=format!("tr-flag-stuck-{n}")>{t("trainer.flag.stuck")}</span>
                })}
            </td>
            <td class="tr-row-actions">
                <button type="button" class="btn btn-outline-primary btn-sm" data-testid=format!("tr-advance-{n}")
                    aria-label=tf("trainer.advance_one_label", &[("world", &w.name)])
                    on:click=move |_| advance(Some(wid.get_value()))>
                    {t("trainer.advance_one")}
                </button>
                <button type="button" class="btn btn-outline-primary btn-sm" data-testid=format!("tr-reset-{n}")
                    aria-label=tf("trainer.reset_label", &[("world", &w.name)]) on:click=reset>
                    {t("trainer.reset")}
                </button>
                <button type="button" class="btn btn-outline-primary btn-sm" data-testid=format!("tr-revoke-{n}")
                    aria-label=tf("trainer.revoke_label", &[("world", &w.name)]) on:click=revoke>
                    {t("trainer.revoke")}
                </button>
            </td>
        </tr>
    }
}
