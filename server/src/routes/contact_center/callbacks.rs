//! The callback queue for residences that did not match the registry, and the outcome of each call.

use super::*;

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

pub(super) async fn callbacks(
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

pub(super) async fn outcome(
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
            let address =
                domain::address::residence_line(&req.residence, req.residence_type).to_uppercase();
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
            notify::record(&st, &cred, kind::REQUEST_CANCELLED).await?;
        } else if o.request_status.is_some() {
            notify::record(&st, &cred, kind::RESIDENCE_VERIFIED).await?;
        }
    }
    tracing::info!(request_id = %id, outcome = %body.outcome, operator = %op.operator.username, "callback outcome");
    let row = st.store.callback(&id).await?.ok_or(AppError::NotFound)?;
    Ok(Json(to_api(&st, row).await?))
}
