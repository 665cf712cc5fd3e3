//! Messages to citizens and the credential events behind them: the notice
//! every security-relevant event sends ("Le tue attività", see
//! `docs/lifecycle.md`), the e-mails of the PIN dispositivo procedure, and
//! the shape of an instant message for the delivery simulator.
//!
//! A notice goes by SMS to the registered mobile when there is one, else by
//! e-mail, else by PEC: someone who took over the web session (or the PIN)
//! cannot silence it. The event records where the notice went, masked.

use chrono::{DateTime, Utc};
use domain::api::Channel;
use domain::request::present;

use crate::error::AppResult;
use crate::secrets::random_hex;
use crate::state::AppState;
use crate::store::{Credential, CredentialEvent, NewMessage, StoredContacts};

/// Kinds of credential events.
pub mod kind {
    pub const LOGIN: &str = "login";
    pub const PIN_LOCKED: &str = "pin_locked";
    pub const FIRST_ACCESS: &str = "first_access";
    pub const PIN_CHANGED: &str = "pin_changed";
    pub const CONTACTS_VERIFIED: &str = "contacts_verified";
    pub const PRIVACY_ACCEPTED: &str = "privacy_accepted";
    pub const PIN_ACTIVATED: &str = "pin_activated";
    pub const PIN_RESTORED: &str = "pin_restored";
    pub const PIN_REVOKED: &str = "pin_revoked";
    pub const CONTACTS_CHANGED: &str = "contacts_changed";
    // Written by the contact center (`routes::contact_center`).
    pub const PHONE_REQUEST: &str = "phone_request";
    pub const RESIDENCE_VERIFIED: &str = "residence_verified";
    pub const REQUEST_CANCELLED: &str = "request_cancelled";
    pub const HALF1_RESENT: &str = "half1_resent";
    // Written by the sede (`routes::sede`).
    pub const SEDE_PIN_ISSUED: &str = "sede_pin_issued";
    pub const SEDE_CONVERSION: &str = "sede_conversion";
    // The conversion to PIN dispositivo (`routes::dispositivo`,
    // `routes::fax`, `routes::backoffice`).
    pub const CONVERSION_SUBMITTED: &str = "conversion_submitted";
    pub const CONVERSION_FAXED: &str = "conversion_faxed";
    pub const CONVERSION_APPROVED: &str = "conversion_approved";
    pub const CONVERSION_REJECTED: &str = "conversion_rejected";
}

/// Italian wording of an event kind.
pub fn describe(kind: &str) -> &'static str {
    match kind {
        kind::LOGIN => "Accesso ai servizi con PIN",
        kind::PIN_LOCKED => "PIN bloccato per troppi tentativi errati",
        kind::FIRST_ACCESS => "Primo accesso: assegnato un nuovo PIN",
        kind::PIN_CHANGED => "PIN modificato",
        kind::CONTACTS_VERIFIED => "Recapiti personali verificati",
        kind::PRIVACY_ACCEPTED => "Informativa sulla privacy accettata",
        kind::PIN_ACTIVATED => "PIN attivato",
        kind::PIN_RESTORED => "PIN ripristinato: inviato un nuovo PIN",
        kind::PIN_REVOKED => "PIN revocato",
        kind::CONTACTS_CHANGED => "Recapiti personali modificati",
        kind::PHONE_REQUEST => "Richiesta PIN registrata dal Contact Center",
        kind::RESIDENCE_VERIFIED => {
            "Indirizzo di residenza verificato dal Contact Center: seconda parte del PIN spedita"
        }
        kind::REQUEST_CANCELLED => "Richiesta PIN annullata dal Contact Center",
        kind::HALF1_RESENT => "Prima parte del PIN inviata di nuovo dal Contact Center",
        kind::SEDE_PIN_ISSUED => "PIN dispositivo rilasciato in sede",
        kind::SEDE_CONVERSION => "PIN convertito in PIN dispositivo presso la sede",
        kind::CONVERSION_SUBMITTED => "Richiesta di PIN dispositivo inviata online",
        kind::CONVERSION_FAXED => "Richiesta di PIN dispositivo ricevuta via fax (800 803 164)",
        kind::CONVERSION_APPROVED => "Richiesta di PIN dispositivo accolta: il PIN è dispositivo",
        kind::CONVERSION_REJECTED => "Richiesta di PIN dispositivo respinta",
        _ => "Operazione sul PIN",
    }
}

/// Text of the notice a person receives for an event.
fn notice_text(kind: &str, at: DateTime<Utc>) -> String {
    // Rome time, as the citizen reads the clock.
    let when = domain::datetime::rome_datetime_words(at);
    let what = match kind {
        kind::PIN_LOCKED => {
            "il suo PIN è stato bloccato per troppi tentativi di accesso errati. Potrà \
             riprovare tra 3 minuti"
        }
        kind::FIRST_ACCESS => {
            "è stato effettuato il primo accesso e le è stato assegnato un nuovo PIN"
        }
        kind::PIN_CHANGED => "il suo PIN è stato modificato",
        kind::PIN_ACTIVATED => "il suo PIN è stato attivato",
        kind::PIN_RESTORED => "il suo PIN è stato ripristinato: il nuovo PIN le è stato inviato",
        kind::PIN_REVOKED => {
            "il suo PIN è stato revocato e non è più utilizzabile. Può richiedere un nuovo PIN"
        }
        kind::CONTACTS_CHANGED => "i recapiti personali associati al suo PIN sono stati modificati",
        _ => "è stata eseguita un'operazione sul suo PIN",
    };
    format!(
        "INPS: il {when} {what}. Se non è stato lei, contatti subito il Contact Center \
         (803 164 da rete fissa, 06 164 164 da cellulare)."
    )
}

/// The independent channel a notice takes: SMS, else e-mail, else PEC.
pub fn notice_channel(c: &StoredContacts) -> Option<(Channel, String)> {
    present(&c.mobile)
        .map(|m| (Channel::Sms, m.to_owned()))
        .or_else(|| present(&c.email).map(|e| (Channel::Email, e.to_owned())))
        .or_else(|| present(&c.pec).map(|p| (Channel::Pec, p.to_owned())))
}

pub fn contacts_of(cred: &Credential) -> StoredContacts {
    StoredContacts {
        home_phone: cred.home_phone.clone(),
        mobile: cred.mobile.clone(),
        email: cred.email.clone(),
        pec: cred.pec.clone(),
    }
}

/// `+393331234567` → `+39333****567`; `mario.rossi@x.it` → `ma***@x.it`.
pub fn mask(recipient: &str) -> String {
    if let Some((local, domain)) = recipient.split_once('@') {
        let keep: String = local.chars().take(2).collect();
        return format!("{keep}***@{domain}");
    }
    let chars: Vec<char> = recipient.chars().collect();
    if chars.len() <= 7 {
        return "*".repeat(chars.len());
    }
    let head: String = chars[..6].iter().collect();
    let tail: String = chars[chars.len() - 3..].iter().collect();
    format!("{head}{}{tail}", "*".repeat(chars.len() - 9))
}

/// A message delivered at once (SMS, e-mail, PEC).
pub fn instant_message(
    channel: Channel,
    recipient: &str,
    subject: &str,
    body: String,
    secret: Option<String>,
    now: DateTime<Utc>,
) -> NewMessage {
    NewMessage {
        id: format!("msg_{}", random_hex::<12>()),
        channel,
        recipient: recipient.to_owned(),
        subject: subject.to_owned(),
        body,
        secret,
        sent_at: now,
        delivered_at: Some(now),
        due_at: None,
        held: false,
        request_id: None,
    }
}

/// Records an event of `cred` without a notice.
pub async fn record(st: &AppState, cred: &Credential, kind: &str) -> AppResult<()> {
    let now = st.clock.now();
    st.store
        .add_event(&CredentialEvent {
            credential_id: cred.id.clone(),
            codice_fiscale: cred.codice_fiscale.clone(),
            kind: kind.to_owned(),
            channel: None,
            recipient: None,
            at: now,
        })
        .await?;
    Ok(())
}

/// Records an event and sends its notice to `to` (the credential's contacts,
/// or the previous ones for a contacts change).
pub async fn notify(
    st: &AppState,
    cred: &Credential,
    kind: &str,
    to: &StoredContacts,
) -> AppResult<()> {
    let now = st.clock.now();
    let target = notice_channel(to);
    if let Some((channel, recipient)) = &target {
        st.store
            .insert_message(instant_message(
                *channel,
                recipient,
                "INPS - Avviso di sicurezza sul PIN",
                notice_text(kind, now),
                None,
                now,
            ))
            .await?;
    }
    st.store
        .add_event(&CredentialEvent {
            credential_id: cred.id.clone(),
            codice_fiscale: cred.codice_fiscale.clone(),
            kind: kind.to_owned(),
            channel: target.as_ref().map(|(c, _)| *c),
            recipient: target.as_ref().map(|(_, r)| mask(r)),
            at: now,
        })
        .await?;
    Ok(())
}

/// An e-mail to the citizen about a procedure (PIN dispositivo outcomes,
/// protocolled applications): e-mail, else PEC, else SMS. Where it went,
/// if anywhere.
pub async fn mail(
    st: &AppState,
    cred: &Credential,
    subject: &str,
    body: &str,
) -> AppResult<Option<(Channel, String)>> {
    let now = st.clock.now();
    let (channel, recipient) = if let Some(e) = present(&cred.email) {
        (Channel::Email, e.to_owned())
    } else if let Some(p) = present(&cred.pec) {
        (Channel::Pec, p.to_owned())
    } else if let Some(m) = present(&cred.mobile) {
        (Channel::Sms, m.to_owned())
    } else {
        tracing::warn!(credential = %cred.id, "no contact to notify");
        return Ok(None);
    };
    let body = format!("{body}\n\n— Messaggio del simulatore PIN INPS (non affiliato all'INPS).");
    st.store
        .insert_message(instant_message(
            channel, &recipient, subject, body, None, now,
        ))
        .await?;
    Ok(Some((channel, recipient)))
}

/// [`mail`], and the event it tells of in "Le tue attività", with where the
/// e-mail went (masked).
pub async fn mail_event(
    st: &AppState,
    cred: &Credential,
    kind: &str,
    subject: &str,
    body: &str,
) -> AppResult<()> {
    let sent = mail(st, cred, subject, body).await?;
    st.store
        .add_event(&CredentialEvent {
            credential_id: cred.id.clone(),
            codice_fiscale: cred.codice_fiscale.clone(),
            kind: kind.to_owned(),
            channel: sent.as_ref().map(|(c, _)| *c),
            recipient: sent.as_ref().map(|(_, r)| mask(r)),
            at: st.clock.now(),
        })
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_keep_only_a_hint() {
        assert_eq!(mask("+393331234567"), "+39333****567");
        assert_eq!(mask("mario.rossi@example.it"), "ma***@example.it");
        assert_eq!(mask("12345"), "*****");
    }

    #[test]
    fn notices_prefer_sms_then_email_then_pec() {
        let mut c = StoredContacts {
            home_phone: Some("+3906123456".into()),
            mobile: None,
            email: None,
            pec: Some("p@pec.it".into()),
        };
        assert_eq!(notice_channel(&c).unwrap().0, Channel::Pec);
        c.email = Some("e@x.it".into());
        assert_eq!(notice_channel(&c).unwrap().0, Channel::Email);
        c.mobile = Some("+393331234567".into());
        assert_eq!(notice_channel(&c).unwrap().0, Channel::Sms);
    }
}
