//! The support requests filed on `/supporto-tecnico` (`routes::support`):
//! listed newest first (by status on request), taken in charge, closed with
//! a reply that goes to the requester by e-mail in the language the request
//! was filed in. Taking and closing are in the audit. The reply and the
//! request's text are never logged.

use domain::support::{
    topic_label, validate_reply, SupportReplyBody, SupportRequestRecord, STATUSES,
};

use super::*;
use crate::i18n::{translate, Lang};
use crate::store::{SupportClosing, SupportRequestRow, SupportTaking};

/// Most requests one listing returns.
const LIST_LIMIT: i64 = 500;

fn closed() -> AppError {
    AppError::Conflict {
        code: ErrorCode::SupportRequestClosed,
        message: "La richiesta di assistenza è già chiusa: la risposta è stata inviata".into(),
    }
}

/// The request `id` (upper-cased, as numbers are answered), or 404.
async fn find(st: &AppState, id: &str) -> AppResult<SupportRequestRow> {
    st.store
        .support_request(&id.trim().to_uppercase())
        .await?
        .ok_or(AppError::NotFound)
}

#[derive(Debug, Deserialize)]
pub(super) struct ListQuery {
    status: Option<String>,
}

pub(super) async fn list(
    State(st): State<AppState>,
    op: CurrentOperator,
    AppQuery(q): AppQuery<ListQuery>,
) -> AppResult<Json<Vec<SupportRequestRecord>>> {
    op.require(CONTACT_CENTER)?;
    let status = q.status.as_deref().map(str::trim).filter(|s| !s.is_empty());
    if let Some(s) = status {
        if !STATUSES.contains(&s) {
            return Err(AppError::Validation(vec![FieldError::new(
                "status",
                "STATUS",
                "Stato non valido: open, in_progress o closed",
            )]));
        }
    }
    let rows = st.store.support_requests(status, LIST_LIMIT).await?;
    Ok(Json(rows))
}

pub(super) async fn one(
    State(st): State<AppState>,
    op: CurrentOperator,
    AppPath(id): AppPath<String>,
) -> AppResult<Json<SupportRequestRecord>> {
    op.require(CONTACT_CENTER)?;
    Ok(Json(find(&st, &id).await?))
}

pub(super) async fn take(
    State(st): State<AppState>,
    op: CurrentOperator,
    AppPath(id): AppPath<String>,
) -> AppResult<Json<SupportRequestRecord>> {
    let op = op.require(CONTACT_CENTER)?;
    let row = find(&st, &id).await?;
    if row.status == "closed" {
        return Err(closed());
    }
    let taking = SupportTaking {
        id: row.id.clone(),
        operator: op.operator.username.clone(),
        audit: audit_entry(
            &st,
            &op.operator,
            action::SUPPORT_REQUEST_TAKEN,
            row.codice_fiscale.as_deref(),
            Some(&row.id),
            operators::detail::SUPPORT_REQUEST_TAKEN,
        ),
        now: st.clock.now(),
    };
    if !st.store.take_support_request(&taking).await? {
        return Err(closed());
    }
    tracing::info!(request = %row.id, operator = %op.operator.username, "support request taken");
    Ok(Json(find(&st, &row.id).await?))
}

pub(super) async fn close(
    State(st): State<AppState>,
    op: CurrentOperator,
    AppPath(id): AppPath<String>,
    AppJson(body): AppJson<SupportReplyBody>,
) -> AppResult<Json<SupportRequestRecord>> {
    let op = op.require(CONTACT_CENTER)?;
    let row = find(&st, &id).await?;
    if row.status == "closed" {
        return Err(closed());
    }
    AppError::check(validate_reply(&body.reply))?;
    let reply = body.reply.trim().to_owned();
    let now = st.clock.now();
    let lang = Lang::ALL
        .into_iter()
        .find(|l| l.tag() == row.lang)
        .unwrap_or(Lang::It);
    let (id, name) = (&row.id, &row.name);
    let topic = topic_label(&row.topic).unwrap_or_default();
    let subject = format!("INPS - Risposta alla richiesta di assistenza {id}");
    let text = format!(
        "Gentile {name},\n\nin risposta alla sua richiesta di assistenza {id} (argomento: \
         {topic}):\n\n{reply}\n\nPer altre domande può inviare una nuova richiesta dalla pagina \
         Supporto tecnico o chiamare l'803 164 da rete fissa o lo 06 164 164 da cellulare.\n\n\
         Contact Center INPS - Istituto Nazionale della Previdenza Sociale"
    );
    // Written in the requester's language (the inbox shows it as written).
    let message = instant_message(
        Channel::Email,
        &row.email,
        &translate(lang, &subject),
        translate(lang, &text).into_owned(),
        None,
        now,
    );
    let closing = SupportClosing {
        id: row.id.clone(),
        operator: op.operator.username.clone(),
        reply,
        message,
        audit: audit_entry(
            &st,
            &op.operator,
            action::SUPPORT_REQUEST_CLOSED,
            row.codice_fiscale.as_deref(),
            Some(&row.id),
            operators::detail::SUPPORT_REQUEST_CLOSED,
        ),
        now,
    };
    if !st.store.close_support_request(&closing).await? {
        return Err(closed());
    }
    tracing::info!(request = %row.id, operator = %op.operator.username, "support request closed");
    Ok(Json(find(&st, &row.id).await?))
}
