//! "Richiesta di assistenza" (`/supporto-tecnico`): a citizen describes a
//! problem; the request gets a number and is acknowledged by e-mail (in the
//! delivery simulator, as every message). The form's rules are
//! `domain::support`, shared with the browser. What the request says is not
//! logged (it may hold personal data): only its number.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use domain::api::Channel;
use domain::support::{topic_label, validate, SupportRequest, SupportRequestFiled};

use crate::error::{AppError, AppJson, AppResult};
use crate::notify::instant_message;
use crate::secrets::random_hex;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/support-requests", post(file))
}

async fn file(
    State(st): State<AppState>,
    AppJson(body): AppJson<SupportRequest>,
) -> AppResult<(StatusCode, Json<SupportRequestFiled>)> {
    AppError::check(validate(&body))?;
    let id = format!("AS-{}", random_hex::<4>().to_uppercase());
    let email = body.email.trim().to_owned();
    let topic = topic_label(body.topic.trim()).unwrap_or_default();
    let now = st.clock.now();
    st.store
        .insert_message(instant_message(
            Channel::Email,
            &email,
            &format!("INPS - Richiesta di assistenza {id}"),
            format!(
                "Gentile utente,\n\nabbiamo ricevuto la sua richiesta di assistenza {id} \
                 (argomento: {topic}). Un operatore del Contact Center le risponderà a questo \
                 indirizzo; può anche chiamare l'803 164 da rete fissa o lo 06 164 164 da \
                 cellulare, dal lunedì al venerdì dalle 8 alle 20 e il sabato dalle 8 alle 14, \
                 citando il numero della richiesta.\n\nIstituto Nazionale della Previdenza \
                 Sociale"
            ),
            None,
            now,
        ))
        .await?;
    tracing::info!(request = %id, "support request filed");
    Ok((
        StatusCode::CREATED,
        Json(SupportRequestFiled {
            message: format!(
                "Richiesta di assistenza {id} registrata: riceverà la risposta all'indirizzo \
                 e-mail indicato, dove le abbiamo inviato anche una conferma."
            ),
            id,
        }),
    ))
}
