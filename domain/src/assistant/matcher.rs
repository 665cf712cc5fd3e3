//! Matching a free-text Italian question to an FAQ entry.
//!
//! Pipeline per word: lowercase and strip accents/punctuation → drop
//! stopwords → light Italian stemmer (suffix stripping) → synonym table
//! (stems to one concept) → if the term is unknown, the nearest indexed term
//! within edit distance 1 (2 for words of 7+ letters). Each FAQ entry
//! (question + keywords) is scored BM25-style; the best entry is answered
//! only if it covers enough of the question's weight, otherwise the
//! assistant says it does not know.

use super::faq::{Faq, FAQ};

/// Below this share of the question's weight found in the best entry, the
/// assistant does not answer.
const MIN_COVERAGE: f64 = 0.5;

const STOPWORDS: &[&str] = &[
    "il",
    "lo",
    "la",
    "i",
    "gli",
    "le",
    "l",
    "un",
    "uno",
    "una",
    "di",
    "a",
    "da",
    "in",
    "con",
    "su",
    "per",
    "tra",
    "fra",
    "e",
    "o",
    "ed",
    "ma",
    "che",
    "chi",
    "mi",
    "ti",
    "si",
    "ci",
    "vi",
    "me",
    "te",
    "se",
    "del",
    "dello",
    "della",
    "dei",
    "degli",
    "delle",
    "al",
    "allo",
    "alla",
    "ai",
    "agli",
    "alle",
    "dal",
    "dallo",
    "dalla",
    "dai",
    "dalle",
    "nel",
    "nello",
    "nella",
    "nei",
    "nelle",
    "sul",
    "sulla",
    "sui",
    "col",
    "ho",
    "hai",
    "ha",
    "abbiamo",
    "avete",
    "hanno",
    "sono",
    "sei",
    "siamo",
    "come",
    "cosa",
    "dove",
    "quando",
    "perche",
    "quale",
    "quali",
    "posso",
    "puoi",
    "puo",
    "devo",
    "deve",
    "devi",
    "faccio",
    "mio",
    "mia",
    "miei",
    "mie",
    "tuo",
    "tua",
    "suo",
    "sua",
    "io",
    "tu",
    "lui",
    "noi",
    "voi",
    "loro",
    "questo",
    "questa",
    "quello",
    "quella",
    "anche",
    "solo",
    "ora",
    "adesso",
    "vorrei",
    "voglio",
    "volevo",
    "c",
    "essere",
    "stato",
    "stata",
    "ne",
    "po",
    "salve",
    "buongiorno",
    "ciao",
    "grazie",
    "per",
    "favore",
    "mai",
    "ancora",
    "sapere",
    "scusi",
    "buonasera",
    "help",
    "aiutami",
    "qual",
    "dell",
    "all",
    "nell",
    "sull",
    "dall",
    "un",
    "tutto",
    "fatto",
    "bisogna",
    "serve",
    "molto",
    "gentilmente",
    "vuole",
    "ad",
    "so",
    "sto",
    "non",
    "piu",
    "nessun",
    "nessuno",
    "niente",
    "tutte",
    "tutti",
    "tutta",
    "tutto",
    "potete",
    "potrei",
    "dare",
    "fare",
    "lo",
    "inps",
    "online",
    "saro",
    "sara",
    "qualcuno",
    "qualcosa",
    "oppure",
    "poi",
    "dopo",
    "prima di",
    "mai",
    "ogni",
];

/// Stems that mean the same thing, mapped to one concept (the first stem of
/// each group is the concept's name).
const SYNONYMS: &[&[&str]] = &[
    &[
        "smarr", "pers", "perd", "dimentic", "ricord", "trov", "persa",
    ],
    &["arriv", "ricev", "ricevut", "giunt", "pervenut", "vist"],
    &["sms", "messagg", "messaggi", "messaggin"],
    &["email", "mail", "emai", "pec"],
    &["blocc", "sblocc", "bloccat"],
    &[
        "richied", "richiest", "chied", "ottien", "ottener", "otten", "avere", "prend", "fare",
    ],
    &["cambi", "modific", "sostitu", "aggiorn", "variar"],
    &["revoc", "annull", "cancell", "elimin", "disattiv"],
    &["ripristin", "recuper", "reimpost", "reset"],
    &["convert", "convers", "trasform", "rend"],
    &["telefon", "telef", "chiam", "numer", "telefonic"],
    &["cellular", "cellul", "cell", "smartphon", "mobil"],
    &["letter", "post", "bust", "raccomandat", "postin"],
    &[
        "sbagliat", "err", "errat", "corrett", "giust", "sbagli", "sbaglio",
    ],
    &["access", "entr", "login", "acced", "log", "autentic"],
    &["dispositiv", "disposit"],
    &["scad", "scadut", "scadenz"],
    &["tedesc", "deutsch", "ingles", "english", "lingu", "sprach"],
    &["spid", "cie", "cns"],
    &["orar", "aper", "chius", "apr", "chiud", "ore"],
    &["fiscal", "cf"],
    &["prim", "primi"],
    &["second", "secondi"],
    &["part", "meta", "met"],
    &["document", "identit"],
    &["allegar", "alleg", "caric", "upload"],
    &["modul", "form"],
    &["attiv", "attivazion"],
    &["estero", "ester", "stranier", "aire"],
    &[
        "indirizz",
        "residenz",
        "abit",
        "trasfer",
        "traslocat",
        "traslo",
        "cas",
    ],
    &[
        "familiar", "figli", "minor", "moglie", "marit", "madr", "padr", "mamm", "papa", "nonn",
        "minorenn",
    ],
    &["sed", "uffic", "sportell"],
    &["temp", "quant", "attes", "aspett", "dur"],
    &["rinvi", "reinvi", "rispedi", "rimand"],
    &["privacy", "informativ", "tratt", "consens"],
    &["sessione", "session", "disconness", "uscit"],
    &["bonus", "indennit", "600"],
    &["lung", "lungh", "lunghezz"],
    &["unir", "unisc", "unit"],
    &["us", "usar", "uso", "utilizz"],
    &["richiam", "ricontatt"],
    &["istruzion", "guid", "spiegazion", "aiut"],
];

/// Words kept whole (no stemming): short codes and numbers.
fn stem(word: &str) -> String {
    const SUFFIXES: &[&str] = &[
        "armelo", "armi", "ermi", "irmi", "arlo", "erlo", "irlo", "arla", "erla", "irla", "arti",
        "erti", "irti", "eranno", "erete", "eremo", "azione", "azioni", "ione", "ioni", "amento",
        "imento", "mente", "ando", "endo", "ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite",
        "uto", "uta", "uti", "ute", "are", "ere", "ire", "ano", "ono", "ino", "ina", "a", "e", "i",
        "o",
    ];
    let chars: Vec<char> = word.chars().collect();
    if chars.len() <= 3 || chars.iter().any(|c| c.is_ascii_digit()) {
        return word.to_string();
    }
    for suffix in SUFFIXES {
        if let Some(rest) = word.strip_suffix(suffix) {
            if rest.chars().count() >= 3 {
                return rest.to_string();
            }
        }
    }
    word.to_string()
}

fn fold(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ß' => 's',
        c => c,
    }
}

/// Lowercase, accents folded, split on anything not a letter or digit.
pub fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .chars()
        .map(fold)
        .collect::<String>()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn concept(stemmed: &str) -> Option<&'static str> {
    SYNONYMS
        .iter()
        .find(|group| group.contains(&stemmed))
        .map(|group| group[0])
}

/// Levenshtein distance, capped: returns `max + 1` once it is exceeded.
fn distance(a: &str, b: &str, max: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return max + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        let mut row_min = cur[0];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
            row_min = row_min.min(cur[j + 1]);
        }
        if row_min > max {
            return max + 1;
        }
        prev = cur;
    }
    prev[b.len()]
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

struct Doc {
    terms: Vec<String>,
}

/// The index over [`FAQ`], built once (cheap: a few hundred terms).
pub struct Assistant {
    docs: Vec<Doc>,
    vocab: Vec<String>,
    avg_len: f64,
}

impl Default for Assistant {
    fn default() -> Self {
        Self::new()
    }
}

impl Assistant {
    pub fn new() -> Self {
        let docs: Vec<Doc> = FAQ
            .iter()
            .map(|faq| {
                let text = format!("{} {}", faq.question, faq.keywords);
                let mut terms = Vec::new();
                for w in words(&text) {
                    if STOPWORDS.contains(&w.as_str()) {
                        continue;
                    }
                    let s = stem(&w);
                    terms.push(concept(&s).map_or(s, str::to_string));
                }
                Doc { terms }
            })
            .collect();
        let mut vocab: Vec<String> = docs.iter().flat_map(|d| d.terms.iter().cloned()).collect();
        for group in SYNONYMS {
            vocab.extend(group.iter().map(|s| s.to_string()));
        }
        vocab.sort();
        vocab.dedup();
        let avg_len = docs.iter().map(|d| d.terms.len()).sum::<usize>() as f64 / docs.len() as f64;
        Self {
            docs,
            vocab,
            avg_len,
        }
    }

    /// The question's terms after normalisation, stemming, synonyms and typo
    /// correction (an unknown word stays as its stem).
    pub fn terms(&self, question: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for w in words(question) {
            if STOPWORDS.contains(&w.as_str()) {
                continue;
            }
            let s = stem(&w);
            let term = if let Some(c) = concept(&w).or_else(|| concept(&s)) {
                c.to_string()
            } else if self.vocab.binary_search(&s).is_ok() {
                s
            } else {
                self.nearest(&w, &s).unwrap_or(s)
            };
            if !out.contains(&term) {
                out.push(term);
            }
        }
        out
    }

    fn nearest(&self, word: &str, stemmed: &str) -> Option<String> {
        let len = word.chars().count();
        let max = match len {
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
            if v.chars().count() < 3 {
                continue;
            }
            let d = distance(stemmed, v, max);
            let key = (d, v.chars().next() != first, usize::MAX - v.len());
            if d <= max && best.is_none_or(|(bk, _)| key < bk) {
                best = Some((key, v));
            }
        }
        best.map(|(_, v)| concept(v).map_or_else(|| v.clone(), str::to_string))
    }

    fn idf(&self, term: &str) -> f64 {
        let n = self.docs.len() as f64;
        let df = self
            .docs
            .iter()
            .filter(|d| d.terms.iter().any(|t| t == term))
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
            let len = doc.terms.len() as f64;
            let mut score = 0.0;
            let mut covered = 0.0;
            for (term, idf) in terms.iter().zip(&idfs) {
                let tf = doc.terms.iter().filter(|t| *t == term).count() as f64;
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
