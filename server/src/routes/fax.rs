//! The fax to 800 803 164 (simulator only, `POST /api/v1/sim/fax`): the
//! citizen "faxes" the signed MV35 module and the copy of the identity
//! document — the same files as the online upload, with the same checks —
//! and the request lands in the back-office queue already in review, marked
//! `fax`, to be decided as the online ones are. The same eligibility as
//! online: a live ordinary PIN (first access done), not yet dispositivo, no
//! conversion open.

use axum::extract::multipart::MultipartRejection;
use axum::extract::{DefaultBodyLimit, Multipart, State};
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use domain::api::{ErrorCode, FieldError, PinState};
use domain::dispositivo::{Conversion, ConversionChannel, ConversionStatus, IdentityDocument};
use domain::request::normalize_cf;
use domain::upload::MAX_UPLOAD_BYTES;

use crate::conversions::{
    already_dispositivo, checked_document, discard_upload, in_progress, multipart_error,
    read_file_part, store_upload,
};
use crate::error::{AppError, AppResult};
use crate::notify;
use crate::secrets::random_hex;
use crate::state::AppState;
use crate::store::dispositivo::ConversionRow;
use crate::store::StoreError;

/// Two files of the maximum size and the text fields around them.
const FAX_BODY_LIMIT: usize = 2 * MAX_UPLOAD_BYTES + 64 * 1024;

/// The multipart field of the signed module and of the document copy.
const MODULE: &str = "module";
const DOCUMENT_COPY: &str = "document_copy";

pub fn router() -> Router<AppState> {
    Router::new().route(
        "/sim/fax",
        post(send_fax).layer(DefaultBodyLimit::max(FAX_BODY_LIMIT)),
    )
}

#[derive(Default)]
struct Fax {
    codice_fiscale: String,
    document: IdentityDocument,
    module: Option<Vec<u8>>,
    document_copy: Option<Vec<u8>>,
}

async fn read_fax(mut multipart: Multipart) -> AppResult<Fax> {
    let mut fax = Fax::default();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => return Ok(fax),
            Err(e) => return Err(multipart_error(e, MODULE)),
        };
        let name = field.name().unwrap_or_default().to_owned();
        match name.as_str() {
            MODULE => fax.module = Some(read_file_part(field, MODULE).await?),
            DOCUMENT_COPY => fax.document_copy = Some(read_file_part(field, DOCUMENT_COPY).await?),
            _ => {
                // A body past the limit is refused as too large whatever part
                // it is in (the limit counts the whole body).
                let text = field.text().await.map_err(|e| multipart_error(e, MODULE))?;
                let d = &mut fax.document;
                match name.as_str() {
                    "codice_fiscale" => fax.codice_fiscale = text,
                    "document.type" => d.doc_type = text,
                    "document.number" => d.number = text,
                    "document.issuer" => d.issuer = text,
                    "document.issued_on" => d.issued_on = text,
                    "document.expires_on" => d.expires_on = text,
                    _ => {}
                }
            }
        }
    }
}

async fn send_fax(
    State(st): State<AppState>,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<(StatusCode, Json<Conversion>)> {
    let multipart = multipart.map_err(|e| AppError::BadRequest(e.body_text()))?;
    let fax = read_fax(multipart).await?;
    let cf = normalize_cf(&fax.codice_fiscale);
    if cf.is_empty() {
        return Err(AppError::Validation(vec![FieldError::new(
            "codice_fiscale",
            "REQUIRED",
            "Campo obbligatorio",
        )]));
    }
    let Some(cred) = st.store.live_credential(&cf).await? else {
        return Err(AppError::NotFound);
    };
    match cred.state {
        PinState::Dispositivo => return Err(already_dispositivo()),
        PinState::Active => {}
        _ => {
            return Err(AppError::Conflict {
                code: ErrorCode::FirstAccessRequired,
                message: "Il cittadino deve prima effettuare il primo accesso con il PIN ricevuto"
                    .into(),
            })
        }
    }
    if let Some(r) = st.store.latest_conversion(&cred.id).await? {
        if matches!(
            r.status,
            ConversionStatus::Draft | ConversionStatus::InLavorazione
        ) {
            return Err(in_progress());
        }
    }
    let now = st.clock.now();
    let document = checked_document(&fax.document, now.date_naive())?;
    let module = store_upload(&st, fax.module, MODULE).await?;
    let copy = match store_upload(&st, fax.document_copy, DOCUMENT_COPY).await {
        Ok(f) => f,
        Err(e) => {
            discard_upload(&st, &module.stored_name).await;
            return Err(e);
        }
    };
    let row = ConversionRow {
        id: format!("conv_{}", random_hex::<10>()),
        credential_id: cred.id.clone(),
        codice_fiscale: cf,
        status: ConversionStatus::InLavorazione,
        channel: ConversionChannel::Fax,
        document,
        module_file: Some(module),
        document_file: Some(copy),
        created_at: now,
        submitted_at: Some(now),
        decided_at: None,
        decided_by: None,
        reason: None,
    };
    if let Err(e) = st.store.insert_conversion(&row).await {
        for f in [&row.module_file, &row.document_file].into_iter().flatten() {
            discard_upload(&st, &f.stored_name).await;
        }
        return Err(match e {
            StoreError::Conflict => in_progress(),
            e => e.into(),
        });
    }
    tracing::info!(conversion = %row.id, "conversion received by fax");
    notify::record(&st, &cred, notify::kind::CONVERSION_FAXED).await?;
    Ok((StatusCode::CREATED, Json(row.to_api())))
}
