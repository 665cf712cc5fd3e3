//! Strings of the credential lifecycle (`pages::lifecycle`): first access,
//! contact verification, privacy notice, Cambia PIN, and the code-confirmed
//! Attiva / Ripristina / Revoca PIN (`lifecycle.procedure.*`: what the three
//! share).

pub const IT: &[(&str, &str)] = &[
    // ------------------------------------------------------------ shared
    ("lifecycle.required", "Campo obbligatorio"),
    // ------------------------------------------------------------ /primo-accesso
    ("lifecycle.first_access.title", "Primo accesso: cambio del PIN"),
    (
        "lifecycle.first_access.intro",
        "Al primo utilizzo, il PIN iniziale di 16 caratteri viene sostituito con uno di 8 caratteri, da conservare per i successivi utilizzi.",
    ),
    (
        "lifecycle.first_access.intro2",
        "Dopo questo passaggio il PIN di 16 caratteri non funzionerà più.",
    ),
    ("lifecycle.first_access.get", "Ottieni il nuovo PIN"),
    ("lifecycle.first_access.getting", "Generazione in corso…"),
    ("lifecycle.first_access.new_pin", "Il tuo nuovo PIN"),
    (
        "lifecycle.first_access.once",
        "Il nuovo PIN viene mostrato una sola volta: annotalo ora e conservalo con cura. Non comunicarlo a nessuno: l'INPS non te lo chiederà mai.",
    ),
    ("lifecycle.first_access.saved", "Ho preso nota del nuovo PIN"),
    ("lifecycle.first_access.next", "Avanti"),
    (
        "lifecycle.first_access.next_hint",
        "Per proseguire conferma di aver preso nota del nuovo PIN.",
    ),
    (
        "lifecycle.first_access.need_login",
        "Per il primo accesso entra con il codice fiscale e il PIN iniziale di 16 caratteri.",
    ),
    ("lifecycle.first_access.go_login", "Vai all'autenticazione"),
    // ------------------------------------------------------------ /verifica-recapiti
    ("lifecycle.verify.title", "Verifica dei recapiti"),
    (
        "lifecycle.verify.intro",
        "Abbiamo inviato un codice a ciascuno dei recapiti indicati nella richiesta del PIN. Inserisci i codici ricevuti: il codice via SMS vale 10 minuti, quello via e-mail o PEC 24 ore.",
    ),
    ("lifecycle.verify.sent", "Nuovi codici inviati. Controlla i messaggi ricevuti."),
    ("lifecycle.verify.mobile", "Cellulare"),
    ("lifecycle.verify.email", "E-mail"),
    ("lifecycle.verify.pec", "PEC"),
    ("lifecycle.verify.code", "Codice ricevuto"),
    ("lifecycle.verify.submit", "Verifica"),
    ("lifecycle.verify.resend", "Invia nuovi codici"),
    (
        "lifecycle.verify.after_change",
        "Recapiti aggiornati. Abbiamo inviato un codice a ciascuno dei nuovi recapiti: inseriscili qui sotto per completare la modifica. Il codice via SMS vale 10 minuti, quello via e-mail o PEC 24 ore.",
    ),
    // ------------------------------------------------------------ /informativa-privacy
    ("lifecycle.privacy.read", "Ho letto l'informativa sul trattamento dei dati personali"),
    ("lifecycle.privacy.accept", "Accetta e prosegui"),
    // ------------------------------------------------------------ /cambia-pin
    ("lifecycle.change_pin.continue", "Prosegui"),
    ("lifecycle.change_pin.title", "Cambia PIN"),
    (
        "lifecycle.change_pin.expired",
        "Il PIN è scaduto. Per continuare a usare i servizi scegli un nuovo PIN: i servizi a cui puoi accedere restano gli stessi.",
    ),
    ("lifecycle.change_pin.intro", "Inserisci il PIN attuale e scegli il nuovo PIN."),
    ("lifecycle.change_pin.rule1", "8 caratteri, lettere e cifre (entrambe)."),
    (
        "lifecycle.change_pin.rule2",
        "Non deve contenere parti del codice fiscale, del nome o del cognome.",
    ),
    ("lifecycle.change_pin.rule3", "Non deve essere uguale a uno degli ultimi 5 PIN utilizzati."),
    ("lifecycle.change_pin.current", "PIN attuale"),
    ("lifecycle.change_pin.new", "Nuovo PIN"),
    ("lifecycle.change_pin.new_hint", "8 caratteri: lettere e cifre."),
    ("lifecycle.change_pin.confirm", "Conferma nuovo PIN"),
    ("lifecycle.change_pin.mismatch", "Il nuovo PIN e la conferma non coincidono"),
    ("lifecycle.change_pin.submit", "Cambia PIN"),
    ("lifecycle.change_pin.done", "PIN modificato correttamente. Il nuovo PIN scade il {date}."),
    // ------------------------------------------------------------ activate, restore, revoke
    ("lifecycle.procedure.send", "Invia"),
    ("lifecycle.procedure.back", "Indietro"),
    ("lifecycle.procedure.confirm", "Conferma"),
    ("lifecycle.procedure.next", "Avanti"),
    ("lifecycle.procedure.step.summary", "Riepilogo"),
    ("lifecycle.procedure.summary_title", "Riepilogo dei dati"),
    (
        "lifecycle.procedure.summary_intro",
        "Controlla i dati inseriti. Premi \"Invia\" per inoltrare la richiesta oppure \"Indietro\" per correggerli.",
    ),
    ("lifecycle.procedure.cf", "Codice fiscale"),
    ("lifecycle.procedure.ts_number", "Numero della tessera sanitaria"),
    ("lifecycle.procedure.ts_number_hint", "Le 20 cifre sul retro della tessera, campo 3."),
    ("lifecycle.procedure.ts_expiry", "Data di scadenza della tessera sanitaria"),
    ("lifecycle.procedure.date_hint", "Formato GG/MM/AAAA"),
    ("lifecycle.procedure.first_half", "Prima parte del PIN"),
    (
        "lifecycle.procedure.first_half_hint",
        "Gli 8 caratteri comunicati dall'operatore del Contact Center.",
    ),
    ("lifecycle.procedure.code", "Codice ricevuto"),
    ("lifecycle.procedure.step.data", "Dati"),
    ("lifecycle.procedure.step.code", "Codice"),
    ("lifecycle.procedure.step.done", "Esito"),
    // ------------------------------------------------------------ /attiva-pin
    ("lifecycle.activate.title", "Attiva PIN"),
    (
        "lifecycle.activate.intro",
        "Se hai richiesto il PIN tramite il Contact Center, prima di usarlo devi attivarlo: inserisci codice fiscale, tessera sanitaria, la prima parte del PIN e almeno due recapiti, tra cui il cellulare. Riceverai un SMS con il codice di attivazione.",
    ),
    // ------------------------------------------------------------ /ripristina-pin
    ("lifecycle.restore.title", "Ripristina PIN"),
    (
        "lifecycle.restore.intro",
        "Hai smarrito il PIN e conosci i recapiti indicati al momento della richiesta? Inserisci codice fiscale, numero della tessera sanitaria e due recapiti registrati: riceverai via e-mail un codice provvisorio e poi il nuovo PIN (prima parte via SMS, seconda via e-mail). Il ripristino è possibile solo per un PIN già utilizzato.",
    ),
    ("lifecycle.restore.to_revoke", "Non conosci più i recapiti? Revoca il PIN"),
    // ------------------------------------------------------------ /revoca-pin
    ("lifecycle.revoke.title", "Revoca PIN"),
    (
        "lifecycle.revoke.intro",
        "Hai smarrito il PIN e non hai più i recapiti registrati? Inserisci i dati della tessera sanitaria e un indirizzo e-mail o PEC: riceverai un codice per confermare la revoca. Dopo la revoca potrai richiedere un nuovo PIN come la prima volta.",
    ),
    ("lifecycle.revoke.new_request", "Richiedi un nuovo PIN"),
];
