//! "Converti il tuo PIN": identity document → the pre-filled
//! MV35 module (PDF) to print, sign and date → upload of the signed module
//! and of a copy of the document → confirm → "in lavorazione" until the back
//! office (`routes::backoffice`) approves or rejects it.
//!
//! Uploads: PDF, JPEG or PNG by content (`domain::upload`), at most 1 MB,
//! stored under a random name in the uploads directory (outside the served
//! files); the upload's own name and declared type are ignored. A refused
//! upload leaves the one already stored in place.

use axum::extract::multipart::MultipartRejection;
use axum::extract::{DefaultBodyLimit, Multipart, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use domain::api::ErrorCode;
use domain::api::{FieldError, Level, PinState};
use domain::dispositivo::{
    Conversion, ConversionChannel, ConversionRequest, ConversionStatus, UploadSlot,
};

use crate::auth::Citizen;
use crate::conversions::{
    already_dispositivo, checked_document, discard_upload, in_progress, multipart_error,
    read_file_part, store_upload, UPLOAD_BODY_LIMIT,
};
use crate::documents::letterhead::Words;
use crate::documents::mv35::mv35_pdf;
use crate::documents::uploads::file_response;
use crate::error::{AppError, AppJson, AppPath, AppResult};
use crate::secrets::random_hex;
use crate::state::AppState;
use crate::store::dispositivo::ConversionRow;
use crate::store::StoreError;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/dispositivo/conversion", get(current).post(save_document))
        .route("/dispositivo/conversion/module.pdf", get(module_pdf))
        .route(
            "/dispositivo/conversion/files/{slot}",
            post(upload_file)
                .get(download_file)
                .layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route("/dispositivo/conversion/submit", post(submit))
}

async fn current(State(st): State<AppState>, c: Citizen) -> AppResult<Json<Option<Conversion>>> {
    c.require(Level::L1)?;
    Ok(Json(
        st.store
            .latest_conversion(&c.cred.id)
            .await?
            .map(|r| r.to_api()),
    ))
}

/// The open draft of the citizen, or the reason there is none to change.
async fn open_draft(st: &AppState, c: &Citizen) -> AppResult<ConversionRow> {
    c.require(Level::L1)?;
    if c.cred.state == PinState::Dispositivo {
        return Err(already_dispositivo());
    }
    match st.store.latest_conversion(&c.cred.id).await? {
        Some(r) if r.status == ConversionStatus::Draft => Ok(r),
        Some(r) if r.status == ConversionStatus::InLavorazione => Err(in_progress()),
        _ => Err(AppError::Conflict {
            code: ErrorCode::NoConversion,
            message: "Indicare prima i dati del documento di identità".into(),
        }),
    }
}

/// Step 1: the identity document. Starts a conversion (201) or updates the
/// open draft (200); after a rejection a new one starts.
async fn save_document(
    State(st): State<AppState>,
    c: Citizen,
    AppJson(body): AppJson<ConversionRequest>,
) -> AppResult<(StatusCode, Json<Conversion>)> {
    c.require(Level::L1)?;
    if c.cred.state == PinState::Dispositivo {
        return Err(already_dispositivo());
    }
    let now = st.clock.now();
    let doc = checked_document(&body.document, now.date_naive())?;
    match st.store.latest_conversion(&c.cred.id).await? {
        Some(r) if r.status == ConversionStatus::InLavorazione => Err(in_progress()),
        Some(r) if r.status == ConversionStatus::Draft => {
            if !st.store.update_conversion_document(&r.id, &doc).await? {
                return Err(in_progress());
            }
            let r = st
                .store
                .conversion(&r.id)
                .await?
                .ok_or(AppError::NotFound)?;
            Ok((StatusCode::OK, Json(r.to_api())))
        }
        _ => {
            let row = ConversionRow {
                id: format!("conv_{}", random_hex::<10>()),
                credential_id: c.cred.id.clone(),
                codice_fiscale: c.cred.codice_fiscale.clone(),
                status: ConversionStatus::Draft,
                channel: ConversionChannel::Online,
                document: doc,
                module_file: None,
                document_file: None,
                created_at: now,
                submitted_at: None,
                decided_at: None,
                decided_by: None,
                reason: None,
            };
            match st.store.insert_conversion(&row).await {
                Ok(()) => {}
                Err(StoreError::Conflict) => return Err(in_progress()),
                Err(e) => return Err(e.into()),
            }
            tracing::info!(conversion = %row.id, "conversion started");
            Ok((StatusCode::CREATED, Json(row.to_api())))
        }
    }
}

/// Step 2: the pre-filled MV35 module of the current conversion.
async fn module_pdf(
    State(st): State<AppState>,
    c: Citizen,
    words: Words,
) -> AppResult<impl IntoResponse> {
    c.require(Level::L1)?;
    let Some(conv) = st.store.latest_conversion(&c.cred.id).await? else {
        return Err(AppError::Conflict {
            code: ErrorCode::NoConversion,
            message: "Indicare prima i dati del documento di identità".into(),
        });
    };
    let bytes = mv35_pdf(&st, &c.cred, &conv, words).await?;
    Ok((
        [
            (CONTENT_TYPE, "application/pdf"),
            (
                CONTENT_DISPOSITION,
                "attachment; filename=\"MV35-richiesta-PIN-dispositivo.pdf\"",
            ),
            (CACHE_CONTROL, "no-store"),
        ],
        bytes,
    ))
}

fn parse_slot(s: &str) -> AppResult<UploadSlot> {
    UploadSlot::parse(s).ok_or(AppError::NotFound)
}

/// Step 3: one of the two files, as multipart field `file`.
async fn upload_file(
    State(st): State<AppState>,
    c: Citizen,
    AppPath(slot): AppPath<String>,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Json<Conversion>> {
    let st = &st;
    let slot = parse_slot(&slot)?;
    let conv = open_draft(st, &c).await?;
    let mut multipart = multipart.map_err(|e| AppError::BadRequest(e.body_text()))?;
    let mut bytes: Option<Vec<u8>> = None;
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => return Err(multipart_error(e, slot.as_str())),
        };
        if field.name() != Some("file") {
            continue;
        }
        bytes = Some(read_file_part(field, slot.as_str()).await?);
        break;
    }
    let file = store_upload(st, bytes, slot.as_str()).await?;
    let (stored_name, size, kind) = (file.stored_name.clone(), file.size, file.kind);
    match st.store.set_conversion_file(&conv.id, slot, &file).await {
        Ok(Some(old)) => discard_upload(st, &old).await,
        Ok(None) => {}
        Err(e) => {
            discard_upload(st, &stored_name).await;
            return Err(match e {
                StoreError::Conflict => in_progress(),
                e => e.into(),
            });
        }
    }
    tracing::info!(conversion = %conv.id, slot = slot.as_str(), size, ?kind, "file uploaded");
    let conv = st
        .store
        .conversion(&conv.id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(conv.to_api()))
}

async fn download_file(
    State(st): State<AppState>,
    c: Citizen,
    AppPath(slot): AppPath<String>,
) -> AppResult<Response> {
    c.require(Level::L1)?;
    let slot = parse_slot(&slot)?;
    let conv = st
        .store
        .latest_conversion(&c.cred.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let file = conv.file(slot).ok_or(AppError::NotFound)?;
    file_response(&st, file, slot.as_str()).await
}

/// Step 4: confirm → "in lavorazione".
async fn submit(State(st): State<AppState>, c: Citizen) -> AppResult<Json<Conversion>> {
    let conv = open_draft(&st, &c).await?;
    let mut missing = Vec::new();
    if conv.module_file.is_none() {
        missing.push(FieldError::new(
            "module",
            "REQUIRED",
            "Caricare il modulo MV35 firmato",
        ));
    }
    if conv.document_file.is_none() {
        missing.push(FieldError::new(
            "document",
            "REQUIRED",
            "Caricare la copia del documento di identità",
        ));
    }
    if !missing.is_empty() {
        return Err(AppError::Validation(missing));
    }
    if !st.store.submit_conversion(&conv.id, st.clock.now()).await? {
        return Err(in_progress());
    }
    tracing::info!(conversion = %conv.id, "conversion submitted");
    crate::notify::record(&st, &c.cred, crate::notify::kind::CONVERSION_SUBMITTED).await?;
    let conv = st
        .store
        .conversion(&conv.id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(conv.to_api()))
}
