//! Back office of the sede INPS (SPEC §4.9): operators log in with their own
//! credentials (cookie `pin_inps_operator`, separate from citizens'), review
//! the queue of PIN dispositivo conversions with both uploaded files, and
//! approve or reject them with a reason. The citizen is told by e-mail; on
//! approval the PIN becomes dispositivo (level L2) and the applications left
//! "in attesa di PIN dispositivo" are protocolled with their original date.

use axum::extract::{FromRequestParts, State};
use axum::http::header::SET_COOKIE;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
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

use super::applications::{it_date, it_datetime, notify};
use super::dispositivo::{file_response, module_citizen};
use crate::error::{AppError, AppJson, AppPath, AppQuery, AppResult};
use crate::secrets::{random_hex, session_key};
use crate::state::AppState;
use crate::store::dispositivo::{ConversionRow, OperatorRow, OperatorSession};
use crate::store::Attempt;

pub const OPERATOR_COOKIE: &str = "pin_inps_operator";
const COOKIE_PATH: &str = "/api/v1/operator";

/// Operators created on an empty table (documented in `docs/dispositivo.md`):
/// username, display name, role, password.
pub const SEEDED_OPERATORS: &[(&str, &str, &str, &str)] = &[
    (
        "operatore",
        "Operatore Sede di Roma",
        "back_office",
        "Sede2020!",
    ),
    (
        "revisore",
        "Revisore Sede di Milano",
        "back_office",
        "Sede2020!",
    ),
];

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/operator/session", post(login).delete(logout).get(whoami))
        .route("/operator/conversions", get(queue))
        .route("/operator/conversions/{id}", get(detail))
        .route("/operator/conversions/{id}/files/{slot}", get(file))
        .route("/operator/conversions/{id}/approve", post(approve))
        .route("/operator/conversions/{id}/reject", post(reject))
}

/// Operator accounts at start. In simulation mode the seeded accounts
/// (public passwords, README) are created on an empty table. Outside it
/// there is no default account: the first operator comes from
/// `server operator add` or from `PIN_INPS_BOOTSTRAP_OPERATOR` and
/// `PIN_INPS_BOOTSTRAP_PASSWORD` (created once, like Keycloak's bootstrap
/// admin), and seeded accounts left in the database cannot log in.
pub async fn prepare(st: &AppState, bootstrap: Option<&Bootstrap>) -> Result<(), crate::BoxError> {
    if let Some(b) = bootstrap {
        let created = add_operator(st, &b.username, &b.role, &b.password, false).await?;
        if created {
            tracing::info!(operator = %b.username, "bootstrap operator created");
        }
    }
    if !st.settings.sim_enabled || st.dispositivo.count_operators().await? > 0 {
        return Ok(());
    }
    for (username, display, role, password) in SEEDED_OPERATORS {
        let hash = st.hasher.hash((*password).to_owned()).await?;
        st.dispositivo
            .insert_operator(
                &OperatorRow {
                    id: format!("op_{}", random_hex::<8>()),
                    username: (*username).into(),
                    display_name: (*display).into(),
                    role: (*role).into(),
                    password_hash: hash,
                    seeded: true,
                },
                st.clock.now(),
            )
            .await?;
    }
    tracing::info!(
        count = SEEDED_OPERATORS.len(),
        "simulation operators seeded"
    );
    Ok(())
}

/// The operator created at first start from the environment.
#[derive(Debug, Clone)]
pub struct Bootstrap {
    pub username: String,
    pub role: String,
    pub password: String,
}

/// The operator roles (API.md, "Operators").
pub const ROLES: &[&str] = &["back_office", "contact_center", "sede"];

/// Shortest password accepted for an operator account.
pub const MIN_PASSWORD_CHARS: usize = 12;

/// Checks a new operator account's name, role and password.
pub fn check_account(username: &str, role: &str, password: &str) -> Result<(), String> {
    let ok_name = (3..=64).contains(&username.chars().count())
        && username
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c));
    if !ok_name {
        return Err("username: 3-64 lower-case letters, digits, '.', '_' or '-'".into());
    }
    if !ROLES.contains(&role) {
        return Err(format!("role: one of {}", ROLES.join(", ")));
    }
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(format!(
            "password: at least {MIN_PASSWORD_CHARS} characters"
        ));
    }
    Ok(())
}

/// Creates an operator account unless one of that name exists; true if
/// created.
pub async fn add_operator(
    st: &AppState,
    username: &str,
    role: &str,
    password: &str,
    seeded: bool,
) -> Result<bool, crate::BoxError> {
    let username = username.trim().to_lowercase();
    check_account(&username, role, password)?;
    if st
        .dispositivo
        .operator_by_username(&username)
        .await?
        .is_some()
    {
        return Ok(false);
    }
    let hash = st.hasher.hash(password.to_owned()).await?;
    st.dispositivo
        .insert_operator(
            &OperatorRow {
                id: format!("op_{}", random_hex::<8>()),
                username: username.clone(),
                display_name: username,
                role: role.into(),
                password_hash: hash,
                seeded,
            },
            st.clock.now(),
        )
        .await?;
    Ok(true)
}

/// Sets a new password (CLI); the account stops counting as seeded.
pub async fn set_password(
    st: &AppState,
    username: &str,
    password: &str,
) -> Result<(), crate::BoxError> {
    let username = username.trim().to_lowercase();
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(format!("password: at least {MIN_PASSWORD_CHARS} characters").into());
    }
    let hash = st.hasher.hash(password.to_owned()).await?;
    if st
        .dispositivo
        .set_operator_password(&username, &hash)
        .await?
    {
        Ok(())
    } else {
        Err(format!("no operator named {username}").into())
    }
}

fn operator_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|p| p.trim().split_once('='))
        .find(|(k, _)| *k == OPERATOR_COOKIE)
        .map(|(_, v)| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

fn cookie_header(
    value: &str,
    max_age_zero: bool,
    headers: &HeaderMap,
    st: &AppState,
) -> (axum::http::HeaderName, HeaderValue) {
    let https = crate::session::is_https(headers, st);
    let mut v = format!("{OPERATOR_COOKIE}={value}; HttpOnly; SameSite=Strict; Path={COOKIE_PATH}");
    if max_age_zero {
        v.push_str("; Max-Age=0");
    }
    if https {
        v.push_str("; Secure");
    }
    (
        SET_COOKIE,
        HeaderValue::from_str(&v).expect("hex cookie is a valid header"),
    )
}

/// The operator of the request; 401 `UNAUTHENTICATED` otherwise.
pub struct CurrentOperator(pub OperatorSession);

impl FromRequestParts<AppState> for CurrentOperator {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let id = operator_cookie(&parts.headers)
            .map(|v| session_key(&v))
            .ok_or(AppError::Unauthenticated)?;
        let s = st
            .dispositivo
            .operator_session(&id)
            .await?
            .ok_or(AppError::Unauthenticated)?;
        let now = st.clock.now();
        // A seeded account's session from a run in simulation mode ends
        // outside it, as the account itself can no longer log in.
        let seeded_outside_sim = s.operator.seeded && !st.settings.sim_enabled;
        if seeded_outside_sim
            || now - s.last_seen_at > st.settings.session_idle
            || now - s.created_at > st.settings.session_absolute
        {
            st.dispositivo.delete_operator_session(&id).await?;
            return Err(AppError::Unauthenticated);
        }
        st.dispositivo.touch_operator_session(&id, now).await?;
        Ok(CurrentOperator(s))
    }
}

fn operator_api(o: &OperatorRow) -> Operator {
    Operator {
        username: o.username.clone(),
        display_name: o.display_name.clone(),
        role: o.role.clone(),
    }
}

/// Operator login, hardened as the citizens' one: one Argon2 verification
/// whatever the name (a dummy hash for unknown names and for the seeded
/// accounts outside simulation mode), and the same lockout (10 wrong
/// passwords → 3 minutes, then 3 more per further wrong password).
async fn login(
    State(st): State<AppState>,
    headers: HeaderMap,
    AppJson(body): AppJson<OperatorLogin>,
) -> AppResult<Response> {
    let username = body.username.trim().to_lowercase();
    let usable = |op: &OperatorRow| st.settings.sim_enabled || !op.seeded;
    let Some(op) = st
        .dispositivo
        .operator_by_username(&username)
        .await?
        .filter(usable)
    else {
        st.hasher.verify_dummy(body.password).await?;
        tracing::info!(%username, "operator login failed: unknown account");
        return Err(AppError::OperatorInvalidCredentials);
    };
    let now = st.clock.now();
    match st.dispositivo.reserve_operator_attempt(&op.id, now).await? {
        Attempt::Locked {
            retry_after_seconds,
        } => {
            tracing::info!(operator = %op.username, retry_after_seconds, "operator login refused: locked");
            return Err(AppError::AccountLocked {
                retry_after_seconds,
            });
        }
        Attempt::Allowed { .. } => {}
    }
    if !st
        .hasher
        .verify(body.password, op.password_hash.clone())
        .await?
    {
        tracing::info!(operator = %op.username, "operator login failed: wrong password");
        return Err(AppError::OperatorInvalidCredentials);
    }
    st.dispositivo.reset_operator_lockout(&op.id).await?;
    let token = random_hex::<32>();
    st.dispositivo
        .create_operator_session(&session_key(&token), &op.id, now)
        .await?;
    if let Some(old) = operator_cookie(&headers) {
        st.dispositivo
            .delete_operator_session(&session_key(&old))
            .await?;
    }
    tracing::info!(operator = %op.username, "operator login");
    Ok((
        [cookie_header(&token, false, &headers, &st)],
        Json(operator_api(&op)),
    )
        .into_response())
}

async fn logout(State(st): State<AppState>, headers: HeaderMap) -> AppResult<Response> {
    if let Some(v) = operator_cookie(&headers) {
        st.dispositivo
            .delete_operator_session(&session_key(&v))
            .await?;
    }
    Ok((
        StatusCode::NO_CONTENT,
        [cookie_header("", true, &headers, &st)],
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
    _op: CurrentOperator,
    AppQuery(q): AppQuery<QueueQuery>,
) -> AppResult<Json<Vec<ConversionReview>>> {
    let status = match q.status.as_deref().unwrap_or("in_lavorazione") {
        "all" => None,
        s => Some(
            ConversionStatus::parse(s)
                .ok_or_else(|| AppError::BadRequest(format!("unknown status {s}")))?,
        ),
    };
    let rows = st.dispositivo.conversions(status).await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in &rows {
        out.push(review(&st, r).await?);
    }
    Ok(Json(out))
}

async fn load(st: &AppState, id: &str) -> AppResult<ConversionRow> {
    match st.dispositivo.conversion(id).await? {
        Some(c) if c.status != ConversionStatus::Draft => Ok(c),
        _ => Err(AppError::NotFound),
    }
}

async fn detail(
    State(st): State<AppState>,
    _op: CurrentOperator,
    AppPath(id): AppPath<String>,
) -> AppResult<Json<ConversionReview>> {
    let conv = load(&st, &id).await?;
    Ok(Json(review(&st, &conv).await?))
}

async fn file(
    State(st): State<AppState>,
    _op: CurrentOperator,
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
    CurrentOperator(op): CurrentOperator,
    AppPath(id): AppPath<String>,
) -> AppResult<Json<ConversionReview>> {
    let conv = load(&st, &id).await?;
    let now = st.clock.now();
    let Some(approval) = st
        .dispositivo
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
    notify(
        &st,
        &cred,
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
        notify(
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
    tracing::info!(conversion = %conv.id, operator = %op.operator.username, protocolled = approval.protocolled.len(), "conversion approved");
    let conv = load(&st, &id).await?;
    Ok(Json(review(&st, &conv).await?))
}

async fn reject(
    State(st): State<AppState>,
    CurrentOperator(op): CurrentOperator,
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
        .dispositivo
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
    notify(
        &st,
        &cred,
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
    tracing::info!(conversion = %conv.id, operator = %op.operator.username, "conversion rejected");
    let conv = load(&st, &id).await?;
    Ok(Json(review(&st, &conv).await?))
}
