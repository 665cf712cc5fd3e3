//! The sede's console (API.md, "Operators"): a PIN issued in person — the
//! whole 16 characters at once, already dispositivo (MV35 "in sede"),
//! printed in a "sealed envelope" PDF — and the desk conversion of an
//! ordinary PIN to dispositivo (document checked by the operator, no
//! upload). Only `sede` operators may act here (403 `FORBIDDEN_ROLE`
//! otherwise); every action is recorded in the operators' audit (never the
//! PIN) and in the citizen's "Le tue attività".
//!
//! The envelope is written on request, for the operator session that issued
//! the PIN, for [`ENVELOPE_TTL`] of real time, by whichever server process
//! the request reaches: the database keeps it (`sede_envelopes`) with the
//! PIN only encrypted, under a key derived from that session's cookie —
//! which the database never holds (it keeps the cookie's SHA-256) — so the
//! database alone cannot reveal the PIN, and any process can open it for
//! the browser holding the cookie. Expired envelopes are deleted; the
//! credential keeps only the PIN's Argon2id hash.

use std::time::Duration;

use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use domain::api::{
    DeskConversionBody, DeskConversionDone, ErrorCode, FieldError, InPersonPinBody,
    InPersonPinIssued, PinState,
};
use domain::dispositivo::{
    normalize_document_number, ConversionChannel, ConversionStatus, IdentityDocument,
};
use domain::pin::InitialPin;
use domain::request::normalize_cf;
use serde::{Deserialize, Serialize};

use domain::sede::{
    exception_label, kind_label, relation_label, validate_issuance, validate_sede_document,
    MSG_NAME, MSG_NOT_IN_REGISTRY,
};

use crate::auth::{operator_cookie, CurrentOperator};
use crate::documents::envelope::{envelope_pdf, EnvelopeData};
use crate::documents::letterhead::Words;
use crate::error::{AppError, AppJson, AppPath, AppResult};
use crate::notify::{self, kind};
use crate::operators::{self, action};
use crate::secrets::{random_bytes, random_hex};
use crate::state::AppState;
use crate::store::dispositivo::ConversionRow;
use crate::store::{Credential, NewPinRequest, SealedEnvelope, StoreError};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/operator/in-person-pins", post(issue))
        .route(
            "/operator/in-person-pins/{request_id}/envelope.pdf",
            get(envelope),
        )
        .route("/operator/dispositivo-conversions", post(desk_conversion))
}

const SEDE: &str = "sede";

/// How long the envelope of a PIN stays printable.
pub const ENVELOPE_TTL: Duration = Duration::from_secs(10 * 60);

/// What an envelope shows besides the PIN (kept in clear).
#[derive(Serialize, Deserialize)]
struct EnvelopeLines {
    surname: String,
    name: String,
    codice_fiscale: String,
    sede: String,
    issued_at: chrono::DateTime<chrono::Utc>,
}

/// The key of one envelope: from the issuing session's cookie (never
/// stored) and the request.
fn envelope_key(cookie: &str, request_id: &str) -> [u8; 32] {
    crate::secrets::seal::derive_key("sede-envelope", &[cookie, request_id])
}

/// What `pin_requests.request_json` keeps of an issuance (never the PIN).
#[derive(Serialize)]
struct IssuanceRecord<'a> {
    channel: &'static str,
    operator: &'a str,
    document_kind: &'a str,
    exception: Option<&'a str>,
    representative_relation: Option<&'a str>,
    representative_codice_fiscale: Option<String>,
}

// ------------------------------------------------------------- issuance

async fn issue(
    State(st): State<AppState>,
    headers: HeaderMap,
    op: CurrentOperator,
    AppJson(mut body): AppJson<InPersonPinBody>,
) -> AppResult<(StatusCode, Json<InPersonPinIssued>)> {
    let op = op.require(SEDE)?;
    let now = st.clock.now();
    let today = now.date_naive();
    body.exception = body
        .exception
        .map(|e| e.trim().to_owned())
        .filter(|e| !e.is_empty());
    // From the cut-off only the exceptions of Circolare 87/2020.
    if today >= st.settings.cutoff_date && body.exception.is_none() {
        return Err(AppError::PinIssuanceClosed {
            message: format!(
                "Dal {} l'INPS non rilascia più nuovi PIN. In sede il PIN si rilascia ancora \
                 soltanto ai minori, a chi non ha un documento di identità italiano e a chi è \
                 sotto tutela, curatela o amministrazione di sostegno: indicare l'eccezione. \
                 Per gli altri cittadini: SPID, CIE o CNS.",
                st.settings.cutoff_date.format("%d/%m/%Y")
            ),
        });
    }
    let cf = normalize_cf(&body.codice_fiscale);
    body.codice_fiscale = cf.clone();
    if cf.is_empty() {
        return Err(AppError::Validation(vec![FieldError::new(
            "codice_fiscale",
            "REQUIRED",
            MSG_NAME,
        )]));
    }
    let Some(citizen) = st.store.citizen(&cf).await? else {
        return Err(AppError::Validation(vec![FieldError::new(
            "codice_fiscale",
            "CF_NOT_IN_REGISTRY",
            MSG_NOT_IN_REGISTRY,
        )]));
    };
    if st.store.live_credential(&cf).await?.is_some() {
        return Err(AppError::PinAlreadyAssigned { codice_fiscale: cf });
    }
    let errors = validate_issuance(&body, citizen.birth_date, today);
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }

    let pin = InitialPin::from_random(&random_bytes::<16>(), st.settings.pin_alphabet);
    let full = pin.full();
    let cookie = operator_cookie(&headers).ok_or(AppError::Unauthenticated)?;
    let initial_hash = st.hasher.hash(full.clone()).await?;
    let request_id = format!("SD{}", random_hex::<6>().to_uppercase());
    let kind_str = body.document.kind.trim().to_owned();
    let relation = body.representative.as_ref().map(|r| r.relation.trim());
    let record = IssuanceRecord {
        channel: "sede",
        operator: &op.operator.username,
        document_kind: &kind_str,
        exception: body.exception.as_deref(),
        representative_relation: relation,
        representative_codice_fiscale: body
            .representative
            .as_ref()
            .map(|r| normalize_cf(&r.codice_fiscale)),
    };
    let credential = Credential {
        id: format!("cr_{}", random_hex::<12>()),
        codice_fiscale: cf.clone(),
        request_id: Some(request_id.clone()),
        // MV35 "in sede": dispositivo from the start, so the first login
        // with the 16 characters is already at level L2.
        state: PinState::Dispositivo,
        role: citizen.role,
        surname: citizen.surname.clone(),
        name: citizen.name.clone(),
        home_phone: None,
        mobile: None,
        email: None,
        pec: None,
        initial_hash: Some(initial_hash),
        // Handed over whole: there is no "prima parte" login.
        half1_hash: None,
        pin_hash: None,
        pin_changed_at: None,
        failed_attempts: 0,
        locked_until: None,
        contacts_verified: false,
        privacy_accepted: false,
        activation_required: false,
        privacy_version: 0,
        last_login_at: None,
        created_at: now,
    };
    let stored = st
        .store
        .create_pin_request(NewPinRequest {
            request_id: request_id.clone(),
            status: "issued".into(),
            request_json: serde_json::to_string(&record).map_err(AppError::internal)?,
            credential: credential.clone(),
            messages: vec![],
        })
        .await;
    match stored {
        Ok(()) => {}
        Err(StoreError::Conflict) => {
            return Err(AppError::PinAlreadyAssigned { codice_fiscale: cf })
        }
        Err(e) => return Err(e.into()),
    }
    let number = normalize_document_number(&body.document.number);
    let mut values = vec![request_id.as_str(), kind_label(&kind_str), number.as_str()];
    if let Some(e) = &body.exception {
        values.push(exception_label(e));
    }
    let rep_cf = body
        .representative
        .as_ref()
        .map(|r| normalize_cf(&r.codice_fiscale));
    if let (Some(r), Some(rep_cf)) = (&body.representative, &rep_cf) {
        values.extend([
            relation_label(r.relation.trim()),
            r.name.trim(),
            r.surname.trim(),
            rep_cf.as_str(),
        ]);
    }
    let template = match (body.exception.is_some(), body.representative.is_some()) {
        (false, false) => operators::detail::IN_PERSON_PIN,
        (true, false) => operators::detail::IN_PERSON_PIN_EXCEPTION,
        (false, true) => operators::detail::IN_PERSON_PIN_REPRESENTATIVE,
        (true, true) => operators::detail::IN_PERSON_PIN_EXCEPTION_REPRESENTATIVE,
    };
    let detail = operators::detail::fill(template, &values);
    operators::audit(
        &st,
        &op.operator,
        action::IN_PERSON_PIN,
        Some(&cf),
        Some(&request_id),
        detail,
    )
    .await?;
    notify::record(&st, &credential, kind::SEDE_PIN_ISSUED).await?;
    let lines = EnvelopeLines {
        surname: citizen.surname,
        name: citizen.name,
        codice_fiscale: cf,
        sede: op.operator.display_name.clone(),
        issued_at: now,
    };
    let real_now = chrono::Utc::now();
    st.store
        .save_envelope(
            &SealedEnvelope {
                request_id: request_id.clone(),
                session_id: op.id.clone(),
                sealed: crate::secrets::seal::seal(&envelope_key(&cookie, &request_id), &full),
                data_json: serde_json::to_string(&lines).map_err(AppError::internal)?,
                expires_at: real_now
                    + chrono::TimeDelta::from_std(ENVELOPE_TTL).map_err(AppError::internal)?,
            },
            real_now,
        )
        .await?;
    tracing::info!(%request_id, operator = %op.operator.username, "PIN issued in person");
    Ok((
        StatusCode::CREATED,
        Json(InPersonPinIssued {
            envelope_url: format!("/api/v1/operator/in-person-pins/{request_id}/envelope.pdf"),
            request_id,
            state: PinState::Dispositivo,
        }),
    ))
}

async fn envelope(
    State(st): State<AppState>,
    headers: HeaderMap,
    op: CurrentOperator,
    words: Words,
    AppPath(request_id): AppPath<String>,
) -> AppResult<impl IntoResponse> {
    // The role after the path, so a malformed path is a 400 for anyone.
    let op = op.require(SEDE)?;
    let cookie = operator_cookie(&headers).ok_or(AppError::Unauthenticated)?;
    let Some(e) = st
        .store
        .envelope(&request_id, &op.id, chrono::Utc::now())
        .await?
    else {
        return Err(AppError::NotFound);
    };
    // Altered in the database (or not this cookie's): never printed.
    let Some(pin) = crate::secrets::seal::unseal(&envelope_key(&cookie, &request_id), &e.sealed)
    else {
        tracing::error!(%request_id, "sealed envelope does not open: refused");
        return Err(AppError::NotFound);
    };
    let lines: EnvelopeLines = serde_json::from_str(&e.data_json).map_err(AppError::internal)?;
    let pdf = envelope_pdf(
        &EnvelopeData {
            surname: &lines.surname,
            name: &lines.name,
            codice_fiscale: &lines.codice_fiscale,
            request_id: &request_id,
            sede: &lines.sede,
            issued_at: lines.issued_at,
        },
        &pin,
        words,
    );
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"busta-pin-{request_id}.pdf\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        pdf,
    ))
}

// ------------------------------------------------------- desk conversion

async fn desk_conversion(
    State(st): State<AppState>,
    op: CurrentOperator,
    AppJson(body): AppJson<DeskConversionBody>,
) -> AppResult<Json<DeskConversionDone>> {
    let op = op.require(SEDE)?;
    let now = st.clock.now();
    let cf = normalize_cf(&body.codice_fiscale);
    let mut errors = validate_sede_document(&body.document, now.date_naive());
    if cf.is_empty() {
        errors.push(FieldError::new("codice_fiscale", "REQUIRED", MSG_NAME));
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let Some(cred) = st.store.live_credential(&cf).await? else {
        return Err(AppError::NotFound);
    };
    match cred.state {
        PinState::Dispositivo => {
            return Err(AppError::Conflict {
                code: ErrorCode::AlreadyDispositivo,
                message: "Il PIN del cittadino è già dispositivo".into(),
            })
        }
        PinState::Active => {}
        _ => {
            return Err(AppError::Conflict {
                code: ErrorCode::FirstAccessRequired,
                message: "Il cittadino deve prima effettuare il primo accesso con il PIN ricevuto"
                    .into(),
            })
        }
    }
    let d = &body.document;
    let row = ConversionRow {
        id: format!("conv_{}", random_hex::<10>()),
        credential_id: cred.id.clone(),
        codice_fiscale: cf.clone(),
        // Checked at the desk: straight to the decision, no upload.
        status: ConversionStatus::InLavorazione,
        channel: ConversionChannel::Sede,
        document: IdentityDocument {
            doc_type: d.kind.trim().to_owned(),
            number: normalize_document_number(&d.number),
            issuer: d.issuer.trim().to_owned(),
            issued_on: d.issued_on.trim().to_owned(),
            expires_on: d.expires_on.trim().to_owned(),
        },
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
        Err(StoreError::Conflict) => {
            return Err(AppError::Conflict {
                code: ErrorCode::ConversionInProgress,
                message: "È già in corso una richiesta di conversione online: attendere l'esito \
                          del back office"
                    .into(),
            })
        }
        Err(e) => return Err(e.into()),
    }
    let approval = st
        .store
        .approve_conversion(&row.id, &op.operator.username, now)
        .await?
        .ok_or_else(|| AppError::internal("desk conversion not in review"))?;
    let who = format!("{} {}", cred.name.trim(), cred.surname.trim());
    let mut text = format!(
        "Gentile {who},\n\nil suo PIN è stato convertito in PIN dispositivo presso la sede \
         ({}). Da oggi il suo PIN consente di presentare domande e richiedere prestazioni \
         online: le domande sono protocollate subito.",
        op.operator.display_name
    );
    if !approval.protocolled.is_empty() {
        text.push_str(&format!(
            "\n\nLe {} domande presentate in attesa di PIN dispositivo sono state protocollate \
             mantenendo la data di presentazione originale.",
            approval.protocolled.len()
        ));
    }
    text.push_str("\n\nIstituto Nazionale della Previdenza Sociale");
    notify::mail(&st, &cred, "INPS - Il suo PIN è ora dispositivo", &text).await?;
    operators::audit(
        &st,
        &op.operator,
        action::DESK_CONVERSION,
        Some(&cf),
        None,
        operators::detail::fill(
            operators::detail::DESK_CONVERSION,
            &[&row.id, kind_label(d.kind.trim()), &row.document.number],
        ),
    )
    .await?;
    notify::record(&st, &cred, kind::SEDE_CONVERSION).await?;
    tracing::info!(conversion = %row.id, operator = %op.operator.username, "desk conversion");
    Ok(Json(DeskConversionDone {
        conversion_id: row.id,
        state: PinState::Dispositivo,
        protocolled: approval.protocolled.len() as u32,
    }))
}
