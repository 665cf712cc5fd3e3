use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::catalog::{placeholders, Table, Template};
use super::lang::parse_q;
use super::*;

#[test]
fn accept_language_is_negotiated() {
    let cases: &[(Option<&str>, Lang)] = &[
        (None, Lang::It),
        (Some(""), Lang::It),
        (Some("it"), Lang::It),
        (Some("it-IT"), Lang::It),
        (Some("de"), Lang::De),
        (Some("de-DE"), Lang::De),
        (Some("de-AT,de;q=0.9"), Lang::De),
        (Some("DE-de"), Lang::De),
        (Some("en"), Lang::En),
        (Some("en-GB,en;q=0.9"), Lang::En),
        (Some("en-US,en;q=0.9,it;q=0.8"), Lang::En),
        // The highest weight wins, wherever it stands.
        (Some("en;q=0.5, de;q=0.8"), Lang::De),
        (Some("it;q=0.3, en;q=0.7"), Lang::En),
        // Unsupported languages are skipped, then the next one counts.
        (Some("fr-FR,fr;q=0.9,de;q=0.8"), Lang::De),
        (Some("fr"), Lang::It),
        (Some("fr, es"), Lang::It),
        (Some("zh-Hant-TW"), Lang::It),
        // q=0 means "not this one".
        (Some("de;q=0"), Lang::It),
        (Some("de;q=0, en;q=0.1"), Lang::En),
        // The wildcard stands for the default language (Italian)…
        (Some("*"), Lang::It),
        (Some("fr, *;q=0.5"), Lang::It),
        (Some("de;q=0.4, *;q=0.5"), Lang::It),
        (Some("de, *;q=0.5"), Lang::De),
        // …unless Italian is refused.
        (Some("it;q=0, *"), Lang::De),
        // Malformed weights and junk never fail, and never win.
        (Some("de;q=abc, en"), Lang::En),
        (Some("de;q=1.5"), Lang::It),
        (Some(";;,,"), Lang::It),
        (Some("en ; q=0.9 , de ; q=1"), Lang::De),
        (Some("en;Q=0.2,de;q=0.1"), Lang::En),
    ];
    for (header, want) in cases {
        assert_eq!(negotiate(*header), *want, "Accept-Language: {header:?}");
    }
}

#[test]
fn weights_parse_as_thousandths() {
    assert_eq!(parse_q("1"), Some(1000));
    assert_eq!(parse_q("1.000"), Some(1000));
    assert_eq!(parse_q("0.8"), Some(800));
    assert_eq!(parse_q("0.125"), Some(125));
    assert_eq!(parse_q("0"), Some(0));
    assert_eq!(parse_q("1.5"), None);
    assert_eq!(parse_q("0.1234"), None);
    assert_eq!(parse_q("2"), None);
    assert_eq!(parse_q("-0.5"), None);
}

fn tables() -> [(Lang, Table, Table, Table, Table); 2] {
    [
        (Lang::De, de::MESSAGES, de::INBOX, de::FRAGMENTS, de::WORDS),
        (Lang::En, en::MESSAGES, en::INBOX, en::FRAGMENTS, en::WORDS),
    ]
}

fn sorted_holes(s: &str) -> Vec<&str> {
    let mut h = placeholders(s);
    h.sort_unstable();
    h
}

#[test]
fn both_languages_have_the_same_keys_and_placeholders() {
    for (lang, messages, inbox, fragments, words) in tables() {
        for (name, table, reference) in [
            ("MESSAGES", messages, de::MESSAGES),
            ("INBOX", inbox, de::INBOX),
            ("FRAGMENTS", fragments, de::FRAGMENTS),
            ("WORDS", words, de::WORDS),
        ] {
            let keys: Vec<_> = table.iter().map(|(it, _)| *it).collect();
            let want: Vec<_> = reference.iter().map(|(it, _)| *it).collect();
            assert_eq!(keys, want, "{}::{name}: keys differ from de", lang.tag());
            let unique: BTreeSet<_> = keys.iter().collect();
            assert_eq!(
                unique.len(),
                keys.len(),
                "{}::{name}: duplicate key",
                lang.tag()
            );
            for (it, tr) in table {
                assert!(
                    !tr.trim().is_empty(),
                    "{}: empty entry for {it:?}",
                    lang.tag()
                );
                assert_eq!(
                    sorted_holes(it),
                    sorted_holes(tr),
                    "{}: placeholders differ for {it:?}",
                    lang.tag()
                );
                assert_ne!(it, tr, "{}: {it:?} is not translated", lang.tag());
            }
        }
    }
}

// ------------------------------------------------ what the server can send

/// Files whose texts never reach a `message` (inbox bodies, PDFs, seeds,
/// logs, the CLI) — see docs/languages.md.
const NOT_MESSAGES: &[&str] = &[
    "store/",
    "documents/",
    "i18n/",
    "notify.rs",
    "sim/deliveries.rs",
    "sim/generator.rs",
    "seed.rs",
    "main.rs",
    "config.rs",
    "relay.rs",
    "tests.rs",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The source without comments, keeping strings and char literals.
fn strip_comments(src: &str) -> String {
    let b = src.as_bytes();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    while i < b.len() {
        if b[i..].starts_with(b"//") {
            let end = src[i..].find('\n').map_or(b.len(), |j| i + j);
            out.extend(std::iter::repeat_n(' ', end - i));
            i = end;
        } else if b[i..].starts_with(b"/*") {
            let end = src[i..].find("*/").map_or(b.len(), |j| i + j + 2);
            out.extend(std::iter::repeat_n(' ', end - i));
            i = end;
        } else if b[i] == b'r'
            && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_'))
            && matches!(b.get(i + 1), Some(b'"' | b'#'))
        {
            // A raw string: r"…", r#"…"#; kept out (SQL, JSON), as blanks.
            let hashes = b[i + 1..].iter().take_while(|c| **c == b'#').count();
            if b.get(i + 1 + hashes) != Some(&b'"') {
                out.push('r');
                i += 1;
                continue;
            }
            let close = format!("\"{}", "#".repeat(hashes));
            let start = i + 2 + hashes;
            let end = src[start..]
                .find(&close)
                .map_or(b.len(), |j| start + j + close.len());
            out.extend(std::iter::repeat_n(' ', end - i));
            i = end;
        } else if b[i] == b'"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            out.push_str(&src[i..=j.min(b.len() - 1)]);
            i = j + 1;
        } else if b[i] == b'\'' {
            // A char literal ('x', '\n', '"'), or a lifetime.
            let rest = &src[i + 1..];
            let mut chars = rest.char_indices();
            let lit_end = match chars.next() {
                Some((_, '\\')) => rest[1..].find('\'').map(|j| i + 1 + 1 + j),
                Some((_, c)) => {
                    let after = c.len_utf8();
                    (rest[after..].starts_with('\'')).then_some(i + 1 + after)
                }
                None => None,
            };
            match lit_end {
                Some(end) => {
                    out.push_str(&src[i..=end]);
                    i = end + 1;
                }
                None => {
                    out.push('\'');
                    i += 1;
                }
            }
        } else {
            let c = src[i..].chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// A Rust string literal's value (continuation lines joined).
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\n') => {
                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                    chars.next();
                }
            }
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(c) => out.push(c),
            None => {}
        }
    }
    out
}

/// Is the literal starting after `pre` a message (by where it stands)?
/// `message: "…"`, `message: format!("…"`, `const X: &str = "…"`, the text
/// after a code in `FieldError::new(field, "CODE", "…")`, after
/// `ErrorCode::X,` in error.rs, `codes::accepted("…")`.
fn in_message_position(pre: &str) -> bool {
    let pre = pre.trim_end();
    let pre = pre.strip_suffix("format!(").unwrap_or(pre).trim_end();
    if pre.ends_with("message:") || pre.ends_with("accepted(") {
        return true;
    }
    if let Some(p) = pre.strip_suffix('=') {
        let line = p.lines().last().unwrap_or("");
        return line.contains("const ") && line.trim_end().ends_with("str");
    }
    let Some(p) = pre.strip_suffix(',') else {
        return false;
    };
    let p = p.trim_end();
    if let Some(code) = p.strip_suffix('"') {
        let start = code.rfind('"').map_or(0, |i| i + 1);
        let code = &code[start..];
        return code != "INPS"
            && code.starts_with(|c: char| c.is_ascii_uppercase())
            && code
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    }
    let ident_start = p
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .map_or(0, |i| i + 1);
    p[ident_start..].starts_with("ErrorCode::")
}

/// Every Italian text the server's handlers and the domain's rules put in
/// a `message`, as written in the source (templates keep `{…}`).
fn source_messages() -> BTreeSet<String> {
    let server = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&server.join("src"), &mut files);
    rust_files(&server.join("../domain/src"), &mut files);
    let mut found = BTreeSet::new();
    for path in files {
        let shown = path.to_string_lossy().replace('\\', "/");
        if NOT_MESSAGES.iter().any(|n| shown.contains(n)) {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap();
        let src = src.split("#[cfg(test)]").next().unwrap();
        let code = strip_comments(src);
        let b = code.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] != b'"' {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            let text = unescape(&code[i + 1..j.min(b.len())]);
            if text.starts_with(char::is_uppercase)
                && text.contains(' ')
                && in_message_position(&code[..i])
            {
                found.insert(text);
            }
            i = j + 1;
        }
    }
    found
}

/// Messages made by functions rather than written where they are sent.
fn built_messages() -> Vec<String> {
    use domain::api::Level;
    let mut out: Vec<String> = [
        "surname",
        "name",
        "sex",
        "birth_date",
        "birthplace_code",
        "other",
    ]
    .into_iter()
    .map(|f| domain::codice_fiscale::mismatch_message(f).to_owned())
    .collect();
    for l in [Level::L1, Level::L2] {
        out.push(domain::dispositivo::level_required_message(l).to_owned());
    }
    out.push(crate::filing::issuance_closed_message(
        chrono::NaiveDate::from_ymd_opt(2020, 10, 1).unwrap(),
    ));
    for k in domain::dispositivo::DocumentType::ALL {
        // As `domain::dispositivo::document` writes it.
        out.push(format!(
            "Numero di {} non valido: {}",
            k.label().to_lowercase(),
            k.number_hint()
        ));
    }
    out
}

#[test]
fn the_scan_finds_messages_where_they_are_sent() {
    let found = source_messages();
    for m in [
        domain::request::MSG_REQUIRED,
        "Il PIN deve essere di 8 caratteri",
        "Codice fiscale o PIN errati",
        "PIN bloccato per troppi tentativi errati. Riprovare tra {}.",
        "Il PIN è già dispositivo",
        "Richiesta non consentita: origine non riconosciuta",
    ] {
        assert!(found.contains(m), "scan missed {m:?}");
    }
    assert!(found.len() > 100, "only {} messages found", found.len());
}

#[test]
fn every_message_has_a_german_and_an_english_entry() {
    let mut missing = Vec::new();
    for m in source_messages() {
        for (lang, messages, _, _, _) in tables() {
            if !messages.iter().any(|(it, _)| *it == m) {
                missing.push(format!("{}: {m:?}", lang.tag()));
            }
        }
    }
    for m in built_messages() {
        for lang in [Lang::De, Lang::En] {
            let t = translate(lang, &m);
            let italian_left = t
                .split(|c: char| !c.is_alphabetic())
                .any(|w| ["non", "di", "il", "la", "cifre", "lettere", "caratteri"].contains(&w));
            if t == m || italian_left {
                missing.push(format!("{}: {m:?} → {t:?}", lang.tag()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "messages without a translation (add each to server/src/i18n/de.rs and en.rs):\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_entry_is_a_message_the_server_sends() {
    let sent = source_messages();
    let built = built_messages();
    let unused: Vec<_> = de::MESSAGES
        .iter()
        .map(|(it, _)| *it)
        .filter(|it| {
            !sent.contains(*it) && {
                let t = Template::parse(it);
                !built
                    .iter()
                    .any(|b| *b == **it || !t.captures(b).is_empty())
            }
        })
        .collect();
    assert!(unused.is_empty(), "entries nothing sends: {unused:#?}");
}

#[test]
fn exact_messages_are_looked_up() {
    let it = domain::request::MSG_REQUIRED;
    assert_eq!(translate(Lang::It, it), it);
    assert_eq!(translate(Lang::De, it), "Pflichtfeld");
    assert_eq!(translate(Lang::En, it), "Required field");
    // A text the tables lack stays as it is.
    assert_eq!(translate(Lang::De, "Mario Rossi"), "Mario Rossi");
}

#[test]
fn templates_carry_their_variable_parts() {
    let locked = "PIN bloccato per troppi tentativi errati. Riprovare tra 3 minuti e 5 secondi.";
    assert_eq!(
        translate(Lang::De, locked),
        "PIN wegen zu vieler Fehlversuche gesperrt. Bitte in 3 Minuten und 5 Sekunden erneut versuchen."
    );
    assert_eq!(
        translate(Lang::En, locked),
        "PIN locked after too many wrong attempts. Try again in 3 minutes and 5 seconds."
    );
    let soon = "PIN bloccato per troppi tentativi errati. Riprovare tra pochi istanti.";
    assert_eq!(
        translate(Lang::En, soon),
        "PIN locked after too many wrong attempts. Try again in a few moments."
    );
    assert_eq!(
        translate(
            Lang::En,
            "L'utente RSSMRA80A01H501U ha già un PIN assegnato"
        ),
        "The user RSSMRA80A01H501U already has a PIN"
    );
    assert_eq!(
        translate(
            Lang::De,
            "Numero di patente di guida non valido: 10 caratteri, ad es. U12345678Z"
        ),
        "Ungültige Nummer (Führerschein): 10 Zeichen, z. B. U12345678Z"
    );
    let resend = "La prima parte del PIN può essere inviata di nuovo solo se non è arrivata \
                  entro 12 ore dalla richiesta: dal 02/10/2020 alle 09:30.";
    assert_eq!(
        translate(Lang::En, resend),
        "The first half of the PIN can be sent again only if it has not arrived within 12 \
         hours of the request: from 02/10/2020 at 09:30."
    );
    // A variable part that is not known Italian passes through untouched.
    assert_eq!(
        translate(Lang::En, "Il codice fiscale XYZ è già presente in archivio"),
        "The codice fiscale XYZ is already on file"
    );
}

/// Every audit detail template (`operators::detail`), as the audit stores it.
const AUDIT_DETAILS: &[&str] = {
    use crate::operators::detail::*;
    &[
        CITIZEN_LOOKUP,
        PHONE_REQUEST,
        HALF1_RESEND,
        CONTACT_CODE_SENT,
        CONTACT_ADDED,
        CONVERSION_APPROVED,
        CONVERSION_REJECTED,
        SUPPORT_REQUEST_TAKEN,
        SUPPORT_REQUEST_CLOSED,
        IN_PERSON_PIN,
        IN_PERSON_PIN_EXCEPTION,
        IN_PERSON_PIN_REPRESENTATIVE,
        IN_PERSON_PIN_EXCEPTION_REPRESENTATIVE,
        DESK_CONVERSION,
    ]
};

#[test]
fn audit_details_are_scanned_and_translated_with_their_variable_parts() {
    use crate::operators::detail::{fill, DESK_CONVERSION, HALF1_RESEND};
    use crate::operators::detail::{CONVERSION_REJECTED, IN_PERSON_PIN_EXCEPTION_REPRESENTATIVE};
    // The scan sees each template, so a missing or an unused entry fails
    // the two tests above.
    let found = source_messages();
    for d in AUDIT_DETAILS {
        assert!(found.contains(*d), "scan missed the audit detail {d:?}");
    }
    let resend = fill(HALF1_RESEND, &["sms", "+39333****567"]);
    assert_eq!(
        resend,
        "Prima parte del PIN inviata di nuovo (sms a +39333****567)"
    );
    assert_eq!(
        translate(Lang::De, &resend),
        "Erster Teil der PIN erneut gesendet (SMS an +39333****567)"
    );
    assert_eq!(
        translate(Lang::En, &resend),
        "First part of the PIN sent again (SMS to +39333****567)"
    );
    // Document kinds, relations and exceptions are translated; names, ids
    // and numbers kept.
    let sede = fill(
        IN_PERSON_PIN_EXCEPTION_REPRESENTATIVE,
        &[
            "RP1A2B3C",
            domain::sede::kind_label("carta_identita_elettronica"),
            "CA12345AB",
            domain::sede::exception_label("guardianship"),
            domain::sede::relation_label("amministratore_di_sostegno"),
            "ANNA MARIA",
            "DE ROSSI",
            "DRSNMR70A41H501X",
        ],
    );
    assert_eq!(
        translate(Lang::En, &sede),
        "PIN dispositivo no. RP1A2B3C issued at the INPS office; document: Electronic identity \
         card no. CA12345AB; exception: guardianship, curatorship or support administration; \
         represented by support administrator ANNA MARIA DE ROSSI (DRSNMR70A41H501X)"
    );
    assert_eq!(
        translate(
            Lang::De,
            &fill(DESK_CONVERSION, &["conv_7", "Passaporto", "YA1234567"])
        ),
        "PIN am Schalter in die PIN mit dispositiver Funktion umgewandelt (Umwandlung conv_7); \
         Ausweis: Reisepass Nr. YA1234567"
    );
    // An operator's reason stays as typed.
    assert_eq!(
        translate(
            Lang::De,
            &fill(CONVERSION_REJECTED, &["conv_7", "documento illeggibile"])
        ),
        "Umwandlung in die PIN mit dispositiver Funktion Nr. conv_7 abgelehnt: documento \
         illeggibile"
    );
}

#[test]
fn json_messages_are_rewritten_and_nothing_else() {
    let mut v = serde_json::json!({
        "code": "VALIDATION",
        "message": "Alcuni dati non sono corretti: controllare i campi evidenziati",
        "fields": [
            {"field": "personal.sex", "code": "REQUIRED", "message": "Campo obbligatorio"}
        ],
        "name": "Campo obbligatorio"
    });
    assert!(localize_value(Lang::En, &mut v));
    assert_eq!(v["code"], "VALIDATION");
    assert_eq!(
        v["message"],
        "Some details are not correct: please check the highlighted fields"
    );
    assert_eq!(v["fields"][0]["field"], "personal.sex");
    assert_eq!(v["fields"][0]["code"], "REQUIRED");
    assert_eq!(v["fields"][0]["message"], "Required field");
    assert_eq!(
        v["name"], "Campo obbligatorio",
        "only `message` keys change"
    );
}

// ------------------------------------------------------- inbox messages

/// Where the inbox messages are written (subjects and bodies).
const INBOX_FILES: &[&str] = &[
    "src/sim/deliveries.rs",
    "src/notify.rs",
    "src/onboarding.rs",
    "src/routes/activation.rs",
    "src/routes/revoke.rs",
    "src/routes/restore.rs",
    "src/routes/backoffice.rs",
    "src/routes/contact_center/mod.rs",
    "src/routes/contact_center/callbacks.rs",
    "src/routes/contact_center/contacts.rs",
    "src/routes/contact_center/resend.rs",
    "src/routes/contact_center/support.rs",
    "src/routes/sede.rs",
    "src/routes/support.rs",
];

/// How a subject or a body starts.
const INBOX_STARTS: &[&str] = &[
    "INPS",
    "Gentile",
    "ISTITUTO",
    "Contact Center INPS",
    "L'operatore",
    "Il Contact Center",
    "Chiamata",
    "{body}",
];

fn source_inbox_texts() -> BTreeSet<String> {
    let server = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut found = BTreeSet::new();
    for f in INBOX_FILES {
        let src = std::fs::read_to_string(server.join(f)).unwrap();
        let src = src.split("#[cfg(test)]").next().unwrap();
        let code = strip_comments(src);
        let b = code.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] != b'"' {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            let text = unescape(&code[i + 1..j.min(b.len())]);
            if text.contains(' ') && INBOX_STARTS.iter().any(|s| text.starts_with(s)) {
                found.insert(text);
            }
            i = j + 1;
        }
    }
    found
}

#[test]
fn every_inbox_text_has_a_german_and_an_english_entry() {
    let found = source_inbox_texts();
    assert!(found.len() > 20, "only {} inbox texts found", found.len());
    let keys: BTreeSet<&str> = de::INBOX.iter().map(|(it, _)| *it).collect();
    let missing: Vec<_> = found
        .iter()
        .filter(|t| !keys.contains(t.as_str()))
        .collect();
    assert!(missing.is_empty(), "inbox texts without a translation (add each to server/src/i18n/de.rs and en.rs, INBOX): {missing:#?}");
    let unused: Vec<_> = keys.iter().filter(|k| !found.contains(**k)).collect();
    assert!(
        unused.is_empty(),
        "INBOX entries nothing sends: {unused:#?}"
    );
}

#[test]
fn notices_and_letters_are_translated_whole() {
    let notice = "INPS: il 01/07/2020 alle 00:30 il suo PIN è stato modificato. Se non è stato \
                  lei, contatti subito il Contact Center (803 164 da rete fissa, 06 164 164 da \
                  cellulare).";
    assert_eq!(
        translate(Lang::En, notice),
        "INPS: on 01/07/2020 at 00:30 your PIN was changed. If this was not you, contact the \
         Contact Center at once (803 164 from a landline, 06 164 164 from a mobile)."
    );
    assert_eq!(
        translate(Lang::De, notice),
        "INPS: am 01/07/2020 um 00:30 wurde Ihre PIN geändert. Falls Sie das nicht waren, \
         wenden Sie sich sofort an das Contact Center (803 164 vom Festnetz, 06 164 164 vom \
         Handy)."
    );
    // An e-mail with the footer appended to a body that is a template itself.
    let mail = "Gentile MARIO ROSSI,\n\nla sua richiesta di conversione in PIN dispositivo n. \
                conv_1 del 01/07/2020 è stata accolta. Da oggi il suo PIN consente di \
                presentare domande e richiedere prestazioni online: le domande sono \
                protocollate subito.\n\nIstituto Nazionale della Previdenza Sociale\n\n— \
                Messaggio del simulatore PIN INPS (non affiliato all'INPS).";
    let en = translate(Lang::En, mail);
    assert!(
        en.starts_with("Dear MARIO ROSSI,\n\nyour request no. conv_1 of 01/07/2020"),
        "{en}"
    );
    assert!(
        en.ends_with("— Message from the PIN INPS simulator (not affiliated with INPS)."),
        "{en}"
    );
    // A call: the footer appended to a template with an Italian word in it.
    let call = "Chiamata del Contact Center INPS per la richiesta PIN n. RP1A2B3C: l'indirizzo \
                di residenza è stato corretto. La seconda parte del PIN è stata spedita per \
                posta a VIA ROMA 1, 00184 ROMA (RM).\n\n— Messaggio del simulatore PIN INPS \
                (non affiliato all'INPS).";
    assert_eq!(
        translate(Lang::En, call),
        "Call from the INPS Contact Center about PIN request no. RP1A2B3C: the residence \
         address has been corrected. The second half of the PIN has been sent by post to VIA \
         ROMA 1, 00184 ROMA (RM).\n\n— Message from the PIN INPS simulator (not affiliated \
         with INPS)."
    );
    assert_eq!(
        translate(Lang::De, "INPS - Seconda parte del PIN"),
        "INPS - Zweiter Teil der PIN"
    );
}

/// The Italian texts the PDF documents print through their tables: the
/// literals handed to `Words::t` or glossed (row and section labels, the
/// MV35's paragraphs), plus the application titles, data labels and
/// COVID categories a receipt prints.
fn document_texts() -> BTreeSet<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/documents");
    let mut found = BTreeSet::new();
    for f in ["letterhead.rs", "receipt.rs", "envelope.rs", "mv35.rs"] {
        let src = std::fs::read_to_string(dir.join(f)).unwrap();
        let src = src.split("#[cfg(test)]").next().unwrap();
        let code = strip_comments(src);
        let b = code.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] != b'"' || (i > 0 && b[i - 1] == b'\'') {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            let pre = code[..i].trim_end();
            let text = unescape(&code[i + 1..j]);
            let translated = [".t(", "gloss(", "&mut y,", "=", "("]
                .iter()
                .any(|p| pre.ends_with(p))
                && !pre.ends_with("==");
            // Not texts: data keys, formats, "MOD. MV35", the form's title.
            let words = (text.chars().any(|c| c.is_lowercase()) || text.contains(' '))
                && text.contains(|c: char| c.is_uppercase())
                && text != "MOD. MV35"
                && !text.contains(['{', '%'])
                && text.trim() == text
                && text != "MV35 - Richiesta di PIN dispositivo";
            if translated && (words || text == "PEC") {
                found.insert(text);
            }
            i = j + 1;
        }
    }
    for kind in domain::dispositivo::ApplicationKind::ALL {
        found.insert(kind.title().to_owned());
        for name in kind.fields() {
            found.insert(crate::documents::receipt::field_label(name).to_owned());
        }
    }
    found.insert(crate::documents::receipt::field_label("?").to_owned());
    for (_, label) in domain::dispositivo::COVID_CATEGORIES {
        found.insert((*label).to_owned());
    }
    found
}

#[test]
fn every_document_text_has_a_german_and_an_english_entry() {
    let texts = document_texts();
    assert!(
        texts.len() > 40,
        "only {} document texts found",
        texts.len()
    );
    let mut missing = Vec::new();
    for (lang, table) in [(Lang::De, de::DOCUMENTS), (Lang::En, en::DOCUMENTS)] {
        for t in &texts {
            if !table.iter().any(|(it, _)| it == t) {
                missing.push(format!("{}: {t:?}", lang.tag()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "document texts without a translation (add each to DOCUMENTS in \
         server/src/i18n/de.rs and en.rs):\n{}",
        missing.join("\n")
    );
    let keys = |t: Table| t.iter().map(|(it, _)| *it).collect::<Vec<_>>();
    assert_eq!(
        keys(de::DOCUMENTS),
        keys(en::DOCUMENTS),
        "same keys, same order"
    );
    for (it, tr) in de::DOCUMENTS.iter().chain(en::DOCUMENTS) {
        assert!(texts.contains(*it), "{it:?} is printed by no document");
        assert_ne!(it, tr, "{it:?} is not translated");
        assert_eq!(
            document_text(Lang::De, it),
            de::DOCUMENTS.iter().find(|e| e.0 == *it).unwrap().1
        );
        assert_eq!(document_text(Lang::It, it), *it);
    }
}
