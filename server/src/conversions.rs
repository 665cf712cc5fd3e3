//! What the channels of a conversion to PIN dispositivo share — the online
//! upload (`routes::dispositivo`) and the fax to 800 803 164
//! (`routes::fax`): the refusals, the identity document as stored, and the
//! reading, checking and storing of an uploaded file.

use axum::extract::multipart::Field;
use axum::http::StatusCode;
use domain::api::ErrorCode;
use domain::dispositivo::{normalize_document_number, validate_document, IdentityDocument};
use domain::upload::{self, UploadError, MAX_UPLOAD_BYTES};

use crate::error::{AppError, AppResult};
use crate::secrets::random_hex;
use crate::state::AppState;
use crate::store::dispositivo::StoredFile;

/// Room for the multipart framing around a file of the maximum size, so a
/// file just over 1 MB is still read and answered with a clear message.
pub const UPLOAD_BODY_LIMIT: usize = MAX_UPLOAD_BYTES + 64 * 1024;

pub fn already_dispositivo() -> AppError {
    AppError::Conflict {
        code: ErrorCode::AlreadyDispositivo,
        message: "Il PIN è già dispositivo".into(),
    }
}

pub fn in_progress() -> AppError {
    AppError::Conflict {
        code: ErrorCode::ConversionInProgress,
        message: "La richiesta di conversione è già in lavorazione: riceverà l'esito per e-mail"
            .into(),
    }
}

/// The document checked (valid on the simulated `today`) and normalised as
/// it is stored: trimmed, number without spaces, dates as ISO.
pub fn checked_document(
    d: &IdentityDocument,
    today: chrono::NaiveDate,
) -> AppResult<IdentityDocument> {
    AppError::check(validate_document(d, today))?;
    Ok(IdentityDocument {
        doc_type: d.doc_type.trim().to_owned(),
        number: normalize_document_number(&d.number),
        issuer: d.issuer.trim().to_owned(),
        issued_on: domain::request::parse_date(&d.issued_on)
            .map(|x| x.to_string())
            .unwrap_or_default(),
        expires_on: domain::request::parse_date(&d.expires_on)
            .map(|x| x.to_string())
            .unwrap_or_default(),
    })
}

fn upload_error(error: UploadError, field: &'static str) -> AppError {
    AppError::Upload { error, field }
}

/// Maps a multipart error: a body over the limit is the file's size
/// problem, anything else a malformed request.
pub fn multipart_error(
    e: axum::extract::multipart::MultipartError,
    field: &'static str,
) -> AppError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        upload_error(UploadError::TooLarge { size: 0 }, field)
    } else {
        AppError::BadRequest(e.body_text())
    }
}

/// The bytes of one file part, refused as soon as it passes 1 MB. The part's
/// file name and content type are deliberately ignored.
pub async fn read_file_part(mut field: Field<'_>, name: &'static str) -> AppResult<Vec<u8>> {
    let mut buf = Vec::new();
    loop {
        match field.chunk().await {
            Ok(Some(chunk)) => {
                buf.extend_from_slice(&chunk);
                if buf.len() > MAX_UPLOAD_BYTES {
                    return Err(upload_error(
                        UploadError::TooLarge { size: buf.len() },
                        name,
                    ));
                }
            }
            Ok(None) => return Ok(buf),
            Err(e) => return Err(multipart_error(e, name)),
        }
    }
}

/// Checks the content (PDF, JPEG or PNG, not empty; `domain::upload`) and
/// writes it under a random name in the uploads directory. `name` is the
/// field an error points to.
pub async fn store_upload(
    st: &AppState,
    bytes: Option<Vec<u8>>,
    name: &'static str,
) -> AppResult<StoredFile> {
    let bytes = bytes.ok_or(upload_error(UploadError::Missing, name))?;
    let kind = upload::check(&bytes).map_err(|e| upload_error(e, name))?;
    let dir = &st.settings.uploads_dir;
    tokio::fs::create_dir_all(dir)
        .await
        .map_err(AppError::internal)?;
    let stored_name = random_hex::<16>();
    tokio::fs::write(dir.join(&stored_name), &bytes)
        .await
        .map_err(AppError::internal)?;
    Ok(StoredFile {
        stored_name,
        kind,
        size: bytes.len() as u64,
        uploaded_at: st.clock.now(),
    })
}

/// Removes a stored file the conversion did not keep (best effort).
pub async fn discard_upload(st: &AppState, stored_name: &str) {
    let _ = tokio::fs::remove_file(st.settings.uploads_dir.join(stored_name)).await;
}
