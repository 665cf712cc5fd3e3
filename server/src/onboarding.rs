//! What comes after a login: the steps still due before MyINPS (verify the
//! contacts given in the request with a code sent to each, then accept the
//! privacy notice — see `docs/lifecycle.md`). Contacts are verified once
//! (again after a contacts change); the notice is versioned, and publishing
//! a new version asks everyone again at their next login.

use domain::api::{Channel, Next, PrivacyNotice};
use domain::request::present;

use crate::codes::{self, Via};
use crate::error::AppResult;
use crate::notify::instant_message;
use crate::state::AppState;
use crate::store::{CodePurpose, Credential};

/// Where an active session goes after login or after a PIN change: the
/// onboarding steps still due, then home. Contacts are verified
/// once (again after a contacts change); the privacy notice again whenever a
/// newer version is published.
pub async fn next_step(st: &AppState, cred: &Credential) -> AppResult<Next> {
    if !cred.contacts_verified && !verifiable_contacts(cred).is_empty() {
        return Ok(Next::VerifyContacts);
    }
    if cred.privacy_version < current_privacy_version(st).await? {
        return Ok(Next::AcceptPrivacy);
    }
    Ok(Next::Home)
}

pub const PRIVACY_KEY: &str = "privacy_version";

/// The contacts a code can reach: mobile (SMS), e-mail, PEC. A landline
/// cannot receive one.
pub fn verifiable_contacts(cred: &Credential) -> Vec<(&'static str, Channel, String)> {
    let mut out = Vec::new();
    for (target, channel, value) in [
        ("mobile", Channel::Sms, &cred.mobile),
        ("email", Channel::Email, &cred.email),
        ("pec", Channel::Pec, &cred.pec),
    ] {
        if let Some(v) = present(value) {
            out.push((target, channel, v.to_owned()));
        }
    }
    out
}

pub async fn current_privacy_version(st: &AppState) -> AppResult<i64> {
    Ok(st
        .store
        .setting(PRIVACY_KEY)
        .await?
        .and_then(|v| v.parse().ok())
        .unwrap_or(1))
}

pub fn privacy_notice(version: i64) -> PrivacyNotice {
    PrivacyNotice {
        version,
        title: format!("Informativa sul trattamento dei dati personali (versione {version})"),
        text: "Ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 (GDPR), l'Istituto \
               Nazionale della Previdenza Sociale, titolare del trattamento, informa che i dati \
               personali forniti per il rilascio e la gestione del PIN sono trattati \
               esclusivamente per identificare l'utente e consentirgli l'accesso ai servizi \
               online.\n\nI recapiti personali (cellulare, e-mail, PEC) sono utilizzati per \
               inviare il PIN, i codici di verifica e gli avvisi di sicurezza relativi alle \
               operazioni sul PIN.\n\nI dati sono conservati per il tempo necessario alle \
               finalità indicate; l'interessato può esercitare i diritti di accesso, \
               rettifica, cancellazione e limitazione rivolgendosi al Responsabile della \
               protezione dei dati dell'INPS.\n\nQuesta è una simulazione didattica: nessun \
               dato reale è trattato."
            .into(),
    }
}

/// Sends a fresh code to every contact that can receive one: SMS code (10
/// minutes) to the mobile, e-mail code (24 hours) to e-mail and PEC.
pub async fn send_verification_codes(st: &AppState, cred: &Credential) -> AppResult<()> {
    let now = st.clock.now();
    for (target, channel, recipient) in verifiable_contacts(cred) {
        let via = if channel == Channel::Sms {
            Via::Sms
        } else {
            Via::Mail
        };
        let code =
            codes::issue(st, &cred.id, CodePurpose::VerifyContact, target, via, None).await?;
        let (subject, body) = match via {
            Via::Sms => (
                "INPS",
                format!(
                    "INPS: codice di verifica del cellulare: {code}. Valido 10 minuti. Non \
                     comunicarlo a nessuno."
                ),
            ),
            Via::Mail => (
                "INPS - Verifica del recapito",
                format!(
                    "Gentile utente,\n\nper verificare questo recapito inserisca il codice \
                     seguente nella pagina \"Verifica dei recapiti\":\n\n    {code}\n\n\
                     Il codice vale 24 ore e può essere usato una sola volta.\n\n\
                     Istituto Nazionale della Previdenza Sociale"
                ),
            ),
        };
        st.store
            .insert_message(instant_message(
                channel,
                &recipient,
                subject,
                body,
                Some(code),
                now,
            ))
            .await?;
    }
    Ok(())
}
