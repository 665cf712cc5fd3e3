//! Half 1 resent when it has not arrived: from 12 hours after the request, to a contact on file, a limited number of times.

use super::*;

pub(super) async fn half1_resend(
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
    // A first look at the limit (answered before anything else is checked);
    // the store decides it again atomically when the resend is written.
    let done = st
        .store
        .count_audit(&request_id, action::HALF1_RESEND)
        .await?;
    if done >= MAX_HALF1_RESENDS {
        return Err(resend_limit());
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
    let channel_name = match channel {
        Channel::Sms => "sms",
        Channel::Email => "email",
        _ => "pec",
    };
    // Message, audit line and event in one transaction, only within the
    // limit: concurrent resends cannot both pass it.
    let resend = Half1Resend {
        request_id: request_id.clone(),
        max: MAX_HALF1_RESENDS,
        message: m,
        audit: audit_entry(
            &st,
            &op.operator,
            action::HALF1_RESEND,
            Some(&cf),
            Some(&request_id),
            operators::detail::fill(
                operators::detail::HALF1_RESEND,
                &[channel_name, &mask(&recipient)],
            ),
        ),
        event: CredentialEvent {
            credential_id: cred.id.clone(),
            codice_fiscale: cf.clone(),
            kind: kind::HALF1_RESENT.into(),
            channel: Some(channel),
            recipient: Some(mask(&recipient)),
            at: now,
        },
    };
    let Some(done) = st.store.record_half1_resend(&resend).await? else {
        return Err(resend_limit());
    };
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

fn resend_limit() -> AppError {
    AppError::Conflict {
        code: ErrorCode::ResendLimit,
        message: format!(
            "La prima parte del PIN è già stata inviata di nuovo {MAX_HALF1_RESENDS} volte: non \
             è possibile inviarla ancora. Il cittadino può richiedere un nuovo PIN in sede."
        ),
    }
}
