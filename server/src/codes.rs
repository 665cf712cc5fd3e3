//! One-time codes: contact verification, restore, revoke, activation.
//!
//! A code is stored only as an Argon2id hash, works once, expires (SMS code
//! 10 minutes, e-mail/PEC code 24 hours, on the simulated clock) and is burnt
//! after [`MAX_TRIES`] wrong tries. Only the newest code of a credential,
//! purpose and target counts. When there is no code to check, a dummy hash is
//! verified instead so the answer time does not tell whether one exists.

use axum::http::StatusCode;
use axum::Json;
use chrono::Duration;
use domain::api::{FieldError, Outcome};

use crate::error::{AppError, AppResult};
use crate::secrets::{email_code, random_hex, sms_code};
use crate::state::AppState;
use crate::store::{CodePurpose, CodeRow, Credential, NewCode};

pub const CODE_INVALID: &str = "Codice errato o scaduto";

/// Wrong tries that burn a code.
pub const MAX_TRIES: u32 = 5;

/// How a code travels, which decides its shape and lifetime.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// 6 digits, 10 minutes.
    Sms,
    /// 8 characters, 24 hours (e-mail or PEC).
    Mail,
}

impl Via {
    pub fn ttl(self) -> Duration {
        match self {
            Via::Sms => Duration::minutes(10),
            Via::Mail => Duration::hours(24),
        }
    }
}

/// Creates a code, stores its hash, and returns it in clear for the message
/// that carries it (the delivery simulator's copy is the only other place it
/// exists).
pub async fn issue(
    st: &AppState,
    credential_id: &str,
    purpose: CodePurpose,
    target: &str,
    via: Via,
    payload: Option<String>,
) -> AppResult<String> {
    let code = match via {
        Via::Sms => sms_code(),
        Via::Mail => email_code(),
    };
    let now = st.clock.now();
    let code_hash = st.hasher.hash(code.clone()).await?;
    st.store
        .insert_code(NewCode {
            id: format!("code_{}", random_hex::<12>()),
            credential_id: credential_id.to_owned(),
            purpose,
            target: target.to_owned(),
            code_hash,
            created_at: now,
            expires_at: domain::time::later(now, via.ttl()),
            payload,
        })
        .await?;
    Ok(code)
}

/// Checks a typed code against the newest live code of `target` (any target
/// if `None`); on a match the code is consumed (single use even under races)
/// and returned. `None`: wrong, expired, used or absent — one answer for all.
pub async fn check(
    st: &AppState,
    credential_id: Option<&str>,
    purpose: CodePurpose,
    target: Option<&str>,
    typed: &str,
) -> AppResult<Option<CodeRow>> {
    let now = st.clock.now();
    let typed = domain::pin::normalize(typed);
    let live = match credential_id {
        Some(id) => st.store.live_codes(id, purpose, now).await?,
        None => Vec::new(),
    };
    let newest = live
        .into_iter()
        .find(|c| target.is_none_or(|t| c.target == t));
    let Some(code) = newest else {
        st.hasher.verify_dummy(typed).await?;
        return Ok(None);
    };
    if typed.is_empty() || !st.hasher.verify(typed, code.code_hash.clone()).await? {
        st.store.code_failed(&code.id, MAX_TRIES, now).await?;
        return Ok(None);
    }
    if !st.store.consume_code(&code.id, now).await? {
        return Ok(None);
    }
    Ok(Some(code))
}

/// The confirmation step of Ripristina, Revoca and Attiva: [`check`]s the
/// typed code of `purpose` (any target) against the credential found for the
/// CF. No credential and a wrong code give the same `CODE_INVALID` answer,
/// after the same hashing work, so confirming says nothing about the CF.
pub async fn confirm(
    st: &AppState,
    cred: Option<Credential>,
    purpose: CodePurpose,
    typed: &str,
) -> AppResult<(Credential, CodeRow)> {
    let code = check(
        st,
        cred.as_ref().map(|c| c.id.as_str()),
        purpose,
        None,
        typed,
    )
    .await?;
    match (cred, code) {
        (Some(cred), Some(code)) => Ok((cred, code)),
        _ => Err(AppError::Validation(vec![FieldError::new(
            "code",
            "CODE_INVALID",
            CODE_INVALID,
        )])),
    }
}

/// As [`confirm`], for the code of one `target` (a contact the contact
/// center adds, `routes::contact_center`).
pub async fn confirm_target(
    st: &AppState,
    cred: Option<Credential>,
    purpose: CodePurpose,
    target: &str,
    typed: &str,
) -> AppResult<(Credential, CodeRow)> {
    let code = check(
        st,
        cred.as_ref().map(|c| c.id.as_str()),
        purpose,
        Some(target),
        typed,
    )
    .await?;
    match (cred, code) {
        (Some(cred), Some(code)) => Ok((cred, code)),
        _ => Err(AppError::Validation(vec![FieldError::new(
            "code",
            "CODE_INVALID",
            CODE_INVALID,
        )])),
    }
}

/// The 202 of a request whose effect arrives by message (a code sent, or
/// nothing when the data do not match: the answer must not tell which).
pub fn accepted(message: &str) -> (StatusCode, Json<Outcome>) {
    (
        StatusCode::ACCEPTED,
        Json(Outcome {
            message: message.into(),
        }),
    )
}

/// Like [`check`] but the code is not consumed on a match (verification of
/// several contacts at once: all must be right before any is used).
pub async fn matches(
    st: &AppState,
    credential_id: &str,
    purpose: CodePurpose,
    target: &str,
    typed: &str,
) -> AppResult<Option<CodeRow>> {
    let now = st.clock.now();
    let typed = domain::pin::normalize(typed);
    let newest = st
        .store
        .live_codes(credential_id, purpose, now)
        .await?
        .into_iter()
        .find(|c| c.target == target);
    let Some(code) = newest else {
        return Ok(None);
    };
    if typed.is_empty() || !st.hasher.verify(typed, code.code_hash.clone()).await? {
        st.store.code_failed(&code.id, MAX_TRIES, now).await?;
        return Ok(None);
    }
    Ok(Some(code))
}
