//! `/formatore`: the trainer console (issue 12). The trainer logs in with
//! the seeded account, makes a class of worlds from a set of scenarios
//! ([`NewClassForm`]), opens one of the classes and follows it in the live
//! table ([`class::ClassPanel`]). `/mondo/:code` is the learner's side
//! ([`join::JoinWorld`]). One lazily loaded chunk. Strings:
//! `i18n/trainer.rs` (`trainer.*`); styles: `style/pages/trainer.css`.
//!
//! Test ids: tr-username, tr-password, tr-login, tr-login-error, tr-trainer,
//! tr-logout, tr-new-class, f-name (class name), f-worlds, tr-scenario-<name>,
//! tr-create, tr-create-error, tr-classes, tr-class-<id>, tr-open-<id>; the
//! class panel's and the join page's in their modules.

pub mod class;
pub mod join;

use domain::api::{
    ApiError, ClassSummary, FieldError, NewClass, ScenarioInfo, Trainer, CLASS_NAME_MAX,
    CLASS_WORLDS_MAX, CLASS_WORLDS_MIN,
};
use leptos::prelude::*;

use crate::api;
use crate::components::field::TextField;
use crate::components::form::{field_error, setter, show_api_error, GeneralError};
use crate::i18n::t;

#[component]
pub fn Trainer() -> impl IntoView {
    let logged = RwSignal::new(None::<Trainer>);
    let checked = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        if let Ok(me) = api::trainer::me().await {
            logged.set(Some(me));
        }
        checked.set(true);
    });
    let logout = move |_| {
        leptos::task::spawn_local(async move {
            let _ = api::trainer::logout().await;
            logged.set(None);
        });
    };
    view! {
        <section class="page page-trainer" aria-labelledby="tr-title">
            <h1 id="tr-title">{t("trainer.title")}</h1>
            <p class="lead">{t("trainer.intro")}</p>
            {move || match (checked.get(), logged.get()) {
                (false, _) => view! { <p role="status">{t("common.loading")}</p> }.into_any(),
                (true, None) => view! { <LoginForm logged=logged /> }.into_any(),
                (true, Some(me)) => view! {
                    <p class="tr-who">
                        <span data-testid="tr-trainer">{me.display_name.clone()}</span> " "
                        <button type="button" class="btn btn-outline-primary btn-sm" data-testid="tr-logout" on:click=logout>
                            {t("trainer.logout")}
                        </button>
                    </p>
                    <Console />
                }
                .into_any(),
            }}
        </section>
    }
}

#[component]
fn LoginForm(logged: RwSignal<Option<Trainer>>) -> impl IntoView {
    let user = RwSignal::new(String::new());
    let pass = RwSignal::new(String::new());
    let login = Action::new_local(|(u, p): &(String, String)| {
        let (u, p) = (u.clone(), p.clone());
        async move { api::trainer::login(&u, &p).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(me)) = login.value().get() {
            logged.set(Some(me));
        }
    });
    view! {
        <form novalidate class="tr-login" on:submit=move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            login.dispatch((user.get_untracked(), pass.get_untracked()));
        }>
            <h2>{t("trainer.login")}</h2>
            <div class="field">
                <label for="tr-username">{t("trainer.username")}</label>
                <input id="tr-username" class="form-control" autocomplete="username" data-testid="tr-username"
                    prop:value=move || user.get() on:input=move |ev| user.set(event_target_value(&ev)) />
            </div>
            <div class="field">
                <label for="tr-password">{t("trainer.password")}</label>
                <input id="tr-password" type="password" class="form-control" autocomplete="current-password" data-testid="tr-password"
                    prop:value=move || pass.get() on:input=move |ev| pass.set(event_target_value(&ev)) />
            </div>
            {move || login.value().get().and_then(|r| r.err()).map(|e| view! {
                <p class="alert alert-danger" role="alert" data-testid="tr-login-error">{e.message}</p>
            })}
            <button type="submit" class="btn btn-primary" data-testid="tr-login">{t("trainer.enter")}</button>
        </form>
    }
}

/// The classes, the form for a new one and the class opened.
#[component]
fn Console() -> impl IntoView {
    let classes = RwSignal::new(Vec::<ClassSummary>::new());
    let opened = RwSignal::new(None::<String>);
    let reload = move || {
        leptos::task::spawn_local(async move {
            if let Ok(list) = api::trainer::classes().await {
                classes.set(list);
            }
        });
    };
    reload();
    let on_created = Callback::new(move |id: String| {
        opened.set(Some(id));
        reload();
    });
    let on_ended = Callback::new(move |()| {
        opened.set(None);
        reload();
    });
    view! {
        <NewClassForm on_created=on_created />
        <h2>{t("trainer.classes")}</h2>
        {move || {
            let list = classes.get();
            if list.is_empty() {
                return view! { <p data-testid="tr-no-classes">{t("trainer.no_classes")}</p> }.into_any();
            }
            view! {
                <ul class="tr-classes" data-testid="tr-classes">
                    {list.into_iter().map(|c| {
                        let id = c.id.clone();
                        let open_id = c.id.clone();
                        view! {
                            <li data-testid=format!("tr-class-{id}")>
                                <strong>{c.name.clone()}</strong> " · "
                                {crate::i18n::tf("trainer.worlds_count", &[("n", &c.worlds.to_string())])} " "
                                <button type="button" class="btn btn-outline-primary btn-sm"
                                    data-testid=format!("tr-open-{id}")
                                    aria-pressed=move || (opened.get().as_deref() == Some(open_id.as_str())).to_string()
                                    on:click=move |_| opened.set(Some(c.id.clone()))>
                                    {t("trainer.open")}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
            .into_any()
        }}
        {move || opened.get().map(|id| view! { <class::ClassPanel id=id on_ended=on_ended /> })}
    }
}

/// The new class: name, number of worlds, scenarios (assigned in turn).
#[component]
fn NewClassForm(on_created: Callback<String>) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let worlds = RwSignal::new("3".to_owned());
    let picked = RwSignal::new(Vec::<String>::new());
    let scenarios = RwSignal::new(Vec::<ScenarioInfo>::new());
    leptos::task::spawn_local(async move {
        if let Ok(list) = api::trainer::scenarios().await {
            scenarios.set(list);
        }
    });
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let class_name = name.get_untracked().trim().to_owned();
        let count = worlds.get_untracked().trim().parse::<u32>().ok();
        let mut found = Vec::new();
        if class_name.is_empty() {
            found.push(FieldError::new(
                "name",
                "REQUIRED",
                t("trainer.error.name_required"),
            ));
        } else if class_name.chars().count() > CLASS_NAME_MAX {
            found.push(FieldError::new(
                "name",
                "TOO_LONG",
                t("trainer.error.name_long"),
            ));
        }
        if !count.is_some_and(|n| (CLASS_WORLDS_MIN..=CLASS_WORLDS_MAX).contains(&n)) {
            found.push(FieldError::new(
                "worlds",
                "WORLDS_RANGE",
                t("trainer.error.worlds_range"),
            ));
        }
        if !found.is_empty() {
            errors.set(found);
            general.set(Some(t("common.check_fields").to_owned()));
            crate::components::focus_id(if errors.with_untracked(|e| e[0].field == "name") {
                "f-name"
            } else {
                "f-worlds"
            });
            return;
        }
        errors.set(Vec::new());
        general.set(None);
        busy.set(true);
        let body = NewClass {
            name: class_name,
            worlds: count.unwrap_or(1),
            scenarios: picked.get_untracked(),
        };
        leptos::task::spawn_local(async move {
            match api::trainer::create(&body).await {
                Ok(table) => {
                    name.set(String::new());
                    on_created.run(table.id);
                }
                Err(e) => show(e, errors, general),
            }
            busy.set(false);
        });
    };
    view! {
        <form novalidate class="tr-new-class" data-testid="tr-new-class" on:submit=submit aria-labelledby="tr-new-title">
            <h2 id="tr-new-title">{t("trainer.new_class")}</h2>
            <GeneralError msg=general testid="tr-create-error" />
            <TextField path="name" label=t("trainer.class_name") testid="tr-class-name" required=true
                value=name on_input=setter(name) error=field_error(errors, "name") maxlength=80 />
            <TextField path="worlds" label=t("trainer.worlds") testid="tr-worlds" required=true
                input_type="number" inputmode="numeric" hint=t("trainer.worlds_hint")
                value=worlds on_input=setter(worlds) error=field_error(errors, "worlds") />
            <fieldset class="tr-scenarios" aria-describedby="tr-scenarios-hint">
                <legend>{t("trainer.scenarios")}</legend>
                <p class="field-hint" id="tr-scenarios-hint">{t("trainer.scenarios_hint")}</p>
                {move || {
                    let list = scenarios.get();
                    if list.is_empty() {
                        return view! { <p data-testid="tr-no-scenarios">{t("trainer.no_scenarios")}</p> }.into_any();
                    }
                    list.into_iter().map(|s| {
                        let value = s.name.clone();
                        let check_id = format!("tr-scenario-{}", s.name);
                        let on = value.clone();
                        view! {
                            <div class="form-check">
                                <input type="checkbox" class="form-check-input" id=check_id.clone() data-testid=check_id.clone()
                                    prop:checked=move || picked.with(|p| p.contains(&on))
                                    on:change=move |ev| {
                                        let checked = event_target_checked(&ev);
                                        let v = value.clone();
                                        picked.update(|p| {
                                            p.retain(|x| *x != v);
                                            if checked {
                                                p.push(v);
                                            }
                                        });
                                    } />
                                <label class="form-check-label" for=check_id>{s.title.clone()}</label>
                            </div>
                        }
                    }).collect_view().into_any()
                }}
                {move || field_error(errors, "scenarios").get().map(|m| view! {
                    <span class="field-error" data-testid="field-error-scenarios">{m}</span>
                })}
            </fieldset>
            <button type="submit" class="btn btn-primary" data-testid="tr-create" disabled=move || busy.get()>
                {t("trainer.create")}
            </button>
        </form>
    }
}

fn show(e: ApiError, errors: RwSignal<Vec<FieldError>>, general: RwSignal<Option<String>>) {
    show_api_error(e, errors, general);
}
