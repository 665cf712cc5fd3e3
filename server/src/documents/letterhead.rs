//! The INPS letterhead every document starts with, and the language the
//! documents print in.

use std::convert::Infallible;

use axum::extract::FromRequestParts;
use axum::http::header::ACCEPT_LANGUAGE;
use axum::http::request::Parts;
use chrono::{DateTime, Utc};
use domain::datetime::rome_datetime_words;

use super::pdf::{Font, Pdf};
use crate::i18n::{document_text, negotiate, Lang};

/// A document's texts in one language: the Italian source looked up in the
/// documents' tables (`i18n/de.rs`, `i18n/en.rs`, `DOCUMENTS`).
#[derive(Debug, Clone, Copy)]
pub struct Words(pub Lang);

impl Words {
    /// `italian` in the document's language.
    pub fn t(self, italian: &'static str) -> &'static str {
        document_text(self.0, italian)
    }

    /// A date and time in Rome time: "01/10/2020 alle 09:00", "… um …",
    /// "… at …".
    pub fn datetime(self, at: DateTime<Utc>) -> String {
        let it = rome_datetime_words(at);
        match self.0 {
            Lang::It => it,
            Lang::De => it.replace(" alle ", " um "),
            Lang::En => it.replace(" alle ", " at "),
        }
    }
}

/// A handler's `Words` are in the request's `Accept-Language`, as its
/// JSON answers are.
impl<S: Send + Sync> FromRequestParts<S> for Words {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let header = parts.headers.get(ACCEPT_LANGUAGE);
        Ok(Words(negotiate(header.and_then(|v| v.to_str().ok()))))
    }
}

/// Draws the letterhead with its top line at `y`, from `x`: the logo
/// word, the Institute's name (a proper name, never translated) and the
/// simulation notice. Returns the `y` where the document's title goes.
pub fn letterhead(pdf: &mut Pdf, words: Words, x: f32, y: f32) -> f32 {
    pdf.text(x, y, 16.0, Font::Bold, "INPS");
    pdf.text(
        x + 48.0,
        y,
        10.0,
        Font::Regular,
        "Istituto Nazionale della Previdenza Sociale",
    );
    pdf.text(
        x + 48.0,
        y - 14.0,
        8.0,
        Font::Regular,
        words.t("Simulazione didattica - non affiliata all'INPS"),
    );
    y - 44.0
}
