//! Attiva PIN: for a PIN issued without verified contacts (filed
//! by phone through the contact center; in the simulation
//! `POST /api/v1/sim/phone-requests`).
//!
//! CF, tessera sanitaria number and expiry, the first half of the PIN, and at
//! least two contacts including the mobile → a code by SMS to that mobile
//! (10 minutes) → confirming registers the contacts as verified and makes the
//! PIN usable; an SMS confirms the activation. Wrong first halves count as
//! failed logins (same lockout).

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use domain::api::{ActivateRequest, Channel, CodeConfirm, FieldError, Outcome, PinContacts};
use domain::pin;
use domain::request::{normalize_cf, normalize_contacts};

use crate::codes::{self, Via};
use crate::error::{AppError, AppJson, AppResult};
use crate::notify::{self, instant_message, kind};
use crate::state::AppState;
use crate::store::credentials::{LoginCommit, NewLogin};
use crate::store::{Attempt, CodePurpose};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/pin/activate", post(activate))
        .route("/pin/activate/confirm", post(confirm))
}

const MISMATCH: &str = "I dati inseriti non corrispondono a un PIN da attivare: controllare \
     codice fiscale, tessera sanitaria e prima parte del PIN";

fn mismatch() -> AppError {
    AppError::Validation(vec![FieldError::new(
        "first_half",
        "ACTIVATION_MISMATCH",
        MISMATCH,
    )])
}

async fn activate(
    State(st): State<AppState>,
    AppJson(body): AppJson<ActivateRequest>,
) -> AppResult<(StatusCode, Json<Outcome>)> {
    AppError::check(pin::validate_activate(&body))?;
    let cf = normalize_cf(&body.codice_fiscale);
    let now = st.clock.now();
    let typed = pin::normalize(&body.first_half);
    let citizen = st.store.citizen(&cf).await?;
    let ts_ok = citizen.as_ref().is_some_and(|c| {
        pin::tessera_matches(
            &c.tessera_sanitaria,
            &body.tessera_sanitaria_number,
            Some(&body.tessera_sanitaria_expiry),
        )
    });
    let cred = st
        .store
        .live_credential(&cf)
        .await?
        .filter(|c| c.activation_required);
    let (Some(cred), Some(half1_hash)) = (
        cred.clone(),
        cred.as_ref().and_then(|c| c.half1_hash.clone()),
    ) else {
        st.hasher.verify_dummy(typed).await?;
        return Err(mismatch());
    };
    // Checked first, counted after (as at login): a failed attempt counts,
    // a correct one never holds a slot of the lockout.
    let lockout = pin::Lockout {
        failed_attempts: cred.failed_attempts,
        locked_until: cred.locked_until,
    };
    if let Some(retry_after_seconds) = lockout.retry_after(now) {
        return Err(AppError::PinLocked {
            retry_after_seconds,
        });
    }
    let half_ok = st.hasher.verify(typed, half1_hash.clone()).await?;
    if !half_ok || !ts_ok {
        if let Attempt::Locked {
            retry_after_seconds,
        } = st.store.reserve_attempt(&cred.id, now).await?
        {
            return Err(AppError::PinLocked {
                retry_after_seconds,
            });
        }
        return Err(mismatch());
    }
    let right = NewLogin {
        credential_id: cred.id.clone(),
        verified_hash: half1_hash,
        now,
        session: None,
    };
    match st.store.commit_login(&right).await? {
        LoginCommit::Committed => {}
        LoginCommit::Locked {
            retry_after_seconds,
        } => {
            return Err(AppError::PinLocked {
                retry_after_seconds,
            })
        }
        LoginCommit::Stale => return Err(mismatch()),
    }
    let contacts = normalize_contacts(&body.contacts);
    let mobile = contacts.mobile.clone().unwrap_or_default();
    let payload = serde_json::to_string(&contacts).map_err(AppError::internal)?;
    let code = codes::issue(
        &st,
        &cred.id,
        CodePurpose::Activate,
        "mobile",
        Via::Sms,
        Some(payload),
    )
    .await?;
    st.store
        .insert_message(instant_message(
            Channel::Sms,
            &mobile,
            "INPS",
            format!(
                "INPS: codice per attivare il PIN: {code}. Valido 10 minuti. Non comunicarlo \
                 a nessuno."
            ),
            Some(code),
            now,
        ))
        .await?;
    Ok(codes::accepted(
        "Dati verificati. Le abbiamo inviato un SMS con il codice di attivazione: lo inserisca \
         entro 10 minuti.",
    ))
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
        .filter(|c| c.activation_required);
    let (cred, code) = codes::confirm(&st, cred, CodePurpose::Activate, &body.code).await?;
    let given: PinContacts = code
        .payload
        .as_deref()
        .and_then(|p| serde_json::from_str(p).ok())
        .ok_or_else(|| AppError::internal("activation code without contacts"))?;
    let contacts = normalize_contacts(&given);
    let now = st.clock.now();
    st.store.activate(&cred.id, &contacts, now).await?;
    notify::notify(&st, &cred, kind::PIN_ACTIVATED, &contacts).await?;
    tracing::info!(credential = %cred.id, "PIN activated");
    Ok(Json(Outcome {
        message: "Il PIN è attivo: può accedere ai servizi con il codice fiscale e il PIN di 16 \
                  caratteri (prima e seconda parte)."
            .into(),
    }))
}
