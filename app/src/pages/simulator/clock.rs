//! The simulated clock: +1 ora, +1 giorno, +7 giorni, or a date and time
//! (Italian time) typed in.

use crate::format::rome_datetime;
use chrono::{DateTime, Duration, NaiveDateTime, TimeZone, Utc};
use domain::api::{ApiError, ClockUpdate};
use domain::datetime::rome_time;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::error_view;
use crate::api;
use crate::i18n::{t, tf};
use crate::sim::use_sim;

/// The value of a `datetime-local` input for an instant, in Italian time.
fn input_value(at: DateTime<Utc>) -> String {
    domain::datetime::datetime_local(rome_time(at))
}

/// The UTC instant of an Italian wall-clock time (CET/CEST).
fn rome_to_utc(local: NaiveDateTime) -> DateTime<Utc> {
    for offset in [2, 1] {
        let candidate = Utc.from_utc_datetime(&(local - Duration::hours(offset)));
        if rome_time(candidate) == local {
            return candidate;
        }
    }
    Utc.from_utc_datetime(&(local - Duration::hours(1)))
}

#[component]
pub fn ClockPanel(version: RwSignal<u32>) -> impl IntoView {
    let sim = use_sim();
    let input = RwSignal::new(String::new());
    let input_error = RwSignal::new(None::<&'static str>);
    let change = Action::new_local(|u: &ClockUpdate| {
        let u = u.clone();
        async move { api::simulator::set_clock(&u).await }
    });
    let status = RwSignal::new(None::<Result<String, ApiError>>);
    Effect::new(move |_| {
        if let Some(result) = change.value().get() {
            match result {
                Ok(clock) => {
                    sim.now.set(Some(clock.now));
                    input.set(input_value(clock.now));
                    sim.bump();
                    version.update(|v| *v = v.wrapping_add(1));
                    status.set(Some(Ok(tf(
                        "simulator.clock.updated",
                        &[("now", &rome_datetime(clock.now))],
                    ))));
                }
                Err(e) => status.set(Some(Err(e))),
            }
        }
    });
    // Pre-fill the "Imposta" field with the current simulated time.
    Effect::new(move |_| {
        if let Some(now) = sim.now.get() {
            if input.get_untracked().is_empty() {
                input.set(input_value(now));
            }
        }
    });
    let pending = change.pending();
    let advance = move |seconds: i64| {
        change.dispatch(ClockUpdate {
            advance_seconds: Some(seconds),
            set: None,
        });
    };
    let on_set = move |ev: SubmitEvent| {
        ev.prevent_default();
        let raw = input.get_untracked();
        match domain::datetime::parse_datetime_local(&raw) {
            Some(local) => {
                input_error.set(None);
                change.dispatch(ClockUpdate {
                    advance_seconds: None,
                    set: Some(rome_to_utc(local)),
                });
            }
            None => input_error.set(Some(t("simulator.clock.set_invalid"))),
        }
    };

    view! {
        <section class="sim-panel sim-clock" aria-labelledby="sim-clock-title">
            <h2 id="sim-clock-title">{t("simulator.clock.title")}</h2>
            <p class="sim-clock-now">
                <span class="sim-label">{t("simulator.clock.now")} ": "</span>
                <strong data-testid="sim-clock-now">
                    {move || sim.now.get().map(rome_datetime).unwrap_or_else(|| "—".to_string())}
                </strong>
            </p>
            <div class="sim-buttons" role="group" aria-label=t("simulator.clock.advance")>
                <button type="button" class="btn btn-outline-primary" data-testid="sim-advance-hour"
                    disabled=move || pending.get() on:click=move |_| advance(3600)>
                    {t("simulator.clock.hour")}
                </button>
                <button type="button" class="btn btn-outline-primary" data-testid="sim-advance-day"
                    disabled=move || pending.get() on:click=move |_| advance(86_400)>
                    {t("simulator.clock.day")}
                </button>
                <button type="button" class="btn btn-outline-primary" data-testid="sim-advance-week"
                    disabled=move || pending.get() on:click=move |_| advance(7 * 86_400)>
                    {t("simulator.clock.week")}
                </button>
            </div>
            <form class="sim-inline-form" on:submit=on_set novalidate=true>
                <div class="field">
                    <label for="sim-clock-input">{t("simulator.clock.set_label")}</label>
                    <input
                        id="sim-clock-input"
                        class="form-control"
                        type="datetime-local"
                        data-testid="sim-clock-input"
                        aria-invalid=move || input_error.get().is_some().to_string()
                        aria-describedby=move || input_error.get().map(|_| "sim-clock-input-error")
                        bind:value=input
                    />
                </div>
                <button type="submit" class="btn btn-primary" data-testid="sim-clock-set"
                    disabled=move || pending.get()>
                    {t("simulator.clock.set")}
                </button>
            </form>
            <div aria-live="polite" aria-atomic="true">
                {move || input_error.get().map(|m| view! {
                    <p class="field-error" id="sim-clock-input-error">{m}</p>
                })}
                {move || status.get().map(|s| match s {
                    Ok(text) => view! {
                        <p class="sim-status" data-testid="sim-clock-status">{text}</p>
                    }.into_any(),
                    Err(e) => error_view(e).into_any(),
                })}
            </div>
        </section>
    }
}
