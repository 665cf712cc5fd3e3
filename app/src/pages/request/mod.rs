//! "Richiedi PIN" procedure (SPEC §4.1): 1 codice fiscale and residence type,
//! 2 personal data, residence and contacts, 3 summary and confirmation, then
//! the outcome. The form lives in session storage (`pin-inps.request`) so
//! "Indietro" and a reload keep everything; it is cleared after a successful
//! submit.
//!
//! Step 1 comes with the page's chunk; steps 2 and 3 and the outcome are a
//! lazy chunk of their own (`request__form`, [`form_part`]): a cold load
//! does not download them (issue 10). Loading starts when the person first
//! focuses or types in step 1, and "Avanti" keeps step 1 on screen (button
//! busy) until it is there; a reload on step 2 or 3 loads it at once.
//!
//! data-testid:
//!   request-title, request-step-title, stepper, stepper-step-1..3
//!   step 1: request-cf, request-residence-italia, request-residence-estero
//!   step 2: request-surname, request-name, request-birth-date, request-sex-M,
//!     request-sex-F, request-birth-kind-italia, request-birth-kind-estero,
//!     request-birth-province, request-birth-comune, request-birth-country,
//!     request-address, request-civic, request-province, request-comune,
//!     request-cap, request-country, request-city, request-home-phone,
//!     request-mobile, request-email, request-pec, request-preferred-phone,
//!     request-preferred-time
//!   step 3: request-summary, request-edit-1, request-edit-2
//!   buttons: request-next (steps 1-2), request-submit (step 3), request-back
//!   errors: error-summary, error-summary-<path>, field-error-<path>
//!     (e.g. field-error-personal.surname, field-error-codice_fiscale),
//!     request-server-error, already-assigned, already-assigned-restore,
//!     already-assigned-revoke, issuance-closed, issuance-closed-login
//!   outcome: request-outcome, request-outcome-status (text: issued |
//!     awaiting_verification, in data-status), request-outcome-callback (only
//!     when awaiting verification: the contact center will call the preferred
//!     phone), request-id, request-outcome-home, request-new

mod outcome;
mod state;
mod steps;
mod summary;

use std::collections::HashSet;

use crate::format::date;
use chrono::NaiveDate;
use domain::api::{ApiError, ErrorCode, FieldError, PinRequest, PinRequestCreated};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::components::alert::{Alert, AlertKind};
use crate::components::field::SummaryItem;
use crate::components::focus_id;
use crate::components::stepper::Stepper;
use crate::i18n::{t, t_opt};
use crate::sim::{browser_today, use_sim};
pub use state::FormState;

/// Everything the steps share. `Copy`: signals only.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub form: RwSignal<FormState>,
    pub touched: RwSignal<HashSet<String>>,
    /// Steps on which "Avanti" was pressed: all their errors are shown.
    pub attempted: RwSignal<HashSet<u8>>,
    pub server_errors: RwSignal<Vec<FieldError>>,
    pub today: Memo<NaiveDate>,
    pub busy: RwSignal<bool>,
    /// Live errors of steps 1 and 2, recomputed once per change.
    pub errors1: Memo<Vec<FieldError>>,
    pub errors2: Memo<Vec<FieldError>>,
}

impl Ctx {
    pub fn value(self, path: &'static str) -> Signal<String> {
        let form = self.form;
        Signal::derive(move || form.with(|f| f.get(path)))
    }

    pub fn setter(self, path: &'static str) -> Callback<String> {
        Callback::new(move |v: String| {
            self.form.update(|f| f.set(path, v));
            self.server_errors
                .update(|errs| errs.retain(|e| e.field != path));
        })
    }

    pub fn touch(self, path: &'static str) -> Callback<()> {
        Callback::new(move |_| {
            if !self.touched.with_untracked(|t| t.contains(path)) {
                self.touched.update(|t| {
                    t.insert(path.to_string());
                });
            }
        })
    }

    /// Live errors of a step (domain rules, codice fiscale).
    pub fn step_errors(self, step: u8) -> Vec<FieldError> {
        match step {
            1 => self.errors1.get(),
            _ => self.errors2.get(),
        }
    }

    /// The message shown beside `path`: a server error, or a live error once
    /// the field was left or "Avanti" pressed.
    pub fn error(self, path: &'static str) -> Signal<Option<String>> {
        Signal::derive(move || {
            if let Some(e) = self
                .server_errors
                .with(|errs| errs.iter().find(|e| e.field == path).cloned())
            {
                return Some(e.message);
            }
            let step = FormState::step_of(path);
            let shown = self.attempted.with(|a| a.contains(&step))
                || self.touched.with(|t| t.contains(path));
            if !shown {
                return None;
            }
            self.step_errors(step)
                .into_iter()
                .find(|e| e.field == path)
                .map(|e| e.message)
        })
    }

    /// Errors listed in the summary of `step` (after an "Avanti").
    pub fn summary(self, step: u8) -> Signal<Vec<SummaryItem>> {
        Signal::derive(move || {
            if !self.attempted.with(|a| a.contains(&step)) {
                return Vec::new();
            }
            let mut errs: Vec<FieldError> = self
                .server_errors
                .get()
                .into_iter()
                .filter(|e| FormState::step_of(&e.field) == step)
                .collect();
            errs.extend(self.step_errors(step));
            let mut seen = HashSet::new();
            errs.into_iter()
                .filter(|e| seen.insert(e.field.clone()))
                .map(|e| SummaryItem {
                    label: field_label(&e.field),
                    path: e.field,
                    message: e.message,
                })
                .collect()
        })
    }
}

/// The label of a field path, for the error summary.
pub fn field_label(path: &str) -> &'static str {
    t_opt(&format!("request.label.{path}")).unwrap_or("")
}

/// What the lazy chunk renders.
pub enum Part {
    Step2,
    /// The summary; the callback goes back to a step to edit it.
    Step3(Callback<u8>),
    /// The request was made: what was sent, and "another request".
    Outcome(Box<(PinRequestCreated, FormState)>, Callback<()>),
}

/// Steps 2 and 3 and the outcome, in a chunk of their own (see the module
/// doc). Called only once the chunk is loaded ([`Request`] awaits
/// `__preload_form_part` first), so the view is there at the first poll.
#[leptos::lazy(request__form)]
fn form_part(ctx: Ctx, part: Part) -> AnyView {
    match part {
        Part::Step2 => view! { <steps::Step2 ctx=ctx /> }.into_any(),
        Part::Step3(on_edit) => view! { <summary::Step3 ctx=ctx on_edit=on_edit /> }.into_any(),
        Part::Outcome(done, on_new) => {
            let (created, form) = *done;
            view! { <outcome::Outcome created=created form=form on_new=on_new /> }.into_any()
        }
    }
}

/// The lazy chunk's view of `part`, rendered in place once it is loaded
/// (at once when it is already).
fn lazy_part(ctx: Ctx, part: Part) -> impl IntoView {
    Suspend::new(async move { form_part(ctx, part).await })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Form,
    Closed,
    Outcome,
}

/// What the page shows besides the form.
#[derive(Debug, Clone, PartialEq)]
enum Notice {
    None,
    AlreadyAssigned(String),
    Closed,
    ServerError(String),
}

#[component]
pub fn Request() -> impl IntoView {
    let sim = use_sim();
    let form = RwSignal::new(state::load());
    let today = Memo::new(move |_| sim.today().unwrap_or_else(browser_today));
    let ctx = Ctx {
        form,
        touched: RwSignal::new(HashSet::new()),
        attempted: RwSignal::new(HashSet::new()),
        server_errors: RwSignal::new(Vec::new()),
        today,
        busy: RwSignal::new(false),
        errors1: Memo::new(move |_| form.with(|f| f.step1_errors(today.get()))),
        errors2: Memo::new(move |_| form.with(|f| f.step2_errors(today.get()))),
    };
    let notice = RwSignal::new(Notice::None);
    // Starts loading steps 2-3 (once): on the first focus or input in step
    // 1, or at once when the form was left on step 2 or 3.
    let form_loading = StoredValue::new(false);
    let load_form = move || {
        if !form_loading.get_value() {
            form_loading.set_value(true);
            spawn_local(__preload_form_part());
        }
    };
    if form.with_untracked(|f| f.step) > 1 {
        load_form();
    }
    let outcome: RwSignal<Option<(PinRequestCreated, FormState)>> = RwSignal::new(None);

    // Persist every change (until the outcome clears it).
    Effect::new(move |_| {
        let f = form.get();
        if outcome.with_untracked(|o| o.is_none()) {
            state::save(&f);
        }
    });
    // A different codice fiscale may not hold a PIN.
    Effect::new(move |prev: Option<String>| {
        let cf = form.with(|f| f.codice_fiscale.clone());
        if prev.is_some_and(|p| p != cf)
            && matches!(notice.get_untracked(), Notice::AlreadyAssigned(_))
        {
            notice.set(Notice::None);
        }
        cf
    });

    // Memos: the views below must re-render only when these values change,
    // not on every keystroke or clock poll.
    let step = Memo::new(move |_| form.with(|f| f.step as usize));
    let go_to = move |n: u8| {
        form.update(|f| f.step = n);
        request_animation_frame(move || focus_id("request-step-title"));
    };
    let fail = move |step: u8| {
        ctx.attempted.update(|a| {
            a.insert(step);
        });
        request_animation_frame(move || focus_id("error-summary"));
    };
    let handle_error = move |err: ApiError| match err.code {
        ErrorCode::PinAlreadyAssigned => {
            let cf = form.with_untracked(|f| f.to_request().codice_fiscale);
            notice.set(Notice::AlreadyAssigned(cf));
            request_animation_frame(|| focus_id("already-assigned"));
        }
        ErrorCode::PinIssuanceClosed => notice.set(Notice::Closed),
        ErrorCode::Validation if !err.fields.is_empty() => {
            let first = err
                .fields
                .iter()
                .map(|e| FormState::step_of(&e.field))
                .min()
                .unwrap_or(2);
            ctx.server_errors.set(err.fields);
            form.update(|f| f.step = first);
            fail(first);
        }
        _ => {
            notice.set(Notice::ServerError(err.message));
            request_animation_frame(|| focus_id("request-server-error"));
        }
    };

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if ctx.busy.get_untracked() {
            return;
        }
        let current = form.with_untracked(|f| f.step);
        if matches!(notice.get_untracked(), Notice::ServerError(_)) {
            notice.set(Notice::None);
        }
        match current {
            1 | 2 => {
                if !ctx.step_errors(current).is_empty()
                    || ctx.server_errors.with_untracked(|e| {
                        e.iter().any(|e| FormState::step_of(&e.field) == current)
                    })
                {
                    fail(current);
                    return;
                }
                if current == 1 {
                    // Ask the server whether this codice fiscale already holds
                    // a PIN (or requests are closed) before the long step 2:
                    // a request with the codice fiscale only is answered 409 or
                    // 403 before the field checks, 422 otherwise.
                    let probe = form.with_untracked(|f| PinRequest {
                        codice_fiscale: f.to_request().codice_fiscale,
                        residence_type: f.residence_type,
                        ..PinRequest::default()
                    });
                    ctx.busy.set(true);
                    load_form();
                    spawn_local(async move {
                        let res = api::request::submit(&probe).await;
                        match res {
                            Err(e)
                                if matches!(
                                    e.code,
                                    ErrorCode::PinAlreadyAssigned | ErrorCode::PinIssuanceClosed
                                ) =>
                            {
                                ctx.busy.set(false);
                                handle_error(e)
                            }
                            _ => {
                                // Step 1 stays, button busy, until step 2
                                // can be shown whole (the load started with
                                // the first focus: usually done by now).
                                __preload_form_part().await;
                                ctx.busy.set(false);
                                notice.set(Notice::None);
                                go_to(2);
                            }
                        }
                    });
                } else {
                    go_to(3);
                }
            }
            _ => {
                let req = form.with_untracked(|f| f.to_request());
                ctx.busy.set(true);
                spawn_local(async move {
                    let res = api::request::submit(&req).await;
                    ctx.busy.set(false);
                    match res {
                        Ok(created) => {
                            let snapshot = form.get_untracked();
                            outcome.set(Some((created, snapshot)));
                            state::clear();
                            form.set(FormState::new());
                            ctx.touched.set(HashSet::new());
                            ctx.attempted.set(HashSet::new());
                            notice.set(Notice::None);
                            request_animation_frame(|| focus_id("request-outcome"));
                        }
                        Err(e) => handle_error(e),
                    }
                });
            }
        }
    };
    let on_back = Callback::new(move |_| {
        let current = form.with_untracked(|f| f.step);
        if current > 1 {
            go_to(current - 1);
        }
    });

    let mode = Memo::new(move |_| {
        if outcome.with(|o| o.is_some()) {
            Mode::Outcome
        } else if notice.with(|n| *n == Notice::Closed) || sim.issuance_closed() == Some(true) {
            Mode::Closed
        } else {
            Mode::Form
        }
    });
    let cutoff = Signal::derive(move || {
        sim.status
            .get()
            .map(|s| date(s.cutoff_date))
            .unwrap_or_default()
    });

    view! {
        <h1 data-testid="request-title">{t("request.title")}</h1>
        {move || {
            let m = mode.get();
            if m == Mode::Outcome {
                let done = outcome.get_untracked().unwrap_or_else(|| unreachable!());
                lazy_part(ctx, Part::Outcome(Box::new(done), Callback::new(move |_| outcome.set(None)))).into_any()
            } else if m == Mode::Closed {
                view! { <outcome::IssuanceClosed cutoff=cutoff /> }.into_any()
            } else {
                view! {
                    <Stepper
                        steps=vec![t("request.step1"), t("request.step2"), t("request.step3")]
                        current=step
                    />
                    {move || match notice.get() {
                        Notice::AlreadyAssigned(cf) => view! { <outcome::AlreadyAssigned cf=cf /> }.into_any(),
                        Notice::ServerError(msg) => view! {
                            <Alert kind=AlertKind::Error testid="request-server-error" id="request-server-error">
                                <p>{msg}</p>
                            </Alert>
                        }.into_any(),
                        _ => ().into_any(),
                    }}
                    <form on:submit=on_submit novalidate=true data-testid="request-form"
                        on:focusin=move |_| load_form() on:input=move |_| load_form()>
                        // One block per step, each built afresh when its step
                        // comes: steps 2 and 3 are both a `Suspend` of the lazy
                        // part, and a single `match` would rebuild the one
                        // `Suspend` in place, which keeps showing step 2.
                        {move || (step.get() == 1).then(|| view! { <steps::Step1 ctx=ctx /> })}
                        {move || (step.get() == 2).then(|| lazy_part(ctx, Part::Step2))}
                        {move || (step.get() >= 3).then(|| lazy_part(ctx, Part::Step3(Callback::new(go_to))))}
                        <crate::components::alert::FormActions
                            on_back=on_back
                            back_testid="request-back"
                            show_back=Signal::derive(move || step.get() > 1)
                            next_label=Signal::derive(move || if step.get() == 3 { t("request.submit") } else { t("common.next") })
                            next_testid=Signal::derive(move || if step.get() == 3 { "request-submit" } else { "request-next" })
                            busy=ctx.busy
                        />
                    </form>
                }.into_any()
            }
        }}
    }
}
