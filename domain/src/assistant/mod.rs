//! Assistente virtuale: an FAQ-driven assistant, as the portal had in 2020
//! (no generative model), in Italian, German and English. [`faq::FAQ`] is
//! the curated list of questions and answers (one table keyed by id, the
//! texts in each language); [`matcher::Assistant`] finds the entry a
//! free-text question in one language is about (normalisation, light
//! stemming, synonyms, German compound splitting, typo-tolerant token match,
//! BM25-like scoring with a confidence threshold), or says it does not know.
//! Pure, so it runs in the browser with no server round trip.
mod de;
mod en;
pub mod faq;
mod it;
pub mod matcher;
mod rules;

pub use faq::{Faq, Text, FAQ};
pub use matcher::{Answer, Assistant};

/// The assistant's languages (the order of [`Faq::texts`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    It = 0,
    De = 1,
    En = 2,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::It, Lang::De, Lang::En];
}
