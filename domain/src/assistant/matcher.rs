//! Matching a free-text question to an FAQ entry, in Italian, German or
//! English.
//!
//! Pipeline per word: lowercase and strip accents/punctuation (German
//! umlauts folded, ß → ss) → drop the language's stopwords → light stemmer
//! (the language's suffixes; English also "ies" → "y" and a doubled final
//! consonant undone) → synonym table (stems to one concept) → if the term is
//! unknown, a German compound is split into two indexed terms, else the
//! nearest indexed term within edit distance 1 (2 for words of 8+ letters)
//! is taken. Each FAQ entry (question + keywords in that language) is scored
//! BM25-style; the best entry is answered only if it covers enough of the
//! question's weight, otherwise the assistant says it does not know. The
//! word tables are in `it.rs`, `de.rs`, `en.rs`.

use super::faq::{Faq, FAQ};
use super::rules::Rules;
use super::{de, en, it, Lang};

/// Below this share of the question's weight found in the best entry, the
/// assistant does not answer.
const MIN_COVERAGE: f64 = 0.5;

fn rules(lang: Lang) -> &'static Rules {
    match lang {
        Lang::It => &it::RULES,
        Lang::De => &de::RULES,
        Lang::En => &en::RULES,
    }
}

fn fold(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        c => c,
    }
}

/// Lowercase, accents folded (ß → ss), split on anything not a letter or
/// digit.
pub fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .replace('ß', "ss")
        .chars()
        .map(fold)
        .collect::<String>()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The assistant's answer to a question.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Answer {
    Found {
        faq: &'static Faq,
        confidence: f64,
    },
    /// Out of scope or too vague: point the user to the contact center.
    Unknown,
}

/// The index over [`FAQ`] in one language, built once (cheap: a few hundred
/// terms).
pub struct Assistant {
    lang: Lang,
    rules: &'static Rules,
    docs: Vec<Vec<String>>,
    vocab: Vec<String>,
    avg_len: f64,
}

impl Default for Assistant {
    fn default() -> Self {
        Self::new()
    }
}

impl Assistant {
    /// The Italian assistant.
    pub fn new() -> Self {
        Self::for_lang(Lang::It)
    }

    pub fn for_lang(lang: Lang) -> Self {
        let mut a = Self {
            lang,
            rules: rules(lang),
            docs: Vec::new(),
            vocab: Vec::new(),
            avg_len: 1.0,
        };
        let texts: Vec<Vec<String>> = FAQ
            .iter()
            .map(|faq| {
                let t = faq.text(lang);
                words(&format!("{} {}", t.question, t.keywords))
                    .into_iter()
                    .filter(|w| !a.is_stopword(w))
                    .collect()
            })
            .collect();
        a.docs = texts
            .iter()
            .map(|ws| {
                ws.iter()
                    .map(|w| a.known(w).unwrap_or_else(|| a.stem(w)))
                    .collect()
            })
            .collect();
        a.build_vocab();
        if lang == Lang::De {
            // A compound is indexed whole and as its two parts.
            for (doc, ws) in a.docs.iter_mut().zip(&texts) {
                for w in ws {
                    if let Some((h, t)) = split(&a.vocab, a.rules, a.lang, w) {
                        doc.extend([h, t]);
                    }
                }
            }
            a.build_vocab();
        }
        a.avg_len = a.docs.iter().map(Vec::len).sum::<usize>() as f64 / a.docs.len() as f64;
        a
    }

    fn build_vocab(&mut self) {
        let mut vocab: Vec<String> = self.docs.iter().flatten().cloned().collect();
        for group in self.rules.synonyms {
            vocab.extend(group.iter().map(|s| s.to_string()));
        }
        vocab.sort();
        vocab.dedup();
        self.vocab = vocab;
    }

    fn is_stopword(&self, w: &str) -> bool {
        self.rules.stopwords.contains(&w)
    }

    fn stem(&self, word: &str) -> String {
        stem(self.rules, self.lang, word)
    }

    /// The concept or indexed term a word stands for, if any.
    fn known(&self, word: &str) -> Option<String> {
        known(&self.vocab, self.rules, self.lang, word)
    }

    /// The question's terms after normalisation, stemming, synonyms, compound
    /// splitting and typo correction (an unknown word stays as its stem).
    pub fn terms(&self, question: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for w in words(question) {
            if self.is_stopword(&w) {
                continue;
            }
            let s = self.stem(&w);
            // German umlauts typed as ae, oe, ue ("aendern").
            let undigraph = (self.lang == Lang::De)
                .then(|| w.replace("ae", "a").replace("oe", "o").replace("ue", "u"))
                .filter(|u| *u != w);
            let terms = if let Some(t) = self.known(&w) {
                vec![t]
            } else if let Some(t) = undigraph.as_deref().and_then(|u| self.known(u)) {
                vec![t]
            } else if let Some((h, t)) =
                split(&self.vocab, self.rules, self.lang, &w).filter(|_| self.lang == Lang::De)
            {
                vec![h, t]
            } else {
                vec![self.nearest(&w, &s).unwrap_or(s)]
            };
            for term in terms {
                if !out.contains(&term) {
                    out.push(term);
                }
            }
        }
        out
    }

    fn nearest(&self, word: &str, stemmed: &str) -> Option<String> {
        let max = match word.len() {
            0..=5 => return None,
            6..=7 => 1,
            _ => 2,
        };
        let first = stemmed.chars().next();
        // Closest first; on a tie, the term with the same first letter
        // (typos rarely hit the first letter), then the longer term (a
        // dropped letter is the commonest typo).
        let mut best: Option<((usize, bool, usize), &String)> = None;
        for v in &self.vocab {
            if v.len() < 3 {
                continue;
            }
            let d = distance(stemmed, v, max);
            let key = (d, v.chars().next() != first, usize::MAX - v.len());
            if d <= max && best.is_none_or(|(bk, _)| key < bk) {
                best = Some((key, v));
            }
        }
        best.map(|(_, v)| concept(self.rules, v).map_or_else(|| v.clone(), str::to_string))
    }

    fn idf(&self, term: &str) -> f64 {
        let n = self.docs.len() as f64;
        let df = self
            .docs
            .iter()
            .filter(|d| d.iter().any(|t| t == term))
            .count() as f64;
        if df == 0.0 {
            // An unknown word: as informative as the rarest known one.
            return (1.0 + (n - 0.5) / 1.5).ln();
        }
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// The best entry for `question`, or [`Answer::Unknown`].
    pub fn answer(&self, question: &str) -> Answer {
        let terms = self.terms(question);
        if terms.is_empty() {
            return Answer::Unknown;
        }
        let idfs: Vec<f64> = terms.iter().map(|t| self.idf(t)).collect();
        let total: f64 = idfs.iter().sum();
        let (k1, b) = (1.2, 0.4);
        let mut best: Option<(f64, f64, usize)> = None;
        for (i, doc) in self.docs.iter().enumerate() {
            let len = doc.len() as f64;
            let mut score = 0.0;
            let mut covered = 0.0;
            for (term, idf) in terms.iter().zip(&idfs) {
                let tf = doc.iter().filter(|t| *t == term).count() as f64;
                if tf > 0.0 {
                    score += idf * tf * (k1 + 1.0) / (tf + k1 * (1.0 - b + b * len / self.avg_len));
                    covered += idf;
                }
            }
            if best.is_none_or(|(s, _, _)| score > s) {
                best = Some((score, covered, i));
            }
        }
        match best {
            Some((score, covered, i)) if score > 0.0 && covered / total >= MIN_COVERAGE => {
                Answer::Found {
                    faq: &FAQ[i],
                    confidence: covered / total,
                }
            }
            _ => Answer::Unknown,
        }
    }
}

fn concept(rules: &Rules, term: &str) -> Option<&'static str> {
    rules
        .synonyms
        .iter()
        .find(|group| group.contains(&term))
        .map(|group| group[0])
}

/// Strips the first of the language's suffixes that leaves enough letters
/// (words of 3 letters or fewer, and words with digits, are kept whole).
fn stem(rules: &Rules, lang: Lang, word: &str) -> String {
    if word.len() <= 3 || word.bytes().any(|b| b.is_ascii_digit()) {
        return word.to_string();
    }
    if lang == Lang::En {
        if let Some(rest) = word.strip_suffix("ies") {
            return format!("{rest}y");
        }
    }
    for suffix in rules.suffixes {
        let Some(rest) = word.strip_suffix(suffix) else {
            continue;
        };
        if rest.len() < rules.min_stem {
            continue;
        }
        if lang != Lang::En {
            return rest.to_string();
        }
        // English: "address" keeps its s; "stopped", "forgotten" lose the
        // doubled consonant (not l, s, z: "called", "access").
        if *suffix == "s" && rest.ends_with('s') {
            continue;
        }
        let b = rest.as_bytes();
        let n = b.len();
        if matches!(*suffix, "ing" | "ed" | "en")
            && b[n - 1] == b[n - 2]
            && !matches!(b[n - 1], b'l' | b's' | b'z' | b'e' | b'o')
        {
            return rest[..n - 1].to_string();
        }
        return rest.to_string();
    }
    word.to_string()
}

fn known(vocab: &[String], rules: &Rules, lang: Lang, word: &str) -> Option<String> {
    let s = stem(rules, lang, word);
    if let Some(c) = concept(rules, word).or_else(|| concept(rules, &s)) {
        return Some(c.to_string());
    }
    vocab.binary_search(&s).is_ok().then_some(s)
}

/// A German compound as two known terms, the longest first part first
/// ("steuernummer" → steuer + nummer; a linking s is dropped:
/// "zugangsdaten" → zugang + daten).
fn split(vocab: &[String], rules: &Rules, lang: Lang, word: &str) -> Option<(String, String)> {
    if word.len() < 7 {
        return None;
    }
    (3..=word.len() - 4).rev().find_map(|i| {
        let (head, tail) = word.split_at(i);
        let tail = known(vocab, rules, lang, tail)?;
        let head = known(vocab, rules, lang, head).or_else(|| {
            let h = head.strip_suffix('s').filter(|h| h.len() >= 3)?;
            known(vocab, rules, lang, h)
        })?;
        Some((head, tail))
    })
}

/// Edit distance counting a swap of two neighbouring letters as one edit
/// (optimal string alignment), capped: returns `max + 1` once it is exceeded.
fn distance(a: &str, b: &str, max: usize) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > max {
        return max + 1;
    }
    let mut prev2: Vec<usize> = Vec::new();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 0..a.len() {
        let mut cur = vec![i + 1; b.len() + 1];
        for j in 0..b.len() {
            let cost = usize::from(a[i] != b[j]);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
            if i > 0 && j > 0 && a[i] == b[j - 1] && a[i - 1] == b[j] {
                cur[j + 1] = cur[j + 1].min(prev2[j - 1] + 1);
            }
        }
        if cur.iter().min().is_some_and(|&m| m > max) {
            return max + 1;
        }
        prev2 = std::mem::replace(&mut prev, cur);
    }
    prev[b.len()]
}
