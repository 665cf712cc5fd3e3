//! English texts of the API, keyed by the Italian source text (see
//! `super`). Both languages hold the same keys in the same order, with the
//! same placeholders (`super::tests` checks it): add a message to both.

/// Whole messages, and templates whose `{}` / `{name}` hold the variable parts.
pub(super) const MESSAGES: &[(&str, &str)] = &[
    (
        "Alcuni dati non sono corretti: controllare i campi evidenziati",
        "Some details are not correct: please check the highlighted fields",
    ),
    (
        "Campo obbligatorio",
        "Required field",
    ),
    (
        "Caricare il modulo MV35 firmato",
        "Upload the signed MV35 form",
    ),
    (
        "Caricare la copia del documento di identità",
        "Upload the copy of the identity document",
    ),
    (
        "Codice del luogo di nascita non valido (una lettera e tre cifre, ad es. H501)",
        "Invalid place of birth code (one letter and three digits, e.g. H501)",
    ),
    (
        "Codice dello Stato estero non valido (ad es. Z404)",
        "Invalid foreign country code (e.g. Z404)",
    ),
    (
        "Codice errato o scaduto",
        "Wrong or expired code",
    ),
    (
        "Codice errato o scaduto: controllare il messaggio o richiedere un nuovo codice",
        "Wrong or expired code: check the message or ask for a new code",
    ),
    (
        "Codice fiscale del figlio non valido",
        "Invalid codice fiscale (tax code) of the child",
    ),
    (
        "Codice fiscale non valido",
        "Invalid codice fiscale (tax code)",
    ),
    (
        "Codice fiscale o PIN errati",
        "Wrong codice fiscale (tax code) or PIN",
    ),
    (
        "Codice fiscale o PIN errati. Ancora 1 tentativo prima del blocco del PIN.",
        "Wrong codice fiscale (tax code) or PIN. 1 attempt left before the PIN is locked.",
    ),
    (
        "Codice fiscale o PIN errati. Ancora {n} tentativi prima del blocco del PIN.",
        "Wrong codice fiscale (tax code) or PIN. {n} attempts left before the PIN is locked.",
    ),
    (
        "Codice fiscale o PIN errati. Il PIN è stato bloccato per troppi tentativi errati: riprovare tra {}.",
        "Wrong codice fiscale (tax code) or PIN. The PIN has been locked after too many wrong attempts: try again in {}.",
    ),
    (
        "Completare prima il primo accesso con il PIN di 16 caratteri",
        "First complete the first access with the 16-character PIN",
    ),
    (
        "Data di scadenza non valida: usare il formato GG/MM/AAAA",
        "Invalid expiry date: use the format DD/MM/YYYY",
    ),
    (
        "Data non valida: usare il formato AAAA-MM-GG",
        "Invalid date: use the format YYYY-MM-DD",
    ),
    (
        "Data non valida: usare il formato GG/MM/AAAA",
        "Invalid date: use the format DD/MM/YYYY",
    ),
    (
        "Il nome della classe può avere al massimo 80 caratteri",
        "The class name can have at most 80 characters",
    ),
    (
        "La data indicata non esiste: controllare giorno e mese (ad es. il 31 febbraio non esiste)",
        "This date does not exist: check the day and month (for example, 31 February does not exist)",
    ),
    (
        "La soglia di inattività va da 0 a 240 minuti",
        "The inactivity threshold ranges from 0 to 240 minutes",
    ),
    (
        "Testo troppo lungo: al massimo 100 caratteri",
        "Text too long: at most 100 characters",
    ),
    (
        "Numero civico troppo lungo: al massimo 10 caratteri",
        "House number too long: at most 10 characters",
    ),
    (
        "Testo troppo lungo: al massimo 60 caratteri",
        "Text too long: at most 60 characters",
    ),
    (
        "Caratteri non ammessi: usare solo lettere, cifre, spazi e . , ' - / ° ( )",
        "Characters not allowed: use only letters, digits, spaces and . , ' - / ° ( )",
    ),
    (
        "Dati verificati. Le abbiamo inviato un SMS con il codice di attivazione: lo inserisca entro 10 minuti.",
        "Details verified. We have sent you an SMS with the activation code: enter it within 10 minutes.",
    ),
    (
        "Errore interno",
        "Internal error",
    ),
    (
        "Esito non valido: confirmed, corrected, no_answer o cancelled",
        "Invalid outcome: confirmed, corrected, no_answer or cancelled",
    ),
    (
        "Formato della richiesta non supportato: inviare dati JSON",
        "Request format not supported: send JSON data",
    ),
    (
        "Formato non ammesso: sono accettati solo file PDF, JPEG o PNG (il contenuto del file non corrisponde a nessuno di questi formati)",
        "Format not allowed: only PDF, JPEG or PNG files are accepted (the file's content matches none of these formats)",
    ),
    (
        "I dati inseriti non corrispondono a un PIN da attivare: controllare codice fiscale, tessera sanitaria e prima parte del PIN",
        "The details entered do not match a PIN to activate: check the codice fiscale, the health card and the first half of the PIN",
    ),
    (
        "IBAN non valido: 27 caratteri che iniziano con IT, ad es. IT60X0542811101000000123456",
        "Invalid IBAN: 27 characters starting with IT, e.g. IT60X0542811101000000123456",
    ),
    (
        "Il CAP deve essere di 5 cifre",
        "The postcode (CAP) must have 5 digits",
    ),
    (
        "Il PIN attuale non è corretto",
        "The current PIN is not correct",
    ),
    (
        "Il PIN deve contenere sia lettere sia cifre",
        "The PIN must contain both letters and digits",
    ),
    (
        "Il PIN deve essere di 8 caratteri",
        "The PIN must be 8 characters long",
    ),
    (
        "Il PIN non può contenere parti del codice fiscale, del nome o del cognome",
        "The PIN may not contain parts of the codice fiscale, the name or the surname",
    ),
    (
        "Il PIN non è ancora attivo: attivarlo con la funzione \"Attiva PIN\"",
        "The PIN is not active yet: activate it with the \"Activate PIN\" function",
    ),
    (
        "Il PIN può contenere solo lettere e cifre",
        "The PIN may contain only letters and digits",
    ),
    (
        "Il PIN è attivo: può accedere ai servizi con il codice fiscale e il PIN di 16 caratteri (prima e seconda parte).",
        "The PIN is active: you can use the services with your codice fiscale and the 16-character PIN (first and second half).",
    ),
    (
        "Il PIN è già dispositivo",
        "The PIN is already a PIN dispositivo",
    ),
    (
        "Il PIN è stato revocato e tutte le sessioni aperte sono state chiuse. Può richiedere un nuovo PIN come la prima volta.",
        "The PIN has been revoked and every open session has been closed. You can request a new PIN as the first time.",
    ),
    (
        "Il PIN è stato revocato. È possibile richiedere un nuovo PIN.",
        "The PIN has been revoked. You can request a new PIN.",
    ),
    (
        "Il carattere di controllo del codice fiscale non è corretto",
        "The check character of the codice fiscale is not correct",
    ),
    (
        "Il cellulare deve essere un numero mobile italiano (+39 3…)",
        "The mobile must be an Italian mobile number (+39 3…)",
    ),
    (
        "Il codice del luogo di nascita non corrisponde ad alcun comune o stato estero",
        "The place of birth code matches no comune or foreign country",
    ),
    (
        "Il codice fiscale contiene caratteri non ammessi o in posizione errata",
        "The codice fiscale contains characters that are not allowed or in the wrong position",
    ),
    (
        "Il codice fiscale deve essere di 16 caratteri",
        "The codice fiscale must be 16 characters long",
    ),
    (
        "Il codice fiscale {} è già presente in archivio",
        "The codice fiscale {} is already on file",
    ),
    (
        "Il documento è scaduto: indicare un documento in corso di validità",
        "The document has expired: give a document that is still valid",
    ),
    (
        "Il file supera la dimensione massima di 1 MB: ridurre la risoluzione della scansione",
        "The file exceeds the maximum size of 1 MB: lower the resolution of the scan",
    ),
    (
        "Il file è vuoto: scegliere il file scansionato o fotografato",
        "The file is empty: choose the scanned or photographed file",
    ),
    (
        "Il giorno di nascita indicato nel codice fiscale non è valido",
        "The day of birth in the codice fiscale is not valid",
    ),
    (
        "Il luogo di nascita non risulta attivo alla data di nascita indicata nel codice fiscale",
        "The place of birth did not exist on the date of birth in the codice fiscale",
    ),
    (
        "Il mese di nascita indicato nel codice fiscale non è valido",
        "The month of birth in the codice fiscale is not valid",
    ),
    (
        "Il numero della tessera sanitaria è di 20 cifre",
        "The health card number has 20 digits",
    ),
    (
        "Il numero deve iniziare con il prefisso, ad es. +39",
        "The number must start with the country prefix, e.g. +39",
    ),
    (
        "Il nuovo PIN non può essere uguale a uno degli ultimi 5 utilizzati",
        "The new PIN may not be one of the last 5 used",
    ),
    (
        "Il primo accesso è già stato completato",
        "The first access has already been completed",
    ),
    (
        "Il primo accesso è già stato effettuato: la prima parte del PIN non serve più. Per un PIN dimenticato si usa \"Ripristina PIN\".",
        "The first access has already been made: the first half of the PIN is no longer needed. A forgotten PIN is handled by \"Restore PIN\".",
    ),
    (
        "Il recapito scelto non è tra quelli registrati per questo PIN",
        "The chosen contact is not one of those registered for this PIN",
    ),
    (
        "Indicare almeno due recapiti tra cellulare, e-mail e PEC",
        "Give at least two contacts among mobile, e-mail and PEC",
    ),
    (
        "Indicare almeno un indirizzo e-mail o PEC",
        "Give at least one e-mail or PEC address",
    ),
    (
        "Indicare almeno un numero di telefono",
        "Give at least one phone number",
    ),
    (
        "Indicare il cellulare: l'SMS di conferma dell'attivazione arriva lì",
        "Give the mobile number: the SMS confirming the activation arrives there",
    ),
    (
        "Indicare il motivo del rifiuto (almeno 5 caratteri)",
        "Give the reason for the rejection (at least 5 characters)",
    ),
    (
        "Indicare il numero dei componenti del nucleo (da 2 a 20)",
        "Give the number of household members (2 to 20)",
    ),
    (
        "Indicare il reddito del nucleo in euro (ad es. 23500)",
        "Give the household income in euros (e.g. 23500)",
    ),
    (
        "Indicare il sesso: M o F",
        "Give the sex: M or F",
    ),
    (
        "Indicare l'ente che ha rilasciato il documento (ad es. Comune di Roma)",
        "Give the authority that issued the document (e.g. Comune di Roma)",
    ),
    (
        "Indicare l'indirizzo di residenza corretto",
        "Give the correct residence address",
    ),
    (
        "Indicare la sigla della provincia (2 lettere, ad es. RM)",
        "Give the province abbreviation (2 letters, e.g. RM)",
    ),
    (
        "Indicare prima i dati del documento di identità",
        "First give the details of the identity document",
    ),
    (
        "Indicare uno solo tra advance_seconds e set",
        "Give only one of advance_seconds and set",
    ),
    (
        "Indirizzo PEC non valido",
        "Invalid PEC address",
    ),
    (
        "Indirizzo e-mail non valido",
        "Invalid e-mail address",
    ),
    (
        "Inserire i primi 8 caratteri del PIN",
        "Enter the first 8 characters of the PIN",
    ),
    (
        "Inserire il codice ricevuto su questo recapito",
        "Enter the code received at this contact",
    ),
    (
        "L'anno di nascita è stato letto nel secolo precedente: il comune di nascita non esisteva più nel secolo più recente",
        "The year of birth was read in the previous century: the comune of birth no longer existed in the more recent one",
    ),
    (
        "L'informativa è stata aggiornata: leggere la versione in vigore e accettarla",
        "The privacy notice has been updated: read the version in force and accept it",
    ),
    (
        "L'utente {codice_fiscale} ha già un PIN assegnato",
        "The user {codice_fiscale} already has a PIN",
    ),
    (
        "La data di nascita indicata nel codice fiscale non esiste",
        "The date of birth in the codice fiscale does not exist",
    ),
    (
        "La data di nascita non può essere nel futuro",
        "The date of birth cannot be in the future",
    ),
    (
        "La data di nascita non è plausibile",
        "The date of birth is not plausible",
    ),
    (
        "La data di rilascio non può essere nel futuro",
        "The date of issue cannot be in the future",
    ),
    (
        "La data di scadenza deve essere successiva alla data di rilascio",
        "The expiry date must be after the date of issue",
    ),
    (
        "La data non può essere nel futuro",
        "The date cannot be in the future",
    ),
    (
        "La data simulata deve essere compresa tra il 01/01/2000 e il 31/12/2099",
        "The simulated date must be between 01/01/2000 and 31/12/2099",
    ),
    (
        "La domanda è in attesa di PIN dispositivo: la ricevuta sarà disponibile dopo la protocollazione",
        "The application is waiting for a PIN dispositivo: the receipt will be available once it is registered",
    ),
    (
        "La prima parte del PIN può essere inviata di nuovo solo se non è arrivata entro {HALF1_RESEND_AFTER_HOURS} ore dalla richiesta: dal {}.",
        "The first half of the PIN can be sent again only if it has not arrived within {HALF1_RESEND_AFTER_HOURS} hours of the request: from {}.",
    ),
    (
        "La prima parte del PIN è già stata inviata di nuovo {MAX_HALF1_RESENDS} volte: non è possibile inviarla ancora. Il cittadino può richiedere un nuovo PIN in sede.",
        "The first half of the PIN has already been sent again {MAX_HALF1_RESENDS} times: it cannot be sent once more. The citizen can request a new PIN at an INPS office.",
    ),
    (
        "La richiamata è già stata chiusa: l'esito è registrato",
        "The call-back has already been closed: its outcome is recorded",
    ),
    (
        "La richiesta di conversione è già in lavorazione: riceverà l'esito per e-mail",
        "The conversion request is already being processed: you will receive the outcome by e-mail",
    ),
    (
        "La richiesta non è in lavorazione: è già stata decisa",
        "The request is not being processed: it has already been decided",
    ),
    (
        "La richiesta supera la dimensione massima consentita",
        "The request exceeds the maximum size allowed",
    ),
    (
        "Nome utente o password errati",
        "Wrong user name or password",
    ),
    (
        "Numero di telefono non valido: prefisso internazionale seguito da 6-15 cifre",
        "Invalid phone number: international prefix followed by 6-15 digits",
    ),
    (
        "Numero di {} non valido: {}",
        "Invalid {} number: {}",
    ),
    (
        "Operazione non consentita",
        "Operation not allowed",
    ),
    (
        "Operazione non consentita al suo profilo di operatore",
        "Operation not allowed for your operator profile",
    ),
    (
        "Operazione non consentita su questa risorsa",
        "Operation not allowed on this resource",
    ),
    (
        "PIN bloccato per troppi tentativi errati. Riprovare tra {}.",
        "PIN locked after too many wrong attempts. Try again in {}.",
    ),
    (
        "Prima di proseguire è necessario cambiare il PIN",
        "You must change the PIN before going on",
    ),
    (
        "Provincia non trovata",
        "Province not found",
    ),
    (
        "Richiesta di revoca ricevuta. Se i dati corrispondono a un PIN assegnato, riceverà all'indirizzo indicato un messaggio con il codice per confermare la revoca.",
        "Revocation request received. If the details match an assigned PIN, you will receive a message with the code to confirm the revocation at the address given.",
    ),
    (
        "Richiesta di ripristino ricevuta. Se i dati corrispondono a un PIN già utilizzato, riceverà all'indirizzo e-mail registrato un codice provvisorio da inserire per ottenere il nuovo PIN.",
        "Restore request received. If the details match a PIN already used, you will receive at the registered e-mail address a temporary code to enter to get the new PIN.",
    ),
    (
        "Richiesta non consentita: origine non riconosciuta",
        "Request not allowed: origin not recognised",
    ),
    (
        "Richiesta non valida",
        "Invalid request",
    ),
    (
        "Ripristino completato: i primi 8 caratteri del nuovo PIN sono stati inviati via SMS, gli altri 8 via e-mail. Al primo accesso le sarà chiesto di cambiarlo.",
        "Restore completed: the first 8 characters of the new PIN have been sent by SMS, the other 8 by e-mail. At the first access you will be asked to change it.",
    ),
    (
        "Risorsa non trovata",
        "Resource not found",
    ),
    (
        "Scegliere come ricevere gli avvisi: e-mail o SMS",
        "Choose how to receive notices: e-mail or SMS",
    ),
    (
        "Scegliere come telefono preferenziale un numero indicato",
        "Choose one of the numbers given as the preferred phone",
    ),
    (
        "Scegliere il file da caricare",
        "Choose the file to upload",
    ),
    (
        "Scegliere il periodo della domanda",
        "Choose the period of the application",
    ),
    (
        "Scegliere il tipo di documento",
        "Choose the type of document",
    ),
    (
        "Scegliere la categoria di appartenenza",
        "Choose your category",
    ),
    (
        "Scegliere un orario preferenziale",
        "Choose a preferred time",
    ),
    (
        "Scegliere una lingua: italiano, tedesco o inglese",
        "Choose a language: Italian, German or English",
    ),
    (
        "Sessione assente o scaduta: effettuare di nuovo l'accesso",
        "No session or session expired: please log in again",
    ),
    (
        "Sono ammessi solo lettere, spazi, apostrofi e trattini",
        "Only letters, spaces, apostrophes and hyphens are allowed",
    ),
    (
        "Tempo scaduto: riprovare",
        "Time is up: try again",
    ),
    (
        "Tipo di domanda sconosciuto",
        "Unknown type of application",
    ),
    (
        "Un altro operatore ha appena registrato un esito per questa richiamata",
        "Another operator has just recorded an outcome for this call-back",
    ),
    (
        "Una classe ha da 1 a 40 mondi",
        "A class has from 1 to 40 worlds",
    ),
    (
        "Utenza bloccata per troppi tentativi errati. Riprovare tra {}.",
        "Account locked after too many wrong attempts. Try again in {}.",
    ),
    (
        "Codice inviato al nuovo recapito: chiedere al cittadino di comunicarlo",
        "Code sent to the new contact: ask the citizen to read it out",
    ),
    (
        "Indicare il recapito",
        "Give the contact",
    ),
    (
        "Questo recapito è già registrato: per cambiarlo il cittadino usa \"I tuoi recapiti\"",
        "This contact is already registered: to change it the citizen uses \"Your contacts\"",
    ),
    (
        "Tipo di recapito non valido: mobile, email o pec",
        "Invalid type of contact: mobile, email or pec",
    ),
    (
        "Il cognome non corrisponde al codice fiscale",
        "The surname does not match the codice fiscale",
    ),
    (
        "Il nome non corrisponde al codice fiscale",
        "The name does not match the codice fiscale",
    ),
    (
        "Il sesso non corrisponde al codice fiscale",
        "The sex does not match the codice fiscale",
    ),
    (
        "La data di nascita non corrisponde al codice fiscale",
        "The date of birth does not match the codice fiscale",
    ),
    (
        "Il luogo di nascita non corrisponde al codice fiscale",
        "The place of birth does not match the codice fiscale",
    ),
    (
        "Il dato non corrisponde al codice fiscale",
        "The detail does not match the codice fiscale",
    ),
    (
        "Per questo servizio è necessario il PIN completo: accedere con il codice fiscale e il PIN di 16 caratteri (prima e seconda parte)",
        "This service needs the complete PIN: log in with the codice fiscale and the 16-character PIN (first and second half)",
    ),
    (
        "Per questo servizio è necessario il PIN dispositivo: convertire il PIN con la procedura \"Converti il tuo PIN\"",
        "This service needs a PIN dispositivo: convert the PIN with the \"Convert your PIN\" procedure",
    ),
    (
        "Dal {} l'INPS non rilascia più nuovi PIN. Per accedere ai servizi online utilizza SPID (Sistema Pubblico di Identità Digitale), CIE (Carta di Identità Elettronica) o CNS (Carta Nazionale dei Servizi). I PIN già rilasciati continuano a funzionare.",
        "From {} INPS no longer issues new PINs. To use the online services, use SPID (the public digital identity system), CIE (electronic identity card) or CNS (national services card). PINs already issued keep working.",
    ),
    (
        "Il PIN INPS è stato dismesso e non consente più l'accesso ai servizi online: utilizza SPID (Sistema Pubblico di Identità Digitale), CIE (Carta di Identità Elettronica) o CNS (Carta Nazionale dei Servizi).",
        "The INPS PIN has been discontinued and no longer gives access to the online services: use SPID (Public Digital Identity System), CIE (Electronic Identity Card) or CNS (National Services Card).",
    ),
    (
        "Dal {} l'INPS non rilascia più nuovi PIN. In sede il PIN si rilascia ancora soltanto ai minori, a chi non ha un documento di identità italiano e a chi è sotto tutela, curatela o amministrazione di sostegno: indicare l'eccezione. Per gli altri cittadini: SPID, CIE o CNS.",
        "Since {} INPS no longer issues new PINs. At the office a PIN is still issued only to minors, to people without an Italian identity document and to people under guardianship, curatorship or support administration: state the exception. For everyone else: SPID, CIE or CNS.",
    ),
    (
        "Codice fiscale del rappresentante non valido",
        "Invalid codice fiscale of the representative",
    ),
    (
        "Codice fiscale non presente in anagrafe: verificare il documento del cittadino",
        "Codice fiscale not in the registry: check the citizen's document",
    ),
    (
        "Eccezione non prevista: minore, senza documento italiano, tutela",
        "Exception not provided for: minor, no Italian document, guardianship",
    ),
    (
        "Il PIN del cittadino è già dispositivo",
        "The citizen's PIN is already a PIN dispositivo",
    ),
    (
        "Il cittadino deve prima effettuare il primo accesso con il PIN ricevuto",
        "The citizen must first complete the first access with the PIN received",
    ),
    (
        "Il cittadino è maggiorenne: l'eccezione per i minori non si applica",
        "The citizen is of age: the exception for minors does not apply",
    ),
    (
        "Il cittadino è maggiorenne: non sono ammesse deleghe, il PIN si rilascia al titolare",
        "The citizen is of age: no delegates, the PIN is issued to the holder",
    ),
    (
        "Il cittadino è minorenne: il PIN si rilascia tramite un genitore o il tutore, indicarne i dati",
        "The citizen is a minor: the PIN is issued through a parent or the guardian, enter their details",
    ),
    (
        "Il rappresentante deve essere una persona diversa dal cittadino",
        "The representative must be someone other than the citizen",
    ),
    (
        "Indicare il tutore, il curatore o l'amministratore di sostegno che rappresenta il cittadino",
        "Enter the guardian, curator or support administrator who represents the citizen",
    ),
    (
        "Numero del documento estero non valido: da 5 a 20 lettere e cifre",
        "Invalid foreign document number: 5 to 20 letters and digits",
    ),
    (
        "Per l'eccezione \"senza documento di identità italiano\" indicare il documento estero",
        "For the exception \"no Italian identity document\" enter the foreign document",
    ),
    (
        "Solo genitore, tutore, curatore o amministratore di sostegno: non sono ammesse deleghe",
        "Only a parent, guardian, curator or support administrator: no delegates",
    ),
    (
        "È già in corso una richiesta di conversione online: attendere l'esito del back office",
        "An online conversion request is already in progress: wait for the back office's decision",
    ),
    (
        "Scegliere l'argomento della richiesta",
        "Choose what the request is about",
    ),
    (
        "Descrivere il problema con almeno 10 caratteri",
        "Describe the problem in at least 10 characters",
    ),
    (
        "Messaggio troppo lungo: al massimo 1000 caratteri",
        "Message too long: at most 1000 characters",
    ),
    (
        "Il messaggio non può contenere i caratteri < e >",
        "The message may not contain the characters < and >",
    ),
    (
        "Richiesta di assistenza {id} registrata: riceverà la risposta all'indirizzo e-mail indicato, dove le abbiamo inviato anche una conferma.",
        "Support request {id} filed: you will receive the answer at the e-mail address given, where we have also sent you a confirmation.",
    ),
    (
        "Scrivere una risposta di almeno 10 caratteri",
        "Write a reply of at least 10 characters",
    ),
    (
        "Risposta troppo lunga: al massimo 2000 caratteri",
        "Reply too long: at most 2000 characters",
    ),
    (
        "La risposta non può contenere i caratteri < e >",
        "The reply may not contain the characters < and >",
    ),
    (
        "Stato non valido: open, in_progress o closed",
        "Invalid status: open, in_progress or closed",
    ),
    (
        "La richiesta di assistenza è già chiusa: la risposta è stata inviata",
        "The support request is already closed: the reply has been sent",
    ),
    (
        "Scenario sconosciuto: scegliere uno degli scenari elencati",
        "Unknown scenario: choose one of the scenarios listed",
    ),
    (
        "Codice di accesso al mondo non valido o revocato: controllare il codice ricevuto dal formatore",
        "World access code not valid or revoked: check the code you received from the trainer",
    ),
    (
        "Il nome del mondo può avere al massimo 80 caratteri",
        "The world's name can be at most 80 characters long",
    ),
    (
        "Il ritmo va da 1 (tempo manuale) a 10080 secondi simulati per secondo reale",
        "The pace goes from 1 (manual time) to 10080 simulated seconds per real second",
    ),
    (
        "Mondo di simulazione inesistente o chiuso",
        "Simulation world does not exist or has ended",
    ),
    (
        "Il documento non è l'esportazione di un mondo di simulazione",
        "The document is not the export of a simulation world",
    ),
    (
        "Il mondo è stato esportato da un server con un'altra base dati: importarlo su un server dello stesso tipo e versione",
        "The world was exported by a server with another database: import it on a server of the same kind and version",
    ),
    (
        "Il documento contiene un file con un percorso non valido",
        "The document contains a file with an invalid path",
    ),
    (
        "Il documento contiene un file non leggibile",
        "The document contains an unreadable file",
    ),
    (
        "Il documento non corrisponde allo schema di questo server",
        "The document does not match this server's schema",
    ),
    (
        "Data simulata fuori intervallo",
        "Simulated date out of range",
    ),
    (
        "Messaggio inesistente nel simulatore",
        "No such message in the simulator",
    ),
    // Audit details (`operators::detail`), translated when the audit is read.
    (
        "Consultata la posizione del cittadino",
        "Citizen's record viewed",
    ),
    (
        "Richiesta PIN n. {} registrata per telefono; prima parte comunicata nella chiamata",
        "PIN request no. {} filed by phone; first part of the PIN given during the call",
    ),
    (
        "Prima parte del PIN inviata di nuovo ({} a {})",
        "First part of the PIN sent again ({} to {})",
    ),
    (
        "Codice di verifica inviato al nuovo recapito ({} {})",
        "Verification code sent to the new contact detail ({} {})",
    ),
    (
        "Recapito aggiunto e verificato ({} {})",
        "Contact detail added and verified ({} {})",
    ),
    (
        "Conversione in PIN dispositivo n. {} approvata",
        "Conversion to PIN dispositivo no. {} approved",
    ),
    (
        "Conversione in PIN dispositivo n. {} respinta: {}",
        "Conversion to PIN dispositivo no. {} rejected: {}",
    ),
    (
        "Richiesta di assistenza presa in carico",
        "Support request taken on",
    ),
    (
        "Richiesta di assistenza chiusa: risposta inviata per e-mail",
        "Support request closed: reply sent by e-mail",
    ),
    (
        "PIN dispositivo n. {} rilasciato in sede; documento: {} n. {}",
        "PIN dispositivo no. {} issued at the INPS office; document: {} no. {}",
    ),
    (
        "PIN dispositivo n. {} rilasciato in sede; documento: {} n. {}; eccezione: {}",
        "PIN dispositivo no. {} issued at the INPS office; document: {} no. {}; exception: {}",
    ),
    (
        "PIN dispositivo n. {} rilasciato in sede; documento: {} n. {}; tramite {} {} {} ({})",
        "PIN dispositivo no. {} issued at the INPS office; document: {} no. {}; represented by {} {} {} ({})",
    ),
    (
        "PIN dispositivo n. {} rilasciato in sede; documento: {} n. {}; eccezione: {}; tramite {} {} {} ({})",
        "PIN dispositivo no. {} issued at the INPS office; document: {} no. {}; exception: {}; represented by {} {} {} ({})",
    ),
    (
        "PIN convertito in dispositivo allo sportello (conversione {}); documento: {} n. {}",
        "PIN converted to PIN dispositivo at the desk (conversion {}); document: {} no. {}",
    ),
];

/// Subjects and bodies of the inbox messages (SMS, e-mail, PEC, letters, calls); templates as in `MESSAGES`.
pub(super) const INBOX: &[(&str, &str)] = &[
    (
        "INPS: prima parte del PIN: {half1}. La seconda parte le sarà spedita per posta all'indirizzo di residenza. Richiesta n. {request_id}.",
        "INPS: first half of the PIN: {half1}. The second half will be sent by post to your residence address. Request no. {request_id}.",
    ),
    (
        "Gentile {full_name},

la sua richiesta di PIN n. {request_id} è stata registrata.

Prima parte del PIN (8 caratteri): {half1}

La seconda parte le sarà spedita per posta ordinaria all'indirizzo di residenza. Al primo accesso a www.inps.it inserisca il codice fiscale e i 16 caratteri (prima e seconda parte, senza spazi): il sistema le assegnerà un nuovo PIN di 8 caratteri da conservare con cura.

Con la sola prima parte può già accedere ad alcuni servizi semplificati.

Istituto Nazionale della Previdenza Sociale{FOOTER}",
        "Dear {full_name},

your PIN request no. {request_id} has been registered.

First half of the PIN (8 characters): {half1}

The second half will be sent by ordinary post to your residence address. At your first access on www.inps.it enter your codice fiscale and the 16 characters (first and second half, without spaces): the system will give you a new 8-character PIN to keep safe.

With the first half alone you can already use some simplified services.

Istituto Nazionale della Previdenza Sociale (INPS){FOOTER}",
    ),
    (
        "INPS - Prima parte del PIN",
        "INPS - First half of the PIN",
    ),
    (
        "Contact Center INPS - Richiesta PIN telefonica",
        "INPS Contact Center - PIN request by phone",
    ),
    (
        "L'operatore del Contact Center ha registrato la richiesta di PIN n. {request_id} e le comunica la prima parte del PIN: {half1}. La seconda parte le sarà spedita per posta. Prima di usarlo, attivi il PIN con la funzione \"Attiva PIN\" (codice fiscale, tessera sanitaria, prima parte del PIN e due recapiti).{FOOTER}",
        "The Contact Center operator has registered PIN request no. {request_id} and tells you the first half of the PIN: {half1}. The second half will be sent to you by post. Before using it, activate the PIN with the \"Activate PIN\" function (codice fiscale, health card, first half of the PIN and two contacts).{FOOTER}",
    ),
    (
        "ISTITUTO NAZIONALE DELLA PREVIDENZA SOCIALE

Gentile Sig./Sig.ra
{} {}
{address}

Codice fiscale: {codice_fiscale}
Oggetto: seconda parte del PIN (richiesta n. {request_id})

Le comunichiamo la seconda parte del suo PIN:

    {half2}

Per il primo accesso ai servizi online inserisca il codice fiscale e il PIN completo di 16 caratteri: prima gli 8 caratteri ricevuti via SMS, e-mail o PEC, poi gli 8 caratteri riportati in questa lettera. Le sarà quindi assegnato un nuovo PIN di 8 caratteri. Nel PIN, 0 è la cifra zero e non la lettera O.

Il PIN è personale: non lo comunichi a nessuno.

Distinti saluti
La Direzione{FOOTER}",
        "ISTITUTO NAZIONALE DELLA PREVIDENZA SOCIALE (INPS)

Dear Sir/Madam
{} {}
{address}

Codice fiscale: {codice_fiscale}
Subject: second half of the PIN (request no. {request_id})

Here is the second half of your PIN:

    {half2}

For your first access to the online services enter your codice fiscale and the complete 16-character PIN: first the 8 characters received by SMS, e-mail or PEC, then the 8 characters in this letter. You will then be given a new 8-character PIN. In the PIN, 0 is the digit zero, not the letter O.

The PIN is personal: do not tell it to anyone.

Yours faithfully
The Management{FOOTER}",
    ),
    (
        "INPS - Seconda parte del PIN",
        "INPS - Second half of the PIN",
    ),
    (
        "Il Contact Center INPS la richiamerà al numero {phone}, {slot} (orario preferenziale indicato), per verificare l'indirizzo di residenza della richiesta PIN n. {request_id}: l'indirizzo indicato non corrisponde a quello presente negli archivi INPS. La seconda parte del PIN sarà spedita dopo la verifica.{FOOTER}",
        "The INPS Contact Center will call you back on {phone}, {slot} (the preferred time you gave), to check the residence address of PIN request no. {request_id}: the address given does not match the one in the INPS records. The second half of the PIN will be sent after the check.{FOOTER}",
    ),
    (
        "Contact Center INPS - Verifica indirizzo di residenza",
        "INPS Contact Center - Residence address check",
    ),
    (
        "INPS: il {when} {what}. Se non è stato lei, contatti subito il Contact Center (803 164 da rete fissa, 06 164 164 da cellulare).",
        "INPS: on {when} {what}. If this was not you, contact the Contact Center at once (803 164 from a landline, 06 164 164 from a mobile).",
    ),
    (
        "INPS - Avviso di sicurezza sul PIN",
        "INPS - Security notice about your PIN",
    ),
    (
        "{body}

— Messaggio del simulatore PIN INPS (non affiliato all'INPS).",
        "{body}

— Message from the PIN INPS simulator (not affiliated with INPS).",
    ),
    (
        "INPS: codice di verifica del cellulare: {code}. Valido 10 minuti. Non comunicarlo a nessuno.",
        "INPS: mobile verification code: {code}. Valid for 10 minutes. Do not tell it to anyone.",
    ),
    (
        "INPS - Verifica del recapito",
        "INPS - Contact verification",
    ),
    (
        "Gentile utente,

per verificare questo recapito inserisca il codice seguente nella pagina \"Verifica dei recapiti\":

    {code}

Il codice vale 24 ore e può essere usato una sola volta.

Istituto Nazionale della Previdenza Sociale",
        "Dear user,

to verify this contact enter the following code on the \"Contact verification\" page:

    {code}

The code is valid for 24 hours and can be used only once.

Istituto Nazionale della Previdenza Sociale (INPS)",
    ),
    (
        "INPS: codice per attivare il PIN: {code}. Valido 10 minuti. Non comunicarlo a nessuno.",
        "INPS: code to activate the PIN: {code}. Valid for 10 minutes. Do not tell it to anyone.",
    ),
    (
        "INPS - Revoca del PIN: codice di conferma",
        "INPS - PIN revocation: confirmation code",
    ),
    (
        "Gentile utente,

abbiamo ricevuto la richiesta di revoca del PIN associato al codice fiscale {cf}. Per confermarla inserisca il codice seguente nella pagina \"Revoca PIN\" entro 24 ore:

    {code}

Dopo la conferma il PIN sarà annullato e potrà richiederne uno nuovo come la prima volta.

Se non ha chiesto lei la revoca, ignori questo messaggio.

Istituto Nazionale della Previdenza Sociale",
        "Dear user,

we have received the request to revoke the PIN of codice fiscale {cf}. To confirm it, enter the following code on the \"Revoke PIN\" page within 24 hours:

    {code}

After the confirmation the PIN will be cancelled and you can request a new one as the first time.

If you did not ask for the revocation, ignore this message.

Istituto Nazionale della Previdenza Sociale (INPS)",
    ),
    (
        "INPS - Ripristino del PIN: codice provvisorio",
        "INPS - PIN restore: temporary code",
    ),
    (
        "Gentile utente,

abbiamo ricevuto la sua richiesta di ripristino del PIN. Il codice provvisorio è:

    {code}

Lo inserisca nella pagina \"Ripristina PIN\" entro 24 ore: riceverà i primi 8 caratteri del nuovo PIN via SMS e gli altri 8 via e-mail.

Se non ha chiesto lei il ripristino, ignori questo messaggio.

Istituto Nazionale della Previdenza Sociale",
        "Dear user,

we have received your request to restore the PIN. The temporary code is:

    {code}

Enter it on the \"Restore PIN\" page within 24 hours: you will receive the first 8 characters of the new PIN by SMS and the other 8 by e-mail.

If you did not ask for the restore, ignore this message.

Istituto Nazionale della Previdenza Sociale (INPS)",
    ),
    (
        "INPS - Ripristino del PIN non possibile",
        "INPS - PIN restore not possible",
    ),
    (
        "Gentile utente,

il ripristino è possibile solo per un PIN già utilizzato almeno una volta. Per ottenere un nuovo PIN utilizzi la funzione \"Revoca PIN\" e poi richieda un nuovo PIN.

Istituto Nazionale della Previdenza Sociale",
        "Dear user,

a restore is possible only for a PIN used at least once. To get a new PIN use the \"Revoke PIN\" function and then request a new PIN.

Istituto Nazionale della Previdenza Sociale (INPS)",
    ),
    (
        "INPS - Ripristino PIN: prima parte",
        "INPS - PIN restore: first half",
    ),
    (
        "INPS: prima parte del nuovo PIN: {}. La seconda parte le è stata inviata via e-mail. Al primo accesso inserisca i 16 caratteri.",
        "INPS: first half of the new PIN: {}. The second half has been sent to you by e-mail. At the first access enter the 16 characters.",
    ),
    (
        "INPS - Ripristino PIN: seconda parte",
        "INPS - PIN restore: second half",
    ),
    (
        "Gentile utente,

seconda parte del nuovo PIN: {}

La prima parte le è stata inviata via SMS. Al primo accesso inserisca il codice fiscale e i 16 caratteri: il sistema le assegnerà un nuovo PIN di 8 caratteri.

Istituto Nazionale della Previdenza Sociale",
        "Dear user,

second half of the new PIN: {}

The first half has been sent to you by SMS. At the first access enter your codice fiscale and the 16 characters: the system will give you a new 8-character PIN.

Istituto Nazionale della Previdenza Sociale (INPS)",
    ),
    (
        "INPS - Il suo PIN è ora dispositivo",
        "INPS - Your PIN is now a PIN dispositivo",
    ),
    (
        "Gentile {who},

la sua richiesta di conversione in PIN dispositivo n. {} del {} è stata accolta. Da oggi il suo PIN consente di presentare domande e richiedere prestazioni online: le domande sono protocollate subito.

Istituto Nazionale della Previdenza Sociale",
        "Dear {who},

your request no. {} of {} to convert your PIN into a PIN dispositivo has been accepted. From today your PIN lets you file applications and claim benefits online: applications are registered at once.

Istituto Nazionale della Previdenza Sociale (INPS)",
    ),
    (
        "INPS - Domande protocollate",
        "INPS - Applications registered",
    ),
    (
        "Gentile {who},

le domande che aveva presentato con il PIN ordinario, in attesa di PIN dispositivo, sono state protocollate mantenendo la data di presentazione originale:

{}

Le ricevute sono disponibili in MyINPS, sezione \"Le mie domande\".

Istituto Nazionale della Previdenza Sociale",
        "Dear {who},

the applications you had filed with the ordinary PIN, waiting for a PIN dispositivo, have been registered keeping their original filing date:

{}

The receipts are in MyINPS, section \"My applications\".

Istituto Nazionale della Previdenza Sociale (INPS)",
    ),
    (
        "INPS - Richiesta di PIN dispositivo respinta",
        "INPS - PIN dispositivo request rejected",
    ),
    (
        "Gentile {} {},

la sua richiesta di conversione in PIN dispositivo n. {} non è stata accolta per il seguente motivo:

{reason}

Può presentare una nuova richiesta da MyINPS, \"Converti il tuo PIN\", con il modulo MV35 firmato e una copia leggibile di un documento in corso di validità.

Istituto Nazionale della Previdenza Sociale",
        "Dear {} {},

your request no. {} to convert your PIN into a PIN dispositivo has not been accepted for the following reason:

{reason}

You can file a new request in MyINPS, \"Convert your PIN\", with the signed MV35 form and a legible copy of a valid document.

Istituto Nazionale della Previdenza Sociale (INPS)",
    ),
    (
        "Contact Center INPS - Indirizzo di residenza verificato",
        "INPS Contact Center - Residence address verified",
    ),
    (
        "Chiamata del Contact Center INPS per la richiesta PIN n. {id}: l'indirizzo di residenza è stato {}. La seconda parte del PIN è stata spedita per posta a {address}.",
        "Call from the INPS Contact Center about PIN request no. {id}: the residence address has been {}. The second half of the PIN has been sent by post to {address}.",
    ),
    (
        "Contact Center INPS - Chiamata senza risposta",
        "INPS Contact Center - Unanswered call",
    ),
    (
        "Chiamata senza risposta dal Contact Center INPS (tentativo n. {}) per verificare l'indirizzo di residenza della richiesta PIN n. {id}. La richiameremo nella fascia oraria indicata.",
        "Unanswered call from the INPS Contact Center (attempt no. {}) to check the residence address of PIN request no. {id}. We will call you back in the time slot you gave.",
    ),
    (
        "Contact Center INPS - Richiesta PIN annullata",
        "INPS Contact Center - PIN request cancelled",
    ),
    (
        "Chiamata del Contact Center INPS: la richiesta PIN n. {id} è stata annullata su sua indicazione. Può presentare una nuova richiesta in qualsiasi momento.",
        "Call from the INPS Contact Center: PIN request no. {id} has been cancelled at your request. You can file a new request at any time.",
    ),
    (
        "INPS: prima parte del PIN: {half1} (nuovo invio dal Contact Center). Richiesta n. {request_id}.",
        "INPS: first half of the PIN: {half1} (sent again by the Contact Center). Request no. {request_id}.",
    ),
    (
        "INPS - Prima parte del PIN (nuovo invio)",
        "INPS - First half of the PIN (sent again)",
    ),
    (
        "Gentile {} {},

come richiesto al Contact Center, le inviamo di nuovo la prima parte del PIN della richiesta n. {request_id}:

{half1}

La seconda parte le è spedita per posta all'indirizzo di residenza.

Istituto Nazionale della Previdenza Sociale{FOOTER}",
        "Dear {} {},

as requested to the Contact Center, we are sending you again the first half of the PIN of request no. {request_id}:

{half1}

The second half is sent to you by post to your residence address.

Istituto Nazionale della Previdenza Sociale (INPS){FOOTER}",
    ),
    (
        "INPS: codice {code} per registrare questo recapito sul PIN, come richiesto al Contact Center. Comunichi il codice all'operatore.{FOOTER}",
        "INPS: code {code} to register this contact on the PIN, as requested to the Contact Center. Tell the code to the operator.{FOOTER}",
    ),
    (
        "INPS - Codice di verifica del recapito",
        "INPS - Contact verification code",
    ),
    (
        "Gentile {who},\n\nil suo PIN è stato convertito in PIN dispositivo presso la sede ({}). Da oggi il suo PIN consente di presentare domande e richiedere prestazioni online: le domande sono protocollate subito.",
        "Dear {who},\n\nyour PIN was converted to a PIN dispositivo at the INPS office ({}). From today your PIN lets you submit applications and claim benefits online: applications are registered at once.",
    ),
    (
        "INPS - Richiesta di assistenza {id}",
        "INPS - Support request {id}",
    ),
    (
        "Gentile utente,

abbiamo ricevuto la sua richiesta di assistenza {id} (argomento: {topic}). Un operatore del Contact Center le risponderà a questo indirizzo; può anche chiamare l'803 164 da rete fissa o lo 06 164 164 da cellulare, dal lunedì al venerdì dalle 8 alle 20 e il sabato dalle 8 alle 14, citando il numero della richiesta.

Istituto Nazionale della Previdenza Sociale",
        "Dear user,

we have received your support request {id} (topic: {topic}). A Contact Center operator will answer you at this address; you can also call 803 164 from a landline or 06 164 164 from a mobile phone, Monday to Friday from 8:00 to 20:00 and Saturday from 8:00 to 14:00, quoting the request number.

National Social Security Institute (INPS)",
    ),
    (
        "INPS - Risposta alla richiesta di assistenza {id}",
        "INPS - Reply to support request {id}",
    ),
    (
        "Gentile {name},

in risposta alla sua richiesta di assistenza {id} (argomento: {topic}):

{reply}

Per altre domande può inviare una nuova richiesta dalla pagina Supporto tecnico o chiamare l'803 164 da rete fissa o lo 06 164 164 da cellulare.

Contact Center INPS - Istituto Nazionale della Previdenza Sociale",
        "Dear {name},

in reply to your support request {id} (topic: {topic}):

{reply}

For further questions you can send a new request from the Technical support page or call 803 164 from a landline or 06 164 164 from a mobile phone.

INPS Contact Center - National Social Security Institute (INPS)",
    ),
];

/// Variable parts that are Italian text (a wait, a document's name and number format, the footer of inbox messages, a notice's event, a call-back slot).
pub(super) const FRAGMENTS: &[(&str, &str)] = &[
    (
        "pochi istanti",
        "a few moments",
    ),
    (
        "carta d'identità",
        "identity card",
    ),
    (
        "carta d'identità elettronica",
        "electronic identity card",
    ),
    (
        "passaporto",
        "passport",
    ),
    (
        "patente di guida",
        "driving licence",
    ),
    (
        "2 lettere e 7 cifre, ad es. AA1234567",
        "2 letters and 7 digits, e.g. AA1234567",
    ),
    (
        "2 lettere, 5 cifre e 2 lettere, ad es. CA12345AB",
        "2 letters, 5 digits and 2 letters, e.g. CA12345AB",
    ),
    (
        "2 lettere e 7 cifre, ad es. YA1234567",
        "2 letters and 7 digits, e.g. YA1234567",
    ),
    (
        "10 caratteri, ad es. U12345678Z",
        "10 characters, e.g. U12345678Z",
    ),
    (
        "

— Messaggio del simulatore PIN INPS (non affiliato all'INPS).",
        "

— Message from the PIN INPS simulator (not affiliated with INPS).",
    ),
    (
        "[non ancora consegnato]",
        "[not delivered yet]",
    ),
    (
        "dalle 9 alle 13",
        "between 9 and 13",
    ),
    (
        "dalle 13 alle 18",
        "between 13 and 18",
    ),
    (
        "dalle 18 alle 20",
        "between 18 and 20",
    ),
    (
        "qualsiasi orario (dalle 8 alle 20)",
        "at any time (8 to 20)",
    ),
    (
        "il suo PIN è stato bloccato per troppi tentativi di accesso errati. Potrà riprovare tra 3 minuti",
        "your PIN was locked after too many wrong login attempts. You can try again in 3 minutes",
    ),
    (
        "è stato effettuato il primo accesso e le è stato assegnato un nuovo PIN",
        "the first access was made and you were given a new PIN",
    ),
    (
        "il suo PIN è stato modificato",
        "your PIN was changed",
    ),
    (
        "il suo PIN è stato attivato",
        "your PIN was activated",
    ),
    (
        "il suo PIN è stato ripristinato: il nuovo PIN le è stato inviato",
        "your PIN was restored: the new PIN has been sent to you",
    ),
    (
        "il suo PIN è stato revocato e non è più utilizzabile. Può richiedere un nuovo PIN",
        "your PIN was revoked and can no longer be used. You can request a new PIN",
    ),
    (
        "i recapiti personali associati al suo PIN sono stati modificati",
        "the personal contacts of your PIN were changed",
    ),
    (
        "è stata eseguita un'operazione sul suo PIN",
        "an operation was carried out on your PIN",
    ),
    (
        "corretto",
        "corrected",
    ),
    (
        "confermato",
        "confirmed",
    ),
    (
        "Non ho ricevuto la prima parte del PIN",
        "I have not received the first part of the PIN",
    ),
    (
        "Non ho ricevuto la seconda parte del PIN",
        "I have not received the second part of the PIN",
    ),
    (
        "Non riesco ad accedere",
        "I cannot log in",
    ),
    (
        "Conversione in PIN dispositivo",
        "Conversion to a PIN dispositivo",
    ),
    (
        "Altro",
        "Other",
    ),
    // Variable parts of the audit details: channels and contact kinds (codes),
    // document kinds, representatives' relations, exceptions (`domain::sede`).
    (
        "sms",
        "SMS",
    ),
    (
        "email",
        "e-mail",
    ),
    (
        "pec",
        "PEC",
    ),
    (
        "mobile",
        "mobile phone",
    ),
    (
        "Carta d'identità",
        "Identity card",
    ),
    (
        "Carta d'identità elettronica",
        "Electronic identity card",
    ),
    (
        "Passaporto",
        "Passport",
    ),
    (
        "Patente di guida",
        "Driving licence",
    ),
    (
        "Passaporto estero",
        "Foreign passport",
    ),
    (
        "Documento di identità estero",
        "Foreign identity document",
    ),
    (
        "Documento",
        "Document",
    ),
    (
        "genitore",
        "parent",
    ),
    (
        "tutore",
        "guardian",
    ),
    (
        "curatore",
        "curator",
    ),
    (
        "amministratore di sostegno",
        "support administrator",
    ),
    (
        "rappresentante",
        "representative",
    ),
    (
        "minore",
        "minor",
    ),
    (
        "senza documento di identità italiano",
        "no Italian identity document",
    ),
    (
        "tutela, curatela o amministrazione di sostegno",
        "guardianship, curatorship or support administration",
    ),
    (
        "nessuna",
        "none",
    ),
];

/// Words of a variable part made only of numbers and these words ("3 minuti e 5 secondi", "01/10/2020 alle 09:00").
pub(super) const WORDS: &[(&str, &str)] = &[
    ("minuto", "minute"),
    ("minuti", "minutes"),
    ("secondo", "second"),
    ("secondi", "seconds"),
    ("e", "and"),
    ("alle", "at"),
];

/// The documents' texts (PDF receipt, sealed envelope, the MV35 form's
/// glosses and instructions), keyed by the Italian they print.
pub(super) const DOCUMENTS: &[(&str, &str)] = &[
    (
        "Simulazione didattica - non affiliata all'INPS",
        "Teaching simulation - not affiliated with INPS",
    ),
    (
        "Ricevuta",
        "Receipt",
    ),
    (
        "Ricevuta di presentazione della domanda",
        "Receipt of submission of the application",
    ),
    (
        "Indennità COVID-19 di 600 euro (2020)",
        "COVID-19 allowance of 600 euros (2020)",
    ),
    (
        "NASpI - Indennità di disoccupazione",
        "NASpI - Unemployment benefit",
    ),
    (
        "Bonus bebè (assegno di natalità)",
        "Baby bonus (birth allowance)",
    ),
    (
        "Assegno per il nucleo familiare (ANF)",
        "Household allowance (ANF)",
    ),
    (
        "Numero di protocollo",
        "Reference number",
    ),
    (
        "Data di presentazione",
        "Date of submission",
    ),
    (
        "Data di protocollazione",
        "Date registered",
    ),
    (
        "Richiedente",
        "Applicant",
    ),
    (
        "Codice fiscale",
        "Codice fiscale (tax code)",
    ),
    (
        "Dati della domanda",
        "Application data",
    ),
    (
        "Categoria",
        "Category",
    ),
    (
        "IBAN per l'accredito",
        "IBAN for the payment",
    ),
    (
        "Ultimo datore di lavoro",
        "Last employer",
    ),
    (
        "Data di cessazione del rapporto",
        "Date the employment ended",
    ),
    (
        "Codice fiscale del figlio",
        "Child's codice fiscale",
    ),
    (
        "Data di nascita del figlio",
        "Child's date of birth",
    ),
    (
        "Periodo",
        "Period",
    ),
    (
        "Componenti del nucleo familiare",
        "Household members",
    ),
    (
        "Reddito del nucleo (euro)",
        "Household income (euros)",
    ),
    (
        "Dato",
        "Item",
    ),
    (
        "Lavoratori autonomi iscritti alle gestioni speciali AGO",
        "Self-employed workers enrolled in the AGO special schemes",
    ),
    (
        "Liberi professionisti titolari di partita IVA",
        "Freelance professionals with a VAT number",
    ),
    (
        "Collaboratori coordinati e continuativi",
        "Coordinated and continuous collaborators",
    ),
    (
        "Lavoratori stagionali del turismo",
        "Seasonal tourism workers",
    ),
    (
        "Operai agricoli a tempo determinato",
        "Fixed-term agricultural workers",
    ),
    (
        "Lavoratori dello spettacolo",
        "Entertainment workers",
    ),
    (
        "La domanda è stata presentata con PIN ordinario ed è rimasta in attesa di PIN dispositivo; è stata protocollata alla conversione del PIN mantenendo la data di presentazione originale.",
        "The application was submitted with an ordinary PIN and waited for a PIN dispositivo; it was registered when the PIN was converted and keeps its original submission date.",
    ),
    (
        "Conservi questa ricevuta: il numero di protocollo identifica la domanda in ogni comunicazione con l'Istituto.",
        "Keep this receipt: the reference number identifies the application in every communication with the Institute.",
    ),
    (
        "Busta PIN INPS",
        "INPS PIN envelope",
    ),
    (
        "PIN dispositivo rilasciato in sede",
        "PIN dispositivo issued at an INPS office",
    ),
    (
        "Busta sigillata - riservata al titolare",
        "Sealed envelope - for the holder only",
    ),
    (
        "Titolare",
        "Holder",
    ),
    (
        "Numero di richiesta",
        "Request number",
    ),
    (
        "Rilasciato da",
        "Issued by",
    ),
    (
        "Data di rilascio",
        "Date of issue",
    ),
    (
        "Il suo PIN (16 caratteri)",
        "Your PIN (16 characters)",
    ),
    (
        "Il PIN è già dispositivo: consente di presentare domande e richiedere prestazioni online. Al primo accesso su www.inps.it le verrà chiesto di sostituirlo con un PIN di 8 caratteri scelto da lei. Gli spazi servono solo alla lettura e non vanno digitati. Lo 0 è zero, non la lettera O.",
        "The PIN is already dispositivo: it lets you submit applications and claim benefits online. At your first login on www.inps.it you will be asked to replace it with an 8-character PIN of your choice. The spaces are only there for reading and are not typed. The 0 is zero, not the letter O.",
    ),
    (
        "Conservi il PIN con cura e non lo comunichi a nessuno: l'INPS non lo chiede mai per telefono o per e-mail.",
        "Keep the PIN safe and never tell it to anyone: INPS never asks for it by phone or by e-mail.",
    ),
    (
        "RICHIESTA DI PIN DISPOSITIVO",
        "Request for a PIN dispositivo",
    ),
    (
        "(conversione del PIN ordinario per i servizi telematici dell'Istituto)",
        "(conversion of the ordinary PIN for the Institute's online services)",
    ),
    (
        "Dati del richiedente",
        "Applicant's details",
    ),
    (
        "Cognome",
        "Surname",
    ),
    (
        "Nome",
        "First name",
    ),
    (
        "Data di nascita",
        "Date of birth",
    ),
    (
        "Luogo di nascita",
        "Place of birth",
    ),
    (
        "Residenza",
        "Residence",
    ),
    (
        "Cellulare",
        "Mobile phone",
    ),
    (
        "E-mail",
        "E-mail address",
    ),
    (
        "PEC",
        "PEC (certified e-mail)",
    ),
    (
        "Documento di riconoscimento",
        "Identity document",
    ),
    (
        "Tipo di documento",
        "Document type",
    ),
    (
        "Numero",
        "Number",
    ),
    (
        "Data di scadenza",
        "Expiry date",
    ),
    (
        "CHIEDE il rilascio del PIN dispositivo, che consente di presentare domande e richiedere prestazioni tramite i servizi telematici dell'Istituto.",
        "REQUESTS the issue of the PIN dispositivo, which allows applications to be submitted and benefits claimed through the Institute's online services.",
    ),
    (
        "Il/la sottoscritto/a, consapevole delle sanzioni penali previste dall'art. 76 del D.P.R. 28 dicembre 2000, n. 445 in caso di dichiarazioni mendaci, dichiara che i dati sopra riportati sono veritieri e allega copia del documento di riconoscimento indicato, in corso di validità. Dichiara di aver preso visione dell'informativa sul trattamento dei dati personali (Regolamento UE 2016/679).",
        "Translation: the undersigned, aware of the criminal penalties for false statements (art. 76 of Presidential Decree no. 445 of 28 December 2000), declares that the data above are true and encloses a copy of the identity document stated, currently valid. The undersigned declares having read the privacy notice (EU Regulation 2016/679).",
    ),
    (
        "Luogo e data",
        "Place and date",
    ),
    (
        "Firma del richiedente",
        "Applicant's signature",
    ),
    (
        "Stampare il modulo, firmarlo e datarlo; poi caricarlo scansionato (PDF, JPEG o PNG, al massimo 1 MB) insieme alla copia del documento nella procedura \"Converti il tuo PIN\".",
        "Print the form, sign and date it; then upload it scanned (PDF, JPEG or PNG, at most 1 MB) together with the copy of the document in the \"Converti il tuo PIN\" procedure.",
    ),
];
