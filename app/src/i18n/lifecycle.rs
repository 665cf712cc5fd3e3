//! Strings of the credential lifecycle (`pages::lifecycle`): first access,
//! contact verification, privacy notice, Cambia PIN, and the code-confirmed
//! Attiva / Ripristina / Revoca PIN (`lifecycle.procedure.*`: what the three
//! share).

pub const IT: &[(&str, &str)] = &[
    (
        "lifecycle.privacy.title",
        "Informativa sul trattamento dei dati personali (versione {version})",
    ),
    (
        "lifecycle.privacy.text",
        "Ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 (GDPR), l'Istituto Nazionale della Previdenza Sociale, titolare del trattamento, informa che i dati personali forniti per il rilascio e la gestione del PIN sono trattati esclusivamente per identificare l'utente e consentirgli l'accesso ai servizi online.\n\nI recapiti personali (cellulare, e-mail, PEC) sono utilizzati per inviare il PIN, i codici di verifica e gli avvisi di sicurezza relativi alle operazioni sul PIN.\n\nI dati sono conservati per il tempo necessario alle finalità indicate; l'interessato può esercitare i diritti di accesso, rettifica, cancellazione e limitazione rivolgendosi al Responsabile della protezione dei dati dell'INPS.\n\nQuesta è una simulazione didattica: nessun dato reale è trattato.",
    ),
    // ------------------------------------------------------------ shared
    ("lifecycle.required", "Campo obbligatorio"),
    // ------------------------------------------------------------ /primo-accesso
    (
        "lifecycle.first_access.title",
        "Primo accesso: cambio del PIN",
    ),
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
    (
        "lifecycle.first_access.saved",
        "Ho preso nota del nuovo PIN",
    ),
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
    (
        "lifecycle.verify.sent",
        "Nuovi codici inviati. Controlla i messaggi ricevuti.",
    ),
    ("lifecycle.verify.mobile", "Cellulare"),
    ("lifecycle.verify.email", "E-mail"),
    ("lifecycle.verify.pec", "PEC"),
    ("lifecycle.verify.code_mobile", "Codice ricevuto via SMS"),
    ("lifecycle.verify.code_email", "Codice ricevuto per e-mail"),
    ("lifecycle.verify.code_pec", "Codice ricevuto via PEC"),
    ("lifecycle.verify.submit", "Verifica"),
    ("lifecycle.verify.resend", "Invia nuovi codici"),
    (
        "lifecycle.verify.after_change",
        "Recapiti aggiornati. Abbiamo inviato un codice a ciascuno dei nuovi recapiti: inseriscili qui sotto per completare la modifica. Il codice via SMS vale 10 minuti, quello via e-mail o PEC 24 ore.",
    ),
    // ------------------------------------------------------------ /informativa-privacy
    (
        "lifecycle.privacy.read",
        "Ho letto l'informativa sul trattamento dei dati personali",
    ),
    ("lifecycle.privacy.accept", "Accetta e prosegui"),
    // ------------------------------------------------------------ /cambia-pin
    ("lifecycle.change_pin.continue", "Prosegui"),
    (
        "lifecycle.change_pin.expired",
        "Il PIN è scaduto. Per continuare a usare i servizi scegli un nuovo PIN: i servizi a cui puoi accedere restano gli stessi.",
    ),
    (
        "lifecycle.change_pin.intro",
        "Inserisci il PIN attuale e scegli il nuovo PIN.",
    ),
    (
        "lifecycle.change_pin.rule1",
        "8 caratteri, lettere e cifre (entrambe).",
    ),
    (
        "lifecycle.change_pin.rule2",
        "Non deve contenere parti del codice fiscale, del nome o del cognome.",
    ),
    (
        "lifecycle.change_pin.rule3",
        "Non deve essere uguale a uno degli ultimi 5 PIN utilizzati.",
    ),
    ("lifecycle.change_pin.current", "PIN attuale"),
    ("lifecycle.change_pin.new", "Nuovo PIN"),
    (
        "lifecycle.change_pin.new_hint",
        "8 caratteri: lettere e cifre.",
    ),
    ("lifecycle.change_pin.confirm", "Conferma nuovo PIN"),
    (
        "lifecycle.change_pin.mismatch",
        "Il nuovo PIN e la conferma non coincidono",
    ),
    ("lifecycle.change_pin.submit", "Cambia PIN"),
    (
        "lifecycle.change_pin.done",
        "PIN modificato correttamente. Il nuovo PIN scade il {date}.",
    ),
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
    (
        "lifecycle.procedure.ts_number",
        "Numero della tessera sanitaria",
    ),
    (
        "lifecycle.procedure.ts_number_hint",
        "Le 20 cifre sul retro della tessera, campo 3.",
    ),
    (
        "lifecycle.procedure.ts_expiry",
        "Data di scadenza della tessera sanitaria",
    ),
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
    (
        "lifecycle.restore.to_revoke",
        "Non conosci più i recapiti? Revoca il PIN",
    ),
    // ------------------------------------------------------------ /revoca-pin
    ("lifecycle.revoke.title", "Revoca PIN"),
    (
        "lifecycle.revoke.intro",
        "Hai smarrito il PIN e non hai più i recapiti registrati? Inserisci i dati della tessera sanitaria e un indirizzo e-mail o PEC: riceverai un codice per confermare la revoca. Dopo la revoca potrai richiedere un nuovo PIN come la prima volta.",
    ),
    ("lifecycle.revoke.new_request", "Richiedi un nuovo PIN"),
];

/// The part of [`IT`] that other procedures' pages show too (registered by
/// each group that needs it, see `i18n/registry.rs`).
pub const IT_SHARED: &[(&str, &str)] = &[("lifecycle.change_pin.title", "Cambia PIN")];

pub const DE: &[(&str, &str)] = &[
    (
        "lifecycle.privacy.title",
        "Datenschutzhinweis zur Verarbeitung personenbezogener Daten (Version {version})",
    ),
    (
        "lifecycle.privacy.text",
        "Gemäß den Artikeln 13 und 14 der Verordnung (EU) 2016/679 (DSGVO) teilt das Nationalinstitut für soziale Fürsorge (INPS) als Verantwortlicher mit, dass die für die Ausstellung und Verwaltung der PIN angegebenen personenbezogenen Daten ausschließlich verarbeitet werden, um den Nutzer zu identifizieren und ihm den Zugang zu den Online-Diensten zu ermöglichen.\n\nDie persönlichen Kontaktdaten (Mobiltelefon, E-Mail, PEC) werden verwendet, um die PIN, die Prüfcodes und die Sicherheitshinweise zu Vorgängen mit der PIN zu senden.\n\nDie Daten werden so lange aufbewahrt, wie es für die genannten Zwecke nötig ist; die betroffene Person kann ihre Rechte auf Auskunft, Berichtigung, Löschung und Einschränkung beim Datenschutzbeauftragten des INPS geltend machen.\n\nDies ist eine Simulation zu Schulungszwecken: es werden keine echten Daten verarbeitet.",
    ),
    ("lifecycle.required", "Pflichtfeld"),
    // /primo-accesso
    (
        "lifecycle.first_access.title",
        "Erstzugang: Änderung der PIN",
    ),
    (
        "lifecycle.first_access.intro",
        "Bei der ersten Verwendung wird die 16-stellige Anfangs-PIN durch eine 8-stellige PIN ersetzt, die Sie für die weiteren Zugriffe aufbewahren.",
    ),
    (
        "lifecycle.first_access.intro2",
        "Nach diesem Schritt funktioniert die 16-stellige PIN nicht mehr.",
    ),
    ("lifecycle.first_access.get", "Neue PIN erhalten"),
    ("lifecycle.first_access.getting", "Wird erzeugt…"),
    ("lifecycle.first_access.new_pin", "Ihre neue PIN"),
    (
        "lifecycle.first_access.once",
        "Die neue PIN wird nur einmal angezeigt: Notieren Sie sie jetzt und bewahren Sie sie sorgfältig auf. Teilen Sie sie niemandem mit: Das INPS wird Sie nie danach fragen.",
    ),
    (
        "lifecycle.first_access.saved",
        "Ich habe mir die neue PIN notiert",
    ),
    ("lifecycle.first_access.next", "Weiter"),
    (
        "lifecycle.first_access.next_hint",
        "Bestätigen Sie zum Fortfahren, dass Sie sich die neue PIN notiert haben.",
    ),
    (
        "lifecycle.first_access.need_login",
        "Für den Erstzugang melden Sie sich mit der Steuernummer und der 16-stelligen Anfangs-PIN an.",
    ),
    ("lifecycle.first_access.go_login", "Zur Authentifizierung"),
    // /verifica-recapiti
    ("lifecycle.verify.title", "Bestätigung der Kontaktdaten"),
    (
        "lifecycle.verify.intro",
        "Wir haben an jede der im PIN-Antrag angegebenen Kontaktdaten einen Code gesendet. Geben Sie die erhaltenen Codes ein: Der SMS-Code gilt 10 Minuten, der Code per E-Mail oder PEC 24 Stunden.",
    ),
    (
        "lifecycle.verify.sent",
        "Neue Codes gesendet. Prüfen Sie die erhaltenen Nachrichten.",
    ),
    ("lifecycle.verify.mobile", "Mobiltelefon"),
    ("lifecycle.verify.email", "E-Mail"),
    ("lifecycle.verify.pec", "PEC"),
    ("lifecycle.verify.code_mobile", "Per SMS erhaltener Code"),
    ("lifecycle.verify.code_email", "Per E-Mail erhaltener Code"),
    ("lifecycle.verify.code_pec", "Per PEC erhaltener Code"),
    ("lifecycle.verify.submit", "Bestätigen"),
    ("lifecycle.verify.resend", "Neue Codes senden"),
    (
        "lifecycle.verify.after_change",
        "Kontaktdaten aktualisiert. Wir haben an jede neue Kontaktangabe einen Code gesendet: Geben Sie die Codes unten ein, um die Änderung abzuschließen. Der SMS-Code gilt 10 Minuten, der Code per E-Mail oder PEC 24 Stunden.",
    ),
    // /informativa-privacy
    (
        "lifecycle.privacy.read",
        "Ich habe den Hinweis zur Verarbeitung personenbezogener Daten gelesen",
    ),
    ("lifecycle.privacy.accept", "Annehmen und fortfahren"),
    // /cambia-pin
    ("lifecycle.change_pin.continue", "Fortfahren"),
    ("lifecycle.change_pin.title", "PIN ändern"),
    (
        "lifecycle.change_pin.expired",
        "Die PIN ist abgelaufen. Um die Dienste weiter zu nutzen, wählen Sie eine neue PIN: Die Dienste, auf die Sie zugreifen können, bleiben dieselben.",
    ),
    (
        "lifecycle.change_pin.intro",
        "Geben Sie die aktuelle PIN ein und wählen Sie die neue PIN.",
    ),
    (
        "lifecycle.change_pin.rule1",
        "8 Zeichen, Buchstaben und Ziffern (beides).",
    ),
    (
        "lifecycle.change_pin.rule2",
        "Sie darf keine Teile der Steuernummer, des Vornamens oder des Nachnamens enthalten.",
    ),
    (
        "lifecycle.change_pin.rule3",
        "Sie darf keiner der letzten 5 verwendeten PINs entsprechen.",
    ),
    ("lifecycle.change_pin.current", "Aktuelle PIN"),
    ("lifecycle.change_pin.new", "Neue PIN"),
    (
        "lifecycle.change_pin.new_hint",
        "8 Zeichen: Buchstaben und Ziffern.",
    ),
    ("lifecycle.change_pin.confirm", "Neue PIN bestätigen"),
    (
        "lifecycle.change_pin.mismatch",
        "Die neue PIN und die Bestätigung stimmen nicht überein",
    ),
    ("lifecycle.change_pin.submit", "PIN ändern"),
    (
        "lifecycle.change_pin.done",
        "PIN erfolgreich geändert. Die neue PIN läuft am {date} ab.",
    ),
    // activate, restore, revoke
    ("lifecycle.procedure.send", "Senden"),
    ("lifecycle.procedure.back", "Zurück"),
    ("lifecycle.procedure.confirm", "Bestätigen"),
    ("lifecycle.procedure.next", "Weiter"),
    ("lifecycle.procedure.step.summary", "Zusammenfassung"),
    (
        "lifecycle.procedure.summary_title",
        "Zusammenfassung der Daten",
    ),
    (
        "lifecycle.procedure.summary_intro",
        "Prüfen Sie die eingegebenen Daten. Drücken Sie \"Senden\", um den Antrag zu übermitteln, oder \"Zurück\", um sie zu korrigieren.",
    ),
    ("lifecycle.procedure.cf", "Steuernummer"),
    (
        "lifecycle.procedure.ts_number",
        "Nummer der Gesundheitskarte",
    ),
    (
        "lifecycle.procedure.ts_number_hint",
        "Die 20 Ziffern auf der Rückseite der Karte, Feld 3.",
    ),
    (
        "lifecycle.procedure.ts_expiry",
        "Ablaufdatum der Gesundheitskarte",
    ),
    (
        "lifecycle.procedure.date_hint",
        "Format TT/MM/JJJJ (Tag zuerst)",
    ),
    ("lifecycle.procedure.first_half", "Erster Teil der PIN"),
    (
        "lifecycle.procedure.first_half_hint",
        "Die 8 Zeichen, die Ihnen der Mitarbeiter des Contact Centers mitgeteilt hat.",
    ),
    ("lifecycle.procedure.code", "Erhaltener Code"),
    ("lifecycle.procedure.step.data", "Daten"),
    ("lifecycle.procedure.step.code", "Code"),
    ("lifecycle.procedure.step.done", "Ergebnis"),
    // /attiva-pin
    ("lifecycle.activate.title", "PIN aktivieren"),
    (
        "lifecycle.activate.intro",
        "Wenn Sie die PIN über das Contact Center beantragt haben, müssen Sie sie vor der Verwendung aktivieren: Geben Sie Steuernummer, Gesundheitskarte, den ersten Teil der PIN und mindestens zwei Kontaktdaten an, darunter das Mobiltelefon. Sie erhalten eine SMS mit dem Aktivierungscode.",
    ),
    // /ripristina-pin
    ("lifecycle.restore.title", "PIN wiederherstellen"),
    (
        "lifecycle.restore.intro",
        "Sie haben die PIN verloren und kennen die beim Antrag angegebenen Kontaktdaten? Geben Sie Steuernummer, Nummer der Gesundheitskarte und zwei gespeicherte Kontaktdaten ein: Sie erhalten per E-Mail einen vorläufigen Code und danach die neue PIN (erster Teil per SMS, zweiter per E-Mail). Die Wiederherstellung ist nur für eine bereits verwendete PIN möglich.",
    ),
    (
        "lifecycle.restore.to_revoke",
        "Sie kennen die Kontaktdaten nicht mehr? PIN widerrufen",
    ),
    // /revoca-pin
    ("lifecycle.revoke.title", "PIN widerrufen"),
    (
        "lifecycle.revoke.intro",
        "Sie haben die PIN verloren und die gespeicherten Kontaktdaten nicht mehr? Geben Sie die Daten der Gesundheitskarte und eine E-Mail- oder PEC-Adresse ein: Sie erhalten einen Code, um den Widerruf zu bestätigen. Nach dem Widerruf können Sie wie beim ersten Mal eine neue PIN beantragen.",
    ),
    ("lifecycle.revoke.new_request", "Neue PIN beantragen"),
];

pub const EN: &[(&str, &str)] = &[
    (
        "lifecycle.privacy.title",
        "Notice on the processing of personal data (version {version})",
    ),
    (
        "lifecycle.privacy.text",
        "Under Articles 13 and 14 of Regulation (EU) 2016/679 (GDPR), the National Social Security Institute (INPS), as data controller, informs you that the personal data given to issue and manage the PIN are processed only to identify the user and to give them access to the online services.\n\nThe personal contacts (mobile phone, e-mail, PEC) are used to send the PIN, the verification codes and the security notices about operations on the PIN.\n\nThe data are kept for as long as these purposes require; the data subject may exercise the rights of access, rectification, erasure and restriction by contacting the Data Protection Officer of INPS.\n\nThis is a training simulation: no real data are processed.",
    ),
    ("lifecycle.required", "Required field"),
    // /primo-accesso
    (
        "lifecycle.first_access.title",
        "First access: changing the PIN",
    ),
    (
        "lifecycle.first_access.intro",
        "When you first use it, the 16-character initial PIN is replaced by an 8-character PIN, which you keep for later use.",
    ),
    (
        "lifecycle.first_access.intro2",
        "After this step the 16-character PIN no longer works.",
    ),
    ("lifecycle.first_access.get", "Get the new PIN"),
    ("lifecycle.first_access.getting", "Generating…"),
    ("lifecycle.first_access.new_pin", "Your new PIN"),
    (
        "lifecycle.first_access.once",
        "The new PIN is shown only once: write it down now and keep it safe. Do not tell it to anyone: INPS will never ask you for it.",
    ),
    (
        "lifecycle.first_access.saved",
        "I have written down the new PIN",
    ),
    ("lifecycle.first_access.next", "Next"),
    (
        "lifecycle.first_access.next_hint",
        "To continue, confirm that you have written down the new PIN.",
    ),
    (
        "lifecycle.first_access.need_login",
        "For the first access, log in with your codice fiscale and the 16-character initial PIN.",
    ),
    ("lifecycle.first_access.go_login", "Go to authentication"),
    // /verifica-recapiti
    ("lifecycle.verify.title", "Verifying your contact details"),
    (
        "lifecycle.verify.intro",
        "We have sent a code to each of the contact details given in the PIN request. Enter the codes you received: the code by text message is valid for 10 minutes, the one by e-mail or PEC for 24 hours.",
    ),
    (
        "lifecycle.verify.sent",
        "New codes sent. Check the messages you received.",
    ),
    ("lifecycle.verify.mobile", "Mobile phone"),
    ("lifecycle.verify.email", "E-mail"),
    ("lifecycle.verify.pec", "PEC"),
    ("lifecycle.verify.code_mobile", "Code received by SMS"),
    ("lifecycle.verify.code_email", "Code received by e-mail"),
    ("lifecycle.verify.code_pec", "Code received by PEC"),
    ("lifecycle.verify.submit", "Verify"),
    ("lifecycle.verify.resend", "Send new codes"),
    (
        "lifecycle.verify.after_change",
        "Contact details updated. We have sent a code to each of the new contact details: enter the codes below to complete the change. The code by text message is valid for 10 minutes, the one by e-mail or PEC for 24 hours.",
    ),
    // /informativa-privacy
    (
        "lifecycle.privacy.read",
        "I have read the notice on the processing of personal data",
    ),
    ("lifecycle.privacy.accept", "Accept and continue"),
    // /cambia-pin
    ("lifecycle.change_pin.continue", "Continue"),
    ("lifecycle.change_pin.title", "Change PIN"),
    (
        "lifecycle.change_pin.expired",
        "The PIN has expired. To keep using the services, choose a new PIN: the services you can reach stay the same.",
    ),
    (
        "lifecycle.change_pin.intro",
        "Enter your current PIN and choose the new PIN.",
    ),
    (
        "lifecycle.change_pin.rule1",
        "8 characters, letters and digits (both).",
    ),
    (
        "lifecycle.change_pin.rule2",
        "It must not contain parts of your codice fiscale, first name or surname.",
    ),
    (
        "lifecycle.change_pin.rule3",
        "It must not be the same as one of the last 5 PINs used.",
    ),
    ("lifecycle.change_pin.current", "Current PIN"),
    ("lifecycle.change_pin.new", "New PIN"),
    (
        "lifecycle.change_pin.new_hint",
        "8 characters: letters and digits.",
    ),
    ("lifecycle.change_pin.confirm", "Confirm new PIN"),
    (
        "lifecycle.change_pin.mismatch",
        "The new PIN and its confirmation do not match",
    ),
    ("lifecycle.change_pin.submit", "Change PIN"),
    (
        "lifecycle.change_pin.done",
        "PIN changed. The new PIN expires on {date}.",
    ),
    // activate, restore, revoke
    ("lifecycle.procedure.send", "Send"),
    ("lifecycle.procedure.back", "Back"),
    ("lifecycle.procedure.confirm", "Confirm"),
    ("lifecycle.procedure.next", "Next"),
    ("lifecycle.procedure.step.summary", "Summary"),
    ("lifecycle.procedure.summary_title", "Summary of your data"),
    (
        "lifecycle.procedure.summary_intro",
        "Check the data you entered. Press \"Send\" to forward the request or \"Back\" to correct it.",
    ),
    ("lifecycle.procedure.cf", "Codice fiscale"),
    ("lifecycle.procedure.ts_number", "Health card number"),
    (
        "lifecycle.procedure.ts_number_hint",
        "The 20 digits on the back of the card, field 3.",
    ),
    (
        "lifecycle.procedure.ts_expiry",
        "Expiry date of the health card",
    ),
    (
        "lifecycle.procedure.date_hint",
        "Format DD/MM/YYYY (day first)",
    ),
    ("lifecycle.procedure.first_half", "First part of the PIN"),
    (
        "lifecycle.procedure.first_half_hint",
        "The 8 characters given to you by the contact center operator.",
    ),
    ("lifecycle.procedure.code", "Code received"),
    ("lifecycle.procedure.step.data", "Data"),
    ("lifecycle.procedure.step.code", "Code"),
    ("lifecycle.procedure.step.done", "Outcome"),
    // /attiva-pin
    ("lifecycle.activate.title", "Activate PIN"),
    (
        "lifecycle.activate.intro",
        "If you requested the PIN through the contact center, you must activate it before using it: enter your codice fiscale, health card, the first part of the PIN and at least two contact details, including your mobile phone. You will receive a text message with the activation code.",
    ),
    // /ripristina-pin
    ("lifecycle.restore.title", "Restore PIN"),
    (
        "lifecycle.restore.intro",
        "Have you lost your PIN and do you know the contact details given when you requested it? Enter your codice fiscale, health card number and two registered contact details: you will receive a provisional code by e-mail and then the new PIN (first part by text message, second by e-mail). Restoring is only possible for a PIN already used.",
    ),
    (
        "lifecycle.restore.to_revoke",
        "You no longer know your contact details? Revoke the PIN",
    ),
    // /revoca-pin
    ("lifecycle.revoke.title", "Revoke PIN"),
    (
        "lifecycle.revoke.intro",
        "Have you lost your PIN and no longer have the registered contact details? Enter the data of your health card and an e-mail or PEC address: you will receive a code to confirm the revocation. After the revocation you can request a new PIN as the first time.",
    ),
    ("lifecycle.revoke.new_request", "Request a new PIN"),
];
