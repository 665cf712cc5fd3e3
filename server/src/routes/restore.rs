//! Ripristina PIN: lost PIN, contacts known.
//!
//! CF + tessera sanitaria + the two contacts registered earlier → always the
//! same 202 "richiesta ricevuta" (a stranger learns nothing about the CF) →
//! when everything matches a PIN used at least once, a temporary code by
//! e-mail (24 h) → entering it issues a new 16-character PIN: first 8 by SMS,
//! last 8 by e-mail → first-access change again. Every session of the old PIN
//! ends. A never-used PIN gets an e-mail pointing to Revoca instead.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use domain::api::{Channel, CodeConfirm, Outcome, PinContacts, RestoreRequest};
use domain::pin::{self, InitialPin};
use domain::request::normalize_cf;

use crate::codes::{self, Via};
use crate::error::{AppError, AppJson, AppResult};
use crate::notify::{self, instant_message, kind};
use crate::secrets::random_bytes;
use crate::state::AppState;
use crate::store::{CodePurpose, Credential};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/pin/restore", post(restore))
        .route("/pin/restore/confirm", post(confirm))
}

pub const RECEIVED: &str = "Richiesta di ripristino ricevuta. Se i dati corrispondono a un PIN \
     già utilizzato, riceverà all'indirizzo e-mail registrato un codice provvisorio da inserire \
     per ottenere il nuovo PIN.";

/// The citizen's typed contacts against those registered for `cred`
/// ([`pin::restore_contacts_match`]).
fn contacts_match(cred: &Credential, typed: &PinContacts) -> bool {
    let registered = PinContacts {
        home_phone: None,
        mobile: cred.mobile.clone(),
        email: cred.email.clone(),
        pec: cred.pec.clone(),
    };
    pin::restore_contacts_match(&registered, typed)
}

/// Registered mailbox for the code: e-mail, else PEC.
fn mailbox(cred: &Credential) -> Option<(Channel, String)> {
    cred.email
        .clone()
        .map(|e| (Channel::Email, e))
        .or_else(|| cred.pec.clone().map(|p| (Channel::Pec, p)))
}

async fn restore(
    State(st): State<AppState>,
    AppJson(body): AppJson<RestoreRequest>,
) -> AppResult<(StatusCode, Json<Outcome>)> {
    AppError::check(pin::validate_restore(&body))?;
    let cf = normalize_cf(&body.codice_fiscale);
    let now = st.clock.now();
    let cred = st.store.live_credential(&cf).await?;
    let citizen = st.store.citizen(&cf).await?;
    let ts_ok = citizen.as_ref().is_some_and(|c| {
        pin::tessera_matches(&c.tessera_sanitaria, &body.tessera_sanitaria_number, None)
    });
    let matching = cred
        .filter(|c| ts_ok && !c.activation_required && contacts_match(c, &body.contacts))
        .and_then(|c| mailbox(&c).map(|m| (c, m)));
    match matching {
        Some((cred, (channel, addr))) if cred.used_once() => {
            let code = codes::issue(
                &st,
                &cred.id,
                CodePurpose::Restore,
                "email",
                Via::Mail,
                None,
            )
            .await?;
            st.store
                .insert_message(instant_message(
                    channel,
                    &addr,
                    "INPS - Ripristino del PIN: codice provvisorio",
                    format!(
                        "Gentile utente,\n\nabbiamo ricevuto la sua richiesta di ripristino del \
                         PIN. Il codice provvisorio è:\n\n    {code}\n\nLo inserisca nella \
                         pagina \"Ripristina PIN\" entro 24 ore: riceverà i primi 8 caratteri \
                         del nuovo PIN via SMS e gli altri 8 via e-mail.\n\nSe non ha chiesto \
                         lei il ripristino, ignori questo messaggio.\n\n\
                         Istituto Nazionale della Previdenza Sociale"
                    ),
                    Some(code),
                    now,
                ))
                .await?;
            tracing::info!(credential = %cred.id, "restore requested");
        }
        Some((cred, (channel, addr))) => {
            // Never used: the owner (and only the owner) learns to use Revoca.
            st.hasher.verify_dummy(String::new()).await?;
            st.store
                .insert_message(instant_message(
                    channel,
                    &addr,
                    "INPS - Ripristino del PIN non possibile",
                    "Gentile utente,\n\nil ripristino è possibile solo per un PIN già utilizzato \
                     almeno una volta. Per ottenere un nuovo PIN utilizzi la funzione \"Revoca \
                     PIN\" e poi richieda un nuovo PIN.\n\n\
                     Istituto Nazionale della Previdenza Sociale"
                        .into(),
                    None,
                    now,
                ))
                .await?;
            tracing::info!(credential = %cred.id, "restore refused: PIN never used");
        }
        None => {
            // Same work as a real request, so the time says nothing either.
            st.hasher.verify_dummy(String::new()).await?;
        }
    }
    Ok(codes::accepted(RECEIVED))
}

async fn confirm(
    State(st): State<AppState>,
    AppJson(body): AppJson<CodeConfirm>,
) -> AppResult<Json<Outcome>> {
    let cf = normalize_cf(&body.codice_fiscale);
    let cred = st
        .store
        .live_credential(&cf)
        .await?
        .filter(|c| c.used_once() && !c.activation_required);
    let (cred, _) = codes::confirm(&st, cred, CodePurpose::Restore, &body.code).await?;
    let now = st.clock.now();
    let new = InitialPin::from_random(&random_bytes::<16>(), st.settings.pin_alphabet);
    let initial_hash = st.hasher.hash(new.full()).await?;
    st.store.restore_pin(&cred.id, &initial_hash, now).await?;

    // First 8 by SMS (PEC without a mobile), last 8 by e-mail (else PEC).
    let first = cred
        .mobile
        .clone()
        .map(|m| (Channel::Sms, m))
        .or_else(|| cred.pec.clone().map(|p| (Channel::Pec, p)));
    let second = cred
        .email
        .clone()
        .map(|e| (Channel::Email, e))
        .or_else(|| cred.pec.clone().map(|p| (Channel::Pec, p)));
    if let Some((channel, to)) = first {
        st.store
            .insert_message(instant_message(
                channel,
                &to,
                "INPS - Ripristino PIN: prima parte",
                format!(
                    "INPS: prima parte del nuovo PIN: {}. La seconda parte le è stata inviata \
                     via e-mail. Al primo accesso inserisca i 16 caratteri.",
                    new.half1
                ),
                Some(new.half1.clone()),
                now,
            ))
            .await?;
    }
    if let Some((channel, to)) = second {
        st.store
            .insert_message(instant_message(
                channel,
                &to,
                "INPS - Ripristino PIN: seconda parte",
                format!(
                    "Gentile utente,\n\nseconda parte del nuovo PIN: {}\n\nLa prima parte le è \
                     stata inviata via SMS. Al primo accesso inserisca il codice fiscale e i 16 \
                     caratteri: il sistema le assegnerà un nuovo PIN di 8 caratteri.\n\n\
                     Istituto Nazionale della Previdenza Sociale",
                    new.half2
                ),
                Some(new.half2.clone()),
                now,
            ))
            .await?;
    }
    notify::notify(&st, &cred, kind::PIN_RESTORED, &notify::contacts_of(&cred)).await?;
    tracing::info!(credential = %cred.id, "PIN restored");
    Ok(Json(Outcome {
        message: "Ripristino completato: i primi 8 caratteri del nuovo PIN sono stati inviati \
                  via SMS, gli altri 8 via e-mail. Al primo accesso le sarà chiesto di \
                  cambiarlo."
            .into(),
    }))
}
