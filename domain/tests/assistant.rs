//! The assistant's test set: Italian phrasings as users type them (typos,
//! inflections, synonyms), written apart from the FAQ texts, each with the
//! FAQ id expected (or "none" for questions the assistant must not answer).
//! Prints the share answered correctly and requires at least 90 %.

use domain::assistant::{Answer, Assistant, FAQ};

const CASES: &[(&str, &str)] = &[
    // Lost / forgotten
    ("ho perso il pin", "lost_pin"),
    ("ho dimenticato il mio pin", "lost_pin"),
    ("non ricordo piu il pin", "lost_pin"),
    ("pin smarrito cosa devo fare", "lost_pin"),
    ("ho smarito il pin", "lost_pin"),
    ("mi sono dimenticata il codice pin", "lost_pin"),
    ("non trovo più il mio pin", "lost_pin"),
    // Half 1 missing
    ("non mi è arrivato l'sms", "half1_missing"),
    ("non ho ricevuto il messaggio con il pin", "half1_missing"),
    ("la prima parte del pin non è arrivata", "half1_missing"),
    (
        "sono passate 12 ore e non ho ricevuto niente via sms",
        "half1_missing",
    ),
    (
        "non mi e arrivata la mail con la prima parte",
        "half1_missing",
    ),
    ("non arriva l sms", "half1_missing"),
    (
        "nessun messaggio ricevuto sul cellulare con i primi 8 caratteri",
        "half1_missing",
    ),
    // Half 2 missing
    ("non è arrivata la lettera", "half2_missing"),
    (
        "la seconda parte del pin non mi è mai arrivata per posta",
        "half2_missing",
    ),
    (
        "il postino non ha portato la lettera del pin",
        "half2_missing",
    ),
    (
        "aspetto ancora la busta con la seconda meta",
        "half2_missing",
    ),
    // Locked
    ("pin bloccato", "pin_locked"),
    ("mi si è bloccato il pin", "pin_locked"),
    ("ho sbagliato troppe volte e ora è bloccato", "pin_locked"),
    ("come sblocco il pin", "pin_locked"),
    ("pin blocato dopo tre tentativi", "pin_locked"),
    // Request
    ("come faccio a richiedere il pin", "request_pin"),
    ("voglio un nuovo pin", "request_pin"),
    ("come si ottiene il pin inps", "request_pin"),
    ("richiesta pin online", "request_pin"),
    ("vorrei chiedere il pin", "request_pin"),
    ("come posso avere il pin", "request_pin"),
    ("richiedre pin", "request_pin"),
    // What is
    ("che cosa è il pin", "what_is_pin"),
    ("a cosa serve il pin", "what_is_pin"),
    ("cos'è il pin inps", "what_is_pin"),
    // Structure
    ("perché il pin è di 16 caratteri", "pin_structure"),
    ("il pin è diviso in due parti, perché", "pin_structure"),
    ("quanto è lungo il pin", "pin_structure"),
    // First access
    (
        "ho tutte e due le parti del pin, come lo uso",
        "first_access",
    ),
    ("primo accesso con il pin", "first_access"),
    ("come unisco prima e seconda parte", "first_access"),
    ("ho ricevuto entrambe le parti, e ora?", "first_access"),
    // Restore
    ("come recupero il pin", "restore"),
    ("ripristino pin", "restore"),
    ("voglio ripristinare le credenziali", "restore"),
    ("ripristinare il pin con cellulare e mail", "restore"),
    // Revoke
    ("come annullo il pin", "revoke"),
    ("revocare il pin", "revoke"),
    ("voglio cancellare il mio pin", "revoke"),
    ("revoca del pin con la tessera sanitaria", "revoke"),
    ("disattivare pin", "revoke"),
    // Already assigned
    (
        "mi dice che l'utente ha gia un pin assegnato",
        "already_assigned",
    ),
    ("errore pin già assegnato", "already_assigned"),
    ("risulta che ho già un pin", "already_assigned"),
    // Wrong credentials
    ("codice fiscale o pin errati", "wrong_credentials"),
    ("mi dice credenziali non corrette", "wrong_credentials"),
    (
        "il pin è sbagliato ma sono sicuro che è giusto",
        "wrong_credentials",
    ),
    ("non riesco a entrare, pin non valido", "wrong_credentials"),
    // Change
    ("come cambio il pin", "change_pin"),
    ("vorrei modificare il pin", "change_pin"),
    ("cambiare password", "change_pin"),
    ("sostituire il pin con uno nuovo", "change_pin"),
    // Expired
    ("il pin è scaduto", "pin_expired"),
    ("pin scaduto cosa faccio", "pin_expired"),
    ("ogni quanti mesi scade il pin", "pin_expired"),
    // Dispositivo
    ("cosa è il pin dispositivo", "dispositivo_what"),
    (
        "differenza tra pin ordinario e dispositivo",
        "dispositivo_what",
    ),
    ("a che serve il pin dispositivo", "dispositivo_what"),
    // Convert
    ("come rendo il pin dispositivo", "convert"),
    ("convertire il pin", "convert"),
    ("voglio trasformare il pin in dispositivo", "convert"),
    ("conversione pin dispositivo", "convert"),
    ("converitre pin", "convert"),
    // Convert docs / form / time
    ("che documenti devo caricare", "convert_docs"),
    ("quale documento di identità allego", "convert_docs"),
    ("dove scarico il modulo da firmare", "convert_form"),
    ("devo stampare e firmare il modulo?", "convert_form"),
    (
        "quanto ci vuole perché il pin diventi dispositivo",
        "convert_time",
    ),
    ("quanto tempo serve per la conversione", "convert_time"),
    (
        "la conversione è ancora in lavorazione",
        "conversion_in_progress",
    ),
    // Activate
    ("come attivo il pin", "activate"),
    ("attivazione del pin", "activate"),
    // SPID
    ("posso usare lo spid", "spid"),
    ("accesso con carta di identità elettronica", "spid"),
    ("entrare con la cns", "spid"),
    // Contact center
    ("numero di telefono inps", "contact_center"),
    ("voglio parlare con un operatore", "contact_center"),
    ("numero verde contact center", "contact_center"),
    ("come chiamo l'assistenza", "contact_center"),
    ("orari del call center", "hours"),
    ("il contact center è aperto il sabato?", "hours"),
    ("a che ora apre il contact center", "hours"),
    ("richiesta pin per telefono", "by_phone"),
    ("posso chiedere il pin telefonando", "by_phone"),
    // Abroad
    ("vivo all'estero, posso avere il pin", "abroad"),
    ("residenza estera", "abroad"),
    ("sono residente fuori italia", "abroad"),
    // Contacts
    ("ho cambiato numero di cellulare", "change_contacts"),
    ("come aggiorno la mia email", "change_contacts"),
    ("modificare i recapiti", "change_contacts"),
    ("verificare i recapiti", "verify_contacts"),
    ("dove metto il codice di verifica", "verify_contacts"),
    // Misc
    ("informativa privacy", "privacy"),
    ("trattamento dei dati personali", "privacy"),
    ("che servizi posso usare", "services"),
    ("bonus 600 euro", "bonus600"),
    ("per l'indennità basta la prima parte?", "bonus600"),
    ("dove vedo lo stato della mia pratica", "activity"),
    ("come controllo le mie richieste", "activity"),
    ("come entro in myinps", "login"),
    ("login inps", "login"),
    ("codice fiscale non valido", "cf_invalid"),
    ("mi dice codice fiscale errato", "cf_invalid"),
    ("ho traslocato, la lettera dove arriva", "address_change"),
    ("ho cambiato indirizzo di residenza", "address_change"),
    ("potete rimandarmi la prima parte", "resend_half1"),
    ("reinvio sms pin", "resend_half1"),
    ("mi richiamerete?", "callback"),
    ("il file è troppo grande", "upload_error"),
    ("non accetta il pdf", "upload_error"),
    ("pagine in tedesco", "german"),
    ("c'è la versione in inglese", "german"),
    ("istruzioni per entrare", "instructions"),
    ("posso dare il pin a mio figlio", "security"),
    (
        "mi hanno chiesto il pin per email, è una truffa?",
        "security",
    ),
    ("sessione scaduta", "session_expired"),
    ("mi ha disconnesso", "session_expired"),
    ("pin per mia madre anziana", "other_person"),
    ("posso fare il pin per mio figlio minorenne", "other_person"),
    ("posso andare allo sportello", "sede"),
    ("pin in ufficio inps", "sede"),
    ("il pin è stato revocato", "pin_revoked"),
    // Out of scope
    ("che tempo fa domani a roma", "none"),
    ("come calcolo la pensione di vecchiaia", "none"),
    ("quando pagano la naspi", "none"),
    ("ricetta della carbonara", "none"),
    ("chi ha vinto la partita", "none"),
    ("buongiorno", "none"),
    ("asdfgh qwerty", "none"),
    ("quanto costa un biglietto del treno", "none"),
];

#[test]
fn assistant_answers_the_test_set() {
    let assistant = Assistant::new();
    let mut right = 0;
    for (question, expected) in CASES {
        let got = match assistant.answer(question) {
            Answer::Found { faq, .. } => faq.id,
            Answer::Unknown => "none",
        };
        if got == *expected {
            right += 1;
        } else {
            println!(
                "MISS {question:?}: expected {expected}, got {got} (terms {:?})",
                assistant.terms(question)
            );
        }
    }
    let share = right as f64 / CASES.len() as f64;
    println!(
        "assistant: {right}/{} answered correctly ({:.1} %)",
        CASES.len(),
        share * 100.0
    );
    assert!(CASES.len() >= 100);
    assert!(share >= 0.90, "share {share}");
}

#[test]
fn faq_is_curated() {
    assert!(FAQ.len() >= 40);
    let mut ids: Vec<&str> = FAQ.iter().map(|f| f.id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), FAQ.len(), "duplicate FAQ id");
    for (_, expected) in CASES {
        assert!(
            *expected == "none" || ids.contains(expected),
            "unknown id {expected}"
        );
    }
    for f in FAQ {
        assert!(f.link.starts_with('/'), "{} link", f.id);
    }
}

#[test]
fn unknown_question_is_not_answered() {
    assert_eq!(
        Assistant::new().answer("dove posso comprare una bicicletta"),
        Answer::Unknown
    );
    assert_eq!(Assistant::new().answer(""), Answer::Unknown);
}

/// Inflections, a typo and a synonym of one question give the same terms.
#[test]
fn inflections_typos_and_synonyms_meet() {
    let assistant = Assistant::new();
    let a = |q: &str| {
        let mut t = assistant.terms(q);
        t.sort();
        t
    };
    let base = a("pin bloccato");
    assert_eq!(a("PIN BLOCCATA!"), base);
    assert_eq!(a("il pin è blocato"), base);
    assert_eq!(a("sblocco del pin"), base);
    assert_eq!(a("ho perso il PIN"), a("pin smarrito"));
    assert_eq!(a("àèìòù"), a("aeiou"));
}
