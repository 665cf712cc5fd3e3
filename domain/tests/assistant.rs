//! The assistant's test sets: Italian, German and English phrasings as
//! users type them (typos, inflections, synonyms, compounds), written apart
//! from the FAQ texts, each with the FAQ id expected (or "none" for
//! questions the assistant must not answer). Each test prints the share
//! answered correctly and requires at least 90 %.

use domain::assistant::faq::{link_label, LINKS};
use domain::assistant::{Answer, Assistant, Lang, FAQ};

/// Italian phrasings.
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

/// German phrasings (umlauts typed or not, compounds, inflections, typos).
const DE_CASES: &[(&str, &str)] = &[
    // Lost / forgotten
    ("ich habe die pin verloren", "lost_pin"),
    ("PIN vergessen", "lost_pin"),
    ("ich weiß meine PIN nicht mehr", "lost_pin"),
    ("ich erinnere mich nicht an meine pin", "lost_pin"),
    ("pin verlohren was nun", "lost_pin"),
    ("habe meinen pin-code vergessen", "lost_pin"),
    ("ich kann mich an die PIN nicht erinnern", "lost_pin"),
    // Half 1 missing
    ("die sms ist nicht angekommen", "half1_missing"),
    ("ich habe keine SMS bekommen", "half1_missing"),
    ("der erste teil der pin ist nicht da", "half1_missing"),
    (
        "nach 12 stunden immer noch keine nachricht erhalten",
        "half1_missing",
    ),
    (
        "ich habe die e-mail mit dem ersten teil nicht erhalten",
        "half1_missing",
    ),
    (
        "keine textnachricht mit der ersten hälfte bekommen",
        "half1_missing",
    ),
    ("erster PIN-Teil fehlt, keine sms", "half1_missing"),
    // Half 2 missing
    ("der brief ist nicht angekommen", "half2_missing"),
    ("zweiter teil der pin kam nie per post", "half2_missing"),
    (
        "der briefträger hat den pin-brief nicht gebracht",
        "half2_missing",
    ),
    (
        "ich warte noch auf den umschlag mit der zweiten hälfte",
        "half2_missing",
    ),
    ("zweite hälfte per post nicht erhalten", "half2_missing"),
    // Locked
    ("pin gesperrt", "pin_locked"),
    ("meine pin wurde gesperrt", "pin_locked"),
    ("zu oft falsch eingegeben, jetzt gesperrt", "pin_locked"),
    ("wie entsperre ich die pin", "pin_locked"),
    ("pin gespert nach drei versuchen", "pin_locked"),
    ("PIN blockiert", "pin_locked"),
    // Request
    ("wie bekomme ich eine pin", "request_pin"),
    ("ich möchte eine neue PIN beantragen", "request_pin"),
    ("pin beantragen", "request_pin"),
    ("wo kann ich die pin anfordern", "request_pin"),
    ("antrag auf eine pin", "request_pin"),
    ("pin beantrgen", "request_pin"),
    // What is
    ("was bedeutet pin", "what_is_pin"),
    ("wozu dient die pin", "what_is_pin"),
    ("was ist eine PIN beim INPS", "what_is_pin"),
    // Structure
    ("warum hat die pin 16 zeichen", "pin_structure"),
    ("wieso ist die PIN in zwei teile geteilt", "pin_structure"),
    ("wie lang ist die pin", "pin_structure"),
    // First access
    ("ich habe beide teile, wie benutze ich sie", "first_access"),
    ("erstzugang mit der pin", "first_access"),
    (
        "wie setze ich ersten und zweiten teil zusammen",
        "first_access",
    ),
    ("erster zugang mit beiden teilen", "first_access"),
    // Restore
    ("pin wiederherstellen", "restore"),
    ("wie kann ich meine pin zurücksetzen", "restore"),
    ("wiederherstellung der PIN per handy und mail", "restore"),
    ("neue zugangsdaten zurücksetzen", "restore"),
    // Revoke
    ("pin widerrufen", "revoke"),
    ("wie lösche ich meine pin", "revoke"),
    ("ich will die pin annullieren", "revoke"),
    ("widerruf mit der gesundheitskarte", "revoke"),
    ("PIN deaktivieren", "revoke"),
    // Already assigned
    (
        "fehlermeldung: dem benutzer ist bereits eine pin zugewiesen",
        "already_assigned",
    ),
    ("es steht dass ich schon eine pin habe", "already_assigned"),
    ("pin bereits vergeben", "already_assigned"),
    // Wrong credentials
    ("steuernummer oder pin falsch", "wrong_credentials"),
    ("zugangsdaten nicht korrekt", "wrong_credentials"),
    (
        "anmeldung verweigert obwohl die pin richtig ist",
        "wrong_credentials",
    ),
    (
        "die pin ist ungültig, ich komme nicht rein",
        "wrong_credentials",
    ),
    // Change
    ("pin ändern", "change_pin"),
    ("wie kann ich die pin aendern", "change_pin"),
    ("passwort wechseln", "change_pin"),
    ("die pin durch eine andere ersetzen", "change_pin"),
    // Expired
    ("die pin ist abgelaufen", "pin_expired"),
    ("pin abgelaufen was tun", "pin_expired"),
    ("nach wie vielen monaten läuft die pin ab", "pin_expired"),
    // Dispositivo
    (
        "was ist die pin mit dispositiver funktion",
        "dispositivo_what",
    ),
    (
        "unterschied zwischen einfacher pin und dispositiver pin",
        "dispositivo_what",
    ),
    ("wozu dient die dispositive pin", "dispositivo_what"),
    // Convert
    ("pin umwandeln", "convert"),
    ("wie wandle ich meine pin um", "convert"),
    ("umwandlung in pin mit dispositiver funktion", "convert"),
    ("pin umwandlen", "convert"),
    // Docs / form / time / in progress
    ("welche unterlagen muss ich hochladen", "convert_docs"),
    ("welchen ausweis soll ich anhängen", "convert_docs"),
    ("wo lade ich das formular herunter", "convert_form"),
    (
        "muss ich das formular ausdrucken und unterschreiben",
        "convert_form",
    ),
    ("wie lange dauert die umwandlung", "convert_time"),
    ("dauer der umwandlung in stunden", "convert_time"),
    (
        "meine umwandlung ist noch in bearbeitung",
        "conversion_in_progress",
    ),
    // Activate
    ("pin aktivieren", "activate"),
    ("wie schalte ich die pin frei", "activate"),
    ("aktivierung der pin", "activate"),
    // SPID
    ("kann ich spid verwenden", "spid"),
    ("anmelden mit elektronischer identitätskarte", "spid"),
    ("zugang mit der cns", "spid"),
    // Contact center, hours, by phone
    ("telefonnummer vom inps", "contact_center"),
    (
        "ich möchte mit einem mitarbeiter sprechen",
        "contact_center",
    ),
    ("hotline contact center", "contact_center"),
    ("wen kann ich anrufen", "contact_center"),
    ("öffnungszeiten des contact centers", "hours"),
    ("ist das contact center samstags erreichbar", "hours"),
    ("um wie viel uhr öffnet das contact center", "hours"),
    ("pin telefonisch beantragen", "by_phone"),
    ("kann man die pin per telefon beantragen", "by_phone"),
    // Abroad
    ("ich lebe im ausland, bekomme ich eine pin", "abroad"),
    ("wohnsitz im ausland", "abroad"),
    ("ich wohne außerhalb von italien", "abroad"),
    // Contacts
    ("neue handynummer eintragen", "change_contacts"),
    (
        "wie aktualisiere ich meine e-mail adresse",
        "change_contacts",
    ),
    ("kontaktdaten ändern", "change_contacts"),
    ("kontaktdaten bestätigen", "verify_contacts"),
    ("wo gebe ich den bestätigungscode ein", "verify_contacts"),
    // Misc
    ("datenschutzhinweis", "privacy"),
    ("verarbeitung meiner daten", "privacy"),
    ("welche dienste kann ich nutzen", "services"),
    ("bonus 600 euro", "bonus600"),
    ("reicht der erste teil für die vergütung", "bonus600"),
    ("wo sehe ich den status meines antrags", "activity"),
    ("wie verfolge ich meine anträge", "activity"),
    ("wie komme ich in myinps", "login"),
    ("login myinps", "login"),
    ("steuernummer ungültig", "cf_invalid"),
    ("meine steuernummer wird als falsch gemeldet", "cf_invalid"),
    ("ich bin umgezogen, wohin geht der brief", "address_change"),
    ("neue wohnsitzadresse nach dem umzug", "address_change"),
    (
        "könnt ihr mir den ersten teil nochmal schicken",
        "resend_half1",
    ),
    ("sms erneut senden", "resend_half1"),
    ("werde ich zurückgerufen?", "callback"),
    ("die datei ist zu groß", "upload_error"),
    ("das pdf wird nicht akzeptiert", "upload_error"),
    ("seiten auf englisch", "german"),
    ("gibt es eine deutsche version", "german"),
    ("anleitung zum anmelden", "instructions"),
    ("darf ich die pin meinem sohn geben", "security"),
    (
        "jemand hat per e-mail nach meiner pin gefragt, ist das betrug?",
        "security",
    ),
    ("sitzung abgelaufen", "session_expired"),
    ("ich wurde abgemeldet", "session_expired"),
    ("pin für meine alte mutter", "other_person"),
    (
        "kann ich die pin für mein minderjähriges kind beantragen",
        "other_person",
    ),
    ("kann ich zum schalter gehen", "sede"),
    ("pin im büro vom inps", "sede"),
    ("meine pin wurde widerrufen", "pin_revoked"),
    // Out of scope
    ("wie wird das wetter morgen in bozen", "none"),
    ("wie berechne ich meine rente", "none"),
    ("wann wird das arbeitslosengeld ausgezahlt", "none"),
    ("rezept für apfelstrudel", "none"),
    ("wer hat das spiel gewonnen", "none"),
    ("guten morgen", "none"),
    ("asdfgh qwertz", "none"),
    ("was kostet eine zugfahrkarte", "none"),
    // Written after the word tables were tuned on the cases above and run
    // once before any further change (held out): 22 of these 30 right.
    ("hab meine pin vergesen", "lost_pin"),
    ("wo ist meine sms mit dem pin", "half1_missing"),
    ("seit gestern warte ich auf die sms", "half1_missing"),
    ("brief mit pin fehlt", "half2_missing"),
    ("pin nach falschen eingaben gesperrt", "pin_locked"),
    ("ich brauche eine pin", "request_pin"),
    ("pin neu beantragen wie", "request_pin"),
    ("was ist eine einfache pin", "dispositivo_what"),
    ("pin mit dispositiver funktion beantragen", "convert"),
    (
        "welche dokumente brauche ich für die umwandlung",
        "convert_docs",
    ),
    ("wann ist die umwandlung fertig", "convert_time"),
    ("telefonnummer contact center", "contact_center"),
    ("wann kann ich anrufen", "hours"),
    ("samstag geöffnet?", "hours"),
    ("ich lebe in deutschland, bekomme ich eine pin", "abroad"),
    ("e-mail adresse ändern", "change_contacts"),
    ("bestätigungscode eingeben", "verify_contacts"),
    ("pin abgelaufen", "pin_expired"),
    ("ich komme nicht in myinps rein", "login"),
    ("mit spid anmelden", "spid"),
    ("ich bin umgezogen", "address_change"),
    ("pin für meinen vater beantragen", "other_person"),
    ("zum inps-büro gehen", "sede"),
    ("formular mv35 unterschreiben", "convert_form"),
    ("pdf zu groß", "upload_error"),
    ("neue pin festlegen", "change_pin"),
    ("pin wiederherstellen mit handy", "restore"),
    ("pin löschen lassen", "revoke"),
    ("hilfe beim anmelden", "instructions"),
    ("was kostet ein auto", "none"),
];

/// English phrasings (plurals, -ing/-ed forms, synonyms, typos).
const EN_CASES: &[(&str, &str)] = &[
    // Lost / forgotten
    ("i lost my pin", "lost_pin"),
    ("forgot pin", "lost_pin"),
    ("i can't remember my PIN", "lost_pin"),
    ("pin forgotten what should i do", "lost_pin"),
    ("i have misplaced my pin code", "lost_pin"),
    ("lost my pin numbr", "lost_pin"),
    ("I forgot the PIN I chose", "lost_pin"),
    // Half 1 missing
    ("i didn't get the text message", "half1_missing"),
    ("the sms never arrived", "half1_missing"),
    ("first part of the pin not received", "half1_missing"),
    ("12 hours later still no text", "half1_missing"),
    ("the email with the first half hasn't come", "half1_missing"),
    (
        "no sms on my mobile with the first 8 characters",
        "half1_missing",
    ),
    ("havent recieved the sms", "half1_missing"),
    // Half 2 missing
    ("the letter has not arrived", "half2_missing"),
    (
        "second part of the pin never came in the post",
        "half2_missing",
    ),
    ("the postman didn't bring the pin letter", "half2_missing"),
    (
        "still waiting for the envelope with the second half",
        "half2_missing",
    ),
    ("second half by post not received", "half2_missing"),
    // Locked
    ("pin blocked", "pin_locked"),
    ("my pin is locked", "pin_locked"),
    ("too many wrong tries and now i'm locked out", "pin_locked"),
    ("how do i unlock my pin", "pin_locked"),
    ("pin blokced after three attempts", "pin_locked"),
    // Request
    ("how do i get a pin", "request_pin"),
    ("i want to apply for a new pin", "request_pin"),
    ("requesting a pin", "request_pin"),
    ("where can i obtain the pin", "request_pin"),
    ("pin application", "request_pin"),
    ("reqest pin", "request_pin"),
    // What is
    ("what does pin mean", "what_is_pin"),
    ("what's the pin for", "what_is_pin"),
    ("what is an inps pin", "what_is_pin"),
    // Structure
    ("why is the pin 16 characters", "pin_structure"),
    ("why is the pin split in two parts", "pin_structure"),
    ("how long is the pin", "pin_structure"),
    // First access
    ("i have both parts, how do i use them", "first_access"),
    ("first access with the pin", "first_access"),
    ("how do i combine the first and second part", "first_access"),
    (
        "logging in for the first time with both halves",
        "first_access",
    ),
    // Restore
    ("how do i recover my pin", "restore"),
    ("restore pin", "restore"),
    ("reset my credentials", "restore"),
    ("restoring the pin with mobile and email", "restore"),
    // Revoke
    ("how do i cancel my pin", "revoke"),
    ("revoke pin", "revoke"),
    ("i want to delete my pin", "revoke"),
    ("revocation with the health card", "revoke"),
    ("deactivate the pin", "revoke"),
    // Already assigned
    (
        "error says user already has a pin assigned",
        "already_assigned",
    ),
    ("it says i already have a pin", "already_assigned"),
    ("pin already assigned error", "already_assigned"),
    // Wrong credentials
    ("codice fiscale or pin incorrect", "wrong_credentials"),
    ("credentials not correct", "wrong_credentials"),
    (
        "login refused although my pin is right",
        "wrong_credentials",
    ),
    (
        "the pin is wrong but i'm sure it is right",
        "wrong_credentials",
    ),
    // Change
    ("how do i change my pin", "change_pin"),
    ("changing the pin", "change_pin"),
    ("change password", "change_pin"),
    ("replace the pin with another one", "change_pin"),
    // Expired
    ("the pin has expired", "pin_expired"),
    ("pin expired what now", "pin_expired"),
    ("after how many months does the pin expire", "pin_expired"),
    // Dispositivo
    ("what is a pin dispositivo", "dispositivo_what"),
    (
        "difference between ordinary pin and dispositivo",
        "dispositivo_what",
    ),
    ("what's the dispositivo pin for", "dispositivo_what"),
    // Convert
    ("how do i upgrade my pin to dispositivo", "convert"),
    ("convert the pin", "convert"),
    ("turning my pin into a dispositivo one", "convert"),
    ("pin conversion", "convert"),
    ("convrt pin", "convert"),
    // Docs / form / time / in progress
    ("which documents do i upload", "convert_docs"),
    ("what identity document must i attach", "convert_docs"),
    ("where do i download the form to sign", "convert_form"),
    ("do i have to print and sign the form", "convert_form"),
    ("how long until my pin becomes dispositivo", "convert_time"),
    ("how long does the conversion take", "convert_time"),
    (
        "my conversion is still being processed",
        "conversion_in_progress",
    ),
    // Activate
    ("how do i activate the pin", "activate"),
    ("pin activation", "activate"),
    // SPID
    ("can i use spid", "spid"),
    ("logging in with the electronic identity card", "spid"),
    ("access with cns", "spid"),
    // Contact center, hours, by phone
    ("inps phone number", "contact_center"),
    ("i want to speak to an operator", "contact_center"),
    ("contact center helpline number", "contact_center"),
    ("who do i call", "contact_center"),
    ("call center opening hours", "hours"),
    ("is the contact center open on saturdays", "hours"),
    ("what time does the contact center open", "hours"),
    ("requesting the pin by telephone", "by_phone"),
    ("can i ask for the pin over the phone", "by_phone"),
    // Abroad
    ("i live abroad, can i have a pin", "abroad"),
    ("residence abroad", "abroad"),
    ("i'm living outside italy", "abroad"),
    // Contacts
    ("i changed my mobile number", "change_contacts"),
    ("how do i update my email", "change_contacts"),
    ("update contact details", "change_contacts"),
    ("verify my contact details", "verify_contacts"),
    ("where do i enter the verification code", "verify_contacts"),
    // Misc
    ("privacy notice", "privacy"),
    ("processing of my personal data", "privacy"),
    ("which services can i use", "services"),
    ("600 euro bonus", "bonus600"),
    ("is the first part enough for the allowance", "bonus600"),
    ("where can i see the status of my request", "activity"),
    ("how do i track my requests", "activity"),
    ("how do i get into myinps", "login"),
    ("myinps login", "login"),
    ("codice fiscale invalid", "cf_invalid"),
    ("it says my tax code is wrong", "cf_invalid"),
    ("i moved house, where will the letter go", "address_change"),
    ("i changed my home address", "address_change"),
    ("can you resend the first part", "resend_half1"),
    ("send the sms again", "resend_half1"),
    ("will you call me back?", "callback"),
    ("the file is too big", "upload_error"),
    ("my pdf is not accepted", "upload_error"),
    ("pages in german", "german"),
    ("is there an english version", "german"),
    ("instructions to log in", "instructions"),
    ("can i give my pin to my son", "security"),
    (
        "someone asked for my pin by email, is it a scam?",
        "security",
    ),
    ("session expired", "session_expired"),
    ("i got logged out", "session_expired"),
    ("pin for my elderly mother", "other_person"),
    (
        "can i get a pin for my child who is a minor",
        "other_person",
    ),
    ("can i go to a desk in person", "sede"),
    ("pin at an inps office", "sede"),
    ("my pin has been revoked", "pin_revoked"),
    // Out of scope
    ("what's the weather in rome tomorrow", "none"),
    ("how do i calculate my pension", "none"),
    ("when is unemployment benefit paid", "none"),
    ("recipe for carbonara", "none"),
    ("who won the match", "none"),
    ("good morning", "none"),
    ("asdfgh qwerty", "none"),
    ("how much is a train ticket", "none"),
    // Written after the word tables were tuned on the cases above and run
    // once before any further change (held out): 19 of these 30 right.
    ("forgot my pin code", "lost_pin"),
    ("where is my text with the pin", "half1_missing"),
    ("waiting since yesterday for the sms", "half1_missing"),
    ("pin letter missing", "half2_missing"),
    ("pin locked after wrong entries", "pin_locked"),
    ("i need a pin", "request_pin"),
    ("apply for pin how", "request_pin"),
    ("what is an ordinary pin", "dispositivo_what"),
    ("get the pin dispositivo", "convert"),
    (
        "what documents do i need for the conversion",
        "convert_docs",
    ),
    ("when will the conversion be done", "convert_time"),
    ("contact center phone number", "contact_center"),
    ("when can i call", "hours"),
    ("open on saturday?", "hours"),
    ("i live in germany, can i get a pin", "abroad"),
    ("change email address", "change_contacts"),
    ("enter confirmation code", "verify_contacts"),
    ("pin out of date", "pin_expired"),
    ("i can't get into myinps", "login"),
    ("log in with spid", "spid"),
    ("i have moved", "address_change"),
    ("apply for a pin for my father", "other_person"),
    ("go to the inps office", "sede"),
    ("sign form mv35", "convert_form"),
    ("pdf too large", "upload_error"),
    ("set a new pin", "change_pin"),
    ("restore the pin with my phone", "restore"),
    ("get my pin cancelled", "revoke"),
    ("help with logging in", "instructions"),
    ("how much is a car", "none"),
];

/// Asks every case of `cases` in `lang`, prints the misses and the share
/// answered correctly, and requires at least 100 cases and 90 %.
fn check_share(lang: Lang, cases: &[(&str, &str)]) {
    let assistant = Assistant::for_lang(lang);
    let mut right = 0;
    for (question, expected) in cases {
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
    let share = right as f64 / cases.len() as f64;
    println!(
        "assistant ({lang:?}): {right}/{} answered correctly ({:.1} %)",
        cases.len(),
        share * 100.0
    );
    assert!(cases.len() >= 100);
    assert!(share >= 0.90, "share {share}");
}

#[test]
fn assistant_answers_the_test_set() {
    check_share(Lang::It, CASES);
}

#[test]
fn assistant_answers_the_german_test_set() {
    check_share(Lang::De, DE_CASES);
}

#[test]
fn assistant_answers_the_english_test_set() {
    check_share(Lang::En, EN_CASES);
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

/// Every entry has its three texts, and one link with a label in each
/// language: the ids and links are the same in every language by
/// construction (one table keyed by id).
#[test]
fn faq_is_complete_in_every_language() {
    for f in FAQ {
        for lang in Lang::ALL {
            let t = f.text(lang);
            assert!(!t.question.is_empty(), "{} {lang:?} question", f.id);
            assert!(!t.answer.is_empty(), "{} {lang:?} answer", f.id);
            assert!(!t.keywords.is_empty(), "{} {lang:?} keywords", f.id);
            assert!(
                !f.link_label(lang).is_empty(),
                "{} {lang:?} link {}",
                f.id,
                f.link
            );
        }
        // A German or English text is not the Italian one left untranslated.
        for lang in [Lang::De, Lang::En] {
            assert_ne!(f.text(lang).question, f.text(Lang::It).question, "{}", f.id);
            assert_ne!(f.text(lang).answer, f.text(Lang::It).answer, "{}", f.id);
        }
    }
    for (link, labels) in LINKS {
        assert!(FAQ.iter().any(|f| f.link == *link), "unused link {link}");
        assert_eq!(labels[0], link_label(link, Lang::It));
    }
}

/// The answers address the user formally: "Lei" in Italian (as the rest of
/// the product), "Sie" in German. Quoted labels (the seeds' "Richiedi e
/// gestisci il tuo PIN") are left out of the check.
#[test]
fn answers_use_the_formal_address() {
    let informal_it = [
        "ti",
        "tuo",
        "tua",
        "tuoi",
        "tue",
        "puoi",
        "hai",
        "scegli",
        "inserisci",
        "entra",
        "controlla",
        "usa",
        "attendi",
        "chiama",
        "richiedi",
        "allega",
        "accedi",
        "sarai",
    ];
    let informal_de = [
        "du", "dein", "deine", "deinen", "dich", "dir", "kannst", "hast",
    ];
    let unquoted = |s: &str| -> Vec<String> {
        let plain: String = s.split('"').step_by(2).collect::<Vec<_>>().join(" ");
        plain
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .map(str::to_string)
            .collect()
    };
    for f in FAQ {
        for w in unquoted(f.text(Lang::It).answer) {
            assert!(!informal_it.contains(&w.as_str()), "{}: \"{w}\" (tu)", f.id);
        }
        for w in unquoted(f.text(Lang::De).answer) {
            assert!(!informal_de.contains(&w.as_str()), "{}: \"{w}\" (du)", f.id);
        }
    }
}

/// Each language's "I don't know": out-of-scope questions are not answered.
#[test]
fn unknown_question_is_not_answered_in_any_language() {
    for (lang, q) in [
        (Lang::It, "dove posso comprare una bicicletta"),
        (Lang::De, "wo kann ich ein fahrrad kaufen"),
        (Lang::En, "where can i buy a bicycle"),
    ] {
        assert_eq!(
            Assistant::for_lang(lang).answer(q),
            Answer::Unknown,
            "{lang:?}"
        );
        assert_eq!(Assistant::for_lang(lang).answer(""), Answer::Unknown);
    }
}

/// German: umlauts typed or folded, ß, compounds split, inflections and a
/// typo give the same terms.
#[test]
fn german_folding_compounds_and_inflections_meet() {
    let assistant = Assistant::for_lang(Lang::De);
    let a = |q: &str| {
        let mut t = assistant.terms(q);
        t.sort();
        t
    };
    assert_eq!(a("PIN ändern"), a("pin aendern"));
    assert_eq!(a("PIN ändern"), a("pin andern"));
    assert_eq!(a("ich weiß es nicht"), a("ich weiss es nicht"));
    assert_eq!(a("die PIN ist gesperrt"), a("PIN GESPERRTE"));
    assert_eq!(a("PIN gesperrt"), a("pin gespert"));
    assert_eq!(a("den ersten Teil"), a("der erste teil"));
    // A compound not in the FAQ is split into its two known parts.
    assert_eq!(a("Mobilnummer"), a("Mobil Nummer"));
    assert_eq!(a("PIN-Brief"), a("PINbrief"));
    assert_eq!(a("Steuernummerfehler"), a("Steuernummer Fehler"));
}

/// English: plurals, -ing/-ed, doubled consonants, swapped letters and
/// synonyms give the same terms.
#[test]
fn english_stemming_typos_and_synonyms_meet() {
    let assistant = Assistant::for_lang(Lang::En);
    let a = |q: &str| {
        let mut t = assistant.terms(q);
        t.sort();
        t
    };
    assert_eq!(a("pin blocked"), a("PIN LOCKED!"));
    assert_eq!(a("pin blocked"), a("pin blokced"));
    assert_eq!(a("i lost my pin"), a("i forgot my pin"));
    assert_eq!(a("i lost my pin"), a("pin forgotten"));
    assert_eq!(a("text message"), a("sms"));
    assert_eq!(a("changing the pin"), a("changed pins"));
    assert_eq!(a("addresses"), a("address"));
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
