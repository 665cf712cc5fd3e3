//! The shape of one language's word tables (`it.rs`, `de.rs`, `en.rs`),
//! read by the matcher.

/// One language's word tables.
pub(super) struct Rules {
    pub stopwords: &'static [&'static str],
    /// Groups of stems (or whole words) that mean the same thing; the first
    /// entry names the concept.
    pub synonyms: &'static [&'static [&'static str]],
    /// Suffixes the stemmer strips (the first that leaves `min_stem` letters).
    pub suffixes: &'static [&'static str],
    pub min_stem: usize,
}
