//! A contact the PIN lacks (e.g. the second one Ripristina needs), registered once the citizen reads out the code sent to it.

use super::*;

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
pub(super) async fn add_contact(
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
        operators::detail::fill(
            operators::detail::CONTACT_CODE_SENT,
            &[&body.kind, &mask(&value)],
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

pub(super) async fn confirm_contact(
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
        operators::detail::fill(
            operators::detail::CONTACT_ADDED,
            &[&body.kind, &mask(&value)],
        ),
    )
    .await?;
    Ok(Json(new))
}
