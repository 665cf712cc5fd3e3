//! What the citizen receives, in the words they would read it. These rows are
//! the only place a PIN half appears in clear: they stand for the
//! phone, mailbox and letterbox of the person, not for the system's records.

use chrono::{DateTime, Utc};
use domain::api::{Channel, Contacts, Message, PinRequest};
use domain::request::present;
use domain::request::{normalize_phone, preferred_time_label};

use crate::secrets::random_hex;
use crate::store::{MessageRow, NewMessage};

/// Key a recipient is looked up by: lower case, no whitespace at all, so
/// `+39 333 1234567` finds `+393331234567` and e-mails ignore case.
pub fn recipient_key(recipient: &str) -> String {
    recipient
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Stands for a secret in a message not delivered yet.
pub const WITHHELD: &str = "[non ancora consegnato]";

/// The inbox as its owner sees it at `now`, from the rows as written (newest
/// first, as the store lists them). Decided here at read time, so advancing
/// the clock needs no background job:
/// - a held message was never dispatched: it is in nobody's inbox;
/// - post is delivered when the simulated clock reaches its due time;
/// - nobody can read a letter still in the post: until it is delivered its
///   secret is withheld, in the field and in the text.
pub fn inbox(rows: Vec<MessageRow>, now: DateTime<Utc>) -> Vec<Message> {
    rows.into_iter()
        .filter(|m| !m.held)
        .map(|m| seen_at(m, now))
        .collect()
}

fn seen_at(m: MessageRow, now: DateTime<Utc>) -> Message {
    let delivered_at = m.delivered_at.or(m.due_at.filter(|due| *due <= now));
    let mut body = m.body;
    let mut secret = m.secret;
    if delivered_at.is_none() {
        if let Some(s) = secret.take().filter(|s| !s.is_empty()) {
            body = body.replace(&s, WITHHELD);
        }
    }
    Message {
        id: m.id,
        channel: m.channel,
        recipient: m.recipient,
        subject: m.subject,
        body,
        secret,
        sent_at: m.sent_at,
        delivered_at,
        due_at: m.due_at,
        relay: None,
    }
}

fn message(channel: Channel, recipient: String, subject: &str, body: String) -> NewMessage {
    NewMessage {
        id: format!("msg_{}", random_hex::<12>()),
        channel,
        recipient,
        subject: subject.to_owned(),
        body,
        secret: None,
        sent_at: DateTime::<Utc>::MIN_UTC,
        delivered_at: None,
        due_at: None,
        held: false,
        request_id: None,
    }
}

const FOOTER: &str = "\n\n— Messaggio del simulatore PIN INPS (non affiliato all'INPS).";

/// Half 1, at once, to every personal contact given: SMS to the mobile,
/// e-mail and PEC.
pub fn half1_messages(
    request_id: &str,
    req: &PinRequest,
    half1: &str,
    now: DateTime<Utc>,
) -> Vec<NewMessage> {
    let c = &req.contacts;
    let full_name = format!(
        "{} {}",
        req.personal.name.trim(),
        req.personal.surname.trim()
    );
    let mut out = Vec::new();
    if let Some(mobile) = present(&c.mobile) {
        out.push(message(
            Channel::Sms,
            normalize_phone(mobile),
            "INPS",
            format!(
                "INPS: prima parte del PIN: {half1}. La seconda parte le sarà spedita per \
                 posta all'indirizzo di residenza. Richiesta n. {request_id}."
            ),
        ));
    }
    let mail_body = format!(
        "Gentile {full_name},\n\nla sua richiesta di PIN n. {request_id} è stata registrata.\n\n\
         Prima parte del PIN (8 caratteri): {half1}\n\n\
         La seconda parte le sarà spedita per posta ordinaria all'indirizzo di residenza. \
         Al primo accesso a www.inps.it inserisca il codice fiscale e i 16 caratteri \
         (prima e seconda parte, senza spazi): il sistema le assegnerà un nuovo PIN di \
         8 caratteri da conservare con cura.\n\n\
         Con la sola prima parte può già accedere ad alcuni servizi semplificati.\n\n\
         Istituto Nazionale della Previdenza Sociale{FOOTER}"
    );
    for (channel, addr) in [(Channel::Email, &c.email), (Channel::Pec, &c.pec)] {
        if let Some(addr) = present(addr) {
            out.push(message(
                channel,
                addr.to_owned(),
                "INPS - Prima parte del PIN",
                mail_body.clone(),
            ));
        }
    }
    for m in &mut out {
        m.secret = Some(half1.to_owned());
        m.sent_at = now;
        m.delivered_at = Some(now);
        m.request_id = Some(request_id.to_owned());
    }
    out
}

/// Half 1 of a request filed by phone: the contact-center operator reads it
/// out during the call (delivered at once, to the preferred phone).
pub fn half1_by_phone(
    request_id: &str,
    contacts: &Contacts,
    half1: &str,
    now: DateTime<Utc>,
) -> NewMessage {
    let phone = match contacts.preferred_phone.trim() {
        "home" => present(&contacts.home_phone),
        _ => present(&contacts.mobile),
    }
    .or_else(|| present(&contacts.mobile))
    .or_else(|| present(&contacts.home_phone))
    .map(normalize_phone)
    .unwrap_or_default();
    let mut m = message(
        Channel::Call,
        phone,
        "Contact Center INPS - Richiesta PIN telefonica",
        format!(
            "L'operatore del Contact Center ha registrato la richiesta di PIN n. {request_id} \
             e le comunica la prima parte del PIN: {half1}. La seconda parte le sarà spedita \
             per posta. Prima di usarlo, attivi il PIN con la funzione \"Attiva PIN\" \
             (codice fiscale, tessera sanitaria, prima parte del PIN e due recapiti).{FOOTER}"
        ),
    );
    m.secret = Some(half1.to_owned());
    m.sent_at = now;
    m.delivered_at = Some(now);
    m.request_id = Some(request_id.to_owned());
    m
}

/// Half 2, by ordinary post to the residence; the recipient is the codice
/// fiscale (API.md) since a letterbox has no other address to look it up by.
/// `held`: written now, dispatched when the contact center has verified the
/// residence.
pub fn half2_letter(
    request_id: &str,
    codice_fiscale: &str,
    req: &PinRequest,
    half2: &str,
    now: DateTime<Utc>,
    post_delay_days: i64,
    held: bool,
) -> NewMessage {
    let address = domain::address::postal_lines(&req.residence, req.residence_type)
        .join("\n")
        .to_uppercase();
    let body = format!(
        "ISTITUTO NAZIONALE DELLA PREVIDENZA SOCIALE\n\n\
         Gentile Sig./Sig.ra\n{} {}\n{address}\n\n\
         Codice fiscale: {codice_fiscale}\n\
         Oggetto: seconda parte del PIN (richiesta n. {request_id})\n\n\
         Le comunichiamo la seconda parte del suo PIN:\n\n    {half2}\n\n\
         Per il primo accesso ai servizi online inserisca il codice fiscale e il PIN \
         completo di 16 caratteri: prima gli 8 caratteri ricevuti via SMS, e-mail o PEC, \
         poi gli 8 caratteri riportati in questa lettera. Le sarà quindi assegnato un nuovo \
         PIN di 8 caratteri. Nel PIN, 0 è la cifra zero e non la lettera O.\n\n\
         Il PIN è personale: non lo comunichi a nessuno.\n\n\
         Distinti saluti\nLa Direzione{FOOTER}",
        req.personal.name.trim().to_uppercase(),
        req.personal.surname.trim().to_uppercase(),
    );
    let mut m = message(
        Channel::Post,
        codice_fiscale.to_owned(),
        "INPS - Seconda parte del PIN",
        body,
    );
    m.secret = Some(half2.to_owned());
    m.sent_at = now;
    m.due_at = Some(domain::time::later(
        now,
        domain::time::days(post_delay_days),
    ));
    m.held = held;
    m.request_id = Some(request_id.to_owned());
    m
}

/// The contact center's callback for an unverified residence: queued (not
/// delivered) until an operator makes the call.
pub fn verification_call(request_id: &str, contacts: &Contacts, now: DateTime<Utc>) -> NewMessage {
    let phone = match contacts.preferred_phone.trim() {
        "home" => present(&contacts.home_phone),
        _ => present(&contacts.mobile),
    }
    .or_else(|| present(&contacts.mobile))
    .or_else(|| present(&contacts.home_phone))
    .map(normalize_phone)
    .unwrap_or_default();
    let slot = preferred_time_label(&contacts.preferred_time)
        .map(str::to_owned)
        .unwrap_or_else(|| contacts.preferred_time.trim().to_owned());
    let body = format!(
        "Il Contact Center INPS la richiamerà al numero {phone}, {slot} (orario \
         preferenziale indicato), per verificare l'indirizzo di residenza della richiesta \
         PIN n. {request_id}: l'indirizzo indicato non corrisponde a quello presente negli \
         archivi INPS. La seconda parte del PIN sarà spedita dopo la verifica.{FOOTER}"
    );
    let mut m = message(
        Channel::Call,
        phone,
        "Contact Center INPS - Verifica indirizzo di residenza",
        body,
    );
    m.sent_at = now;
    m.request_id = Some(request_id.to_owned());
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().expect("instant")
    }

    fn letter(held: bool) -> MessageRow {
        let mut m = message(
            Channel::Post,
            "RSSMRA80A01H501U".into(),
            "INPS - Seconda parte del PIN",
            "la seconda parte: ABCD1234.".into(),
        );
        m.secret = Some("ABCD1234".into());
        m.sent_at = at("2020-04-01T10:00:00Z");
        m.due_at = Some(at("2020-04-08T10:00:00Z"));
        m.held = held;
        m
    }

    #[test]
    fn a_letter_is_read_only_once_the_clock_reaches_its_due_time() {
        let before = inbox(vec![letter(false)], at("2020-04-08T09:59:59.999Z"));
        assert_eq!(before[0].delivered_at, None);
        assert_eq!(before[0].secret, None);
        assert_eq!(before[0].body, format!("la seconda parte: {WITHHELD}."));
        assert_eq!(before[0].due_at, Some(at("2020-04-08T10:00:00Z")));

        let due = inbox(vec![letter(false)], at("2020-04-08T10:00:00Z"));
        assert_eq!(due[0].delivered_at, Some(at("2020-04-08T10:00:00Z")));
        assert_eq!(due[0].secret.as_deref(), Some("ABCD1234"));
        assert_eq!(due[0].body, "la seconda parte: ABCD1234.");
    }

    #[test]
    fn held_messages_are_in_no_inbox_and_instant_ones_arrive_at_once() {
        let now = at("2020-04-01T10:00:00Z");
        let mut sms = letter(false);
        sms.channel = Channel::Sms;
        sms.due_at = None;
        sms.delivered_at = Some(now);
        let seen = inbox(vec![letter(true), sms], now);
        assert_eq!(seen.len(), 1);
        assert_eq!(seen[0].channel, Channel::Sms);
        assert_eq!(seen[0].secret.as_deref(), Some("ABCD1234"));
        // A queued call (neither delivered nor due) is pending, secret kept out.
        let mut call = letter(false);
        call.due_at = None;
        assert_eq!(inbox(vec![call], now)[0].secret, None);
    }

    #[test]
    fn recipient_keys_ignore_case_and_spaces() {
        assert_eq!(recipient_key(" +39 333 123 4567 "), "+393331234567");
        assert_eq!(
            recipient_key("Mario.Rossi@Example.IT"),
            "mario.rossi@example.it"
        );
        assert_eq!(
            recipient_key("rssmra80a01h501u"),
            recipient_key("RSSMRA80A01H501U")
        );
    }
}
