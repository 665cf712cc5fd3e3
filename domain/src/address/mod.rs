//! Does the residence typed in "Richiedi PIN" match the INPS registry's
//! ("archivi INPS")? When it does not, half 2 of the PIN is held
//! and the contact center calls the citizen back — so a spelling of the same
//! door must not count as a different address. "V. Nazionale, n. 12" is
//! "Via Nazionale 12".
//!
//! Both sides go through the same normalisation, then are compared exactly:
//!
//! - case, accents (`Libertà` = `Liberta` = `Liberta'`), punctuation,
//!   apostrophes, hyphens and repeated spaces do not matter;
//! - the street type (*denominazione urbanistica*, the first word) may be
//!   abbreviated: `V.` Via, `V.le` Viale, `P.zza` / `P.za` / `Pza` Piazza,
//!   `P.le` Piazzale, `C.so` Corso, `L.go` Largo, `Str.` Strada,
//!   `Vic.` / `V.lo` Vicolo, `Loc.` Località, `Fraz.` Frazione, `C.da`
//!   Contrada. Only the first word: inside a name `V.` is more often an
//!   initial ("Corso V. Emanuele" is Vittorio, not Via);
//! - `S.`, `San`, `Santo`, `Santa`, `Santi` and `Sant'` are one word, since
//!   `S.` stands for any of them ("S. Maria" is Santa Maria) and a name
//!   never differs by that word alone; `F.lli` is Fratelli;
//! - `n.`, `n°`, `nr.`, `num.` before a number are dropped, and a civic
//!   number repeated at the end of the address ("Via Roma, 1" with civic 1)
//!   is not part of the street;
//! - civic numbers compare without spaces or signs: `12/A` = `12 a` = `12A`.
//!
//! Anything else is a different address: another street type (Via / Viale,
//! Piazza / Piazzale), another word, another civic number. Pure: no IO.

mod format;

pub use format::{postal_lines, registry_line, residence_line};

use crate::api::{RegistryResidence, Residence, ResidenceType};

/// Abbreviations of the street type, written without their dots, and the
/// word they stand for (accents folded, as every token is).
const STREET_TYPES: &[(&str, &str)] = &[
    ("v", "via"),
    ("vle", "viale"),
    ("pza", "piazza"),
    ("pzza", "piazza"),
    ("ple", "piazzale"),
    ("pzle", "piazzale"),
    ("pzzle", "piazzale"),
    ("cso", "corso"),
    ("lgo", "largo"),
    ("str", "strada"),
    ("vic", "vicolo"),
    ("vlo", "vicolo"),
    ("loc", "localita"),
    ("locta", "localita"),
    ("fraz", "frazione"),
    ("frz", "frazione"),
    ("cda", "contrada"),
    ("contr", "contrada"),
];

/// Words that stand for one another anywhere in the street name, mapped to
/// one spelling.
const WORDS: &[(&str, &str)] = &[
    ("s", "san"),
    ("santo", "san"),
    ("santa", "san"),
    ("santi", "san"),
    ("sant", "san"),
    ("flli", "fratelli"),
];

/// What may stand before a civic number ("n. 12", "n°12", "nr 12").
const NUMBER_MARKERS: &[&str] = &["n", "nr", "no", "num", "numero"];

/// Does the residence typed in the request match the registry's? A foreign
/// residence never does (the registry holds Italian addresses), so it is
/// always verified by the contact center.
pub fn residence_matches(
    kind: ResidenceType,
    typed: &Residence,
    registry: &RegistryResidence,
) -> bool {
    if kind != ResidenceType::Italia {
        return false;
    }
    same_address(
        text(&typed.address),
        text(&typed.civic),
        &registry.address,
        &registry.civic,
    ) && squash(text(&typed.province)) == squash(&registry.province)
        && squash(text(&typed.comune)) == squash(&registry.comune)
        && squash(text(&typed.cap)) == squash(&registry.cap)
}

fn text(v: &Option<String>) -> &str {
    v.as_deref().unwrap_or_default()
}

/// Street and civic number of one side against the other's.
pub fn same_address(address: &str, civic: &str, other_address: &str, other_civic: &str) -> bool {
    let civic = normalize_civic(civic);
    let other_civic = normalize_civic(other_civic);
    civic == other_civic
        && street_without_civic(address, &civic)
            == street_without_civic(other_address, &other_civic)
}

/// The canonical form of a street ("P.zza S. Maria, n. 3" → "piazza san
/// maria 3"): words in lower case without accents, one space apart.
pub fn normalize_street(address: &str) -> String {
    street_words(address).join(" ")
}

/// The canonical form of a civic number ("n. 12/A" → "12a").
pub fn normalize_civic(civic: &str) -> String {
    let words = split_words(civic)
        .into_iter()
        .flat_map(dot_pieces)
        .collect();
    drop_number_markers(words).concat()
}

/// The street's words, without a civic number equal to `civic` at the end.
fn street_without_civic(address: &str, civic: &str) -> Vec<String> {
    let mut words = street_words(address);
    if !civic.is_empty() {
        if let Some(start) = words.iter().rposition(|w| starts_with_digit(w)) {
            if words[start..].concat() == civic {
                words.truncate(start);
            }
        }
    }
    words
}

fn street_words(address: &str) -> Vec<String> {
    let mut words = Vec::new();
    for (i, raw) in split_words(address).into_iter().enumerate() {
        let pieces = dot_pieces(raw);
        if i == 0 {
            words.extend(expand_street_type(pieces).into_iter().map(spell_out));
        } else if let Some(full) = word_for(&pieces.concat()) {
            // "F.lli", one word with a dot inside.
            words.push(full.to_owned());
        } else {
            words.extend(pieces.into_iter().map(spell_out));
        }
    }
    drop_number_markers(words)
}

fn word_for(short: &str) -> Option<&'static str> {
    WORDS
        .iter()
        .find(|(s, _)| *s == short)
        .map(|(_, full)| *full)
}

fn spell_out(w: String) -> String {
    word_for(&w).map(str::to_owned).unwrap_or(w)
}

/// The first word's pieces with a leading street-type abbreviation spelled
/// out. "v.le" → viale; "v.nazionale" (no space after the dot) → via
/// nazionale; the longest abbreviation wins, so "v.lo" is vicolo, not via.
fn expand_street_type(pieces: Vec<String>) -> Vec<String> {
    for k in (1..=pieces.len()).rev() {
        let head = pieces[..k].concat();
        if let Some((_, full)) = STREET_TYPES.iter().find(|(short, _)| *short == head) {
            let mut out = vec![(*full).to_owned()];
            out.extend(pieces[k..].iter().cloned());
            return out;
        }
    }
    pieces
}

/// Drops "n", "nr", ... before a word that starts with a digit, and the
/// marker glued to its number ("n12" → "12").
fn drop_number_markers(words: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut iter = words.into_iter().peekable();
    while let Some(w) = iter.next() {
        let before_number = iter.peek().is_some_and(|next| starts_with_digit(next));
        if before_number && NUMBER_MARKERS.contains(&w.as_str()) {
            continue;
        }
        match strip_number_marker(&w) {
            Some(rest) => out.push(rest.to_owned()),
            None => out.push(w),
        }
    }
    out
}

/// "n12" → "12", "nr5" → "5"; `None` when `w` is not a marker glued to a number.
fn strip_number_marker(w: &str) -> Option<&str> {
    NUMBER_MARKERS
        .iter()
        .filter_map(|m| w.strip_prefix(m))
        .find(|rest| starts_with_digit(rest))
}

fn starts_with_digit(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// Lower-case words of letters, digits and dots, accents folded; anything
/// else (spaces, commas, apostrophes, hyphens, slashes, °) separates.
fn split_words(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = fold_accent(c);
        if (c.is_alphanumeric() && c != 'º' && c != 'ª') || c == '.' {
            current.push(c);
        } else if !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// A word cut at its dots: "p.zza" → ["p", "zza"], "s.maria" → ["s", "maria"].
fn dot_pieces(word: String) -> Vec<String> {
    if !word.contains('.') {
        return vec![word];
    }
    word.split('.')
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Letters and digits only, lower case, accents folded: for comune,
/// province and CAP ("Forlì" = "FORLI'").
fn squash(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(fold_accent)
        .filter(|c| c.is_alphanumeric() && *c != 'º' && *c != 'ª')
        .collect()
}

/// The letter without its accent (lower case in, lower case out).
fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

#[cfg(test)]
mod tests;
