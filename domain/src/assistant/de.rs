//! German: the words the matcher drops, the synonym groups (written folded:
//! ä → a, ö → o, ü → u, ß → ss; as stems or whole words) and the suffixes of
//! its light stemmer (plural and case endings; remainder at least 4 letters).
//! Compound words are split by the matcher against the indexed terms.

use super::rules::Rules;

pub(super) const RULES: Rules = Rules {
    stopwords: STOPWORDS,
    synonyms: SYNONYMS,
    suffixes: &["ern", "en", "em", "er", "es", "e", "n", "s"],
    min_stem: 4,
};

#[rustfmt::skip]
const STOPWORDS: &[&str] = &[
    "ich", "mich", "mir", "mein", "meine", "meinen", "meiner", "meines", "meinem",
    "sie", "ihr", "ihre", "ihren", "ihrer", "ihrem", "ihnen", "du", "dein", "deine",
    "es", "er", "wir", "uns", "man", "sich", "der", "die", "das", "den", "dem", "des",
    "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder", "aber", "ist",
    "sind", "bin", "war", "wurde", "wird", "werden", "habe", "hat", "haben", "hatte",
    "kann", "konnen", "konnte", "muss", "musste", "mussen", "soll", "sollte", "will",
    "mochte", "darf", "wie", "was", "wo", "wohin", "warum", "wieso", "welche",
    "welcher", "welches", "welchen", "wer", "zu", "zum", "zur", "im", "in", "an", "am",
    "auf", "aus", "bei", "beim", "mit", "von", "vom", "fur", "uber", "nach", "vor", "um",
    "noch", "auch", "nur", "so", "da", "dann", "denn", "doch", "ja", "nein", "nicht",
    "kein", "keine", "keinen", "mehr", "bitte", "danke", "hallo", "guten", "tag",
    "gibt", "jetzt", "immer", "sehr", "mal", "etwas", "hier", "dort", "bis", "als",
    "wenn", "ob", "dass", "inps", "online", "e", "tun", "mache", "machen", "ganz",
    "her", "hin", "nun", "gerade", "trotzdem", "leider", "obwohl",
    "alle", "alles", "nichts", "jemand", "irgendwie", "eigentlich", "heisst", "gehts", "geht", "gut", "morgen", "nie", "niemals", "per", "oft", "viel", "viele", "vielen", "ab",
    "wen", "gemeldet", "angezeigt", "seit", "gestern", "heute", "tagen", "fragen", "frage", "wissen",
];

/// Stems (or whole folded words) that mean the same thing, mapped to one
/// concept (the first entry of each group).
#[rustfmt::skip]
const SYNONYMS: &[&[&str]] = &[
    &["verlor", "verlier", "verliert", "vergess", "vergass", "vergisst", "weiss", "weis", "verlegt", "verleg", "erinner"],
    &["angekomm", "ankomm", "kommt", "kam", "erhalt", "erhielt", "bekomm", "bekam", "empfang", "zugestellt", "gekomm", "ankommt"],
    &["sms", "nachricht", "textnachricht", "kurznachricht", "text"],
    &["mail", "email", "pec", "postfach"],
    &["gesperrt", "sperr", "entsperr", "blockiert", "blockier", "sperrung", "gesperr"],
    &["beantrag", "bekomme", "erhalte", "kriege", "bekommt", "brauch", "benotig", "beantragt", "antrag", "anford", "anforder", "angefordert", "registrier", "registrierung"],
    &["andern", "geandert", "anderung", "andert", "wechsel", "gewechselt", "ersetz", "aktualisier", "aktualisiert", "eintrag", "eingetragen", "festleg", "festgelegt"],
    &["widerruf", "widerrufen", "widerrufung", "annullier", "annulliert", "losch", "geloscht", "deaktivier", "deaktiviert", "storni", "stornier"],
    &["wiederherstell", "wiederherstellung", "wiederhergestellt", "zurucksetz", "zuruckgesetzt", "reset", "herstell"],
    &["umwandl", "umwandel", "umwandlung", "umgewandelt", "wandl", "wandel", "wandelt", "umstell", "upgrad"],
    &["telefon", "anruf", "ruf", "telefonisch", "hotlin", "numm", "telefonnumm", "anrufen"],
    &["handy", "mobiltelefon", "mobil", "smartphon", "mobilfunk", "natel"],
    &["brief", "post", "umschlag", "briefumschlag", "brieftrag", "postbot", "postweg", "briefkast", "postalisch"],
    &["falsch", "korrekt", "richtig", "inkorrekt", "stimmt", "fehlerhaft"],
    &["anmeld", "anmeldung", "meld", "login", "einlogg", "eingeloggt", "reinkomm", "authentifizier", "authentifizierung", "log", "einstieg", "komme", "rein", "zugang", "zugriff", "zugreif"],
    &["dispositiv", "dispositivo", "dispositiven"],
    &["abgelauf", "ablauf", "lauft", "verfall", "verfallen", "ablaufdatum"],
    &["deutsch", "englisch", "sprach", "italienisch", "ubersetz", "ubersetzung"],
    &["spid", "cie", "cns"],
    &["offnungszeit", "uhrzeit", "geoffnet", "offen", "erreichbar", "uhr", "geschloss"],
    &["steuernumm", "steuer", "codic", "fiscal", "cf", "steuernr", "steuercod"],
    &["bereit", "bereits", "schon", "scho"],
    &["erst"],
    &["zweit"],
    &["teil", "halft", "halfte", "halb"],
    &["dokument", "ausweis", "personalausweis", "unterlag", "reisepass"],
    &["hochlad", "hochgelad", "anhang", "anhaeng", "beileg", "beifug", "upload", "lad", "lade", "hochladt"],
    &["formular", "modul", "vordruck", "mv35"],
    &["aktivier", "aktiviert", "aktivierung", "freischalt", "freigeschaltet", "schalt", "frei"],
    &["ausland", "auslandisch", "aire", "ausserhalb", "auslan"],
    &["adress", "adresse", "wohnsitz", "wohn", "umgezog", "umzug", "umzieh", "wohnung", "wohnort", "anschrift", "wohnt"],
    &["familienmitglied", "famili", "familie", "angehorig", "sohn", "tocht", "kind", "minderjahrig", "frau", "mann", "mutt", "vater", "elter", "oma", "opa", "grossmutt", "grossvat"],
    &["sitz", "buro", "amt", "schalter", "filial", "geschaftsstell", "sprechstund"],
    &["dauer", "dauert", "wart", "wartezeit", "gedauert"],
    &["erneut", "nochmal", "wied", "wieder", "zuschick", "nachschick", "einmal"],
    &["datenschutz", "datenschutzhinweis", "privacy", "verarbeitung", "einwilligung"],
    &["sitzung", "session", "abgemeldet", "ausgeloggt", "rausgeworf", "rausgeflog", "timeout"],
    &["bonus", "vergutung", "600", "entschadigung", "coronabonus"],
    &["zuruckruf", "ruckruf", "zuruckgeruf", "zuruck"],
    &["anleitung", "hilf", "erklar", "erklarung", "erklart"],
    &["verwend", "benutz", "nutz", "gebrauch", "eingeb", "eingegeb"],
    &["schick", "send", "gesendet", "geschickt", "versand", "versendet", "verschickt"],
];
