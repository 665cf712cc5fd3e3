//! Which language a request asks for: `Accept-Language` negotiated down to
//! Italian, German or English.

/// A language the server answers in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    It,
    De,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::It, Lang::De, Lang::En];

    pub fn tag(self) -> &'static str {
        match self {
            Lang::It => "it",
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// The language of a tag's primary subtag (`de-DE` → German).
    fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|l| primary.eq_ignore_ascii_case(l.tag()))
    }
}

/// The language an `Accept-Language` value asks for (RFC 9110 §12.5.4):
/// the supported language of highest weight (`q`, default 1; `q=0` means
/// "not this one"), the earlier entry on a tie; `*` stands for Italian
/// unless Italian is excluded. Anything unsupported, malformed or absent:
/// Italian.
pub fn negotiate(header: Option<&str>) -> Lang {
    let Some(header) = header else {
        return Lang::It;
    };
    let mut best: Option<(u16, Lang)> = None;
    let mut refused: Vec<Lang> = Vec::new();
    let mut wildcard: Option<u16> = None;
    for item in header.split(',') {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or("").trim();
        if tag.is_empty() {
            continue;
        }
        let mut q = 1000u16;
        for p in parts {
            let p = p.trim();
            if let Some(v) = p.strip_prefix("q=").or_else(|| p.strip_prefix("Q=")) {
                match parse_q(v.trim()) {
                    Some(v) => q = v,
                    None => q = 0, // a malformed weight: ignore the entry
                }
            }
        }
        if tag == "*" {
            wildcard = Some(wildcard.map_or(q, |w| w.max(q)));
            continue;
        }
        let Some(lang) = Lang::from_tag(tag) else {
            continue;
        };
        if q == 0 {
            refused.push(lang);
            continue;
        }
        if best.is_none_or(|(bq, _)| q > bq) {
            best = Some((q, lang));
        }
    }
    if let Some(w) = wildcard.filter(|w| *w > 0) {
        // `*` matches any language not named: Italian, if not named/refused.
        if best.is_none_or(|(bq, _)| w > bq) && !refused.contains(&Lang::It) {
            return Lang::It;
        }
        if best.is_none() {
            if let Some(l) = Lang::ALL.into_iter().find(|l| !refused.contains(l)) {
                return l;
            }
        }
    }
    best.map_or(Lang::It, |(_, l)| l)
}

/// `1`, `0.8`, `0.125` → thousandths; anything else `None`.
pub(super) fn parse_q(v: &str) -> Option<u16> {
    let (int, frac) = v.split_once('.').unwrap_or((v, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole: u16 = match int {
        "0" => 0,
        "1" => 1,
        _ => return None,
    };
    let mut thousandths = 0u16;
    for (i, b) in frac
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(3)
        .enumerate()
    {
        thousandths += u16::from(b - b'0') * [100, 10, 1][i];
    }
    let q = whole * 1000 + thousandths;
    (q <= 1000).then_some(q)
}
