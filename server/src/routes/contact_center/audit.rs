//! The audit of every operator action, for any operator.

use super::*;

#[derive(Debug, Deserialize)]
pub(super) struct AuditQuery {
    codice_fiscale: Option<String>,
}

/// The audit, for any operator (each sees who did what). The details are
/// stored in Italian (`operators::detail`) and answered in the request's
/// language (`Accept-Language`), translated here at read time.
pub(super) async fn audit(
    State(st): State<AppState>,
    _op: CurrentOperator,
    headers: axum::http::HeaderMap,
    AppQuery(q): AppQuery<AuditQuery>,
) -> AppResult<Json<Vec<AuditLine>>> {
    let cf = q
        .codice_fiscale
        .as_deref()
        .map(normalize_cf)
        .filter(|s| !s.is_empty());
    let rows = st.store.audit(cf.as_deref(), 500).await?;
    let lang = crate::i18n::request_lang(&headers);
    Ok(Json(
        rows.into_iter()
            .map(|e| AuditLine {
                at: e.at,
                operator: e.operator,
                role: e.role,
                action: e.action,
                codice_fiscale: e.codice_fiscale,
                request_id: e.request_id,
                detail: match crate::i18n::translate(lang, &e.detail) {
                    std::borrow::Cow::Owned(t) => t,
                    std::borrow::Cow::Borrowed(_) => e.detail,
                },
            })
            .collect(),
    ))
}
