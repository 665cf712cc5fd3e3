//! The messages of the shared rules (`domain`) that the browser itself shows
//! (field checks run before a request is sent): Italian as the rules write
//! it (a host test in `i18n.rs` compares each with the constant), German and
//! English. `i18n::localize` maps a message to its key; the server
//! translates the same messages in its answers (`docs/languages.md`).

pub const IT: &[(&str, &str)] = &[
    ("messages.support_topic", "Scegliere l'argomento della richiesta"),
    ("messages.support_message_short", "Descrivere il problema con almeno 10 caratteri"),
    ("messages.support_message_long", "Messaggio troppo lungo: al massimo 1000 caratteri"),
    ("messages.support_message_markup", "Il messaggio non può contenere i caratteri < e >"),
    ("messages.support_reply_short", "Scrivere una risposta di almeno 10 caratteri"),
    ("messages.support_reply_long", "Risposta troppo lunga: al massimo 2000 caratteri"),
    ("messages.support_reply_markup", "La risposta non può contenere i caratteri < e >"),
    (
        "messages.cf_length",
        "Il codice fiscale deve essere di 16 caratteri",
    ),
    (
        "messages.cf_syntax",
        "Il codice fiscale contiene caratteri non ammessi o in posizione errata",
    ),
    (
        "messages.cf_month",
        "Il mese di nascita indicato nel codice fiscale non è valido",
    ),
    (
        "messages.cf_day",
        "Il giorno di nascita indicato nel codice fiscale non è valido",
    ),
    (
        "messages.cf_date",
        "La data di nascita indicata nel codice fiscale non esiste",
    ),
    (
        "messages.cf_check_character",
        "Il carattere di controllo del codice fiscale non è corretto",
    ),
    (
        "messages.cf_birthplace_unknown",
        "Il codice del luogo di nascita non corrisponde ad alcun comune o stato estero",
    ),
    (
        "messages.cf_birthplace_date",
        "Il luogo di nascita non risulta attivo alla data di nascita indicata nel codice fiscale",
    ),
    (
        "messages.cf_century",
        "L'anno di nascita è stato letto nel secolo precedente: il comune di nascita non esisteva più nel secolo più recente",
    ),
    (
        "messages.iban",
        "IBAN non valido: 27 caratteri che iniziano con IT, ad es. IT60X0542811101000000123456",
    ),
    (
        "messages.category",
        "Scegliere la categoria di appartenenza",
    ),
    (
        "messages.date_not_future",
        "La data non può essere nel futuro",
    ),
    ("messages.child_cf", "Codice fiscale del figlio non valido"),
    ("messages.period", "Scegliere il periodo della domanda"),
    (
        "messages.members",
        "Indicare il numero dei componenti del nucleo (da 2 a 20)",
    ),
    (
        "messages.income",
        "Indicare il reddito del nucleo in euro (ad es. 23500)",
    ),
    ("messages.kind", "Tipo di domanda sconosciuto"),
    (
        "messages.reason",
        "Indicare il motivo del rifiuto (almeno 5 caratteri)",
    ),
    ("messages.doc_type", "Scegliere il tipo di documento"),
    (
        "messages.issuer",
        "Indicare l'ente che ha rilasciato il documento (ad es. Comune di Roma)",
    ),
    (
        "messages.issued_future",
        "La data di rilascio non può essere nel futuro",
    ),
    (
        "messages.expired",
        "Il documento è scaduto: indicare un documento in corso di validità",
    ),
    (
        "messages.expiry_before_issue",
        "La data di scadenza deve essere successiva alla data di rilascio",
    ),
    (
        "messages.ts_number",
        "Il numero della tessera sanitaria è di 20 cifre",
    ),
    (
        "messages.ts_expiry",
        "Data di scadenza non valida: usare il formato GG/MM/AAAA",
    ),
    ("messages.cf_invalid", "Codice fiscale non valido"),
    (
        "messages.first_half",
        "Inserire i primi 8 caratteri del PIN",
    ),
    (
        "messages.two_contacts",
        "Indicare almeno due recapiti tra cellulare, e-mail e PEC",
    ),
    (
        "messages.mobile_required",
        "Indicare il cellulare: l'SMS di conferma dell'attivazione arriva lì",
    ),
    ("messages.required", "Campo obbligatorio"),
    (
        "messages.date_format",
        "Data non valida: usare il formato GG/MM/AAAA",
    ),
    (
        "messages.date_not_exist",
        "La data indicata non esiste: controllare giorno e mese (ad es. il 31 febbraio non esiste)",
    ),
    (
        "messages.text_too_long",
        "Testo troppo lungo: al massimo 100 caratteri",
    ),
    (
        "messages.civic_too_long",
        "Numero civico troppo lungo: al massimo 10 caratteri",
    ),
    (
        "messages.name_too_long",
        "Testo troppo lungo: al massimo 60 caratteri",
    ),
    (
        "messages.text_chars",
        "Caratteri non ammessi: usare solo lettere, cifre, spazi e . , ' - / ° ( )",
    ),
    (
        "messages.date_future",
        "La data di nascita non può essere nel futuro",
    ),
    (
        "messages.date_too_old",
        "La data di nascita non è plausibile",
    ),
    ("messages.sex", "Indicare il sesso: M o F"),
    (
        "messages.name_chars",
        "Sono ammessi solo lettere, spazi, apostrofi e trattini",
    ),
    (
        "messages.birthplace",
        "Codice del luogo di nascita non valido (una lettera e tre cifre, ad es. H501)",
    ),
    ("messages.cap", "Il CAP deve essere di 5 cifre"),
    (
        "messages.province",
        "Indicare la sigla della provincia (2 lettere, ad es. RM)",
    ),
    (
        "messages.country",
        "Codice dello Stato estero non valido (ad es. Z404)",
    ),
    (
        "messages.phone_required",
        "Indicare almeno un numero di telefono",
    ),
    (
        "messages.email_required",
        "Indicare almeno un indirizzo e-mail o PEC",
    ),
    (
        "messages.phone_prefix",
        "Il numero deve iniziare con il prefisso, ad es. +39",
    ),
    (
        "messages.phone_format",
        "Numero di telefono non valido: prefisso internazionale seguito da 6-15 cifre",
    ),
    (
        "messages.mobile_italian",
        "Il cellulare deve essere un numero mobile italiano (+39 3…)",
    ),
    ("messages.email_format", "Indirizzo e-mail non valido"),
    ("messages.pec_format", "Indirizzo PEC non valido"),
    (
        "messages.preferred_phone",
        "Scegliere come telefono preferenziale un numero indicato",
    ),
    (
        "messages.preferred_time",
        "Scegliere un orario preferenziale",
    ),
    ("messages.upload_missing", "Scegliere il file da caricare"),
    (
        "messages.upload_empty",
        "Il file è vuoto: scegliere il file scansionato o fotografato",
    ),
    (
        "messages.upload_too_large",
        "Il file supera la dimensione massima di 1 MB: ridurre la risoluzione della scansione",
    ),
    (
        "messages.upload_type",
        "Formato non ammesso: sono accettati solo file PDF, JPEG o PNG (il contenuto del file non corrisponde a nessuno di questi formati)",
    ),
];

pub const DE: &[(&str, &str)] = &[
    ("messages.support_topic", "Bitte das Thema der Anfrage wählen"),
    ("messages.support_message_short", "Bitte das Problem mit mindestens 10 Zeichen beschreiben"),
    ("messages.support_message_long", "Nachricht zu lang: höchstens 1000 Zeichen"),
    ("messages.support_message_markup", "Die Nachricht darf die Zeichen < und > nicht enthalten"),
    ("messages.support_reply_short", "Bitte eine Antwort mit mindestens 10 Zeichen schreiben"),
    ("messages.support_reply_long", "Antwort zu lang: höchstens 2000 Zeichen"),
    ("messages.support_reply_markup", "Die Antwort darf die Zeichen < und > nicht enthalten"),
    (
        "messages.cf_length",
        "Die Steuernummer muss 16 Zeichen lang sein",
    ),
    (
        "messages.cf_syntax",
        "Die Steuernummer enthält unzulässige Zeichen oder Zeichen an falscher Stelle",
    ),
    (
        "messages.cf_month",
        "Der in der Steuernummer angegebene Geburtsmonat ist ungültig",
    ),
    (
        "messages.cf_day",
        "Der in der Steuernummer angegebene Geburtstag ist ungültig",
    ),
    (
        "messages.cf_date",
        "Das in der Steuernummer angegebene Geburtsdatum existiert nicht",
    ),
    (
        "messages.cf_check_character",
        "Das Kontrollzeichen der Steuernummer ist nicht korrekt",
    ),
    (
        "messages.cf_birthplace_unknown",
        "Der Code des Geburtsorts entspricht keiner Gemeinde und keinem ausländischen Staat",
    ),
    (
        "messages.cf_birthplace_date",
        "Der Geburtsort bestand am in der Steuernummer angegebenen Geburtsdatum nicht",
    ),
    (
        "messages.cf_century",
        "Das Geburtsjahr wurde dem vorigen Jahrhundert zugeordnet: Die Geburtsgemeinde bestand im jüngeren Jahrhundert nicht mehr",
    ),
    (
        "messages.iban",
        "Ungültige IBAN: 27 Zeichen, beginnend mit IT, z. B. IT60X0542811101000000123456",
    ),
    ("messages.category", "Wählen Sie Ihre Kategorie"),
    (
        "messages.date_not_future",
        "Das Datum darf nicht in der Zukunft liegen",
    ),
    ("messages.child_cf", "Ungültige Steuernummer des Kindes"),
    ("messages.period", "Wählen Sie den Zeitraum des Antrags"),
    (
        "messages.members",
        "Geben Sie die Zahl der Haushaltsmitglieder an (2 bis 20)",
    ),
    (
        "messages.income",
        "Geben Sie das Haushaltseinkommen in Euro an (z. B. 23500)",
    ),
    ("messages.kind", "Unbekannte Art des Antrags"),
    (
        "messages.reason",
        "Geben Sie den Grund der Ablehnung an (mindestens 5 Zeichen)",
    ),
    ("messages.doc_type", "Wählen Sie die Art des Ausweises"),
    (
        "messages.issuer",
        "Geben Sie die ausstellende Stelle an (z. B. Gemeinde Bozen)",
    ),
    (
        "messages.issued_future",
        "Das Ausstellungsdatum darf nicht in der Zukunft liegen",
    ),
    (
        "messages.expired",
        "Der Ausweis ist abgelaufen: Geben Sie einen gültigen Ausweis an",
    ),
    (
        "messages.expiry_before_issue",
        "Das Ablaufdatum muss nach dem Ausstellungsdatum liegen",
    ),
    (
        "messages.ts_number",
        "Die Nummer der Gesundheitskarte hat 20 Ziffern",
    ),
    (
        "messages.ts_expiry",
        "Ungültiges Ablaufdatum: Verwenden Sie das Format TT/MM/JJJJ",
    ),
    ("messages.cf_invalid", "Ungültige Steuernummer"),
    (
        "messages.first_half",
        "Geben Sie die ersten 8 Zeichen der PIN ein",
    ),
    (
        "messages.two_contacts",
        "Geben Sie mindestens zwei Kontaktdaten an: Mobiltelefon, E-Mail oder PEC",
    ),
    (
        "messages.mobile_required",
        "Geben Sie das Mobiltelefon an: Die SMS zur Bestätigung der Aktivierung kommt dort an",
    ),
    ("messages.required", "Pflichtfeld"),
    (
        "messages.date_format",
        "Ungültiges Datum: Verwenden Sie das Format TT/MM/JJJJ",
    ),
    (
        "messages.date_not_exist",
        "Das angegebene Datum existiert nicht: Prüfen Sie Tag und Monat (z. B. gibt es den 31. Februar nicht)",
    ),
    (
        "messages.text_too_long",
        "Text zu lang: höchstens 100 Zeichen",
    ),
    (
        "messages.civic_too_long",
        "Hausnummer zu lang: höchstens 10 Zeichen",
    ),
    (
        "messages.name_too_long",
        "Text zu lang: höchstens 60 Zeichen",
    ),
    (
        "messages.text_chars",
        "Unzulässige Zeichen: Verwenden Sie nur Buchstaben, Ziffern, Leerzeichen und . , ' - / ° ( )",
    ),
    (
        "messages.date_future",
        "Das Geburtsdatum darf nicht in der Zukunft liegen",
    ),
    (
        "messages.date_too_old",
        "Das Geburtsdatum ist nicht plausibel",
    ),
    ("messages.sex", "Geben Sie das Geschlecht an: M oder F"),
    (
        "messages.name_chars",
        "Erlaubt sind nur Buchstaben, Leerzeichen, Apostrophe und Bindestriche",
    ),
    (
        "messages.birthplace",
        "Ungültiger Code des Geburtsorts (ein Buchstabe und drei Ziffern, z. B. H501)",
    ),
    ("messages.cap", "Die PLZ muss 5 Ziffern haben"),
    (
        "messages.province",
        "Geben Sie das Kürzel der Provinz an (2 Buchstaben, z. B. BZ)",
    ),
    (
        "messages.country",
        "Ungültiger Code des ausländischen Staats (z. B. Z404)",
    ),
    (
        "messages.phone_required",
        "Geben Sie mindestens eine Telefonnummer an",
    ),
    (
        "messages.email_required",
        "Geben Sie mindestens eine E-Mail- oder PEC-Adresse an",
    ),
    (
        "messages.phone_prefix",
        "Die Nummer muss mit der Vorwahl beginnen, z. B. +39",
    ),
    (
        "messages.phone_format",
        "Ungültige Telefonnummer: internationale Vorwahl gefolgt von 6-15 Ziffern",
    ),
    (
        "messages.mobile_italian",
        "Das Mobiltelefon muss eine italienische Mobilnummer sein (+39 3…)",
    ),
    ("messages.email_format", "Ungültige E-Mail-Adresse"),
    ("messages.pec_format", "Ungültige PEC-Adresse"),
    (
        "messages.preferred_phone",
        "Wählen Sie als bevorzugtes Telefon eine angegebene Nummer",
    ),
    (
        "messages.preferred_time",
        "Wählen Sie eine bevorzugte Uhrzeit",
    ),
    (
        "messages.upload_missing",
        "Wählen Sie die hochzuladende Datei",
    ),
    (
        "messages.upload_empty",
        "Die Datei ist leer: Wählen Sie die gescannte oder fotografierte Datei",
    ),
    (
        "messages.upload_too_large",
        "Die Datei überschreitet die Höchstgröße von 1 MB: Verringern Sie die Auflösung des Scans",
    ),
    (
        "messages.upload_type",
        "Unzulässiges Format: Nur PDF-, JPEG- oder PNG-Dateien werden angenommen (der Inhalt der Datei entspricht keinem dieser Formate)",
    ),
];

pub const EN: &[(&str, &str)] = &[
    ("messages.support_topic", "Choose what the request is about"),
    ("messages.support_message_short", "Describe the problem in at least 10 characters"),
    ("messages.support_message_long", "Message too long: at most 1000 characters"),
    ("messages.support_message_markup", "The message may not contain the characters < and >"),
    ("messages.support_reply_short", "Write a reply of at least 10 characters"),
    ("messages.support_reply_long", "Reply too long: at most 2000 characters"),
    ("messages.support_reply_markup", "The reply may not contain the characters < and >"),
    (
        "messages.cf_length",
        "The codice fiscale must be 16 characters long",
    ),
    (
        "messages.cf_syntax",
        "The codice fiscale contains characters that are not allowed or in the wrong place",
    ),
    (
        "messages.cf_month",
        "The month of birth in the codice fiscale is not valid",
    ),
    (
        "messages.cf_day",
        "The day of birth in the codice fiscale is not valid",
    ),
    (
        "messages.cf_date",
        "The date of birth in the codice fiscale does not exist",
    ),
    (
        "messages.cf_check_character",
        "The check character of the codice fiscale is not correct",
    ),
    (
        "messages.cf_birthplace_unknown",
        "The code of the place of birth matches no municipality or foreign country",
    ),
    (
        "messages.cf_birthplace_date",
        "The place of birth did not exist on the date of birth in the codice fiscale",
    ),
    (
        "messages.cf_century",
        "The year of birth was read in the previous century: the municipality of birth no longer existed in the more recent one",
    ),
    (
        "messages.iban",
        "IBAN not valid: 27 characters starting with IT, e.g. IT60X0542811101000000123456",
    ),
    ("messages.category", "Choose your category"),
    (
        "messages.date_not_future",
        "The date cannot be in the future",
    ),
    ("messages.child_cf", "The child's codice fiscale is not valid"),
    ("messages.period", "Choose the period of the application"),
    (
        "messages.members",
        "Enter the number of household members (2 to 20)",
    ),
    (
        "messages.income",
        "Enter the household income in euros (e.g. 23500)",
    ),
    ("messages.kind", "Unknown type of application"),
    (
        "messages.reason",
        "Enter the reason for the rejection (at least 5 characters)",
    ),
    ("messages.doc_type", "Choose the type of document"),
    (
        "messages.issuer",
        "Enter the authority that issued the document (e.g. Comune di Roma)",
    ),
    (
        "messages.issued_future",
        "The date of issue cannot be in the future",
    ),
    (
        "messages.expired",
        "The document has expired: enter a document that is still valid",
    ),
    (
        "messages.expiry_before_issue",
        "The expiry date must be after the date of issue",
    ),
    ("messages.ts_number", "The health card number has 20 digits"),
    (
        "messages.ts_expiry",
        "Expiry date not valid: use the format DD/MM/YYYY",
    ),
    ("messages.cf_invalid", "Codice fiscale not valid"),
    (
        "messages.first_half",
        "Enter the first 8 characters of the PIN",
    ),
    (
        "messages.two_contacts",
        "Enter at least two contact details among mobile phone, e-mail and PEC",
    ),
    (
        "messages.mobile_required",
        "Enter your mobile phone: the text message confirming the activation is sent there",
    ),
    ("messages.required", "Required field"),
    (
        "messages.date_format",
        "Date not valid: use the format DD/MM/YYYY",
    ),
    (
        "messages.date_not_exist",
        "This date does not exist: check the day and month (for example, 31 February does not exist)",
    ),
    (
        "messages.text_too_long",
        "Text too long: at most 100 characters",
    ),
    (
        "messages.civic_too_long",
        "House number too long: at most 10 characters",
    ),
    (
        "messages.name_too_long",
        "Text too long: at most 60 characters",
    ),
    (
        "messages.text_chars",
        "Characters not allowed: use only letters, digits, spaces and . , ' - / ° ( )",
    ),
    (
        "messages.date_future",
        "The date of birth cannot be in the future",
    ),
    (
        "messages.date_too_old",
        "The date of birth is not plausible",
    ),
    ("messages.sex", "Enter the sex: M or F"),
    (
        "messages.name_chars",
        "Only letters, spaces, apostrophes and hyphens are allowed",
    ),
    (
        "messages.birthplace",
        "Code of the place of birth not valid (one letter and three digits, e.g. H501)",
    ),
    ("messages.cap", "The postcode must have 5 digits"),
    (
        "messages.province",
        "Enter the province abbreviation (2 letters, e.g. RM)",
    ),
    (
        "messages.country",
        "Code of the foreign country not valid (e.g. Z404)",
    ),
    ("messages.phone_required", "Enter at least one phone number"),
    (
        "messages.email_required",
        "Enter at least one e-mail or PEC address",
    ),
    (
        "messages.phone_prefix",
        "The number must start with the dialling code, e.g. +39",
    ),
    (
        "messages.phone_format",
        "Phone number not valid: international dialling code followed by 6-15 digits",
    ),
    (
        "messages.mobile_italian",
        "The mobile phone must be an Italian mobile number (+39 3…)",
    ),
    ("messages.email_format", "E-mail address not valid"),
    ("messages.pec_format", "PEC address not valid"),
    (
        "messages.preferred_phone",
        "Choose one of the numbers given as preferred phone",
    ),
    ("messages.preferred_time", "Choose a preferred time"),
    ("messages.upload_missing", "Choose the file to upload"),
    (
        "messages.upload_empty",
        "The file is empty: choose the scanned or photographed file",
    ),
    (
        "messages.upload_too_large",
        "The file exceeds the maximum size of 1 MB: reduce the resolution of the scan",
    ),
    (
        "messages.upload_type",
        "Format not allowed: only PDF, JPEG or PNG files are accepted (the content of the file matches none of these formats)",
    ),
];
