//! A PIN request filed on the caller's behalf, with the online form's rules; the PIN so filed needs Attiva PIN.

use super::*;

pub(super) async fn phone_request(
    State(st): State<AppState>,
    op: CurrentOperator,
    AppJson(req): AppJson<PinRequest>,
) -> AppResult<(StatusCode, Json<PinRequestCreated>)> {
    let op = op.require(CONTACT_CENTER)?;
    let body_cf = req.codice_fiscale.clone();
    let created = file_request(&st, req, true).await?;
    let cred = credential_of(&st, &normalize_cf(&body_cf), &created.request_id)
        .await?
        .ok_or_else(|| AppError::internal("filed request without credential"))?;
    operators::audit(
        &st,
        &op.operator,
        action::PHONE_REQUEST,
        Some(&cred.codice_fiscale),
        Some(&created.request_id),
        operators::detail::fill(operators::detail::PHONE_REQUEST, &[&created.request_id]),
    )
    .await?;
    notify::record(&st, &cred, kind::PHONE_REQUEST).await?;
    tracing::info!(request_id = %created.request_id, operator = %op.operator.username, "phone request filed");
    Ok((StatusCode::CREATED, Json(created)))
}
