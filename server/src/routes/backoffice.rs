//! Back office of the sede INPS: operators log in with their own
//! credentials (cookie `pin_inps_operator`, separate from citizens'), review
//! the queue of PIN dispositivo conversions with both uploaded files, and
//! approve or reject them with a reason. The citizen is told by e-mail; on
//! approval the PIN becomes dispositivo (level L2) and the applications left
//! "in attesa di PIN dispositivo" are protocolled with their original date.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use domain::api::ErrorCode;
use domain::api::FieldError;
use domain::dispositivo::{
    ConversionReview, ConversionStatus, Operator, OperatorLogin, RejectConversion, ReviewCitizen,
    UploadSlot, MSG_REASON,
};
use serde::Deserialize;

use domain::datetime::{rome_date as it_date, rome_datetime_words as it_datetime};

use crate::auth::{operator_cookie, operator_cookie_header, BackOfficeOperator, CurrentOperator};
use crate::documents::mv35::module_citizen;
use crate::documents::uploads::file_response;
use crate::error::{AppError, AppJson, AppPath, AppQuery, AppResult};
use crate::notify;
use crate::operators;
use crate::secrets::session_key;
use crate::state::AppState;
use crate::store::{ConversionRow, OperatorRow};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/operator/session", post(login).delete(logout).get(whoami))
        .route("/operator/conversions", get(queue))
        .route("/operator/conversions/{id}", get(detail))
        .route("/operator/conversions/{id}/files/{slot}", get(file))
        .route("/operator/conversions/{id}/approve", post(approve))
        .route("/operator/conversions/{id}/reject", post(reject))
}

fn operator_api(o: &OperatorRow) -> Operator {
    Operator {
        username: o.username.clone(),
        display_name: o.display_name.clone(),
        role: o.role.clone(),
    }
}

/// The console login (`operators::login`: hardened, only a wrong password
/// counts).
async fn login(
    State(st): State<AppState>,
    headers: HeaderMap,
    AppJson(body): AppJson<OperatorLogin>,
) -> AppResult<Response> {
    let (op, token) = operators::login(
        &st,
        &body.username,
        body.password,
        operator_cookie(&headers),
        None,
    )
    .await?;
    Ok((
        [operator_cookie_header(&token, false, &headers, &st)],
        Json(operator_api(&op)),
    )
        .into_response())
}

async fn logout(State(st): State<AppState>, headers: HeaderMap) -> AppResult<Response> {
    if let Some(v) = operator_cookie(&headers) {
        st.store.delete_operator_session(&session_key(&v)).await?;
    }
    Ok((
        StatusCode::NO_CONTENT,
        [operator_cookie_header("", true, &headers, &st)],
    )
        .into_response())
}

async fn whoami(CurrentOperator(s): CurrentOperator) -> Json<Operator> {
    Json(operator_api(&s.operator))
}

async fn review(st: &AppState, conv: &ConversionRow) -> AppResult<ConversionReview> {
    let cred = st
        .store
        .credential(&conv.credential_id)
        .await?
        .ok_or_else(|| AppError::internal("conversion without credential"))?;
    let who = module_citizen(st, &cred).await?;
    Ok(ConversionReview {
        conversion: conv.to_api(),
        citizen: ReviewCitizen {
            codice_fiscale: cred.codice_fiscale.clone(),
            surname: cred.surname.clone(),
            name: cred.name.clone(),
            birth_date: domain::request::parse_date(&who.birth_date),
            birthplace: Some(who.birthplace).filter(|s| !s.is_empty()),
            residence: Some(who.residence).filter(|s| !s.is_empty()),
            mobile: cred.mobile.clone(),
            email: cred.email.clone(),
            pec: cred.pec.clone(),
            pin_state: cred.state,
        },
        decided_by: conv.decided_by.clone(),
    })
}

#[derive(Debug, Deserialize)]
struct QueueQuery {
    /// `in_lavorazione` (default), `approved`, `rejected` or `all`.
    status: Option<String>,
}

async fn queue(
    State(st): State<AppState>,
    _op: BackOfficeOperator,
    AppQuery(q): AppQuery<QueueQuery>,
) -> AppResult<Json<Vec<ConversionReview>>> {
    let status = match q.status.as_deref().unwrap_or("in_lavorazione") {
        "all" => None,
        s => Some(
            ConversionStatus::parse(s)
                .ok_or_else(|| AppError::BadRequest(format!("unknown status {s}")))?,
        ),
    };
    let rows = st.store.conversions(status).await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in &rows {
        out.push(review(&st, r).await?);
    }
    Ok(Json(out))
}

async fn load(st: &AppState, id: &str) -> AppResult<ConversionRow> {
    match st.store.conversion(id).await? {
        Some(c) if c.status != ConversionStatus::Draft => Ok(c),
        _ => Err(AppError::NotFound),
    }
}

async fn detail(
    State(st): State<AppState>,
    _op: BackOfficeOperator,
    AppPath(id): AppPath<String>,
) -> AppResult<Json<ConversionReview>> {
    let conv = load(&st, &id).await?;
    Ok(Json(review(&st, &conv).await?))
}

async fn file(
    State(st): State<AppState>,
    _op: BackOfficeOperator,
    AppPath((id, slot)): AppPath<(String, String)>,
) -> AppResult<Response> {
    let conv = load(&st, &id).await?;
    let slot = UploadSlot::parse(&slot).ok_or(AppError::NotFound)?;
    let f = conv.file(slot).ok_or(AppError::NotFound)?;
    file_response(&st, f, &format!("{}-{}", conv.id, slot.as_str())).await
}

fn not_in_review() -> AppError {
    AppError::Conflict {
        code: ErrorCode::NotInReview,
        message: "La richiesta non è in lavorazione: è già stata decisa".into(),
    }
}

async fn approve(
    State(st): State<AppState>,
    BackOfficeOperator(op): BackOfficeOperator,
    AppPath(id): AppPath<String>,
) -> AppResult<Json<ConversionReview>> {
    let conv = load(&st, &id).await?;
    let now = st.clock.now();
    let Some(approval) = st
        .store
        .approve_conversion(&conv.id, &op.operator.username, now)
        .await?
    else {
        return Err(not_in_review());
    };
    let cred = st
        .store
        .credential(&conv.credential_id)
        .await?
        .ok_or_else(|| AppError::internal("conversion without credential"))?;
    let who = format!("{} {}", cred.name.trim(), cred.surname.trim());
    notify::mail_event(
        &st,
        &cred,
        notify::kind::CONVERSION_APPROVED,
        "INPS - Il suo PIN è ora dispositivo",
        &format!(
            "Gentile {who},\n\nla sua richiesta di conversione in PIN dispositivo n. {} del {} \
             è stata accolta. Da oggi il suo PIN consente di presentare domande e richiedere \
             prestazioni online: le domande sono protocollate subito.\n\n\
             Istituto Nazionale della Previdenza Sociale",
            conv.id,
            conv.submitted_at.map(it_date).unwrap_or_default()
        ),
    )
    .await?;
    if !approval.protocolled.is_empty() {
        let list: Vec<String> = approval
            .protocolled
            .iter()
            .map(|a| {
                format!(
                    "- {}: presentata il {}, protocollo n. {}",
                    a.kind.title(),
                    it_datetime(a.submitted_at),
                    a.protocol_number.clone().unwrap_or_default()
                )
            })
            .collect();
        notify::mail(
            &st,
            &cred,
            "INPS - Domande protocollate",
            &format!(
                "Gentile {who},\n\nle domande che aveva presentato con il PIN ordinario, in \
                 attesa di PIN dispositivo, sono state protocollate mantenendo la data di \
                 presentazione originale:\n\n{}\n\nLe ricevute sono disponibili in MyINPS, \
                 sezione \"Le mie domande\".\n\nIstituto Nazionale della Previdenza Sociale",
                list.join("\n")
            ),
        )
        .await?;
    }
    operators::audit(
        &st,
        &op.operator,
        operators::action::CONVERSION_APPROVED,
        Some(&cred.codice_fiscale),
        None,
        operators::detail::fill(operators::detail::CONVERSION_APPROVED, &[&conv.id]),
    )
    .await?;
    tracing::info!(conversion = %conv.id, operator = %op.operator.username, protocolled = approval.protocolled.len(), "conversion approved");
    let conv = load(&st, &id).await?;
    Ok(Json(review(&st, &conv).await?))
}

async fn reject(
    State(st): State<AppState>,
    BackOfficeOperator(op): BackOfficeOperator,
    AppPath(id): AppPath<String>,
    AppJson(body): AppJson<RejectConversion>,
) -> AppResult<Json<ConversionReview>> {
    let conv = load(&st, &id).await?;
    let reason = body.reason.trim();
    if reason.chars().count() < 5 {
        return Err(AppError::Validation(vec![FieldError::new(
            "reason", "REQUIRED", MSG_REASON,
        )]));
    }
    if !st
        .store
        .reject_conversion(&conv.id, &op.operator.username, reason, st.clock.now())
        .await?
    {
        return Err(not_in_review());
    }
    let cred = st
        .store
        .credential(&conv.credential_id)
        .await?
        .ok_or_else(|| AppError::internal("conversion without credential"))?;
    notify::mail_event(
        &st,
        &cred,
        notify::kind::CONVERSION_REJECTED,
        "INPS - Richiesta di PIN dispositivo respinta",
        &format!(
            "Gentile {} {},\n\nla sua richiesta di conversione in PIN dispositivo n. {} non è \
             stata accolta per il seguente motivo:\n\n{reason}\n\nPuò presentare una nuova \
             richiesta da MyINPS, \"Converti il tuo PIN\", con il modulo MV35 firmato e una \
             copia leggibile di un documento in corso di validità.\n\n\
             Istituto Nazionale della Previdenza Sociale",
            cred.name.trim(),
            cred.surname.trim(),
            conv.id
        ),
    )
    .await?;
    operators::audit(
        &st,
        &op.operator,
        operators::action::CONVERSION_REJECTED,
        Some(&cred.codice_fiscale),
        None,
        operators::detail::fill(operators::detail::CONVERSION_REJECTED, &[&conv.id, reason]),
    )
    .await?;
    tracing::info!(conversion = %conv.id, operator = %op.operator.username, "conversion rejected");
    let conv = load(&st, &id).await?;
    Ok(Json(review(&st, &conv).await?))
}
