//! Form field wrappers: a label bound to its input (`for`/`id`), an optional
//! hint, and the error text next to the field (`aria-describedby`,
//! `aria-invalid`). Field ids derive from API field paths, so server errors
//! (`fields[].field`) land on the same element as the browser's own checks.
//!
//! data-testid: the input carries the given `testid`; its error text
//! `field-error-<path>` (e.g. `field-error-personal.surname`); the summary
//! `error-summary`, each entry `error-summary-<path>`.

use leptos::prelude::*;

use super::{field_dom_id, focus_id};
use crate::i18n::t;

fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

#[component]
fn Label(id: String, label: &'static str, required: bool) -> impl IntoView {
    view! {
        <label for=id>
            {label}
            {required.then(|| view! { <span aria-hidden="true">" *"</span> })}
        </label>
    }
}

#[component]
fn ErrorText(id: String, path: &'static str, error: Signal<Option<String>>) -> impl IntoView {
    view! {
        {move || error.get().map(|msg| view! {
            <span class="field-error" id=format!("{id}-error") data-testid=format!("field-error-{path}")>
                {crate::i18n::localize(&msg)}
            </span>
        })}
    }
}

/// A text input bound to `value`.
#[component]
pub fn TextField(
    /// API field path, e.g. `personal.surname`.
    path: &'static str,
    label: &'static str,
    /// `&'static str` or a `String` built from a prefix (`restore-cf`).
    #[prop(into)]
    testid: String,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional)] on_blur: Option<Callback<()>>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] required: bool,
    #[prop(optional)] input_type: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] maxlength: Option<u32>,
    #[prop(optional)] placeholder: Option<&'static str>,
    #[prop(optional)] uppercase: bool,
) -> impl IntoView {
    let id = field_dom_id(path);
    let has_hint = hint.is_some();
    let input_id = id.clone();
    let aria_id = id.clone();
    view! {
        <div class="field" class:has-error=move || error.with(|e| e.is_some())>
            <Label id=id.clone() label=label required=required />
            <input
                id=input_id
                name=path
                class="form-control"
                class:uppercase=uppercase
                type=input_type.unwrap_or("text")
                data-testid=testid
                autocomplete=autocomplete
                inputmode=inputmode
                maxlength=maxlength
                placeholder=placeholder
                spellcheck="false"
                aria-required=required.then_some("true")
                aria-invalid=move || if error.with(|e| e.is_some()) { "true" } else { "false" }
                aria-describedby=move || described_by(&aria_id, has_hint, error.with(|e| e.is_some()))
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
                on:blur=move |_| {
                    if let Some(cb) = on_blur {
                        cb.run(())
                    }
                }
            />
            {hint.map(|h| view! { <span class="field-hint" id=format!("{id}-hint")>{h}</span> })}
            <ErrorText id=id.clone() path=path error=error />
        </div>
    }
}

/// A `<select>`; `options` are `(value, label)`; the first, empty option
/// shows `placeholder` ("Scegli ...").
#[component]
pub fn SelectField(
    path: &'static str,
    label: &'static str,
    testid: &'static str,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    placeholder: &'static str,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional)] on_blur: Option<Callback<()>>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] required: bool,
    #[prop(optional, into)] disabled: Signal<bool>,
    #[prop(optional, into)] busy: Signal<bool>,
) -> impl IntoView {
    let id = field_dom_id(path);
    let has_hint = hint.is_some();
    let select_id = id.clone();
    let aria_id = id.clone();
    view! {
        <div class="field" class:has-error=move || error.with(|e| e.is_some())>
            <Label id=id.clone() label=label required=required />
            <select
                id=select_id
                name=path
                class="form-select"
                data-testid=testid
                disabled=move || disabled.get()
                aria-busy=move || busy.get().then_some("true")
                aria-required=required.then_some("true")
                aria-invalid=move || if error.with(|e| e.is_some()) { "true" } else { "false" }
                aria-describedby=move || described_by(&aria_id, has_hint, error.with(|e| e.is_some()))
                on:change=move |ev| on_change.run(event_target_value(&ev))
                on:blur=move |_| {
                    if let Some(cb) = on_blur {
                        cb.run(())
                    }
                }
            >
                <option value="" selected=move || value.with(|v| v.is_empty())>
                    {move || if busy.get() { t("common.loading") } else { placeholder }}
                </option>
                {move || {
                    let current = value.get();
                    let mut opts = options.get();
                    // Keep a stored value visible even if the list does not hold it (yet).
                    if !current.is_empty() && !busy.get() && !opts.iter().any(|(v, _)| *v == current) {
                        opts.push((current.clone(), current.clone()));
                    }
                    opts.into_iter()
                        .map(|(v, l)| {
                            let selected = v == current;
                            view! { <option value=v selected=selected>{l}</option> }
                        })
                        .collect_view()
                }}
            </select>
            {hint.map(|h| view! { <span class="field-hint" id=format!("{id}-hint")>{h}</span> })}
            <ErrorText id=id.clone() path=path error=error />
        </div>
    }
}

/// Radio buttons in a fieldset; each input has testid `<testid>-<value>`.
#[component]
pub fn RadioGroup(
    path: &'static str,
    legend: &'static str,
    testid: &'static str,
    options: Vec<(&'static str, &'static str)>,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let id = field_dom_id(path);
    let first_id = id.clone();
    let err_id = id.clone();
    let inputs = options
        .into_iter()
        .enumerate()
        .map(|(i, (v, l))| {
            // The first radio carries the field id, so error links focus it.
            let input_id = if i == 0 { first_id.clone() } else { format!("{first_id}-{v}") };
            let label_for = input_id.clone();
            let err_id = err_id.clone();
            view! {
                <label for=label_for>
                    <input
                        type="radio"
                        id=input_id
                        name=path
                        value=v
                        data-testid=format!("{testid}-{v}")
                        prop:checked=move || value.get() == v
                        aria-describedby=move || error.with(|e| e.is_some()).then(|| format!("{err_id}-error"))
                        on:change=move |_| on_change.run(v.to_string())
                    />
                    {l}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field" class:has-error=move || error.with(|e| e.is_some()) data-testid=testid>
            <legend class="field-label">
                {legend}
                {required.then(|| view! { <span aria-hidden="true">" *"</span> })}
            </legend>
            <div class="radio-group">{inputs}</div>
            <ErrorText id=id.clone() path=path error=error />
        </fieldset>
    }
}

/// One problem listed in the error summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryItem {
    pub path: String,
    pub label: &'static str,
    pub message: String,
}

/// The list of problems that block "Avanti", each a link to its field.
/// Announced (`role="alert"`) when it appears; focus it with
/// `focus_id("error-summary")`.
#[component]
pub fn ErrorSummary(#[prop(into)] items: Signal<Vec<SummaryItem>>) -> impl IntoView {
    view! {
        <Show when=move || items.with(|i| !i.is_empty())>
            <div
                class="alert alert-danger error-summary"
                role="alert"
                id="error-summary"
                tabindex="-1"
                data-testid="error-summary"
            >
                <h2 class="alert-title">{t("common.error_summary_title")}</h2>
                <ul>
                    {move || items.get().into_iter().map(|item| {
                        let target = field_dom_id(&item.path);
                        let href = format!("#{target}");
                        view! {
                            <li>
                                <a
                                    href=href
                                    data-testid=format!("error-summary-{}", item.path)
                                    on:click=move |ev| {
                                        ev.prevent_default();
                                        focus_id(&target);
                                    }
                                >
                                    {item.label} ": " {crate::i18n::localize(&item.message)}
                                </a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}
