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
    ("my_inps.login.invalid", "Codice fiscale o PIN non corretti. Controlla i dati inseriti e riprova."),
    (
        "my_inps.login.locked",
        "Il PIN è temporaneamente bloccato per troppi tentativi errati. Potrai riprovare tra {wait}.",
    ),
    (
        "my_inps.login.revoked",
        "Il PIN è stato revocato e non può più essere usato. Puoi richiedere un nuovo PIN.",
    ),
    ("my_inps.login.unavailable", "Il servizio non è raggiungibile in questo momento. Riprova tra poco."),
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
    ("my_inps.login.spid.title", "SPID – Sistema Pubblico di Identità Digitale"),
    (
        "my_inps.login.spid.body",
        "SPID è la credenziale unica (nome utente e password, più un codice temporaneo o un'app) con cui accedere ai servizi online della Pubblica Amministrazione. Per i servizi INPS serve un'identità SPID almeno di livello 2, rilasciata da uno dei gestori accreditati.",
    ),
    ("my_inps.login.cie.title", "CIE – Carta di identità elettronica 3.0"),
    (
        "my_inps.login.cie.body",
        "La Carta di identità elettronica 3.0 permette di accedere appoggiandola a uno smartphone con NFC o a un lettore di smart card, insieme al PIN della carta ricevuto al momento del rilascio in Comune.",
    ),
    ("my_inps.login.cns.title", "CNS – Carta Nazionale dei Servizi"),
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
    ("my_inps.home.not_logged", "Non hai effettuato l'accesso a MyINPS."),
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
