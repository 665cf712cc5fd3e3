//! Assistente virtuale: an FAQ-driven assistant, as the portal had in 2020
//! (no generative model). [`faq::FAQ`] is the curated list of questions and
//! answers; [`matcher::Assistant`] finds the entry a free-text Italian
//! question is about (normalisation, light stemming, synonyms, typo-tolerant
//! token match, BM25-like scoring with a confidence threshold), or says it
//! does not know. Pure, so it runs in the browser with no server round trip.
pub mod faq;
pub mod matcher;

pub use faq::{Faq, FAQ};
pub use matcher::{Answer, Assistant};
