//! `/assistente-virtuale`: the FAQ-driven assistant, in the chosen language
//! (Italian, German or English). The question is matched in the browser
//! (`domain::assistant`, whose FAQ in all three languages lands in this
//! page's lazy chunk), with no server round trip; a question it cannot place
//! is sent to the contact center. The conversation is kept in session
//! storage, so after a change of language (which reloads the page) the
//! same answers are shown in the new language.
//!
//! data-testid: assistant-question, assistant-ask, assistant-answer,
//! assistant-answer-link, assistant-unknown, assistant-example

use domain::assistant::{
    faq::CONTACT_LINK, Answer, Assistant as Matcher, Faq, Lang as FaqLang, FAQ,
};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::components::A;

use super::HelpLinks;
use crate::i18n::{t, use_lang, Lang};

/// Session-storage key of the conversation.
const STORAGE_KEY: &str = "pin-inps.assistant";

fn faq_lang(lang: Lang) -> FaqLang {
    match lang {
        Lang::It => FaqLang::It,
        Lang::De => FaqLang::De,
        Lang::En => FaqLang::En,
    }
}

#[derive(Clone)]
struct Turn {
    /// The language the question was asked in.
    lang: Lang,
    question: String,
    /// `None`: the assistant did not know.
    faq: Option<&'static Faq>,
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// One turn a line: `lang \t faq id (or empty) \t question`.
fn save(turns: &[Turn]) {
    let text = turns
        .iter()
        .map(|t| {
            let id = t.faq.map_or("", |f| f.id);
            let q = t.question.replace(['\t', '\n'], " ");
            format!("{}\t{id}\t{q}", t.lang.tag())
        })
        .collect::<Vec<_>>()
        .join("\n");
    if let Some(s) = session_storage() {
        let _ = s.set_item(STORAGE_KEY, &text);
    }
}

fn restore() -> Vec<Turn> {
    let Some(text) = session_storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()) else {
        return Vec::new();
    };
    text.lines()
        .filter_map(|line| {
            let mut parts = line.splitn(3, '\t');
            let lang = Lang::from_tag(parts.next()?)?;
            let id = parts.next()?;
            let question = parts.next()?.to_string();
            let faq = FAQ.iter().find(|f| f.id == id);
            (id.is_empty() || faq.is_some()).then_some(Turn {
                lang,
                question,
                faq,
            })
        })
        .collect()
}

#[component]
pub fn Assistant() -> impl IntoView {
    let lang = use_lang();
    let matcher = StoredValue::new(Matcher::for_lang(faq_lang(lang.get_untracked())));
    let question = RwSignal::new(String::new());
    let turns = RwSignal::new(restore());

    let ask = move |q: String| {
        let q = q.trim().to_string();
        if q.is_empty() {
            return;
        }
        let faq = match matcher.with_value(|m| m.answer(&q)) {
            Answer::Found { faq, .. } => Some(faq),
            Answer::Unknown => None,
        };
        turns.update(|ts| {
            ts.insert(
                0,
                Turn {
                    lang: lang.get_untracked(),
                    question: q,
                    faq,
                },
            );
            save(ts);
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
            <form class="form assistant-form" on:submit=on_submit>
                <label for="assistant-question">{t("help.assistant.label")}</label>
                <div class="assistant-row">
                    <input
                        id="assistant-question"
                        class="form-control"
                        type="text"
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
                    let now = lang.get();
                    turns
                        .get()
                        .into_iter()
                        .map(|turn| view! { <TurnView turn=turn lang=now /> })
                        .collect_view()
                }}
            </div>
            <HelpLinks />
        </section>
    }
}

/// One question and its answer, the answer in `lang` (the page's language).
#[component]
fn TurnView(turn: Turn, lang: Lang) -> impl IntoView {
    let body = match turn.faq {
        Some(faq) => {
            let text = faq.text(faq_lang(lang));
            view! {
                <div class="assistant-answer" data-testid="assistant-answer" data-faq=faq.id>
                    <p class="assistant-faq-question">{text.question}</p>
                    <p>{text.answer}</p>
                    <p>
                        <A href=faq.link attr:data-testid="assistant-answer-link">
                            {faq.link_label(faq_lang(lang))}
                        </A>
                    </p>
                </div>
            }
            .into_any()
        }
        None => view! {
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
    // The question keeps the language it was typed in.
    view! {
        <article class="assistant-turn">
            <p class="assistant-question" lang=turn.lang.tag()>
                <span class="visually-hidden" lang=lang.tag()>{t("help.assistant.you_asked")}" "</span>
                {turn.question}
            </p>
            {body}
        </article>
    }
}
