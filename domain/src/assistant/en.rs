//! English: the words the matcher drops, the synonym groups (as stems or
//! whole words) and the suffixes of its light stemmer (plurals, -ing, -ed,
//! -en; "ies" → "y" and a doubled final consonant undone by the matcher).

use super::rules::Rules;

pub(super) const RULES: Rules = Rules {
    stopwords: STOPWORDS,
    synonyms: SYNONYMS,
    suffixes: &["ing", "ed", "en", "es", "ly", "s", "e"],
    min_stem: 3,
};

#[rustfmt::skip]
const STOPWORDS: &[&str] = &[
    "a", "an", "the", "i", "my", "me", "mine", "is", "are", "am", "was", "were", "be",
    "been", "being", "do", "does", "did", "didn", "don", "doesn", "t", "s", "m", "ve",
    "ll", "d", "re", "to", "of", "in", "on", "at", "for", "with", "by", "from", "into",
    "it", "its", "this", "that", "these", "those", "what", "how", "where",
    "why", "which", "who", "can", "could", "should", "would", "will", "must", "may",
    "might", "have", "has", "had", "haven", "hasn", "hadn", "not", "no", "yet", "still",
    "please", "hello", "hi", "thanks", "thank", "you", "your", "we", "our", "us", "there",
    "and", "or", "but", "so", "if", "then", "than", "some", "any", "now", "want",
    "like", "just", "about", "inps", "online", "e", "isn", "aren", "wasn", "won", "cannot",
    "cant", "couldn", "shouldn", "doing", "way", "tell", "know",
    "up", "out", "never", "ever", "very", "much", "also", "anything", "nothing", "all",
    "someone", "something", "keep", "keeps", "wants", "go",
    "going", "im", "try", "havent", "hasnt", "didnt", "dont", "doesnt", "isnt",
    "wont", "ive", "over", "after", "until", "another", "one", "three", "good",
    "morning", "evening", "afternoon", "dear", "since", "yesterday",
    "today", "days", "ago", "able", "here", "sir",
];

/// Stems (or whole words) that mean the same thing, mapped to one concept
/// (the first entry of each group).
#[rustfmt::skip]
const SYNONYMS: &[&[&str]] = &[
    &["lost", "los", "lose", "forgot", "forget", "misplac", "remember", "rememb"],
    &["arriv", "receiv", "got", "gotten", "deliver", "cam", "com", "reach"],
    &["sms", "text", "messag", "txt", "texted"],
    &["email", "mail", "pec", "inbox", "emails"],
    &["block", "lock", "unlock", "unblock", "frozen", "froz", "freez", "suspend"],
    &["request", "ask", "need", "apply", "appli", "obtain", "get", "register", "registr", "registration"],
    &["chang", "modify", "modifi", "replac", "updat", "edit", "switch", "set"],
    &["revoked", "cancelled", "canceled"],
    &["revok", "revocation", "cancel", "cancell", "delet", "remov", "deactivat", "annul", "withdraw"],
    &["restor", "recover", "recovery", "reset", "retriev"],
    &["convert", "conversion", "upgrad", "transform"],
    &["phon", "call", "telephon", "number", "ring", "helplin", "hotlin", "rang"],
    &["mobil", "cell", "cellphon", "smartphon", "handy"],
    &["letter", "post", "postal", "postman", "envelop", "postbox", "letterbox"],
    &["wrong", "incorrect", "correct", "right", "mistak"],
    &["log", "login", "logon", "access", "sign", "signin", "enter", "authenticat", "authentication"],
    &["dispositivo", "dispositiv"],
    &["expir", "expiry", "expiration", "outdat"],
    &["german", "english", "languag", "italian", "translat", "translation", "deutsch"],
    &["spid", "cie", "cns"],
    &["hour", "open", "clos", "opening"],
    &["fiscal", "codic", "tax", "cf"],
    &["first"],
    &["second"],
    &["part", "half", "halv"],
    &["document", "identity", "id", "passport", "paper"],
    &["upload", "attach", "attachment", "load"],
    &["form", "mv35", "modul"],
    &["activat", "activation", "enabl"],
    &["abroad", "foreign", "overseas", "outsid", "aire", "foreigner"],
    &["address", "residenc", "mov", "hous", "home", "relocat", "flat", "apartment"],
    &["family", "famili", "relativ", "son", "daughter", "child", "children", "kid", "minor", "wife", "husband", "mother", "father", "mum", "mom", "dad", "parent", "grandmother", "grandfather", "grandma", "grandpa"],
    &["offic", "desk", "counter", "branch"],
    &["wait", "tak", "took"],
    &["verify", "verifi", "verification", "confirm", "confirmation"],
    &["resend", "resent", "again", "anew"],
    &["privacy", "consent", "process"],
    &["session", "logout", "disconnect", "kick", "timeout"],
    &["bonus", "allowanc", "600"],
    &["callback", "back"],
    &["instruction", "guid", "explain", "explanation", "tutorial"],
    &["us", "use", "utiliz"],
    &["send", "sent", "dispatch"],
];
