//! The contact center's console (API.md, "Operators"): a caller found by
//! codice fiscale, a PIN request filed on the caller's behalf (the online
//! form's rules, through [`crate::filing`]), the callback queue for
//! residences that did not match the registry and its call outcomes, half 1
//! resent when it has not arrived, and the audit of every operator action.
//! Only `contact_center` operators may act here (403 `FORBIDDEN_ROLE`
//! otherwise); every action is recorded in the audit, and in the citizen's
//! "Le tue attività" where the citizen would be told.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::{DateTime, Utc};
use domain::api::{
    ActivityEntry, AddContactBody, AuditLine, Callback, CallbackOutcomeBody, Channel, CitizenFile,
    ConfirmContactBody, Contacts, ErrorCode, FieldError, Half1ResendBody, Half1Resent, PinRequest,
    PinRequestCreated, PinState, PinSummary, RegistryPerson, RequestSummary, ResidenceType,
    HALF1_RESEND_AFTER_HOURS, MAX_HALF1_RESENDS,
};
use domain::request::{
    normalize_cf, normalize_phone, preferred_time_label, present, validate_residence,
};
use serde::Deserialize;

use crate::auth::{ContactCenterOperator, CurrentOperator};
use crate::codes;
use crate::error::{AppError, AppJson, AppPath, AppQuery, AppResult};
use crate::filing::file_request;
use crate::notify::{self, contacts_of, describe, instant_message, kind, mask};
use crate::operators::{self, action, audit_entry};
use crate::sim::deliveries;
use crate::state::AppState;
use crate::store::{
    CallbackOutcome, CallbackRow, CodePurpose, Credential, CredentialEvent, NewMessage,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/operator/citizens/{codice_fiscale}", get(citizen))
        .route("/operator/phone-requests", post(phone_request))
        .route("/operator/callbacks", get(callbacks))
        .route("/operator/callbacks/{id}/outcome", post(outcome))
        .route("/operator/half1-resend", post(half1_resend))
        .route("/operator/contacts", post(add_contact))
        .route("/operator/contacts/confirm", post(confirm_contact))
        .route("/operator/audit", get(audit))
}

/// The role of this console. Handlers with a body or a path check it after
/// reading them, so a malformed request is a 400 whoever sends it.
const CONTACT_CENTER: &str = "contact_center";

const FOOTER: &str = "\n\n— Messaggio del simulatore PIN INPS (non affiliato all'INPS).";

/// The number the contact center calls: the preferred phone, else any.
fn phone_of(c: &Contacts) -> String {
    match c.preferred_phone.trim() {
        "home" => present(&c.home_phone),
        _ => present(&c.mobile),
    }
    .or_else(|| present(&c.mobile))
    .or_else(|| present(&c.home_phone))
    .map(normalize_phone)
    .unwrap_or_default()
}

/// A call the citizen receives now (the simulator's phone inbox).
fn call(
    request_id: &str,
    phone: &str,
    subject: &str,
    body: String,
    now: DateTime<Utc>,
) -> NewMessage {
    let mut m = instant_message(
        Channel::Call,
        phone,
        subject,
        format!("{body}{FOOTER}"),
        None,
        now,
    );
    m.request_id = Some(request_id.to_owned());
    m
}

/// Writes a citizen event of a contact-center action (no notice: the
/// citizen is on the phone, or receives the message the action sends).
async fn event(st: &AppState, cred: &Credential, kind: &str) -> AppResult<()> {
    st.store
        .add_event(&CredentialEvent {
            credential_id: cred.id.clone(),
            codice_fiscale: cred.codice_fiscale.clone(),
            kind: kind.to_owned(),
            channel: None,
            recipient: None,
            at: st.clock.now(),
        })
        .await?;
    Ok(())
}

/// The live credential of `cf` if it is the one `request_id` created.
async fn credential_of(st: &AppState, cf: &str, request_id: &str) -> AppResult<Option<Credential>> {
    Ok(st
        .store
        .live_credential(cf)
        .await?
        .filter(|c| c.request_id.as_deref() == Some(request_id)))
}

// ------------------------------------------------------------ citizen file

async fn citizen(
    State(st): State<AppState>,
    op: CurrentOperator,
    AppPath(cf): AppPath<String>,
) -> AppResult<Json<CitizenFile>> {
    let op = op.require(CONTACT_CENTER)?;
    let cf = normalize_cf(&cf);
    let registry = st.store.citizen(&cf).await?;
    let cred = st.store.live_credential(&cf).await?;
    let rows = st.store.requests_of(&cf).await?;
    if registry.is_none() && cred.is_none() && rows.is_empty() {
        return Err(AppError::NotFound);
    }
    let mut requests = Vec::with_capacity(rows.len());
    for r in rows {
        requests.push(RequestSummary {
            half1_resends: st
                .store
                .count_audit(&r.request_id, action::HALF1_RESEND)
                .await?,
            request_id: r.request_id,
            status: r.request_status,
            created_at: r.created_at,
            callback_status: r.status,
            callback_attempts: r.attempts,
        });
    }
    let events = st
        .store
        .events(&cf, 20)
        .await?
        .into_iter()
        .map(|e| ActivityEntry {
            at: e.at,
            description: describe(&e.kind).to_owned(),
            kind: e.kind,
            channel: e.channel,
            recipient: e.recipient,
        })
        .collect();
    operators::audit(
        &st,
        &op.operator,
        action::CITIZEN_LOOKUP,
        Some(&cf),
        None,
        "Consultata la posizione del cittadino",
    )
    .await?;
    Ok(Json(CitizenFile {
        codice_fiscale: cf,
        registry: registry.map(|c| RegistryPerson {
            surname: c.surname,
            name: c.name,
            birth_date: c.birth_date,
            residence: c.residence,
        }),
        pin: cred.map(|c| PinSummary {
            state: c.state,
            requested_at: c.created_at,
            activation_required: c.activation_required,
            first_access_done: c.initial_hash.is_none(),
            last_login_at: c.last_login_at,
            locked_until: c.locked_until.filter(|t| *t > st.clock.now()),
            contacts: contacts_of(&c),
        }),
        requests,
        events,
    }))
}

// ---------------------------------------------------------- phone request

async fn phone_request(
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
        format!(
            "Richiesta PIN n. {} registrata per telefono; prima parte comunicata nella chiamata",
            created.request_id
        ),
    )
    .await?;
    event(&st, &cred, kind::PHONE_REQUEST).await?;
    tracing::info!(request_id = %created.request_id, operator = %op.operator.username, "phone request filed");
    Ok((StatusCode::CREATED, Json(created)))
}

// ------------------------------------------------------------- callbacks

async fn to_api(st: &AppState, row: CallbackRow) -> AppResult<Callback> {
    let req: PinRequest = serde_json::from_str(&row.request_json).map_err(AppError::internal)?;
    let registry = st.store.citizen(&row.codice_fiscale).await?;
    let slot = req.contacts.preferred_time.trim().to_owned();
    Ok(Callback {
        id: row.request_id,
        codice_fiscale: row.codice_fiscale,
        surname: req.personal.surname.trim().to_owned(),
        name: req.personal.name.trim().to_owned(),
        preferred_phone: phone_of(&req.contacts),
        preferred_time_label: preferred_time_label(&slot)
            .map(str::to_owned)
            .unwrap_or_else(|| slot.clone()),
        preferred_time: slot,
        attempts: row.attempts,
        status: row.status,
        requested_at: row.created_at,
        residence_type: req.residence_type,
        declared_residence: req.residence,
        registry_residence: registry.map(|c| c.residence),
    })
}

async fn callbacks(
    State(st): State<AppState>,
    _op: ContactCenterOperator,
) -> AppResult<Json<Vec<Callback>>> {
    let rows = st.store.callbacks().await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        out.push(to_api(&st, r).await?);
    }
    Ok(Json(out))
}

fn one_line(r: &domain::api::Residence, kind: ResidenceType) -> String {
    let t = |v: &Option<String>| present(v).unwrap_or_default().to_uppercase();
    match kind {
        ResidenceType::Italia => format!(
            "{} {}, {} {} ({})",
            t(&r.address),
            t(&r.civic),
            t(&r.cap),
            t(&r.comune),
            t(&r.province)
        ),
        ResidenceType::Estero => {
            format!("{}, {} ({})", t(&r.address), t(&r.city), t(&r.country_code))
        }
    }
}

async fn outcome(
    State(st): State<AppState>,
    op: CurrentOperator,
    AppPath(id): AppPath<String>,
    AppJson(body): AppJson<CallbackOutcomeBody>,
) -> AppResult<Json<Callback>> {
    let op = op.require(CONTACT_CENTER)?;
    let row = st.store.callback(&id).await?.ok_or(AppError::NotFound)?;
    if row.status != "open" {
        return Err(AppError::Conflict {
            code: ErrorCode::CallbackClosed,
            message: "La richiamata è già stata chiusa: l'esito è registrato".into(),
        });
    }
    let now = st.clock.now();
    let mut req: PinRequest =
        serde_json::from_str(&row.request_json).map_err(AppError::internal)?;
    let phone = phone_of(&req.contacts);
    let cf = row.codice_fiscale.clone();
    let messages_of_request = st.store.request_messages(&id).await?;
    let held_half2 = messages_of_request
        .iter()
        .find(|m| m.held && m.channel == Channel::Post)
        .and_then(|m| m.secret.clone());
    let mut o = CallbackOutcome {
        request_id: id.clone(),
        status: String::new(),
        expected_attempts: row.attempts,
        attempts: row.attempts,
        request_status: None,
        request_json: None,
        drop_held: false,
        calls_made: false,
        credential_state: None,
        messages: Vec::new(),
        audit: audit_entry(
            &st,
            &op.operator,
            action::CALLBACK_OUTCOME,
            Some(&cf),
            Some(&id),
            "",
        ),
        now,
    };
    let mut cancel = false;
    match body.outcome.as_str() {
        "confirmed" | "corrected" => {
            let corrected = body.outcome == "corrected";
            if corrected {
                let kind = body.residence_type.unwrap_or(ResidenceType::Italia);
                let Some(residence) = body.residence.clone() else {
                    return Err(AppError::Validation(vec![FieldError::new(
                        "residence",
                        "REQUIRED",
                        "Indicare l'indirizzo di residenza corretto",
                    )]));
                };
                AppError::check(validate_residence(kind, &residence))?;
                req.residence = residence;
                req.residence_type = kind;
                o.request_json = Some(serde_json::to_string(&req).map_err(AppError::internal)?);
            }
            let half2 = held_half2
                .ok_or_else(|| AppError::internal("awaiting request without held letter"))?;
            let address = one_line(&req.residence, req.residence_type);
            o.messages.push(deliveries::half2_letter(
                &id,
                &cf,
                &req,
                &half2,
                now,
                st.settings.post_delay_days,
                false,
            ));
            o.messages.push(call(
                &id,
                &phone,
                "Contact Center INPS - Indirizzo di residenza verificato",
                format!(
                    "Chiamata del Contact Center INPS per la richiesta PIN n. {id}: l'indirizzo di \
                     residenza è stato {}. La seconda parte del PIN è stata spedita per posta a \
                     {address}.",
                    if corrected { "corretto" } else { "confermato" }
                ),
                now,
            ));
            o.status = body.outcome.clone();
            o.request_status = Some("issued".into());
            o.drop_held = true;
            o.calls_made = true;
            o.credential_state = Some(PinState::Issued);
            o.audit.detail = if corrected {
                format!("Richiamata: indirizzo corretto in {address}; seconda parte spedita")
            } else {
                format!("Richiamata: indirizzo confermato ({address}); seconda parte spedita")
            };
        }
        "no_answer" => {
            o.attempts = row.attempts + 1;
            o.status = "open".into();
            o.messages.push(call(
                &id,
                &phone,
                "Contact Center INPS - Chiamata senza risposta",
                format!(
                    "Chiamata senza risposta dal Contact Center INPS (tentativo n. {}) per \
                     verificare l'indirizzo di residenza della richiesta PIN n. {id}. La \
                     richiameremo nella fascia oraria indicata.",
                    o.attempts
                ),
                now,
            ));
            o.audit.detail = format!("Richiamata senza risposta (tentativo n. {})", o.attempts);
        }
        "cancelled" => {
            cancel = true;
            o.status = "cancelled".into();
            o.request_status = Some("cancelled".into());
            o.drop_held = true;
            o.calls_made = true;
            o.messages.push(call(
                &id,
                &phone,
                "Contact Center INPS - Richiesta PIN annullata",
                format!(
                    "Chiamata del Contact Center INPS: la richiesta PIN n. {id} è stata annullata \
                     su sua indicazione. Può presentare una nuova richiesta in qualsiasi momento."
                ),
                now,
            ));
            o.audit.detail = "Richiamata: richiesta PIN annullata".into();
        }
        _ => {
            return Err(AppError::Validation(vec![FieldError::new(
                "outcome",
                "OUTCOME",
                "Esito non valido: confirmed, corrected, no_answer o cancelled",
            )]))
        }
    }
    if !st.store.record_callback_outcome(&o).await? {
        return Err(AppError::Conflict {
            code: ErrorCode::CallbackClosed,
            message: "Un altro operatore ha appena registrato un esito per questa richiamata"
                .into(),
        });
    }
    if let Some(cred) = credential_of(&st, &cf, &id).await? {
        if cancel {
            st.store.revoke(&cred.id, now).await?;
            event(&st, &cred, kind::REQUEST_CANCELLED).await?;
        } else if o.request_status.is_some() {
            event(&st, &cred, kind::RESIDENCE_VERIFIED).await?;
        }
    }
    tracing::info!(request_id = %id, outcome = %body.outcome, operator = %op.operator.username, "callback outcome");
    let row = st.store.callback(&id).await?.ok_or(AppError::NotFound)?;
    Ok(Json(to_api(&st, row).await?))
}

// ---------------------------------------------------------- half 1 resend

async fn half1_resend(
    State(st): State<AppState>,
    op: CurrentOperator,
    AppJson(body): AppJson<Half1ResendBody>,
) -> AppResult<(StatusCode, Json<Half1Resent>)> {
    let op = op.require(CONTACT_CENTER)?;
    let cf = normalize_cf(&body.codice_fiscale);
    let cred = st
        .store
        .live_credential(&cf)
        .await?
        .ok_or(AppError::NotFound)?;
    if cred.initial_hash.is_none() {
        return Err(AppError::Conflict {
            code: ErrorCode::NotFirstAccess,
            message: "Il primo accesso è già stato effettuato: la prima parte del PIN non serve \
                      più. Per un PIN dimenticato si usa \"Ripristina PIN\"."
                .into(),
        });
    }
    let request_id = cred.request_id.clone().ok_or(AppError::NotFound)?;
    let now = st.clock.now();
    let allowed_at = domain::time::later(
        cred.created_at,
        chrono::TimeDelta::hours(HALF1_RESEND_AFTER_HOURS),
    );
    if now < allowed_at {
        let wait = allowed_at - now;
        let secs = wait.num_seconds() + i64::from(wait.subsec_nanos() > 0);
        return Err(AppError::TooEarly {
            message: format!(
                "La prima parte del PIN può essere inviata di nuovo solo se non è arrivata \
                 entro {HALF1_RESEND_AFTER_HOURS} ore dalla richiesta: dal {}.",
                domain::datetime::rome_datetime_words(allowed_at)
            ),
            retry_after_seconds: secs,
        });
    }
    let done = st
        .store
        .count_audit(&request_id, action::HALF1_RESEND)
        .await?;
    if done >= MAX_HALF1_RESENDS {
        return Err(AppError::Conflict {
            code: ErrorCode::ResendLimit,
            message: format!(
                "La prima parte del PIN è già stata inviata di nuovo {MAX_HALF1_RESENDS} volte: \
                 non è possibile inviarla ancora. Il cittadino può richiedere un nuovo PIN in sede."
            ),
        });
    }
    let on_file = [
        ("mobile", Channel::Sms, &cred.mobile),
        ("email", Channel::Email, &cred.email),
        ("pec", Channel::Pec, &cred.pec),
    ];
    let wanted = body
        .contact
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let target = on_file
        .iter()
        .filter(|(name, _, _)| wanted.is_none_or(|w| w == *name))
        .find_map(|(_, ch, v)| present(v).map(|r| (*ch, r.to_owned())));
    let Some((channel, recipient)) = target else {
        return Err(AppError::Validation(vec![FieldError::new(
            "contact",
            "NOT_ON_FILE",
            "Il recapito scelto non è tra quelli registrati per questo PIN",
        )]));
    };
    let half1 = st
        .store
        .request_messages(&request_id)
        .await?
        .into_iter()
        .find(|m| !m.held && m.channel != Channel::Post && m.secret.is_some())
        .and_then(|m| m.secret)
        .ok_or_else(|| AppError::internal("request without half 1 message"))?;
    let (subject, text) = match channel {
        Channel::Sms => (
            "INPS",
            format!(
                "INPS: prima parte del PIN: {half1} (nuovo invio dal Contact Center). Richiesta \
                 n. {request_id}."
            ),
        ),
        _ => (
            "INPS - Prima parte del PIN (nuovo invio)",
            format!(
                "Gentile {} {},\n\ncome richiesto al Contact Center, le inviamo di nuovo la prima \
                 parte del PIN della richiesta n. {request_id}:\n\n{half1}\n\nLa seconda parte le \
                 è spedita per posta all'indirizzo di residenza.\n\nIstituto Nazionale della \
                 Previdenza Sociale{FOOTER}",
                cred.name.trim(),
                cred.surname.trim()
            ),
        ),
    };
    let mut m = instant_message(channel, &recipient, subject, text, Some(half1), now);
    m.request_id = Some(request_id.clone());
    st.store.insert_message(m).await?;
    let channel_name = match channel {
        Channel::Sms => "sms",
        Channel::Email => "email",
        _ => "pec",
    };
    operators::audit(
        &st,
        &op.operator,
        action::HALF1_RESEND,
        Some(&cf),
        Some(&request_id),
        format!(
            "Prima parte del PIN inviata di nuovo ({channel_name} a {})",
            mask(&recipient)
        ),
    )
    .await?;
    st.store
        .add_event(&CredentialEvent {
            credential_id: cred.id.clone(),
            codice_fiscale: cf.clone(),
            kind: kind::HALF1_RESENT.into(),
            channel: Some(channel),
            recipient: Some(mask(&recipient)),
            at: now,
        })
        .await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(Half1Resent {
            request_id,
            channel: channel_name.into(),
            recipient: mask(&recipient),
            resends_left: MAX_HALF1_RESENDS - done - 1,
        }),
    ))
}

// ------------------------------------------------------- missing contact

/// The code's target: apart from the onboarding's `mobile|email|pec`.
fn add_target(kind: &str) -> String {
    format!("add:{kind}")
}

fn kind_error() -> AppError {
    AppError::Validation(vec![FieldError::new(
        "kind",
        "KIND",
        "Tipo di recapito non valido: mobile, email o pec",
    )])
}

/// A contact the PIN lacks (e.g. the second one Ripristina needs): a code
/// goes to it, and it is registered once the citizen reads the code out.
async fn add_contact(
    State(st): State<AppState>,
    op: CurrentOperator,
    AppJson(body): AppJson<AddContactBody>,
) -> AppResult<(StatusCode, Json<domain::api::Outcome>)> {
    let op = op.require(CONTACT_CENTER)?;
    let cf = normalize_cf(&body.codice_fiscale);
    let cred = st
        .store
        .live_credential(&cf)
        .await?
        .ok_or(AppError::NotFound)?;
    let value = body.value.trim().to_owned();
    let mut probe = domain::api::PinContacts {
        home_phone: None,
        mobile: None,
        email: None,
        pec: None,
    };
    let (on_file, channel, via) = match body.kind.as_str() {
        "mobile" => {
            probe.mobile = Some(value.clone());
            (&cred.mobile, Channel::Sms, codes::Via::Sms)
        }
        "email" => {
            probe.email = Some(value.clone());
            (&cred.email, Channel::Email, codes::Via::Mail)
        }
        "pec" => {
            probe.pec = Some(value.clone());
            (&cred.pec, Channel::Pec, codes::Via::Mail)
        }
        _ => return Err(kind_error()),
    };
    if present(on_file).is_some() {
        return Err(AppError::Validation(vec![FieldError::new(
            "kind",
            "ON_FILE",
            "Questo recapito è già registrato: per cambiarlo il cittadino usa \"I tuoi recapiti\"",
        )]));
    }
    let mut errors = domain::pin::validate_contact_formats(&probe);
    if value.is_empty() {
        errors.push(FieldError::new("value", "REQUIRED", "Indicare il recapito"));
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let value = if channel == Channel::Sms {
        normalize_phone(&value)
    } else {
        value
    };
    let code = codes::issue(
        &st,
        &cred.id,
        CodePurpose::VerifyContact,
        &add_target(&body.kind),
        via,
        Some(value.clone()),
    )
    .await?;
    let text = format!(
        "INPS: codice {code} per registrare questo recapito sul PIN, come richiesto al Contact \
         Center. Comunichi il codice all'operatore.{FOOTER}"
    );
    st.store
        .insert_message(instant_message(
            channel,
            &value,
            "INPS - Codice di verifica del recapito",
            text,
            Some(code),
            st.clock.now(),
        ))
        .await?;
    operators::audit(
        &st,
        &op.operator,
        action::CONTACT_CODE_SENT,
        Some(&cf),
        cred.request_id.as_deref(),
        format!(
            "Codice di verifica inviato al nuovo recapito ({} {})",
            body.kind,
            mask(&value)
        ),
    )
    .await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(domain::api::Outcome {
            message: "Codice inviato al nuovo recapito: chiedere al cittadino di comunicarlo"
                .into(),
        }),
    ))
}

async fn confirm_contact(
    State(st): State<AppState>,
    op: CurrentOperator,
    AppJson(body): AppJson<ConfirmContactBody>,
) -> AppResult<Json<domain::api::PinContacts>> {
    let op = op.require(CONTACT_CENTER)?;
    if !["mobile", "email", "pec"].contains(&body.kind.as_str()) {
        return Err(kind_error());
    }
    let cf = normalize_cf(&body.codice_fiscale);
    let cred = st.store.live_credential(&cf).await?;
    let (cred, code) = codes::confirm_target(
        &st,
        cred,
        CodePurpose::VerifyContact,
        &add_target(&body.kind),
        &body.code,
    )
    .await?;
    let value = code
        .payload
        .ok_or_else(|| AppError::internal("contact code without payload"))?;
    let old = contacts_of(&cred);
    let mut new = old.clone();
    match body.kind.as_str() {
        "mobile" => new.mobile = Some(value.clone()),
        "email" => new.email = Some(value.clone()),
        _ => new.pec = Some(value.clone()),
    }
    st.store
        .update_contacts(&cred.id, &new, cred.contacts_verified, st.clock.now())
        .await?;
    notify::notify(&st, &cred, kind::CONTACTS_CHANGED, &old).await?;
    operators::audit(
        &st,
        &op.operator,
        action::CONTACT_ADDED,
        Some(&cf),
        cred.request_id.as_deref(),
        format!(
            "Recapito aggiunto e verificato ({} {})",
            body.kind,
            mask(&value)
        ),
    )
    .await?;
    Ok(Json(new))
}

// ----------------------------------------------------------------- audit

#[derive(Debug, Deserialize)]
struct AuditQuery {
    codice_fiscale: Option<String>,
}

/// The audit, for any operator (each sees who did what).
async fn audit(
    State(st): State<AppState>,
    _op: CurrentOperator,
    AppQuery(q): AppQuery<AuditQuery>,
) -> AppResult<Json<Vec<AuditLine>>> {
    let cf = q
        .codice_fiscale
        .as_deref()
        .map(normalize_cf)
        .filter(|s| !s.is_empty());
    let rows = st.store.audit(cf.as_deref(), 500).await?;
    Ok(Json(
        rows.into_iter()
            .map(|e| AuditLine {
                at: e.at,
                operator: e.operator,
                role: e.role,
                action: e.action,
                codice_fiscale: e.codice_fiscale,
                request_id: e.request_id,
                detail: e.detail,
            })
            .collect(),
    ))
}
