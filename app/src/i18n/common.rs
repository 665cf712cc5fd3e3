//! Shared strings: header, footer, buttons, generic errors, the form pieces
//! of `components`, and the pages of the shell (home, not found).

pub const IT: &[(&str, &str)] = &[
    // shell
    ("common.brand", "INPS"),
    ("common.brand_full", "Istituto Nazionale Previdenza Sociale"),
    ("common.brand_home", "INPS — pagina iniziale"),
    ("common.skip_to_content", "Vai al contenuto principale"),
    ("common.sim_notice", "Simulazione — non affiliato all'INPS"),
    (
        "common.sim_notice_detail",
        "Replica didattica della procedura PIN: nessun dato reale, nessuna comunicazione reale.",
    ),
    ("common.sim_date", "Data simulata"),
    ("common.sim_date_unknown", "non disponibile"),
    ("common.nav_label", "Menu principale"),
    ("common.menu", "Menu"),
    ("common.nav_home", "Home"),
    ("common.nav_myinps", "MyINPS"),
    ("common.nav_simulator", "Simulatore"),
    ("common.lang_label", "Lingua"),
    (
        "common.footer_about",
        "PIN INPS è una replica a scopo di formazione e test del ciclo di vita del PIN INPS (2019–2020).",
    ),
    (
        "common.footer_data",
        "Dati dei comuni e degli stati esteri: ANPR, licenza CC BY 4.0.",
    ),
    (
        "common.footer_contact",
        "Contact center simulato: 803 164 da rete fissa, 06 164 164 da rete mobile.",
    ),
    // buttons and generic words
    ("common.next", "Avanti"),
    ("common.back", "Indietro"),
    ("common.home_link", "Torna alla pagina iniziale"),
    ("common.loading", "Caricamento in corso…"),
    ("common.required_legend", "* Campo obbligatorio."),
    ("common.date_placeholder", "GG/MM/AAAA"),
    (
        "common.error_summary_title",
        "Correggi i seguenti errori per proseguire:",
    ),
    ("common.step_of", "Passo {n} di {total}"),
    ("common.stepper_label", "Passaggi della procedura"),
    ("common.step_done", "completato"),
    ("common.step_current", "passo attuale"),
    // forms and loading, shared by the procedure pages (components::form)
    ("common.loading_short", "Caricamento…"),
    (
        "common.check_fields",
        "Alcuni dati non sono corretti: controllare i campi evidenziati.",
    ),
    (
        "common.need_login",
        "Sessione assente o scaduta: effettuare di nuovo l'accesso.",
    ),
    ("common.go_login", "Vai all'accesso"),
    // contact fields of a PIN (lifecycle procedures, MyINPS contacts)
    ("common.contact.home_phone", "Telefono fisso"),
    (
        "common.contact.home_phone_hint",
        "Facoltativo. Con il prefisso, ad es. +39 06 1234567.",
    ),
    ("common.contact.mobile", "Cellulare"),
    (
        "common.contact.mobile_hint",
        "Con il prefisso internazionale, ad es. +39 333 1234567.",
    ),
    ("common.contact.email", "E-mail"),
    ("common.contact.pec", "PEC"),
    // API client
    (
        "api.network",
        "Impossibile contattare il server. Controlla la connessione e riprova.",
    ),
    (
        "api.server",
        "Il servizio non è al momento disponibile. Riprova più tardi.",
    ),
    ("api.decode", "Risposta del server non comprensibile."),
    // home
    ("home.title", "Il PIN online dell'INPS"),
    (
        "home.lead",
        "Il PIN è il codice personale che ti consente di accedere ai servizi telematizzati dell'INPS.",
    ),
    ("home.myinps", "Entra in MyINPS"),
    (
        "home.myinps_text",
        "Accedi con codice fiscale e PIN ai tuoi servizi personali.",
    ),
    ("home.request", "Richiedi e gestisci il tuo PIN"),
    (
        "home.request_text",
        "Devi richiedere il PIN? Compila la procedura guidata online.",
    ),
    ("home.lost", "Hai smarrito il tuo PIN?"),
    (
        "home.lost_text",
        "Ripristina il PIN con i recapiti che hai indicato, oppure revocalo e richiedine uno nuovo.",
    ),
    ("home.restore", "Ripristina PIN"),
    ("home.revoke", "Revoca PIN"),
    ("home.request_pin", "Richiedi PIN"),
    ("home.kinds_title", "PIN ordinario e PIN dispositivo"),
    (
        "home.initial_pin",
        "Il PIN iniziale è composto da 16 caratteri. I primi 8 ti sono inviati via SMS, email o posta elettronica certificata; i secondi 8 con posta ordinaria all'indirizzo di residenza. Al primo utilizzo, il PIN iniziale di 16 caratteri viene sostituito con uno di 8 caratteri, da conservare per i successivi utilizzi.",
    ),
    (
        "home.ordinary",
        "PIN ordinario: permette di consultare la tua posizione, ad esempio l'estratto conto contributivo, i certificati medici e i pagamenti.",
    ),
    (
        "home.dispositivo",
        "PIN dispositivo: necessario per presentare domande di prestazioni (NASpI, bonus bebè, ANF, ISEE, 730 precompilato). Si ottiene convertendo il PIN ordinario da MyINPS.",
    ),
    (
        "home.spid_notice",
        "Attenzione: è possibile accedere ai servizi online INPS anche tramite le credenziali SPID, almeno di livello 2, la Carta di identità elettronica 3.0 (CIE) o la Carta Nazionale dei Servizi (CNS).",
    ),
    ("home.other_ways_title", "Altri modi per ottenere il PIN"),
    (
        "home.other_ways",
        "Puoi richiedere il PIN anche al Contact center (803 164 gratuito da rete fissa, 06 164 164 da rete mobile) o presso una sede INPS, dove ti viene consegnato subito, già dispositivo.",
    ),
    // not found
    ("not_found.title", "Pagina non trovata"),
    (
        "not_found.text",
        "L'indirizzo richiesto non corrisponde ad alcuna pagina.",
    ),
    ("common.world.label", "Mondo di simulazione"),
    ("common.world.in", "Lei è nel mondo"),
    ("common.world.date", "Data simulata"),
    ("common.world.leave", "Esci dal mondo"),
    ("common.world.ended", "Il mondo di simulazione è terminato."),
];

pub const DE: &[(&str, &str)] = &[
    // shell
    ("common.brand", "INPS"),
    ("common.brand_full", "Nationalinstitut für soziale Fürsorge"),
    ("common.brand_home", "INPS — Startseite"),
    ("common.skip_to_content", "Zum Hauptinhalt springen"),
    (
        "common.sim_notice",
        "Simulation — nicht mit dem INPS verbunden",
    ),
    (
        "common.sim_notice_detail",
        "Lernnachbildung des PIN-Verfahrens: keine echten Daten, keine echten Mitteilungen.",
    ),
    ("common.sim_date", "Simuliertes Datum"),
    ("common.sim_date_unknown", "nicht verfügbar"),
    ("common.nav_label", "Hauptmenü"),
    ("common.menu", "Menü"),
    ("common.nav_home", "Startseite"),
    ("common.nav_myinps", "MyINPS"),
    ("common.nav_simulator", "Simulator"),
    ("common.lang_label", "Sprache"),
    (
        "common.footer_about",
        "PIN INPS ist eine Nachbildung des Lebenszyklus der INPS-PIN (2019–2020) für Schulung und Tests.",
    ),
    (
        "common.footer_data",
        "Daten der Gemeinden und ausländischen Staaten: ANPR, Lizenz CC BY 4.0.",
    ),
    (
        "common.footer_contact",
        "Simuliertes Contact Center: 803 164 aus dem Festnetz, 06 164 164 aus dem Mobilnetz.",
    ),
    // buttons and generic words
    ("common.next", "Weiter"),
    ("common.back", "Zurück"),
    ("common.home_link", "Zur Startseite"),
    ("common.loading", "Wird geladen…"),
    ("common.required_legend", "* Pflichtfeld."),
    ("common.date_placeholder", "TT/MM/JJJJ"),
    (
        "common.error_summary_title",
        "Bitte korrigieren Sie folgende Fehler, um fortzufahren:",
    ),
    ("common.step_of", "Schritt {n} von {total}"),
    ("common.stepper_label", "Schritte des Verfahrens"),
    ("common.step_done", "abgeschlossen"),
    ("common.step_current", "aktueller Schritt"),
    // forms and loading
    ("common.loading_short", "Laden…"),
    (
        "common.check_fields",
        "Einige Angaben sind nicht korrekt: Bitte prüfen Sie die markierten Felder.",
    ),
    (
        "common.need_login",
        "Keine oder abgelaufene Sitzung: Bitte melden Sie sich erneut an.",
    ),
    ("common.go_login", "Zur Anmeldung"),
    // contact fields
    ("common.contact.home_phone", "Festnetztelefon"),
    (
        "common.contact.home_phone_hint",
        "Freiwillig. Mit Vorwahl, z. B. +39 0471 123456.",
    ),
    ("common.contact.mobile", "Mobiltelefon"),
    (
        "common.contact.mobile_hint",
        "Mit internationaler Vorwahl, z. B. +39 333 1234567.",
    ),
    ("common.contact.email", "E-Mail"),
    ("common.contact.pec", "PEC"),
    // API client
    (
        "api.network",
        "Der Server ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.",
    ),
    (
        "api.server",
        "Der Dienst ist derzeit nicht verfügbar. Bitte versuchen Sie es später erneut.",
    ),
    (
        "api.decode",
        "Die Antwort des Servers ist nicht verständlich.",
    ),
    // home
    ("home.title", "Die Online-PIN des INPS"),
    (
        "home.lead",
        "Die PIN ist der persönliche Code, mit dem Sie die Online-Dienste des INPS nutzen können.",
    ),
    ("home.myinps", "MyINPS öffnen"),
    (
        "home.myinps_text",
        "Melden Sie sich mit Steuernummer und PIN bei Ihren persönlichen Diensten an.",
    ),
    ("home.request", "PIN beantragen und verwalten"),
    (
        "home.request_text",
        "Sie brauchen eine PIN? Füllen Sie das geführte Online-Verfahren aus.",
    ),
    ("home.lost", "Haben Sie Ihre PIN verloren?"),
    (
        "home.lost_text",
        "Stellen Sie die PIN über die angegebenen Kontaktdaten wieder her, oder widerrufen Sie sie und beantragen Sie eine neue.",
    ),
    ("home.restore", "PIN wiederherstellen"),
    ("home.revoke", "PIN widerrufen"),
    ("home.request_pin", "PIN beantragen"),
    (
        "home.kinds_title",
        "Einfache PIN und PIN mit dispositiver Funktion",
    ),
    (
        "home.initial_pin",
        "Die Anfangs-PIN besteht aus 16 Zeichen. Die ersten 8 erhalten Sie per SMS, E-Mail oder zertifizierter E-Mail (PEC), die zweiten 8 per gewöhnlicher Post an Ihre Wohnsitzadresse. Bei der ersten Verwendung wird die 16-stellige Anfangs-PIN durch eine 8-stellige PIN ersetzt, die Sie für die weiteren Zugriffe aufbewahren.",
    ),
    (
        "home.ordinary",
        "Einfache PIN: Damit können Sie Ihre Position einsehen, zum Beispiel den Versicherungsauszug, die ärztlichen Bescheinigungen und die Zahlungen.",
    ),
    (
        "home.dispositivo",
        "PIN mit dispositiver Funktion: notwendig, um Anträge auf Leistungen zu stellen (NASpI, Babybonus, Familienzulage ANF, ISEE, vorausgefüllte Steuererklärung 730). Sie erhalten sie, indem Sie die einfache PIN in MyINPS umwandeln.",
    ),
    (
        "home.spid_notice",
        "Achtung: Die Online-Dienste des INPS sind auch mit SPID-Zugangsdaten (mindestens Stufe 2), der elektronischen Identitätskarte 3.0 (CIE) oder der Bürgerkarte (CNS) zugänglich.",
    ),
    ("home.other_ways_title", "Andere Wege zur PIN"),
    (
        "home.other_ways",
        "Sie können die PIN auch beim Contact Center beantragen (803 164 kostenlos aus dem Festnetz, 06 164 164 aus dem Mobilnetz) oder bei einem INPS-Sitz, wo Sie sie sofort erhalten, bereits mit dispositiver Funktion.",
    ),
    // not found
    ("not_found.title", "Seite nicht gefunden"),
    (
        "not_found.text",
        "Die angeforderte Adresse entspricht keiner Seite.",
    ),
    ("common.world.label", "Simulationswelt"),
    ("common.world.in", "Sie sind in der Welt"),
    ("common.world.date", "Simuliertes Datum"),
    ("common.world.leave", "Welt verlassen"),
    ("common.world.ended", "Die Simulationswelt wurde beendet."),
];

pub const EN: &[(&str, &str)] = &[
    // shell
    ("common.brand", "INPS"),
    ("common.brand_full", "National Social Security Institute"),
    ("common.brand_home", "INPS — home page"),
    ("common.skip_to_content", "Skip to main content"),
    ("common.sim_notice", "Simulation — not affiliated with INPS"),
    (
        "common.sim_notice_detail",
        "A training replica of the PIN procedure: no real data, no real messages.",
    ),
    ("common.sim_date", "Simulated date"),
    ("common.sim_date_unknown", "not available"),
    ("common.nav_label", "Main menu"),
    ("common.menu", "Menu"),
    ("common.nav_home", "Home"),
    ("common.nav_myinps", "MyINPS"),
    ("common.nav_simulator", "Simulator"),
    ("common.lang_label", "Language"),
    (
        "common.footer_about",
        "PIN INPS is a replica of the INPS PIN lifecycle (2019–2020) for training and testing.",
    ),
    (
        "common.footer_data",
        "Data on municipalities and foreign countries: ANPR, licence CC BY 4.0.",
    ),
    (
        "common.footer_contact",
        "Simulated contact center: 803 164 from a landline, 06 164 164 from a mobile.",
    ),
    // buttons and generic words
    ("common.next", "Next"),
    ("common.back", "Back"),
    ("common.home_link", "Back to the home page"),
    ("common.loading", "Loading…"),
    ("common.required_legend", "* Required field."),
    ("common.date_placeholder", "DD/MM/YYYY"),
    (
        "common.error_summary_title",
        "Please correct the following errors to continue:",
    ),
    ("common.step_of", "Step {n} of {total}"),
    ("common.stepper_label", "Steps of the procedure"),
    ("common.step_done", "completed"),
    ("common.step_current", "current step"),
    // forms and loading
    ("common.loading_short", "Loading…"),
    (
        "common.check_fields",
        "Some details are not correct: please check the highlighted fields.",
    ),
    (
        "common.need_login",
        "No session or the session has expired: please log in again.",
    ),
    ("common.go_login", "Go to login"),
    // contact fields
    ("common.contact.home_phone", "Home phone"),
    (
        "common.contact.home_phone_hint",
        "Optional. With the dialling code, e.g. +39 06 1234567.",
    ),
    ("common.contact.mobile", "Mobile phone"),
    (
        "common.contact.mobile_hint",
        "With the international dialling code, e.g. +39 333 1234567.",
    ),
    ("common.contact.email", "E-mail"),
    ("common.contact.pec", "PEC"),
    // API client
    (
        "api.network",
        "The server cannot be reached. Please check your connection and try again.",
    ),
    (
        "api.server",
        "The service is not available at the moment. Please try again later.",
    ),
    ("api.decode", "The server's answer could not be understood."),
    // home
    ("home.title", "The INPS online PIN"),
    (
        "home.lead",
        "The PIN is the personal code that gives you access to the online services of INPS.",
    ),
    ("home.myinps", "Enter MyINPS"),
    (
        "home.myinps_text",
        "Log in with your codice fiscale and PIN to reach your personal services.",
    ),
    ("home.request", "Request and manage your PIN"),
    (
        "home.request_text",
        "Do you need a PIN? Fill in the guided online procedure.",
    ),
    ("home.lost", "Have you lost your PIN?"),
    (
        "home.lost_text",
        "Restore your PIN with the contact details you gave, or revoke it and request a new one.",
    ),
    ("home.restore", "Restore PIN"),
    ("home.revoke", "Revoke PIN"),
    ("home.request_pin", "Request PIN"),
    ("home.kinds_title", "Ordinary PIN and PIN dispositivo"),
    (
        "home.initial_pin",
        "The initial PIN has 16 characters. You receive the first 8 by text message, e-mail or certified e-mail (PEC), the second 8 by ordinary post at your address of residence. When you first use it, the 16-character initial PIN is replaced by an 8-character PIN, which you keep for later use.",
    ),
    (
        "home.ordinary",
        "Ordinary PIN: lets you view your records, for example your statement of contributions, medical certificates and payments.",
    ),
    (
        "home.dispositivo",
        "PIN dispositivo: needed to submit applications for benefits (NASpI, baby bonus, ANF family allowance, ISEE, pre-filled 730 tax return). You obtain it by converting your ordinary PIN in MyINPS.",
    ),
    (
        "home.spid_notice",
        "Please note: you can also reach the INPS online services with SPID credentials (level 2 or higher), the electronic identity card 3.0 (CIE) or the National Services Card (CNS).",
    ),
    ("home.other_ways_title", "Other ways to get a PIN"),
    (
        "home.other_ways",
        "You can also request the PIN from the contact center (803 164, free from a landline; 06 164 164 from a mobile) or at an INPS office, where you receive it at once, already a PIN dispositivo.",
    ),
    // not found
    ("not_found.title", "Page not found"),
    (
        "not_found.text",
        "The address requested does not match any page.",
    ),
    ("common.world.label", "Simulation world"),
    ("common.world.in", "You are in the world"),
    ("common.world.date", "Simulated date"),
    ("common.world.leave", "Leave the world"),
    ("common.world.ended", "The simulation world has ended."),
];
