//! "Richiedi PIN" procedure (wording after the portal's screens in seeds/).

pub const IT: &[(&str, &str)] = &[
    ("request.title", "Richiedi il tuo PIN"),
    ("request.step1", "Codice fiscale e residenza"),
    ("request.step2", "Dati personali e recapiti"),
    ("request.step3", "Riepilogo e conferma"),
    ("request.step1_title", "Codice fiscale e residenza"),
    (
        "request.step1_intro",
        "Indica il tuo codice fiscale e se risiedi in Italia o all'estero.",
    ),
    (
        "request.cf_hint",
        "16 caratteri, come riportato sulla tessera sanitaria.",
    ),
    ("request.residence_type", "Residenza"),
    ("request.residence_italia", "Italiana"),
    ("request.residence_estero", "Estera"),
    (
        "request.step2_title",
        "Dati anagrafici, di residenza e recapiti",
    ),
    ("request.step2_intro", "Codice fiscale:"),
    ("request.personal_legend", "Dati anagrafici"),
    (
        "request.date_hint",
        "Formato GG/MM/AAAA, ad esempio 01/04/1980.",
    ),
    ("request.birth_italia", "In Italia"),
    ("request.birth_estero", "All'estero"),
    (
        "request.birth_comune_hint",
        "L'elenco comprende i comuni esistenti alla data di nascita indicata.",
    ),
    ("request.choose_province", "Scegli la provincia"),
    ("request.choose_comune", "Scegli il comune"),
    ("request.choose_country", "Scegli lo Stato"),
    ("request.choose_phone", "Scegli il telefono pref."),
    ("request.choose_time", "Scegli l'orario pref."),
    (
        "request.residence_legend_italia",
        "Dati residenza — Residenza italiana",
    ),
    (
        "request.residence_legend_estero",
        "Dati residenza — Residenza estera",
    ),
    ("request.contacts_legend", "Recapiti personali"),
    (
        "request.contacts_rule",
        "È obbligatorio indicare almeno un recapito tra Telefono abitazione e Cellulare e uno tra Indirizzo email e PEC. I numeri di telefono devono comprendere il prefisso internazionale (ad es. +39).",
    ),
    (
        "request.preferred_hint",
        "Il Contact center ti chiamerà a questo numero in caso di necessità.",
    ),
    ("request.preferred_phone.home", "Telefono abitazione"),
    ("request.preferred_phone.mobile", "Cellulare"),
    ("request.step3_title", "Riepilogo dei dati"),
    (
        "request.step3_intro",
        "Controlla i dati inseriti. Premi \"Conferma la richiesta\" per inviarla, oppure torna indietro per modificarli.",
    ),
    ("request.summary_birthplace", "Luogo di nascita"),
    ("request.edit_step1", "Modifica codice fiscale e residenza"),
    ("request.edit_step2", "Modifica dati e recapiti"),
    ("request.submit", "Conferma la richiesta"),
    // field labels (also used by the error summary)
    ("request.label.residence_type", "Residenza"),
    ("request.label.residence.country_code", "Stato di residenza"),
    ("request.label.residence.city", "Città"),
    ("request.label.contacts.home_phone", "Telefono abitazione"),
    ("request.label.contacts.mobile", "Cellulare"),
    ("request.label.contacts.email", "Indirizzo email"),
    ("request.label.contacts.pec", "Indirizzo PEC"),
    (
        "request.label.contacts.preferred_phone",
        "Telefono preferenziale",
    ),
    (
        "request.label.contacts.preferred_time",
        "Orario preferenziale",
    ),
    // already assigned
    (
        "request.already_assigned",
        "L'utente {cf} ha già un PIN assegnato",
    ),
    (
        "request.already_assigned_help",
        "Se non ricordi più il PIN puoi:",
    ),
    (
        "request.already_restore_text",
        "se conosci i recapiti indicati nella richiesta: ricevi un nuovo PIN ai recapiti forniti.",
    ),
    (
        "request.already_revoke_text",
        "se non hai più i recapiti: annulli il PIN con i dati della tessera sanitaria e ne richiedi uno nuovo.",
    ),
    // issuance closed
    (
        "request.closed_title",
        "Il rilascio di nuovi PIN è terminato",
    ),
    (
        "request.closed_text",
        "Dal {date} l'INPS non rilascia più nuovi PIN.",
    ),
    (
        "request.closed_text_nodate",
        "L'INPS non rilascia più nuovi PIN.",
    ),
    (
        "request.closed_alternatives",
        "Per accedere ai servizi online dell'INPS sono necessarie nuove credenziali:",
    ),
    (
        "request.closed_spid",
        "SPID, Sistema Pubblico di Identità Digitale (almeno di livello 2);",
    ),
    (
        "request.closed_cie",
        "CIE, Carta di identità elettronica 3.0;",
    ),
    ("request.closed_cns", "CNS, Carta Nazionale dei Servizi."),
    (
        "request.closed_existing",
        "I PIN già rilasciati continuano a funzionare.",
    ),
    // outcome
    ("request.outcome_title", "Richiesta inserita correttamente"),
    (
        "request.outcome_title_awaiting",
        "Richiesta inserita: indirizzo di residenza da verificare",
    ),
    (
        "request.outcome_text",
        "La richiesta del PIN è stata inserita correttamente.",
    ),
    (
        "request.outcome_half1",
        "Riceverai la prima parte del PIN (8 caratteri) ai contatti personali indicati nella richiesta:",
    ),
    (
        "request.outcome_half2",
        "La seconda parte del PIN (8 caratteri) ti sarà spedita per posta ordinaria all'indirizzo di residenza.",
    ),
    (
        "request.outcome_half2_held",
        "La seconda parte del PIN sarà spedita per posta all'indirizzo di residenza dopo la verifica dell'indirizzo.",
    ),
    (
        "request.outcome_callback",
        "L'indirizzo di residenza indicato è diverso da quello presente negli archivi INPS: il Contact center ti ricontatterà al numero indicato come \"Telefono preferenziale\", {phone} ({time}), per verificare l'indirizzo e fornirti assistenza diretta.",
    ),
    (
        "request.outcome_12h",
        "Se entro 12 ore dalla richiesta non ricevi la prima parte del PIN, chiama il Contact center: 803 164 da rete fissa, 06 164 164 da rete mobile.",
    ),
    ("request.outcome_id", "Numero della richiesta:"),
    (
        "request.outcome_simulator",
        "Vedi i messaggi nel Simulatore",
    ),
    ("request.new", "Nuova richiesta"),
    ("request.channel_sms", "SMS al"),
    ("request.channel_email", "email a"),
    ("request.channel_pec", "PEC a"),
];

/// The part of [`IT`] that other procedures' pages show too (registered by
/// each group that needs it, see `i18n/registry.rs`).
pub const IT_SHARED: &[(&str, &str)] = &[
    ("request.sex_m", "Maschio"),
    ("request.sex_f", "Femmina"),
    ("request.birth_kind", "Luogo di nascita"),
    ("request.preferred_time.09-13", "dalle 9 alle 13"),
    ("request.preferred_time.13-18", "dalle 13 alle 18"),
    ("request.preferred_time.18-20", "dalle 18 alle 20"),
    (
        "request.preferred_time.08-20",
        "qualsiasi orario (dalle 8 alle 20)",
    ),
    ("request.label.codice_fiscale", "Codice Fiscale"),
    ("request.label.personal.surname", "Cognome"),
    ("request.label.personal.name", "Nome"),
    ("request.label.personal.birth_date", "Data di nascita"),
    ("request.label.personal.sex", "Sesso"),
    (
        "request.label.personal.birth_province",
        "Provincia di nascita",
    ),
    (
        "request.label.personal.birthplace_code",
        "Comune di nascita",
    ),
    ("request.label.birth_country", "Stato di nascita"),
    ("request.label.residence.address", "Indirizzo"),
    ("request.label.residence.civic", "Numero civico"),
    ("request.label.residence.province", "Provincia di residenza"),
    ("request.label.residence.comune", "Comune di residenza"),
    ("request.label.residence.cap", "CAP"),
];

pub const DE: &[(&str, &str)] = &[
    ("request.title", "Ihre PIN beantragen"),
    ("request.step1", "Steuernummer und Wohnsitz"),
    ("request.step2", "Persönliche Daten und Kontaktdaten"),
    ("request.step3", "Zusammenfassung und Bestätigung"),
    ("request.step1_title", "Steuernummer und Wohnsitz"),
    (
        "request.step1_intro",
        "Geben Sie Ihre Steuernummer an und ob Sie in Italien oder im Ausland wohnen.",
    ),
    (
        "request.cf_hint",
        "16 Zeichen, wie auf der Gesundheitskarte angegeben.",
    ),
    ("request.residence_type", "Wohnsitz"),
    ("request.residence_italia", "In Italien"),
    ("request.residence_estero", "Im Ausland"),
    (
        "request.step2_title",
        "Meldedaten, Wohnsitz und Kontaktdaten",
    ),
    ("request.step2_intro", "Steuernummer:"),
    ("request.personal_legend", "Meldedaten"),
    (
        "request.date_hint",
        "Format TT/MM/JJJJ (Tag zuerst), zum Beispiel 01/04/1980 für den 1. April 1980.",
    ),
    ("request.sex_m", "Männlich"),
    ("request.sex_f", "Weiblich"),
    ("request.birth_kind", "Geburtsort"),
    ("request.birth_italia", "In Italien"),
    ("request.birth_estero", "Im Ausland"),
    (
        "request.birth_comune_hint",
        "Die Liste enthält die Gemeinden, die am angegebenen Geburtsdatum bestanden.",
    ),
    ("request.choose_province", "Provinz wählen"),
    ("request.choose_comune", "Gemeinde wählen"),
    ("request.choose_country", "Staat wählen"),
    ("request.choose_phone", "Bevorzugtes Telefon wählen"),
    ("request.choose_time", "Bevorzugte Uhrzeit wählen"),
    (
        "request.residence_legend_italia",
        "Wohnsitzdaten — Wohnsitz in Italien",
    ),
    (
        "request.residence_legend_estero",
        "Wohnsitzdaten — Wohnsitz im Ausland",
    ),
    ("request.contacts_legend", "Persönliche Kontaktdaten"),
    (
        "request.contacts_rule",
        "Anzugeben ist mindestens eine Telefonnummer (Festnetztelefon oder Mobiltelefon) und eine Adresse (E-Mail-Adresse oder PEC). Telefonnummern müssen die internationale Vorwahl enthalten (z. B. +39).",
    ),
    (
        "request.preferred_hint",
        "Das Contact Center ruft Sie bei Bedarf unter dieser Nummer an.",
    ),
    ("request.preferred_phone.home", "Festnetztelefon"),
    ("request.preferred_phone.mobile", "Mobiltelefon"),
    ("request.preferred_time.09-13", "von 9 bis 13 Uhr"),
    ("request.preferred_time.13-18", "von 13 bis 18 Uhr"),
    ("request.preferred_time.18-20", "von 18 bis 20 Uhr"),
    (
        "request.preferred_time.08-20",
        "jederzeit (von 8 bis 20 Uhr)",
    ),
    ("request.step3_title", "Zusammenfassung der Daten"),
    (
        "request.step3_intro",
        "Prüfen Sie die eingegebenen Daten. Drücken Sie \"Antrag bestätigen\", um ihn zu senden, oder gehen Sie zurück, um sie zu ändern.",
    ),
    ("request.summary_birthplace", "Geburtsort"),
    ("request.edit_step1", "Steuernummer und Wohnsitz ändern"),
    ("request.edit_step2", "Daten und Kontaktdaten ändern"),
    ("request.submit", "Antrag bestätigen"),
    // field labels
    ("request.label.codice_fiscale", "Steuernummer"),
    ("request.label.residence_type", "Wohnsitz"),
    ("request.label.personal.surname", "Nachname"),
    ("request.label.personal.name", "Vorname"),
    ("request.label.personal.birth_date", "Geburtsdatum"),
    ("request.label.personal.sex", "Geschlecht"),
    ("request.label.personal.birth_province", "Geburtsprovinz"),
    ("request.label.personal.birthplace_code", "Geburtsgemeinde"),
    ("request.label.birth_country", "Geburtsstaat"),
    ("request.label.residence.address", "Adresse"),
    ("request.label.residence.civic", "Hausnummer"),
    ("request.label.residence.province", "Wohnsitzprovinz"),
    ("request.label.residence.comune", "Wohnsitzgemeinde"),
    ("request.label.residence.cap", "PLZ"),
    ("request.label.residence.country_code", "Wohnsitzstaat"),
    ("request.label.residence.city", "Ort"),
    ("request.label.contacts.home_phone", "Festnetztelefon"),
    ("request.label.contacts.mobile", "Mobiltelefon"),
    ("request.label.contacts.email", "E-Mail-Adresse"),
    ("request.label.contacts.pec", "PEC-Adresse"),
    (
        "request.label.contacts.preferred_phone",
        "Bevorzugtes Telefon",
    ),
    (
        "request.label.contacts.preferred_time",
        "Bevorzugte Uhrzeit",
    ),
    // already assigned
    (
        "request.already_assigned",
        "Der Person {cf} ist bereits eine PIN zugewiesen",
    ),
    (
        "request.already_assigned_help",
        "Wenn Sie Ihre PIN nicht mehr wissen, können Sie:",
    ),
    (
        "request.already_restore_text",
        "wenn Sie die im Antrag angegebenen Kontaktdaten noch haben: eine neue PIN an diese Kontaktdaten erhalten.",
    ),
    (
        "request.already_revoke_text",
        "wenn Sie die Kontaktdaten nicht mehr haben: die PIN mit den Daten der Gesundheitskarte annullieren und eine neue beantragen.",
    ),
    // issuance closed
    ("request.closed_title", "Die Ausgabe neuer PINs ist beendet"),
    (
        "request.closed_text",
        "Seit dem {date} gibt das INPS keine neuen PINs mehr aus.",
    ),
    (
        "request.closed_text_nodate",
        "Das INPS gibt keine neuen PINs mehr aus.",
    ),
    (
        "request.closed_alternatives",
        "Für die Online-Dienste des INPS sind neue Zugangsdaten erforderlich:",
    ),
    (
        "request.closed_spid",
        "SPID, das öffentliche System für digitale Identität (mindestens Stufe 2);",
    ),
    (
        "request.closed_cie",
        "CIE, die elektronische Identitätskarte 3.0;",
    ),
    (
        "request.closed_cns",
        "CNS, die Bürgerkarte (Carta Nazionale dei Servizi).",
    ),
    (
        "request.closed_existing",
        "Bereits ausgegebene PINs funktionieren weiterhin.",
    ),
    // outcome
    ("request.outcome_title", "Antrag erfolgreich eingereicht"),
    (
        "request.outcome_title_awaiting",
        "Antrag eingereicht: Wohnsitzadresse wird geprüft",
    ),
    (
        "request.outcome_text",
        "Der Antrag auf die PIN wurde erfolgreich eingereicht.",
    ),
    (
        "request.outcome_half1",
        "Den ersten Teil der PIN (8 Zeichen) erhalten Sie an die im Antrag angegebenen persönlichen Kontaktdaten:",
    ),
    (
        "request.outcome_half2",
        "Der zweite Teil der PIN (8 Zeichen) wird Ihnen per gewöhnlicher Post an Ihre Wohnsitzadresse geschickt.",
    ),
    (
        "request.outcome_half2_held",
        "Der zweite Teil der PIN wird nach der Prüfung der Adresse per Post an Ihre Wohnsitzadresse geschickt.",
    ),
    (
        "request.outcome_callback",
        "Die angegebene Wohnsitzadresse weicht von der in den Archiven des INPS ab: Das Contact Center ruft Sie unter der als \"Bevorzugtes Telefon\" angegebenen Nummer {phone} ({time}) zurück, um die Adresse zu prüfen und Ihnen direkt zu helfen.",
    ),
    (
        "request.outcome_12h",
        "Wenn Sie den ersten Teil der PIN nicht innerhalb von 12 Stunden nach dem Antrag erhalten, rufen Sie das Contact Center an: 803 164 aus dem Festnetz, 06 164 164 aus dem Mobilnetz.",
    ),
    ("request.outcome_id", "Nummer des Antrags:"),
    (
        "request.outcome_simulator",
        "Nachrichten im Simulator ansehen",
    ),
    ("request.new", "Neuer Antrag"),
    ("request.channel_sms", "SMS an"),
    ("request.channel_email", "E-Mail an"),
    ("request.channel_pec", "PEC an"),
];

pub const EN: &[(&str, &str)] = &[
    ("request.title", "Request your PIN"),
    ("request.step1", "Codice fiscale and residence"),
    ("request.step2", "Personal data and contact details"),
    ("request.step3", "Summary and confirmation"),
    ("request.step1_title", "Codice fiscale and residence"),
    (
        "request.step1_intro",
        "Enter your codice fiscale and say whether you live in Italy or abroad.",
    ),
    (
        "request.cf_hint",
        "Your Italian tax code: 16 characters, as printed on your health card.",
    ),
    ("request.residence_type", "Residence"),
    ("request.residence_italia", "In Italy"),
    ("request.residence_estero", "Abroad"),
    (
        "request.step2_title",
        "Personal data, residence and contact details",
    ),
    ("request.step2_intro", "Codice fiscale:"),
    ("request.personal_legend", "Personal data"),
    (
        "request.date_hint",
        "Format DD/MM/YYYY (day first), for example 01/04/1980 for 1 April 1980.",
    ),
    ("request.sex_m", "Male"),
    ("request.sex_f", "Female"),
    ("request.birth_kind", "Place of birth"),
    ("request.birth_italia", "In Italy"),
    ("request.birth_estero", "Abroad"),
    (
        "request.birth_comune_hint",
        "The list shows the municipalities that existed on the date of birth given.",
    ),
    ("request.choose_province", "Choose the province"),
    ("request.choose_comune", "Choose the municipality"),
    ("request.choose_country", "Choose the country"),
    ("request.choose_phone", "Choose the preferred phone"),
    ("request.choose_time", "Choose the preferred time"),
    ("request.residence_legend_italia", "Residence — in Italy"),
    ("request.residence_legend_estero", "Residence — abroad"),
    ("request.contacts_legend", "Personal contact details"),
    (
        "request.contacts_rule",
        "You must give at least one phone number (home phone or mobile phone) and one address (e-mail address or PEC). Phone numbers must include the international dialling code (e.g. +39).",
    ),
    (
        "request.preferred_hint",
        "The contact center will call you on this number if needed.",
    ),
    ("request.preferred_phone.home", "Home phone"),
    ("request.preferred_phone.mobile", "Mobile phone"),
    ("request.preferred_time.09-13", "from 9 am to 1 pm"),
    ("request.preferred_time.13-18", "from 1 pm to 6 pm"),
    ("request.preferred_time.18-20", "from 6 pm to 8 pm"),
    (
        "request.preferred_time.08-20",
        "any time (from 8 am to 8 pm)",
    ),
    ("request.step3_title", "Summary of your data"),
    (
        "request.step3_intro",
        "Check the data you entered. Press \"Confirm the request\" to send it, or go back to change it.",
    ),
    ("request.summary_birthplace", "Place of birth"),
    ("request.edit_step1", "Change codice fiscale and residence"),
    ("request.edit_step2", "Change data and contact details"),
    ("request.submit", "Confirm the request"),
    // field labels
    ("request.label.codice_fiscale", "Codice fiscale"),
    ("request.label.residence_type", "Residence"),
    ("request.label.personal.surname", "Surname"),
    ("request.label.personal.name", "First name"),
    ("request.label.personal.birth_date", "Date of birth"),
    ("request.label.personal.sex", "Sex"),
    ("request.label.personal.birth_province", "Province of birth"),
    (
        "request.label.personal.birthplace_code",
        "Municipality of birth",
    ),
    ("request.label.birth_country", "Country of birth"),
    ("request.label.residence.address", "Address"),
    ("request.label.residence.civic", "House number"),
    ("request.label.residence.province", "Province of residence"),
    (
        "request.label.residence.comune",
        "Municipality of residence",
    ),
    ("request.label.residence.cap", "Postcode"),
    (
        "request.label.residence.country_code",
        "Country of residence",
    ),
    ("request.label.residence.city", "City"),
    ("request.label.contacts.home_phone", "Home phone"),
    ("request.label.contacts.mobile", "Mobile phone"),
    ("request.label.contacts.email", "E-mail address"),
    ("request.label.contacts.pec", "PEC address"),
    ("request.label.contacts.preferred_phone", "Preferred phone"),
    ("request.label.contacts.preferred_time", "Preferred time"),
    // already assigned
    (
        "request.already_assigned",
        "A PIN has already been assigned to {cf}",
    ),
    (
        "request.already_assigned_help",
        "If you no longer remember your PIN you can:",
    ),
    (
        "request.already_restore_text",
        "if you still have the contact details given in the request: receive a new PIN at those contact details.",
    ),
    (
        "request.already_revoke_text",
        "if you no longer have those contact details: cancel the PIN with the data of your health card and request a new one.",
    ),
    // issuance closed
    ("request.closed_title", "New PINs are no longer issued"),
    (
        "request.closed_text",
        "Since {date} INPS no longer issues new PINs.",
    ),
    (
        "request.closed_text_nodate",
        "INPS no longer issues new PINs.",
    ),
    (
        "request.closed_alternatives",
        "The INPS online services now require new credentials:",
    ),
    (
        "request.closed_spid",
        "SPID, the Public Digital Identity System (level 2 or higher);",
    ),
    (
        "request.closed_cie",
        "CIE, the electronic identity card 3.0;",
    ),
    ("request.closed_cns", "CNS, the National Services Card."),
    (
        "request.closed_existing",
        "PINs already issued keep working.",
    ),
    // outcome
    ("request.outcome_title", "Request submitted"),
    (
        "request.outcome_title_awaiting",
        "Request submitted: address of residence to be checked",
    ),
    (
        "request.outcome_text",
        "Your PIN request has been submitted.",
    ),
    (
        "request.outcome_half1",
        "You will receive the first part of the PIN (8 characters) at the personal contact details given in the request:",
    ),
    (
        "request.outcome_half2",
        "The second part of the PIN (8 characters) will be sent to you by ordinary post at your address of residence.",
    ),
    (
        "request.outcome_half2_held",
        "The second part of the PIN will be sent by post to your address of residence once the address has been checked.",
    ),
    (
        "request.outcome_callback",
        "The address of residence you gave differs from the one in the INPS records: the contact center will call you back on the number given as \"Preferred phone\", {phone} ({time}), to check the address and help you directly.",
    ),
    (
        "request.outcome_12h",
        "If you have not received the first part of the PIN within 12 hours of the request, call the contact center: 803 164 from a landline, 06 164 164 from a mobile.",
    ),
    ("request.outcome_id", "Request number:"),
    (
        "request.outcome_simulator",
        "See the messages in the Simulator",
    ),
    ("request.new", "New request"),
    ("request.channel_sms", "text message to"),
    ("request.channel_email", "e-mail to"),
    ("request.channel_pec", "PEC to"),
];
