//! The steps after first access: verify the contacts given in the
//! request (a code sent to each), then accept the privacy notice. The notice
//! is versioned: publishing a new version asks everyone again at next login.

use axum::extract::State;
use axum::routing::{get, post};
use axum::{Json, Router};
use domain::api::ErrorCode;
use domain::api::{
    FieldError, Level, Next, NextStep, PrivacyAccept, PrivacyNotice, VerifyContactsRequest,
    VerifyContactsStatus,
};

use crate::auth::session_credential;
use crate::auth::ActiveSession;
use crate::codes;
use crate::error::{AppError, AppJson, AppResult};
use crate::notify::{self, kind, mask};
use crate::onboarding::{
    current_privacy_version, next_step, privacy_notice, send_verification_codes,
    verifiable_contacts, PRIVACY_KEY,
};
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
    notify::record(&st, &cred, kind::CONTACTS_VERIFIED).await?;
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
    notify::record(&st, &cred, kind::PRIVACY_ACCEPTED).await?;
    let cred = session_credential(&st, &session).await?;
    Ok(Json(NextStep {
        next: next_step(&st, &cred).await?,
    }))
}
