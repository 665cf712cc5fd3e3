//! `/assistente-virtuale`: the FAQ-driven assistant. The question is
//! matched in the browser (`domain::assistant`), with no server round trip;
//! a question it cannot place is sent to the contact center.
//!
//! data-testid: assistant-question, assistant-ask, assistant-answer,
//! assistant-answer-link, assistant-unknown, assistant-example

use domain::assistant::{faq::CONTACT_LINK, Answer, Assistant as Matcher};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::components::A;

use super::HelpLinks;
use crate::i18n::{t, use_lang, Lang};

#[derive(Clone)]
struct Turn {
    question: String,
    answer: Answer,
}

#[component]
pub fn Assistant() -> impl IntoView {
    let matcher = StoredValue::new(Matcher::new());
    let question = RwSignal::new(String::new());
    let turns = RwSignal::new(Vec::<Turn>::new());
    let lang = use_lang();

    let ask = move |q: String| {
        let q = q.trim().to_string();
        if q.is_empty() {
            return;
        }
        let answer = matcher.with_value(|m| m.answer(&q));
        turns.update(|ts| {
            ts.insert(
                0,
                Turn {
                    question: q,
                    answer,
                },
            )
        });
        question.set(String::new());
    };
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        ask(question.get_untracked());
    };

    let examples = [
        t("help.assistant.example1"),
        t("help.assistant.example2"),
        t("help.assistant.example3"),
    ]
    .into_iter()
    .map(|ex| {
        view! {
            <li>
                <button
                    type="button"
                    class="btn btn-link"
                    data-testid="assistant-example"
                    on:click=move |_| ask(ex.to_string())
                >
                    {ex}
                </button>
            </li>
        }
    })
    .collect_view();

    view! {
        <section class="page page-help page-assistant" aria-labelledby="help-title">
            <h1 id="help-title">{t("help.assistant.title")}</h1>
            <p>{t("help.assistant.intro")}</p>
            <Show when=move || lang.get() != Lang::It>
                <p class="help-note">{t("help.assistant.italian_only")}</p>
            </Show>
            <form class="form assistant-form" on:submit=on_submit>
                <label for="assistant-question">{t("help.assistant.label")}</label>
                <div class="assistant-row">
                    <input
                        id="assistant-question"
                        class="form-control"
                        type="text"
                        lang="it"
                        maxlength="300"
                        autocomplete="off"
                        data-testid="assistant-question"
                        placeholder=t("help.assistant.placeholder")
                        bind:value=question
                    />
                    <button type="submit" class="btn btn-primary" data-testid="assistant-ask">
                        {t("help.assistant.ask")}
                    </button>
                </div>
            </form>
            <h2 class="assistant-examples-title">{t("help.assistant.examples")}</h2>
            <ul class="assistant-examples">{examples}</ul>
            <div class="assistant-log" aria-live="polite" data-testid="assistant-log">
                {move || {
                    turns
                        .get()
                        .into_iter()
                        .map(|turn| view! { <TurnView turn=turn /> })
                        .collect_view()
                }}
            </div>
            <HelpLinks />
        </section>
    }
}

#[component]
fn TurnView(turn: Turn) -> impl IntoView {
    let body = match turn.answer {
        Answer::Found { faq, .. } => view! {
            <div class="assistant-answer" data-testid="assistant-answer" data-faq=faq.id lang="it">
                <p class="assistant-faq-question">{faq.question}</p>
                <p>{faq.answer}</p>
                <p>
                    <A href=faq.link attr:data-testid="assistant-answer-link">{faq.link_label}</A>
                </p>
            </div>
        }
        .into_any(),
        Answer::Unknown => view! {
            <div class="assistant-answer assistant-unknown" data-testid="assistant-unknown">
                <p>{t("help.assistant.unknown")}</p>
                <p>
                    <A href=CONTACT_LINK attr:data-testid="assistant-answer-link">
                        {t("help.support.title")}
                    </A>
                </p>
            </div>
        }
        .into_any(),
    };
    view! {
        <article class="assistant-turn">
            <p class="assistant-question" lang="it">
                <span class="visually-hidden">{t("help.assistant.you_asked")}" "</span>
                {turn.question}
            </p>
            {body}
        </article>
    }
}
