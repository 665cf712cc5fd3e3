//! The steps after first access (SPEC §4.3): verify the contacts given in the
//! request (a code sent to each), then accept the privacy notice. The notice
//! is versioned: publishing a new version asks everyone again at next login.

use axum::extract::State;
use axum::routing::{get, post};
use axum::{Json, Router};
use domain::api::ErrorCode;
use domain::api::{
    Channel, FieldError, Level, Next, NextStep, PrivacyAccept, PrivacyNotice,
    VerifyContactsRequest, VerifyContactsStatus,
};

use super::activity::{self, instant_message, kind, mask};
use super::codes::{self, Via};
use super::pin::session_credential;
use super::session::next_step;
use crate::error::{AppError, AppJson, AppResult};
use crate::session::ActiveSession;
use crate::state::AppState;
use crate::store::{CodePurpose, Credential, Session};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/pin/verify-contacts",
            get(verify_status).post(verify_contacts),
        )
        .route("/pin/verify-contacts/send", post(send_codes))
        .route("/pin/privacy", post(accept_privacy))
        .route("/privacy", get(privacy))
}

/// Simulation control: publish a new version of the privacy notice.
pub fn sim_router() -> Router<AppState> {
    Router::new().route("/sim/privacy", post(publish_privacy))
}

const PRIVACY_KEY: &str = "privacy_version";

/// The contacts a code can reach: mobile (SMS), e-mail, PEC. A landline
/// cannot receive one.
pub fn verifiable_contacts(cred: &Credential) -> Vec<(&'static str, Channel, String)> {
    let mut out = Vec::new();
    let present = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    if let Some(m) = present(&cred.mobile) {
        out.push(("mobile", Channel::Sms, m));
    }
    if let Some(e) = present(&cred.email) {
        out.push(("email", Channel::Email, e));
    }
    if let Some(p) = present(&cred.pec) {
        out.push(("pec", Channel::Pec, p));
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

fn privacy_notice(version: i64) -> PrivacyNotice {
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

async fn privacy(State(st): State<AppState>) -> AppResult<Json<PrivacyNotice>> {
    Ok(Json(privacy_notice(current_privacy_version(&st).await?)))
}

async fn publish_privacy(State(st): State<AppState>) -> AppResult<Json<PrivacyNotice>> {
    let v = current_privacy_version(&st).await? + 1;
    st.store.save_setting(PRIVACY_KEY, &v.to_string()).await?;
    tracing::info!(version = v, "privacy notice: new version published");
    Ok(Json(privacy_notice(v)))
}

/// A session that may do onboarding: full PIN, past the PIN change.
async fn onboarding_credential(st: &AppState, session: &Session) -> AppResult<Credential> {
    if session.level == Level::L0 {
        return Err(AppError::Forbidden {
            code: ErrorCode::FirstAccessRequired,
            message: "Completare prima il primo accesso con il PIN di 16 caratteri",
        });
    }
    session_credential(st, session).await
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

async fn verify_status(
    State(st): State<AppState>,
    ActiveSession(session): ActiveSession,
) -> AppResult<Json<VerifyContactsStatus>> {
    let cred = onboarding_credential(&st, &session).await?;
    let live = st
        .store
        .live_codes(&cred.id, CodePurpose::VerifyContact, st.clock.now())
        .await?;
    let contacts = verifiable_contacts(&cred);
    let codes_sent = contacts
        .iter()
        .all(|(t, _, _)| live.iter().any(|c| c.target == *t));
    Ok(Json(VerifyContactsStatus {
        contacts: contacts
            .iter()
            .map(|(kind, _, r)| domain::api::ContactToVerify {
                kind: (*kind).to_owned(),
                masked: mask(r),
            })
            .collect(),
        codes_sent,
        verified: cred.contacts_verified,
    }))
}

async fn send_codes(
    State(st): State<AppState>,
    ActiveSession(session): ActiveSession,
) -> AppResult<Json<VerifyContactsStatus>> {
    let cred = onboarding_credential(&st, &session).await?;
    send_verification_codes(&st, &cred).await?;
    verify_status(State(st), ActiveSession(session)).await
}

async fn verify_contacts(
    State(st): State<AppState>,
    ActiveSession(session): ActiveSession,
    AppJson(body): AppJson<VerifyContactsRequest>,
) -> AppResult<Json<NextStep>> {
    let cred = onboarding_credential(&st, &session).await?;
    if cred.contacts_verified {
        return Ok(Json(NextStep {
            next: next_step(&st, &cred).await?,
        }));
    }
    let mut errors = Vec::new();
    let mut matched = Vec::new();
    for (target, _, _) in verifiable_contacts(&cred) {
        let field = format!("codes.{target}");
        let typed = body.codes.get(target).map(String::as_str).unwrap_or("");
        if typed.trim().is_empty() {
            errors.push(FieldError::new(
                field,
                "REQUIRED",
                "Inserire il codice ricevuto su questo recapito",
            ));
            continue;
        }
        match codes::matches(&st, &cred.id, CodePurpose::VerifyContact, target, typed).await? {
            Some(code) => matched.push(code),
            None => errors.push(FieldError::new(
                field,
                "CODE_INVALID",
                "Codice errato o scaduto: controllare il messaggio o richiedere un nuovo codice",
            )),
        }
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let now = st.clock.now();
    for code in &matched {
        st.store.consume_code(&code.id, now).await?;
    }
    st.store.set_contacts_verified(&cred.id, true).await?;
    activity::record(&st, &cred, kind::CONTACTS_VERIFIED).await?;
    let cred = session_credential(&st, &session).await?;
    Ok(Json(NextStep {
        next: next_step(&st, &cred).await?,
    }))
}

async fn accept_privacy(
    State(st): State<AppState>,
    ActiveSession(session): ActiveSession,
    AppJson(body): AppJson<PrivacyAccept>,
) -> AppResult<Json<NextStep>> {
    let cred = onboarding_credential(&st, &session).await?;
    let current = current_privacy_version(&st).await?;
    if body.version != current {
        return Err(AppError::Validation(vec![FieldError::new(
            "version",
            "PRIVACY_VERSION",
            "L'informativa è stata aggiornata: leggere la versione in vigore e accettarla",
        )]));
    }
    if !cred.contacts_verified && !verifiable_contacts(&cred).is_empty() {
        return Ok(Json(NextStep {
            next: Next::VerifyContacts,
        }));
    }
    st.store.set_privacy_version(&cred.id, current).await?;
    activity::record(&st, &cred, kind::PRIVACY_ACCEPTED).await?;
    let cred = session_credential(&st, &session).await?;
    Ok(Json(NextStep {
        next: next_step(&st, &cred).await?,
    }))
}
