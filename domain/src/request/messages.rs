//! The Italian messages of the form's field rules, and the fixed choices of
//! the contacts section (call-back time slots, preferred phone). Public so
//! the app and the server tests name a message instead of copying its text.

/// Message for an empty required field (the portal's "* Campo obbligatorio").
pub const MSG_REQUIRED: &str = "Campo obbligatorio";
pub const MSG_DATE_FORMAT: &str = "Data non valida: usare il formato GG/MM/AAAA";
pub const MSG_DATE_NOT_EXIST: &str =
    "La data indicata non esiste: controllare giorno e mese (ad es. il 31 febbraio non esiste)";
pub const MSG_DATE_FUTURE: &str = "La data di nascita non può essere nel futuro";
pub const MSG_DATE_TOO_OLD: &str = "La data di nascita non è plausibile";
pub const MSG_SEX: &str = "Indicare il sesso: M o F";
pub const MSG_NAME_CHARS: &str = "Sono ammessi solo lettere, spazi, apostrofi e trattini";
pub const MSG_BIRTHPLACE: &str =
    "Codice del luogo di nascita non valido (una lettera e tre cifre, ad es. H501)";
pub const MSG_CAP: &str = "Il CAP deve essere di 5 cifre";
pub const MSG_PROVINCE: &str = "Indicare la sigla della provincia (2 lettere, ad es. RM)";
pub const MSG_COUNTRY: &str = "Codice dello Stato estero non valido (ad es. Z404)";
pub const MSG_PHONE_REQUIRED: &str = "Indicare almeno un numero di telefono";
pub const MSG_EMAIL_REQUIRED: &str = "Indicare almeno un indirizzo e-mail o PEC";
pub const MSG_PHONE_PREFIX: &str = "Il numero deve iniziare con il prefisso, ad es. +39";
pub const MSG_PHONE_FORMAT: &str =
    "Numero di telefono non valido: prefisso internazionale seguito da 6-15 cifre";
pub const MSG_MOBILE_ITALIAN: &str = "Il cellulare deve essere un numero mobile italiano (+39 3…)";
pub const MSG_EMAIL_FORMAT: &str = "Indirizzo e-mail non valido";
pub const MSG_PEC_FORMAT: &str = "Indirizzo PEC non valido";
pub const MSG_PREFERRED_PHONE: &str = "Scegliere come telefono preferenziale un numero indicato";
pub const MSG_PREFERRED_TIME: &str = "Scegliere un orario preferenziale";

/// Time slots the contact center may call back in (value, Italian label).
/// The value travels in `contacts.preferred_time`.
pub const PREFERRED_TIMES: &[(&str, &str)] = &[
    ("09-13", "dalle 9 alle 13"),
    ("13-18", "dalle 13 alle 18"),
    ("18-20", "dalle 18 alle 20"),
    ("08-20", "qualsiasi orario (dalle 8 alle 20)"),
];

/// Choices of `contacts.preferred_phone` (value, Italian label).
pub const PREFERRED_PHONES: &[(&str, &str)] =
    &[("home", "Telefono abitazione"), ("mobile", "Cellulare")];

/// Italian label of a preferred time slot, if the value is one of ours.
pub fn preferred_time_label(value: &str) -> Option<&'static str> {
    PREFERRED_TIMES
        .iter()
        .find(|(v, _)| *v == value.trim())
        .map(|(_, l)| *l)
}
