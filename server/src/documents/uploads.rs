//! Files a citizen uploaded (the signed MV35, the document copy), served
//! back to the citizen and to the back office.

use axum::http::header::{
    CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_SECURITY_POLICY, CONTENT_TYPE,
};
use axum::response::{IntoResponse, Response};

use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::store::dispositivo::StoredFile;

/// Nothing in an uploaded file may run, load or submit anything.
const UPLOAD_CSP: &str = "sandbox; default-src 'none'";

/// A stored file, served with the type its content was recognised as, as a
/// download: the bytes came from a citizen and were only sniffed (a PDF can
/// also be valid HTML), so they are never rendered in the app's origin —
/// `attachment`, and a CSP `sandbox` of their own in case a browser opens
/// them anyway.
pub async fn file_response(st: &AppState, file: &StoredFile, name: &str) -> AppResult<Response> {
    let path = st.settings.uploads_dir.join(&file.stored_name);
    let bytes = tokio::fs::read(&path).await.map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            // Stored by a process that writes elsewhere: several processes
            // on one database need one shared `--uploads-dir`.
            tracing::error!(
                path = %path.display(),
                "uploaded file missing: every server process on this database must be \
                 given the same (shared) --uploads-dir"
            );
        }
        AppError::internal(e)
    })?;
    Ok((
        [
            (CONTENT_TYPE, file.kind.mime().to_owned()),
            (
                CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}.{}\"", file.kind.extension()),
            ),
            (CACHE_CONTROL, "no-store".to_owned()),
            (CONTENT_SECURITY_POLICY, UPLOAD_CSP.to_owned()),
        ],
        bytes,
    )
        .into_response())
}
