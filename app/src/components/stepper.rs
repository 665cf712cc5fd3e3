//! "Procedura guidata" stepper: an ordered list; the current step carries
//! `aria-current="step"`.
//!
//! data-testid: stepper, stepper-step-<n> (1-based)

use leptos::prelude::*;

use crate::i18n::{t, tf};

/// `current` is 1-based; a value past the last step marks all as done.
#[component]
pub fn Stepper(steps: Vec<&'static str>, #[prop(into)] current: Signal<usize>) -> impl IntoView {
    let total = steps.len();
    let steps_view = steps
        .into_iter()
        .enumerate()
        .map(|(i, label)| {
            let n = i + 1;
            view! {
                <li
                    data-testid=format!("stepper-step-{n}")
                    class=move || if n < current.get() { "done" } else { "" }
                    aria-current=move || (n == current.get()).then_some("step")
                >
                    <span class="stepper-label">{label}</span>
                    <span class="visually-hidden">
                        {move || {
                            if n < current.get() {
                                format!(" ({})", t("common.step_done"))
                            } else if n == current.get() {
                                format!(" ({})", t("common.step_current"))
                            } else {
                                String::new()
                            }
                        }}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav aria-label=t("common.stepper_label") data-testid="stepper">
            <p class="stepper-count" aria-hidden="true">
                {move || {
                    let n = current.get().min(total);
                    tf("common.step_of", &[("n", &n.to_string()), ("total", &total.to_string())])
                }}
            </p>
            <ol class="stepper">{steps_view}</ol>
        </nav>
    }
}
