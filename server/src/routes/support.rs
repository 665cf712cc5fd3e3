//! "Richiesta di assistenza" (`/supporto-tecnico`): a citizen describes a
//! problem; the request gets a number, is stored (in the world's store, with
//! the language it was filed in, which the reply will use) for the contact
//! center (`routes::contact_center`, "Richieste di assistenza") and is
//! acknowledged by e-mail (in the delivery simulator, as every message), in
//! one transaction. The form's rules are `domain::support`, shared with the
//! browser. What the request says is not logged (it may hold personal
//! data): only its number.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::{Json, Router};
use domain::api::Channel;
use domain::support::{topic_label, validate, SupportRequest, SupportRequestFiled};

use crate::error::{AppError, AppJson, AppResult};
use crate::i18n::request_lang;
use crate::notify::instant_message;
use crate::secrets::random_hex;
use crate::state::AppState;
use crate::store::{StoreError, SupportRequestRow};

pub fn router() -> Router<AppState> {
    Router::new().route("/support-requests", post(file))
}

async fn file(
    State(st): State<AppState>,
    headers: HeaderMap,
    AppJson(body): AppJson<SupportRequest>,
) -> AppResult<(StatusCode, Json<SupportRequestFiled>)> {
    AppError::check(validate(&body))?;
    let email = body.email.trim().to_owned();
    let topic = topic_label(body.topic.trim()).unwrap_or_default();
    let now = st.clock.now();
    let cf = body.codice_fiscale.trim().to_uppercase();
    // A number taken already (one in 4 billion) draws another.
    let mut tries = 0;
    let id = loop {
        let id = format!("AS-{}", random_hex::<4>().to_uppercase());
        let row = SupportRequestRow {
            id: id.clone(),
            filed_at: now,
            topic: body.topic.trim().to_owned(),
            name: body.name.trim().to_owned(),
            codice_fiscale: (!cf.is_empty()).then(|| cf.clone()),
            email: email.clone(),
            message: body.message.trim().to_owned(),
            lang: request_lang(&headers).tag().to_owned(),
            status: "open".into(),
            operator: None,
            taken_at: None,
            reply: None,
            closed_at: None,
        };
        let ack = instant_message(
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
        );
        match st.store.file_support_request(&row, &ack).await {
            Ok(()) => break id,
            Err(StoreError::Conflict) if tries < 3 => tries += 1,
            Err(e) => return Err(e.into()),
        }
    };
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
