//! `/mondo/:code`: a learner's browser joins the world of a join code (the
//! link or the code on the trainer's slip), then goes to the home page,
//! where the header's banner shows the world. A wrong or revoked code is
//! shown next to the field, with the form to type it again.
//!
//! Test ids: join-status, f-join-code (the input: testid join-code),
//! field-error-join_code, join-submit, join-error.

use domain::api::FieldError;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

use crate::api;
use crate::components::field::TextField;
use crate::components::form::{field_error, setter, show_api_error, GeneralError};
use crate::i18n::t;

#[component]
pub fn JoinWorld() -> impl IntoView {
    let params = use_params_map();
    let code = RwSignal::new(
        params
            .with_untracked(|p| p.get("code"))
            .unwrap_or_default()
            .trim()
            .to_owned(),
    );
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(None::<String>);
    let joining = RwSignal::new(false);
    let navigate = use_navigate();
    let sim = crate::sim::use_sim();
    let join = move || {
        let typed = code.get_untracked().trim().to_owned();
        if typed.is_empty() {
            errors.set(vec![FieldError::new(
                "join_code",
                "REQUIRED",
                t("trainer.join.required"),
            )]);
            crate::components::focus_id("f-join-code");
            return;
        }
        joining.set(true);
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match api::worlds::join(&typed).await {
                Ok(_) => {
                    sim.bump();
                    navigate("/", Default::default());
                }
                Err(e) => {
                    show_api_error(e, errors, general);
                    joining.set(false);
                    crate::components::focus_id("f-join-code");
                }
            }
        });
    };
    // The link carries the code: join at once.
    if !code.get_untracked().is_empty() {
        join();
    }
    view! {
        <section class="page page-trainer" aria-labelledby="join-title">
            <h1 id="join-title">{t("trainer.join.title")}</h1>
            <p>{t("trainer.join.intro")}</p>
            {move || joining.get().then(|| view! {
                <p role="status" data-testid="join-status">{t("trainer.join.joining")}</p>
            })}
            <GeneralError msg=general testid="join-error" />
            <form novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                join();
            }>
                <TextField path="join_code" label=t("trainer.join.code") testid="join-code" required=true
                    hint=t("trainer.join.code_hint") autocomplete="off" uppercase=true
                    value=code on_input=setter(code) error=field_error(errors, "join_code") />
                <button type="submit" class="btn btn-primary" data-testid="join-submit" disabled=move || joining.get()>
                    {t("trainer.join.submit")}
                </button>
            </form>
        </section>
    }
}
