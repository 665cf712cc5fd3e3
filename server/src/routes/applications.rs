//! Online applications: the 600 € COVID-19 indemnity (open from L0,
//! protocolled at once), NASpI, bonus bebè and ANF (from L1). With an ordinary
//! PIN they are accepted but stored frozen ("in attesa di PIN dispositivo")
//! with their submission date; with a PIN dispositivo they get a protocol
//! number and a receipt PDF at once. Frozen ones are protocolled when the PIN
//! becomes dispositivo (`routes::backoffice`), keeping their original date.

use axum::extract::State;
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router};
use domain::api::ErrorCode;
use domain::api::FieldError;
use domain::dispositivo::{
    validate_application, Application, ApplicationKind, ApplicationStatus, NewApplication, MSG_KIND,
};

use crate::auth::Citizen;
use crate::documents::letterhead::Words;
use crate::documents::receipt::receipt_pdf;
use crate::error::{AppError, AppJson, AppPath, AppResult};
use crate::secrets::random_hex;
use crate::state::AppState;
use crate::store::dispositivo::ApplicationRow;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/applications", get(list).post(submit))
        .route("/applications/{id}", get(detail))
        .route("/applications/{id}/receipt.pdf", get(receipt))
}

async fn list(State(st): State<AppState>, c: Citizen) -> AppResult<Json<Vec<Application>>> {
    let rows = st.store.applications(&c.cred.codice_fiscale).await?;
    Ok(Json(rows.iter().map(to_api).collect()))
}

async fn submit(
    State(st): State<AppState>,
    c: Citizen,
    AppJson(body): AppJson<NewApplication>,
) -> AppResult<(StatusCode, Json<Application>)> {
    let Some(kind) = ApplicationKind::parse(&body.kind) else {
        return Err(AppError::Validation(vec![FieldError::new(
            "kind", "KIND", MSG_KIND,
        )]));
    };
    c.require(kind.min_level())?;
    let now = st.clock.now();
    AppError::check(validate_application(kind, &body.data, now.date_naive()))?;
    // Keep only the fields of this application, trimmed.
    let data = kind
        .fields()
        .iter()
        .map(|f| {
            let v = body.data.get(*f).map(|v| v.trim()).unwrap_or_default();
            let v = if *f == "iban" {
                v.replace(' ', "").to_uppercase()
            } else {
                v.to_owned()
            };
            ((*f).to_owned(), v)
        })
        .collect();
    let protocolled = kind.protocolled_at(c.level);
    let row = st
        .store
        .insert_application(ApplicationRow {
            id: format!("dom_{}", random_hex::<10>()),
            credential_id: c.cred.id.clone(),
            codice_fiscale: c.cred.codice_fiscale.clone(),
            kind,
            status: if protocolled {
                ApplicationStatus::Protocolled
            } else {
                ApplicationStatus::Frozen
            },
            data,
            submitted_at: now,
            protocolled_at: protocolled.then_some(now),
            protocol_number: None,
        })
        .await?;
    tracing::info!(application = %row.id, kind = kind.slug(), frozen = !protocolled, "application filed");
    Ok((StatusCode::CREATED, Json(to_api(&row))))
}

/// The API shape of a stored application; its receipt is served by this
/// module, so the receipt's URL is made here.
fn to_api(row: &ApplicationRow) -> Application {
    Application {
        id: row.id.clone(),
        kind: row.kind,
        title: row.kind.title().into(),
        status: row.status,
        status_label: row.status.label().into(),
        data: row.data.clone(),
        submitted_at: row.submitted_at,
        protocolled_at: row.protocolled_at,
        protocol_number: row.protocol_number.clone(),
        receipt_url: (row.status == ApplicationStatus::Protocolled)
            .then(|| format!("/api/v1/applications/{}/receipt.pdf", row.id)),
    }
}

/// The citizen's own application (404 for anyone else's).
async fn own(st: &AppState, c: &Citizen, id: &str) -> AppResult<ApplicationRow> {
    match st.store.application(id).await? {
        Some(a) if a.codice_fiscale == c.cred.codice_fiscale => Ok(a),
        _ => Err(AppError::NotFound),
    }
}

async fn detail(
    State(st): State<AppState>,
    c: Citizen,
    AppPath(id): AppPath<String>,
) -> AppResult<Json<Application>> {
    Ok(Json(to_api(&own(&st, &c, &id).await?)))
}

async fn receipt(
    State(st): State<AppState>,
    c: Citizen,
    words: Words,
    AppPath(id): AppPath<String>,
) -> AppResult<impl IntoResponse> {
    let app = own(&st, &c, &id).await?;
    if app.status != ApplicationStatus::Protocolled {
        return Err(AppError::Conflict {
            code: ErrorCode::NotProtocolled,
            message: "La domanda è in attesa di PIN dispositivo: la ricevuta sarà disponibile dopo la protocollazione".into(),
        });
    }
    let pdf = receipt_pdf(&app, &c.cred, words);
    Ok((
        [
            (CONTENT_TYPE, "application/pdf".to_owned()),
            (
                CONTENT_DISPOSITION,
                format!("inline; filename=\"ricevuta-{}.pdf\"", app.id),
            ),
            (CACHE_CONTROL, "no-store".to_owned()),
        ],
        pdf,
    ))
}
