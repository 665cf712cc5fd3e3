//! Strings of the credential lifecycle pages (issue 4): change PIN, contact
//! verification, privacy notice, Attiva / Ripristina / Revoca PIN, "Le tue
//! attività".

pub const IT: &[(&str, &str)] = &[
    ("life.required", "Campo obbligatorio"),
    ("life.check_fields", "Alcuni dati non sono corretti: controllare i campi evidenziati."),
    ("life.need_login", "Sessione assente o scaduta: effettuare di nuovo l'accesso."),
    ("life.go_login", "Vai all'accesso"),
    ("life.loading", "Caricamento…"),
    ("life.continue", "Prosegui"),
    ("life.send", "Invia"),
    ("life.back", "Indietro"),
    ("life.confirm", "Conferma"),
    ("life.next", "Avanti"),
    ("life.cancel", "Annulla"),
    ("life.home_phone", "Telefono fisso"),
    ("life.home_phone_hint", "Facoltativo. Con il prefisso, ad es. +39 06 1234567."),
    ("life.step.summary", "Riepilogo"),
    ("life.summary.title", "Riepilogo dei dati"),
    (
        "life.summary.intro",
        "Controlla i dati inseriti. Premi \"Invia\" per inoltrare la richiesta oppure \"Indietro\" per correggerli.",
    ),
    ("life.cf", "Codice fiscale"),
    ("life.ts_number", "Numero della tessera sanitaria"),
    ("life.ts_number_hint", "Le 20 cifre sul retro della tessera, campo 3."),
    ("life.ts_expiry", "Data di scadenza della tessera sanitaria"),
    ("life.date_hint", "Formato GG/MM/AAAA"),
    ("life.first_half", "Prima parte del PIN"),
    ("life.first_half_hint", "Gli 8 caratteri comunicati dall'operatore del Contact Center."),
    ("life.mobile", "Cellulare"),
    ("life.mobile_hint", "Con il prefisso internazionale, ad es. +39 333 1234567."),
    ("life.email", "E-mail"),
    ("life.pec", "PEC"),
    ("life.code", "Codice ricevuto"),
    ("life.step.data", "Dati"),
    ("life.step.code", "Codice"),
    ("life.step.done", "Esito"),
    ("life.channel.sms", "SMS"),
    ("life.channel.email", "E-mail"),
    ("life.channel.pec", "PEC"),
    ("life.channel.post", "Posta"),
    ("life.channel.call", "Telefono"),
    // change PIN
    ("life.change.title", "Cambia PIN"),
    (
        "life.change.expired",
        "Il PIN è scaduto. Per continuare a usare i servizi scegli un nuovo PIN: i servizi a cui puoi accedere restano gli stessi.",
    ),
    ("life.change.intro", "Inserisci il PIN attuale e scegli il nuovo PIN."),
    ("life.change.rule1", "8 caratteri, lettere e cifre (entrambe)."),
    ("life.change.rule2", "Non deve contenere parti del codice fiscale, del nome o del cognome."),
    ("life.change.rule3", "Non deve essere uguale a uno degli ultimi 5 PIN utilizzati."),
    ("life.change.current", "PIN attuale"),
    ("life.change.new", "Nuovo PIN"),
    ("life.change.new_hint", "8 caratteri: lettere e cifre."),
    ("life.change.confirm", "Conferma nuovo PIN"),
    ("life.change.mismatch", "Il nuovo PIN e la conferma non coincidono"),
    ("life.change.submit", "Cambia PIN"),
    ("life.change.done", "PIN modificato correttamente. Il nuovo PIN scade il {date}."),
    // verify contacts
    ("life.verify.title", "Verifica dei recapiti"),
    (
        "life.verify.intro",
        "Abbiamo inviato un codice a ciascuno dei recapiti indicati nella richiesta del PIN. Inserisci i codici ricevuti: il codice via SMS vale 10 minuti, quello via e-mail o PEC 24 ore.",
    ),
    ("life.verify.sent", "Nuovi codici inviati. Controlla i messaggi ricevuti."),
    ("life.verify.mobile", "Cellulare"),
    ("life.verify.email", "E-mail"),
    ("life.verify.pec", "PEC"),
    ("life.verify.code", "Codice ricevuto"),
    ("life.verify.submit", "Verifica"),
    ("life.verify.resend", "Invia nuovi codici"),
    // privacy
    ("life.privacy.read", "Ho letto l'informativa sul trattamento dei dati personali"),
    ("life.privacy.accept", "Accetta e prosegui"),
    // activate
    ("life.activate.title", "Attiva PIN"),
    (
        "life.activate.intro",
        "Se hai richiesto il PIN tramite il Contact Center, prima di usarlo devi attivarlo: inserisci codice fiscale, tessera sanitaria, la prima parte del PIN e almeno due recapiti, tra cui il cellulare. Riceverai un SMS con il codice di attivazione.",
    ),
    // restore
    ("life.restore.title", "Ripristina PIN"),
    (
        "life.restore.intro",
        "Hai smarrito il PIN e conosci i recapiti indicati al momento della richiesta? Inserisci codice fiscale, numero della tessera sanitaria e due recapiti registrati: riceverai via e-mail un codice provvisorio e poi il nuovo PIN (prima parte via SMS, seconda via e-mail). Il ripristino è possibile solo per un PIN già utilizzato.",
    ),
    ("life.restore.to_revoke", "Non conosci più i recapiti? Revoca il PIN"),
    // revoke
    ("life.revoke.title", "Revoca PIN"),
    (
        "life.revoke.intro",
        "Hai smarrito il PIN e non hai più i recapiti registrati? Inserisci i dati della tessera sanitaria e un indirizzo e-mail o PEC: riceverai un codice per confermare la revoca. Dopo la revoca potrai richiedere un nuovo PIN come la prima volta.",
    ),
    ("life.revoke.new_request", "Richiedi un nuovo PIN"),
    // contacts
    ("life.contacts.title", "I tuoi recapiti"),
    (
        "life.contacts.intro",
        "I recapiti a cui INPS invia codici e avvisi sul tuo PIN. Indica almeno un telefono e un indirizzo e-mail o PEC.",
    ),
    (
        "life.contacts.notice",
        "Dopo il salvataggio riceverai un codice su ciascun nuovo recapito per verificarlo; ai recapiti precedenti arriverà un avviso della modifica.",
    ),
    ("life.contacts.submit", "Salva e verifica"),
    (
        "life.verify.after_change",
        "Recapiti aggiornati. Abbiamo inviato un codice a ciascuno dei nuovi recapiti: inseriscili qui sotto per completare la modifica. Il codice via SMS vale 10 minuti, quello via e-mail o PEC 24 ore.",
    ),
    // activity
    ("life.activity.title", "Le tue attività"),
    (
        "life.activity.intro",
        "Le operazioni sul tuo PIN, dalla più recente. Per ciascuna è indicato il canale a cui è stato inviato l'avviso.",
    ),
    ("life.activity.when", "Data e ora"),
    ("life.activity.event", "Operazione"),
    ("life.activity.channel", "Avviso inviato a"),
    ("life.activity.back", "Torna a MyINPS"),
];
