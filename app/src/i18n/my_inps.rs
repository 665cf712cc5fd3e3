//! Strings of MyINPS (`pages::my_inps`): `/accedi` (`my_inps.login.*`; the
//! wording follows the 2019–2020 INPS screens), `/myinps` (`my_inps.home.*`),
//! `/myinps/attivita` (`my_inps.activity.*`), `/myinps/recapiti`
//! (`my_inps.contacts.*`).

pub const IT: &[(&str, &str)] = &[
    // ------------------------------------------------------------ /accedi
    ("my_inps.login.title", "Autenticazione"),
    (
        "my_inps.login.intro",
        "Per l'accesso ai servizi online INPS è necessario avere un PIN rilasciato dall'Istituto, o una identità SPID almeno di livello 2, o una Carta di identità elettronica 3.0 (CIE), o una Carta Nazionale dei Servizi (CNS).",
    ),
    ("my_inps.login.tabs_label", "Modalità di autenticazione"),
    ("my_inps.login.cf", "Codice Fiscale"),
    ("my_inps.login.pin", "PIN"),
    (
        "my_inps.login.pin_hint",
        "Al primo accesso inserisci il PIN iniziale di 16 caratteri (prima e seconda parte, senza spazi); in seguito il PIN di 8 caratteri.",
    ),
    ("my_inps.login.show_pin", "Mostra il PIN"),
    ("my_inps.login.submit", "Entra"),
    ("my_inps.login.submitting", "Verifica in corso…"),
    ("my_inps.login.cf_required", "Inserisci il codice fiscale."),
    ("my_inps.login.pin_required", "Inserisci il PIN."),
    (
        "my_inps.login.invalid",
        "Codice fiscale o PIN non corretti. Controlla i dati inseriti e riprova.",
    ),
    (
        "my_inps.login.attempts_left_one",
        "Codice fiscale o PIN non corretti. Ti resta 1 tentativo prima del blocco del PIN.",
    ),
    (
        "my_inps.login.attempts_left",
        "Codice fiscale o PIN non corretti. Ti restano {n} tentativi prima del blocco del PIN.",
    ),
    (
        "my_inps.login.blocked_now",
        "Codice fiscale o PIN non corretti. Il PIN è stato bloccato per troppi tentativi errati: potrai riprovare tra {wait}.",
    ),
    (
        "my_inps.login.locked",
        "Il PIN è temporaneamente bloccato per troppi tentativi errati. Potrai riprovare tra {wait}.",
    ),
    (
        "my_inps.login.revoked",
        "Il PIN è stato revocato e non può più essere usato. Puoi richiedere un nuovo PIN.",
    ),
    (
        "my_inps.login.unavailable",
        "Il servizio non è raggiungibile in questo momento. Riprova tra poco.",
    ),
    ("my_inps.login.error_title", "Accesso non riuscito"),
    ("my_inps.login.lost", "Hai smarrito il tuo PIN?"),
    ("my_inps.login.request", "Richiedi e gestisci il tuo PIN"),
    (
        "my_inps.login.simulated",
        "Simulazione: questa modalità di accesso non è utilizzabile qui. Per entrare usa la scheda PIN.",
    ),
    ("my_inps.login.use_pin", "Accedi con il PIN"),
    // ------------------------------------------------------------ /accedi: tabs
    ("my_inps.login.tab.pin", "PIN"),
    ("my_inps.login.tab.spid", "SPID"),
    ("my_inps.login.tab.cie", "CIE"),
    ("my_inps.login.tab.cns", "CNS"),
    // ------------------------------------------------------------ /accedi: other ways to log in
    (
        "my_inps.login.spid.title",
        "SPID – Sistema Pubblico di Identità Digitale",
    ),
    (
        "my_inps.login.spid.body",
        "SPID è la credenziale unica (nome utente e password, più un codice temporaneo o un'app) con cui accedere ai servizi online della Pubblica Amministrazione. Per i servizi INPS serve un'identità SPID almeno di livello 2, rilasciata da uno dei gestori accreditati.",
    ),
    (
        "my_inps.login.cie.title",
        "CIE – Carta di identità elettronica 3.0",
    ),
    (
        "my_inps.login.cie.body",
        "La Carta di identità elettronica 3.0 permette di accedere appoggiandola a uno smartphone con NFC o a un lettore di smart card, insieme al PIN della carta ricevuto al momento del rilascio in Comune.",
    ),
    (
        "my_inps.login.cns.title",
        "CNS – Carta Nazionale dei Servizi",
    ),
    (
        "my_inps.login.cns.body",
        "La Carta Nazionale dei Servizi (ad esempio la tessera sanitaria abilitata) si usa con un lettore di smart card collegato al computer e con il PIN della carta, rilasciato dalla Regione o dall'ente emittente.",
    ),
    // ------------------------------------------------------------ /accedi: wait times
    ("my_inps.login.wait.minute", "1 minuto"),
    ("my_inps.login.wait.minutes", "{n} minuti"),
    ("my_inps.login.wait.second", "1 secondo"),
    ("my_inps.login.wait.seconds", "{n} secondi"),
    ("my_inps.login.wait.and", "{a} e {b}"),
    // ------------------------------------------------------------ /myinps
    ("my_inps.home.title", "MyINPS"),
    ("my_inps.home.subtitle", "La tua area personale"),
    ("my_inps.home.loading", "Caricamento dei tuoi dati…"),
    ("my_inps.home.cf", "Codice fiscale"),
    ("my_inps.home.pin_type", "Tipo di PIN"),
    ("my_inps.home.expiry", "Scadenza del PIN"),
    ("my_inps.home.no_expiry", "Nessuna scadenza registrata"),
    ("my_inps.home.type.l0", "Prima parte del PIN"),
    ("my_inps.home.type.l1", "PIN ordinario"),
    ("my_inps.home.type.l2", "PIN dispositivo"),
    (
        "my_inps.home.desc.l0",
        "Con la prima parte del PIN puoi usare alcuni servizi semplificati, come la domanda di indennità COVID-19 di 600 €, le preferenze e i tuoi recapiti.",
    ),
    (
        "my_inps.home.desc.l1",
        "Con il PIN ordinario puoi consultare la tua posizione: estratto conto contributivo, certificati medici, pagamenti.",
    ),
    (
        "my_inps.home.desc.l2",
        "Con il PIN dispositivo puoi anche presentare domande: NASpI, bonus bebè, ANF, ISEE, 730 precompilato.",
    ),
    ("my_inps.home.logout", "Esci"),
    (
        "my_inps.home.not_logged",
        "Non hai effettuato l'accesso a MyINPS.",
    ),
    ("my_inps.home.go_login", "Accedi a MyINPS"),
    // ------------------------------------------------------------ /myinps/attivita
    ("my_inps.activity.channel.sms", "SMS"),
    ("my_inps.activity.channel.email", "E-mail"),
    ("my_inps.activity.channel.pec", "PEC"),
    ("my_inps.activity.channel.post", "Posta"),
    ("my_inps.activity.channel.call", "Telefono"),
    ("my_inps.activity.title", "Le tue attività"),
    (
        "my_inps.activity.intro",
        "Le operazioni sul tuo PIN, dalla più recente. Per ciascuna è indicato il canale a cui è stato inviato l'avviso.",
    ),
    ("my_inps.activity.when", "Data e ora"),
    ("my_inps.activity.event", "Operazione"),
    ("my_inps.activity.channel", "Avviso inviato a"),
    ("my_inps.activity.back", "Torna a MyINPS"),
    // ------------------------------------------------------------ /myinps/recapiti
    ("my_inps.contacts.cancel", "Annulla"),
    ("my_inps.contacts.title", "I tuoi recapiti"),
    (
        "my_inps.contacts.intro",
        "I recapiti a cui INPS invia codici e avvisi sul tuo PIN. Indica almeno un telefono e un indirizzo e-mail o PEC.",
    ),
    (
        "my_inps.contacts.notice",
        "Dopo il salvataggio riceverai un codice su ciascun nuovo recapito per verificarlo; ai recapiti precedenti arriverà un avviso della modifica.",
    ),
    ("my_inps.contacts.submit", "Salva e verifica"),
];

/// The part of [`IT`] that other procedures' pages show too (registered by
/// each group that needs it, see `i18n/registry.rs`).
pub const IT_SHARED: &[(&str, &str)] = &[
    ("my_inps.activity.kind.login", "Accesso ai servizi con PIN"),
    (
        "my_inps.activity.kind.pin_locked",
        "PIN bloccato per troppi tentativi errati",
    ),
    (
        "my_inps.activity.kind.first_access",
        "Primo accesso: assegnato un nuovo PIN",
    ),
    ("my_inps.activity.kind.pin_changed", "PIN modificato"),
    (
        "my_inps.activity.kind.contacts_verified",
        "Recapiti personali verificati",
    ),
    (
        "my_inps.activity.kind.privacy_accepted",
        "Informativa sulla privacy accettata",
    ),
    ("my_inps.activity.kind.pin_activated", "PIN attivato"),
    (
        "my_inps.activity.kind.pin_restored",
        "PIN ripristinato: inviato un nuovo PIN",
    ),
    ("my_inps.activity.kind.pin_revoked", "PIN revocato"),
    (
        "my_inps.activity.kind.contacts_changed",
        "Recapiti personali modificati",
    ),
    (
        "my_inps.activity.kind.phone_request",
        "Richiesta PIN registrata dal Contact Center",
    ),
    (
        "my_inps.activity.kind.residence_verified",
        "Indirizzo di residenza verificato dal Contact Center: seconda parte del PIN spedita",
    ),
    (
        "my_inps.activity.kind.request_cancelled",
        "Richiesta PIN annullata dal Contact Center",
    ),
    (
        "my_inps.activity.kind.half1_resent",
        "Prima parte del PIN inviata di nuovo dal Contact Center",
    ),
    (
        "my_inps.activity.kind.sede_pin_issued",
        "PIN dispositivo rilasciato in sede",
    ),
    (
        "my_inps.activity.kind.sede_conversion",
        "PIN convertito in PIN dispositivo presso la sede",
    ),
    (
        "my_inps.activity.kind.conversion_submitted",
        "Richiesta di PIN dispositivo inviata online",
    ),
    (
        "my_inps.activity.kind.conversion_faxed",
        "Richiesta di PIN dispositivo ricevuta via fax (800 803 164)",
    ),
    (
        "my_inps.activity.kind.conversion_approved",
        "Richiesta di PIN dispositivo accolta: il PIN è dispositivo",
    ),
    (
        "my_inps.activity.kind.conversion_rejected",
        "Richiesta di PIN dispositivo respinta",
    ),
];

pub const DE: &[(&str, &str)] = &[
    // ------------------------------------------------------------ /accedi
    ("my_inps.login.title", "Authentifizierung"),
    (
        "my_inps.login.intro",
        "Für den Zugang zu den Online-Diensten des INPS brauchen Sie eine vom Institut ausgestellte PIN, eine SPID-Identität mindestens der Stufe 2, eine elektronische Identitätskarte 3.0 (CIE) oder eine Bürgerkarte (CNS).",
    ),
    ("my_inps.login.tabs_label", "Art der Authentifizierung"),
    ("my_inps.login.cf", "Steuernummer"),
    ("my_inps.login.pin", "PIN"),
    (
        "my_inps.login.pin_hint",
        "Beim ersten Zugang geben Sie die 16-stellige Anfangs-PIN ein (erster und zweiter Teil, ohne Leerzeichen); danach die 8-stellige PIN.",
    ),
    ("my_inps.login.show_pin", "PIN anzeigen"),
    ("my_inps.login.submit", "Anmelden"),
    ("my_inps.login.submitting", "Wird geprüft…"),
    (
        "my_inps.login.cf_required",
        "Geben Sie die Steuernummer ein.",
    ),
    ("my_inps.login.pin_required", "Geben Sie die PIN ein."),
    (
        "my_inps.login.invalid",
        "Steuernummer oder PIN nicht korrekt. Prüfen Sie die Eingaben und versuchen Sie es erneut.",
    ),
    (
        "my_inps.login.attempts_left_one",
        "Steuernummer oder PIN nicht korrekt. Sie haben noch 1 Versuch, bevor die PIN gesperrt wird.",
    ),
    (
        "my_inps.login.attempts_left",
        "Steuernummer oder PIN nicht korrekt. Sie haben noch {n} Versuche, bevor die PIN gesperrt wird.",
    ),
    (
        "my_inps.login.blocked_now",
        "Steuernummer oder PIN nicht korrekt. Die PIN wurde wegen zu vieler Fehlversuche gesperrt: Sie können es in {wait} erneut versuchen.",
    ),
    (
        "my_inps.login.locked",
        "Die PIN ist wegen zu vieler Fehlversuche vorübergehend gesperrt. Sie können es in {wait} erneut versuchen.",
    ),
    (
        "my_inps.login.revoked",
        "Die PIN wurde widerrufen und kann nicht mehr verwendet werden. Sie können eine neue PIN beantragen.",
    ),
    (
        "my_inps.login.unavailable",
        "Der Dienst ist im Moment nicht erreichbar. Versuchen Sie es bitte in Kürze erneut.",
    ),
    ("my_inps.login.error_title", "Anmeldung fehlgeschlagen"),
    ("my_inps.login.lost", "Haben Sie Ihre PIN verloren?"),
    ("my_inps.login.request", "PIN beantragen und verwalten"),
    (
        "my_inps.login.simulated",
        "Simulation: Diese Art der Anmeldung ist hier nicht nutzbar. Verwenden Sie zum Anmelden den Reiter PIN.",
    ),
    ("my_inps.login.use_pin", "Mit der PIN anmelden"),
    // tabs
    ("my_inps.login.tab.pin", "PIN"),
    ("my_inps.login.tab.spid", "SPID"),
    ("my_inps.login.tab.cie", "CIE"),
    ("my_inps.login.tab.cns", "CNS"),
    // other ways to log in
    (
        "my_inps.login.spid.title",
        "SPID – öffentliches System für digitale Identität",
    ),
    (
        "my_inps.login.spid.body",
        "SPID ist die einheitliche Zugangskennung (Benutzername und Passwort, dazu ein temporärer Code oder eine App) für die Online-Dienste der öffentlichen Verwaltung. Für die Dienste des INPS ist eine SPID-Identität mindestens der Stufe 2 nötig, ausgestellt von einem der akkreditierten Anbieter.",
    ),
    (
        "my_inps.login.cie.title",
        "CIE – elektronische Identitätskarte 3.0",
    ),
    (
        "my_inps.login.cie.body",
        "Mit der elektronischen Identitätskarte 3.0 melden Sie sich an, indem Sie sie an ein Smartphone mit NFC oder an ein Chipkartenlesegerät halten, zusammen mit der PIN der Karte, die Sie bei der Ausstellung in der Gemeinde erhalten haben.",
    ),
    ("my_inps.login.cns.title", "CNS – Bürgerkarte"),
    (
        "my_inps.login.cns.body",
        "Die Bürgerkarte (zum Beispiel die freigeschaltete Gesundheitskarte) wird mit einem an den Computer angeschlossenen Chipkartenlesegerät und mit der PIN der Karte verwendet, die von der Region oder der ausstellenden Stelle ausgegeben wurde.",
    ),
    // wait times
    ("my_inps.login.wait.minute", "1 Minute"),
    ("my_inps.login.wait.minutes", "{n} Minuten"),
    ("my_inps.login.wait.second", "1 Sekunde"),
    ("my_inps.login.wait.seconds", "{n} Sekunden"),
    ("my_inps.login.wait.and", "{a} und {b}"),
    // ------------------------------------------------------------ /myinps
    ("my_inps.home.title", "MyINPS"),
    ("my_inps.home.subtitle", "Ihr persönlicher Bereich"),
    ("my_inps.home.loading", "Ihre Daten werden geladen…"),
    ("my_inps.home.cf", "Steuernummer"),
    ("my_inps.home.pin_type", "Art der PIN"),
    ("my_inps.home.expiry", "Ablauf der PIN"),
    ("my_inps.home.no_expiry", "Kein Ablaufdatum gespeichert"),
    ("my_inps.home.type.l0", "Erster Teil der PIN"),
    ("my_inps.home.type.l1", "Einfache PIN"),
    ("my_inps.home.type.l2", "PIN mit dispositiver Funktion"),
    (
        "my_inps.home.desc.l0",
        "Mit dem ersten Teil der PIN können Sie einige vereinfachte Dienste nutzen, etwa den Antrag auf die COVID-19-Entschädigung von 600 €, die Einstellungen und Ihre Kontaktdaten.",
    ),
    (
        "my_inps.home.desc.l1",
        "Mit der einfachen PIN können Sie Ihre Position einsehen: Versicherungsauszug, ärztliche Bescheinigungen, Zahlungen.",
    ),
    (
        "my_inps.home.desc.l2",
        "Mit der PIN mit dispositiver Funktion können Sie auch Anträge stellen: NASpI, Babybonus, Familienzulage ANF, ISEE, vorausgefüllte Steuererklärung 730.",
    ),
    ("my_inps.home.logout", "Abmelden"),
    (
        "my_inps.home.not_logged",
        "Sie sind nicht bei MyINPS angemeldet.",
    ),
    ("my_inps.home.go_login", "Bei MyINPS anmelden"),
    // ------------------------------------------------------------ /myinps/attivita
    ("my_inps.activity.channel.sms", "SMS"),
    ("my_inps.activity.channel.email", "E-Mail"),
    ("my_inps.activity.channel.pec", "PEC"),
    ("my_inps.activity.channel.post", "Post"),
    ("my_inps.activity.channel.call", "Telefon"),
    ("my_inps.activity.title", "Ihre Aktivitäten"),
    (
        "my_inps.activity.intro",
        "Die Vorgänge zu Ihrer PIN, die neuesten zuerst. Zu jedem ist angegeben, an welchen Kanal die Benachrichtigung ging.",
    ),
    ("my_inps.activity.when", "Datum und Uhrzeit"),
    ("my_inps.activity.event", "Vorgang"),
    ("my_inps.activity.channel", "Benachrichtigung an"),
    ("my_inps.activity.kind.login", "Anmeldung bei den Diensten mit PIN"),
    ("my_inps.activity.kind.pin_locked", "PIN wegen zu vieler Fehlversuche gesperrt"),
    ("my_inps.activity.kind.first_access", "Erstzugang: neue PIN vergeben"),
    ("my_inps.activity.kind.pin_changed", "PIN geändert"),
    ("my_inps.activity.kind.contacts_verified", "Persönliche Kontaktdaten bestätigt"),
    ("my_inps.activity.kind.privacy_accepted", "Datenschutzhinweis angenommen"),
    ("my_inps.activity.kind.pin_activated", "PIN aktiviert"),
    ("my_inps.activity.kind.pin_restored", "PIN wiederhergestellt: neue PIN gesendet"),
    ("my_inps.activity.kind.pin_revoked", "PIN widerrufen"),
    ("my_inps.activity.kind.contacts_changed", "Persönliche Kontaktdaten geändert"),
    ("my_inps.activity.kind.phone_request", "PIN-Antrag vom Contact Center erfasst"),
    ("my_inps.activity.kind.residence_verified", "Wohnsitzadresse vom Contact Center geprüft: zweiter Teil der PIN versandt"),
    ("my_inps.activity.kind.request_cancelled", "PIN-Antrag vom Contact Center annulliert"),
    ("my_inps.activity.kind.half1_resent", "Erster Teil der PIN vom Contact Center erneut gesendet"),
    ("my_inps.activity.kind.sede_pin_issued", "PIN mit dispositiver Funktion am INPS-Sitz ausgegeben"),
    ("my_inps.activity.kind.sede_conversion", "PIN am INPS-Sitz in eine PIN mit dispositiver Funktion umgewandelt"),
    ("my_inps.activity.kind.conversion_submitted", "Antrag auf PIN mit dispositiver Funktion online gesendet"),
    ("my_inps.activity.kind.conversion_faxed", "Antrag auf PIN mit dispositiver Funktion per Fax erhalten (800 803 164)"),
    ("my_inps.activity.kind.conversion_approved", "Antrag auf PIN mit dispositiver Funktion angenommen: die PIN ist jetzt dispositiv"),
    ("my_inps.activity.kind.conversion_rejected", "Antrag auf PIN mit dispositiver Funktion abgelehnt"),
    ("my_inps.activity.back", "Zurück zu MyINPS"),
    // ------------------------------------------------------------ /myinps/recapiti
    ("my_inps.contacts.cancel", "Abbrechen"),
    ("my_inps.contacts.title", "Ihre Kontaktdaten"),
    (
        "my_inps.contacts.intro",
        "Die Kontaktdaten, an die das INPS Codes und Benachrichtigungen zu Ihrer PIN sendet. Geben Sie mindestens ein Telefon und eine E-Mail- oder PEC-Adresse an.",
    ),
    (
        "my_inps.contacts.notice",
        "Nach dem Speichern erhalten Sie an jede neue Kontaktangabe einen Code zur Bestätigung; an die bisherigen Kontaktdaten geht eine Benachrichtigung über die Änderung.",
    ),
    ("my_inps.contacts.submit", "Speichern und bestätigen"),
];

pub const EN: &[(&str, &str)] = &[
    // ------------------------------------------------------------ /accedi
    ("my_inps.login.title", "Authentication"),
    (
        "my_inps.login.intro",
        "To use the INPS online services you need a PIN issued by the Institute, a SPID identity of level 2 or higher, an electronic identity card 3.0 (CIE) or a National Services Card (CNS).",
    ),
    ("my_inps.login.tabs_label", "Way of authenticating"),
    ("my_inps.login.cf", "Codice fiscale"),
    ("my_inps.login.pin", "PIN"),
    (
        "my_inps.login.pin_hint",
        "The first time, enter the 16-character initial PIN (first and second part, without spaces); afterwards the 8-character PIN.",
    ),
    ("my_inps.login.show_pin", "Show the PIN"),
    ("my_inps.login.submit", "Log in"),
    ("my_inps.login.submitting", "Checking…"),
    ("my_inps.login.cf_required", "Enter your codice fiscale."),
    ("my_inps.login.pin_required", "Enter your PIN."),
    (
        "my_inps.login.invalid",
        "Codice fiscale or PIN not correct. Please check what you entered and try again.",
    ),
    (
        "my_inps.login.attempts_left_one",
        "Codice fiscale or PIN not correct. You have 1 attempt left before the PIN is blocked.",
    ),
    (
        "my_inps.login.attempts_left",
        "Codice fiscale or PIN not correct. You have {n} attempts left before the PIN is blocked.",
    ),
    (
        "my_inps.login.blocked_now",
        "Codice fiscale or PIN not correct. The PIN has been blocked after too many wrong attempts: you can try again in {wait}.",
    ),
    (
        "my_inps.login.locked",
        "The PIN is temporarily blocked after too many wrong attempts. You can try again in {wait}.",
    ),
    (
        "my_inps.login.revoked",
        "The PIN has been revoked and can no longer be used. You can request a new PIN.",
    ),
    (
        "my_inps.login.unavailable",
        "The service cannot be reached at the moment. Please try again shortly.",
    ),
    ("my_inps.login.error_title", "Login failed"),
    ("my_inps.login.lost", "Have you lost your PIN?"),
    ("my_inps.login.request", "Request and manage your PIN"),
    (
        "my_inps.login.simulated",
        "Simulation: this way of logging in cannot be used here. To log in, use the PIN tab.",
    ),
    ("my_inps.login.use_pin", "Log in with the PIN"),
    // tabs
    ("my_inps.login.tab.pin", "PIN"),
    ("my_inps.login.tab.spid", "SPID"),
    ("my_inps.login.tab.cie", "CIE"),
    ("my_inps.login.tab.cns", "CNS"),
    // other ways to log in
    (
        "my_inps.login.spid.title",
        "SPID – Public Digital Identity System",
    ),
    (
        "my_inps.login.spid.body",
        "SPID is the single credential (user name and password, plus a temporary code or an app) for the online services of the public administration. The INPS services need a SPID identity of level 2 or higher, issued by one of the accredited providers.",
    ),
    (
        "my_inps.login.cie.title",
        "CIE – electronic identity card 3.0",
    ),
    (
        "my_inps.login.cie.body",
        "With the electronic identity card 3.0 you log in by holding it to a smartphone with NFC or to a smart card reader, together with the card's PIN received when the municipality issued it.",
    ),
    ("my_inps.login.cns.title", "CNS – National Services Card"),
    (
        "my_inps.login.cns.body",
        "The National Services Card (for example an enabled health card) is used with a smart card reader connected to the computer and with the card's PIN, issued by the Region or the issuing body.",
    ),
    // wait times
    ("my_inps.login.wait.minute", "1 minute"),
    ("my_inps.login.wait.minutes", "{n} minutes"),
    ("my_inps.login.wait.second", "1 second"),
    ("my_inps.login.wait.seconds", "{n} seconds"),
    ("my_inps.login.wait.and", "{a} and {b}"),
    // ------------------------------------------------------------ /myinps
    ("my_inps.home.title", "MyINPS"),
    ("my_inps.home.subtitle", "Your personal area"),
    ("my_inps.home.loading", "Loading your data…"),
    ("my_inps.home.cf", "Codice fiscale"),
    ("my_inps.home.pin_type", "Type of PIN"),
    ("my_inps.home.expiry", "PIN expiry"),
    ("my_inps.home.no_expiry", "No expiry date recorded"),
    ("my_inps.home.type.l0", "First part of the PIN"),
    ("my_inps.home.type.l1", "Ordinary PIN"),
    ("my_inps.home.type.l2", "PIN dispositivo"),
    (
        "my_inps.home.desc.l0",
        "With the first part of the PIN you can use some simplified services, such as the application for the 600 € COVID-19 allowance, your preferences and your contact details.",
    ),
    (
        "my_inps.home.desc.l1",
        "With the ordinary PIN you can view your records: statement of contributions, medical certificates, payments.",
    ),
    (
        "my_inps.home.desc.l2",
        "With the PIN dispositivo you can also submit applications: NASpI, baby bonus, ANF family allowance, ISEE, pre-filled 730 tax return.",
    ),
    ("my_inps.home.logout", "Log out"),
    (
        "my_inps.home.not_logged",
        "You are not logged in to MyINPS.",
    ),
    ("my_inps.home.go_login", "Log in to MyINPS"),
    // ------------------------------------------------------------ /myinps/attivita
    ("my_inps.activity.channel.sms", "SMS"),
    ("my_inps.activity.channel.email", "E-mail"),
    ("my_inps.activity.channel.pec", "PEC"),
    ("my_inps.activity.channel.post", "Post"),
    ("my_inps.activity.channel.call", "Phone"),
    ("my_inps.activity.title", "Your activity"),
    (
        "my_inps.activity.intro",
        "What happened to your PIN, newest first. For each operation you see the channel the notice was sent to.",
    ),
    ("my_inps.activity.when", "Date and time"),
    ("my_inps.activity.event", "Operation"),
    ("my_inps.activity.channel", "Notice sent to"),
    ("my_inps.activity.kind.login", "Login to the services with the PIN"),
    ("my_inps.activity.kind.pin_locked", "PIN blocked after too many wrong attempts"),
    ("my_inps.activity.kind.first_access", "First access: a new PIN assigned"),
    ("my_inps.activity.kind.pin_changed", "PIN changed"),
    ("my_inps.activity.kind.contacts_verified", "Personal contact details verified"),
    ("my_inps.activity.kind.privacy_accepted", "Privacy notice accepted"),
    ("my_inps.activity.kind.pin_activated", "PIN activated"),
    ("my_inps.activity.kind.pin_restored", "PIN restored: a new PIN sent"),
    ("my_inps.activity.kind.pin_revoked", "PIN revoked"),
    ("my_inps.activity.kind.contacts_changed", "Personal contact details changed"),
    ("my_inps.activity.kind.phone_request", "PIN request recorded by the contact center"),
    ("my_inps.activity.kind.residence_verified", "Address of residence checked by the contact center: second part of the PIN posted"),
    ("my_inps.activity.kind.request_cancelled", "PIN request cancelled by the contact center"),
    ("my_inps.activity.kind.half1_resent", "First part of the PIN sent again by the contact center"),
    ("my_inps.activity.kind.sede_pin_issued", "PIN dispositivo issued at an INPS office"),
    ("my_inps.activity.kind.sede_conversion", "PIN converted into a PIN dispositivo at an INPS office"),
    ("my_inps.activity.kind.conversion_submitted", "PIN dispositivo request sent online"),
    ("my_inps.activity.kind.conversion_faxed", "PIN dispositivo request received by fax (800 803 164)"),
    ("my_inps.activity.kind.conversion_approved", "PIN dispositivo request approved: the PIN is now dispositivo"),
    ("my_inps.activity.kind.conversion_rejected", "PIN dispositivo request rejected"),
    ("my_inps.activity.back", "Back to MyINPS"),
    // ------------------------------------------------------------ /myinps/recapiti
    ("my_inps.contacts.cancel", "Cancel"),
    ("my_inps.contacts.title", "Your contact details"),
    (
        "my_inps.contacts.intro",
        "The contact details INPS sends codes and notices about your PIN to. Give at least one phone and one e-mail or PEC address.",
    ),
    (
        "my_inps.contacts.notice",
        "After saving you will receive a code at each new contact to verify it; the previous contacts will receive a notice of the change.",
    ),
    ("my_inps.contacts.submit", "Save and verify"),
];
