//! Strings of the access pages: login (/accedi), first access (/primo-accesso)
//! and the personal home (/myinps). Wording follows the 2019–2020 INPS screens.

pub const IT: &[(&str, &str)] = &[
    // ------------------------------------------------------------ login
    ("access.login.title", "Autenticazione"),
    (
        "access.login.intro",
        "Per l'accesso ai servizi online INPS è necessario avere un PIN rilasciato dall'Istituto, o una identità SPID almeno di livello 2, o una Carta di identità elettronica 3.0 (CIE), o una Carta Nazionale dei Servizi (CNS).",
    ),
    ("access.tabs.label", "Modalità di autenticazione"),
    ("access.tab.pin", "PIN"),
    ("access.tab.spid", "SPID"),
    ("access.tab.cie", "CIE"),
    ("access.tab.cns", "CNS"),
    ("access.login.cf", "Codice Fiscale"),
    ("access.login.pin", "PIN"),
    (
        "access.login.pin_hint",
        "Al primo accesso inserisci il PIN iniziale di 16 caratteri (prima e seconda parte, senza spazi); in seguito il PIN di 8 caratteri.",
    ),
    ("access.login.show_pin", "Mostra il PIN"),
    ("access.login.submit", "Entra"),
    ("access.login.submitting", "Verifica in corso…"),
    ("access.login.cf_required", "Inserisci il codice fiscale."),
    ("access.login.pin_required", "Inserisci il PIN."),
    (
        "access.login.invalid",
        "Codice fiscale o PIN non corretti. Controlla i dati inseriti e riprova.",
    ),
    (
        "access.login.locked",
        "Il PIN è temporaneamente bloccato per troppi tentativi errati. Potrai riprovare tra {wait}.",
    ),
    (
        "access.login.revoked",
        "Il PIN è stato revocato e non può più essere usato. Puoi richiedere un nuovo PIN.",
    ),
    (
        "access.login.expired",
        "Il tuo PIN è scaduto: per continuare a usare i servizi devi sostituirlo con un nuovo PIN. La procedura di cambio PIN non è ancora disponibile in questa simulazione.",
    ),
    (
        "access.login.unavailable",
        "Il servizio non è raggiungibile in questo momento. Riprova tra poco.",
    ),
    ("access.login.error_title", "Accesso non riuscito"),
    ("access.login.instructions", "Istruzioni per l'accesso"),
    ("access.login.lost", "Hai smarrito il tuo PIN?"),
    ("access.login.request", "Richiedi e gestisci il tuo PIN"),
    ("access.login.simulated", "Simulazione: questa modalità di accesso non è utilizzabile qui. Per entrare usa la scheda PIN."),
    ("access.login.use_pin", "Accedi con il PIN"),
    ("access.spid.title", "SPID – Sistema Pubblico di Identità Digitale"),
    (
        "access.spid.body",
        "SPID è la credenziale unica (nome utente e password, più un codice temporaneo o un'app) con cui accedere ai servizi online della Pubblica Amministrazione. Per i servizi INPS serve un'identità SPID almeno di livello 2, rilasciata da uno dei gestori accreditati.",
    ),
    ("access.cie.title", "CIE – Carta di identità elettronica 3.0"),
    (
        "access.cie.body",
        "La Carta di identità elettronica 3.0 permette di accedere appoggiandola a uno smartphone con NFC o a un lettore di smart card, insieme al PIN della carta ricevuto al momento del rilascio in Comune.",
    ),
    ("access.cns.title", "CNS – Carta Nazionale dei Servizi"),
    (
        "access.cns.body",
        "La Carta Nazionale dei Servizi (ad esempio la tessera sanitaria abilitata) si usa con un lettore di smart card collegato al computer e con il PIN della carta, rilasciato dalla Regione o dall'ente emittente.",
    ),
    // ------------------------------------------------------------ wait times
    ("access.wait.minute", "1 minuto"),
    ("access.wait.minutes", "{n} minuti"),
    ("access.wait.second", "1 secondo"),
    ("access.wait.seconds", "{n} secondi"),
    ("access.wait.and", "{a} e {b}"),
    // ------------------------------------------------------------ first access
    ("access.first.title", "Primo accesso: cambio del PIN"),
    (
        "access.first.intro",
        "Al primo utilizzo, il PIN iniziale di 16 caratteri viene sostituito con uno di 8 caratteri, da conservare per i successivi utilizzi.",
    ),
    (
        "access.first.intro2",
        "Dopo questo passaggio il PIN di 16 caratteri non funzionerà più.",
    ),
    ("access.first.get", "Ottieni il nuovo PIN"),
    ("access.first.getting", "Generazione in corso…"),
    ("access.first.new_pin", "Il tuo nuovo PIN"),
    (
        "access.first.once",
        "Il nuovo PIN viene mostrato una sola volta: annotalo ora e conservalo con cura. Non comunicarlo a nessuno: l'INPS non te lo chiederà mai.",
    ),
    ("access.first.saved", "Ho preso nota del nuovo PIN"),
    ("access.first.next", "Avanti"),
    (
        "access.first.next_hint",
        "Per proseguire conferma di aver preso nota del nuovo PIN.",
    ),
    (
        "access.first.need_login",
        "Per il primo accesso entra con il codice fiscale e il PIN iniziale di 16 caratteri.",
    ),
    ("access.first.go_login", "Vai all'autenticazione"),
    // ------------------------------------------------------------ MyINPS
    ("access.me.title", "MyINPS"),
    ("access.me.subtitle", "La tua area personale"),
    ("access.me.loading", "Caricamento dei tuoi dati…"),
    ("access.me.cf", "Codice fiscale"),
    ("access.me.pin_type", "Tipo di PIN"),
    ("access.me.expiry", "Scadenza del PIN"),
    ("access.me.no_expiry", "Nessuna scadenza registrata"),
    ("access.me.type.l0", "Prima parte del PIN"),
    ("access.me.type.l1", "PIN ordinario"),
    ("access.me.type.l2", "PIN dispositivo"),
    (
        "access.me.desc.l0",
        "Con la prima parte del PIN puoi usare alcuni servizi semplificati, come la domanda di indennità COVID-19 di 600 €, le preferenze e i tuoi recapiti.",
    ),
    (
        "access.me.desc.l1",
        "Con il PIN ordinario puoi consultare la tua posizione: estratto conto contributivo, certificati medici, pagamenti.",
    ),
    (
        "access.me.desc.l2",
        "Con il PIN dispositivo puoi anche presentare domande: NASpI, bonus bebè, ANF, ISEE, 730 precompilato.",
    ),
    ("access.me.logout", "Esci"),
    ("access.me.not_logged", "Non hai effettuato l'accesso a MyINPS."),
    ("access.me.go_login", "Accedi a MyINPS"),
];
