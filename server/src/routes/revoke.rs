//! Revoca PIN: lost PIN, contacts unknown.
//!
//! CF + tessera sanitaria number and expiry + an e-mail or PEC the citizen
//! reads now → always the same 202 (a stranger learns nothing about the CF)
//! → when the data match, an e-mail with a confirmation code (24 h) →
//! confirming annuls the PIN and ends its sessions; a new request is then
//! allowed, as the first time.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use domain::api::{Channel, CodeConfirm, Outcome, RevokeRequest};
use domain::pin;
use domain::request::{normalize_cf, present};

use crate::codes::{self, Via};
use crate::error::{AppError, AppJson, AppResult};
use crate::notify::{self, instant_message, kind};
use crate::state::AppState;
use crate::store::CodePurpose;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/pin/revoke", post(revoke))
        .route("/pin/revoke/confirm", post(confirm))
}

pub const RECEIVED: &str = "Richiesta di revoca ricevuta. Se i dati corrispondono a un PIN \
     assegnato, riceverà all'indirizzo indicato un messaggio con il codice per confermare la \
     revoca.";

async fn revoke(
    State(st): State<AppState>,
    AppJson(body): AppJson<RevokeRequest>,
) -> AppResult<(StatusCode, Json<Outcome>)> {
    AppError::check(pin::validate_revoke(&body))?;
    let cf = normalize_cf(&body.codice_fiscale);
    let now = st.clock.now();
    let citizen = st.store.citizen(&cf).await?;
    let ts_ok = citizen.as_ref().is_some_and(|c| {
        pin::tessera_matches(
            &c.tessera_sanitaria,
            &body.tessera_sanitaria_number,
            Some(&body.tessera_sanitaria_expiry),
        )
    });
    let cred = st.store.live_credential(&cf).await?.filter(|_| ts_ok);
    let to = present(&body.email)
        .map(|e| (Channel::Email, e.to_owned()))
        .or_else(|| present(&body.pec).map(|p| (Channel::Pec, p.to_owned())));
    match (cred, to) {
        (Some(cred), Some((channel, addr))) => {
            let code =
                codes::issue(&st, &cred.id, CodePurpose::Revoke, "email", Via::Mail, None).await?;
            st.store
                .insert_message(instant_message(
                    channel,
                    &addr,
                    "INPS - Revoca del PIN: codice di conferma",
                    format!(
                        "Gentile utente,\n\nabbiamo ricevuto la richiesta di revoca del PIN \
                         associato al codice fiscale {cf}. Per confermarla inserisca il codice \
                         seguente nella pagina \"Revoca PIN\" entro 24 ore:\n\n    {code}\n\n\
                         Dopo la conferma il PIN sarà annullato e potrà richiederne uno nuovo \
                         come la prima volta.\n\nSe non ha chiesto lei la revoca, ignori questo \
                         messaggio.\n\nIstituto Nazionale della Previdenza Sociale"
                    ),
                    Some(code),
                    now,
                ))
                .await?;
            tracing::info!(credential = %cred.id, "revoke requested");
        }
        _ => {
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
    let cred = st.store.live_credential(&cf).await?;
    let (cred, _) = codes::confirm(&st, cred, CodePurpose::Revoke, &body.code).await?;
    let now = st.clock.now();
    st.store.revoke(&cred.id, now).await?;
    notify::notify(&st, &cred, kind::PIN_REVOKED, &notify::contacts_of(&cred)).await?;
    tracing::info!(credential = %cred.id, "PIN revoked");
    Ok(Json(Outcome {
        message: "Il PIN è stato revocato e tutte le sessioni aperte sono state chiuse. Può \
                  richiedere un nuovo PIN come la prima volta."
            .into(),
    }))
}
