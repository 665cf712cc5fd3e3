//! `/contact-center`: the contact center's console (a caller's file, PIN
//! requests by phone, the callback queue, half 1 resent) and the operators'
//! audit (`/operatori/registro`), the support requests.

use domain::api::{
    AddContactBody, ApiError, AuditLine, Callback, CallbackOutcomeBody, CitizenFile,
    ConfirmContactBody, Half1ResendBody, Half1Resent, Outcome, PinContacts, PinRequest,
    PinRequestCreated, Residence, ResidenceType,
};

use super::{get_json, get_json_query, post_json, BASE};

pub async fn citizen(codice_fiscale: &str) -> Result<CitizenFile, ApiError> {
    let cf: String = codice_fiscale
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    get_json(&format!("{BASE}/operator/citizens/{cf}")).await
}

pub async fn phone_request(req: &PinRequest) -> Result<PinRequestCreated, ApiError> {
    post_json(&format!("{BASE}/operator/phone-requests"), req).await
}

pub async fn callbacks() -> Result<Vec<Callback>, ApiError> {
    get_json(&format!("{BASE}/operator/callbacks")).await
}

pub async fn outcome(
    id: &str,
    outcome: &str,
    residence: Option<Residence>,
) -> Result<Callback, ApiError> {
    post_json(
        &format!("{BASE}/operator/callbacks/{id}/outcome"),
        &CallbackOutcomeBody {
            outcome: outcome.into(),
            residence_type: residence.as_ref().map(|_| ResidenceType::Italia),
            residence,
        },
    )
    .await
}

pub async fn half1_resend(codice_fiscale: &str, contact: &str) -> Result<Half1Resent, ApiError> {
    post_json(
        &format!("{BASE}/operator/half1-resend"),
        &Half1ResendBody {
            codice_fiscale: codice_fiscale.trim().into(),
            contact: Some(contact.to_owned()).filter(|c| !c.is_empty()),
        },
    )
    .await
}

pub async fn audit(codice_fiscale: &str) -> Result<Vec<AuditLine>, ApiError> {
    let cf = codice_fiscale.trim();
    if cf.is_empty() {
        get_json(&format!("{BASE}/operator/audit")).await
    } else {
        get_json_query(&format!("{BASE}/operator/audit"), &[("codice_fiscale", cf)]).await
    }
}

pub async fn add_contact(cf: &str, kind: &str, value: &str) -> Result<Outcome, ApiError> {
    post_json(
        &format!("{BASE}/operator/contacts"),
        &AddContactBody {
            codice_fiscale: cf.into(),
            kind: kind.into(),
            value: value.trim().into(),
        },
    )
    .await
}

pub async fn confirm_contact(cf: &str, kind: &str, code: &str) -> Result<PinContacts, ApiError> {
    post_json(
        &format!("{BASE}/operator/contacts/confirm"),
        &ConfirmContactBody {
            codice_fiscale: cf.into(),
            kind: kind.into(),
            code: code.trim().into(),
        },
    )
    .await
}

/// The support requests, newest first; `status` empty for all.
pub async fn support_requests(
    status: &str,
) -> Result<Vec<domain::support::SupportRequestRecord>, ApiError> {
    let url = format!("{BASE}/operator/support-requests");
    if status.is_empty() {
        get_json(&url).await
    } else {
        get_json_query(&url, &[("status", status)]).await
    }
}

pub async fn take_support_request(
    id: &str,
) -> Result<domain::support::SupportRequestRecord, ApiError> {
    super::post_empty(&format!("{BASE}/operator/support-requests/{id}/take")).await
}

pub async fn close_support_request(
    id: &str,
    reply: &str,
) -> Result<domain::support::SupportRequestRecord, ApiError> {
    post_json(
        &format!("{BASE}/operator/support-requests/{id}/close"),
        &domain::support::SupportReplyBody {
            reply: reply.trim().into(),
        },
    )
    .await
}
