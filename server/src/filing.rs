//! Filing a PIN request, shared by the online form (`routes::pin_request`)
//! and the contact center (`routes::contact_center`): the server
//! re-validates the whole form, checks the codice fiscale against the
//! personal data, then generates the 16 characters and dispatches the two
//! halves — or holds half 2 and queues a contact-center callback when the
//! residence does not match the registry.

use chrono::{DateTime, Utc};
use domain::api::{FieldError, PinRequest, PinRequestCreated, PinState, RequestStatus, Role, Sex};
use domain::codice_fiscale::{self, PersonData};
use domain::pin::InitialPin;
use domain::request::{self, normalize_cf};

use crate::error::{AppError, AppResult};
use crate::secrets::{random_bytes, random_hex};
use crate::sim::{deliveries, registry};
use crate::state::AppState;
use crate::store::{Credential, NewPinRequest, StoreError};

/// The message shown from the cut-off date on.
pub fn issuance_closed_message(cutoff: chrono::NaiveDate) -> String {
    format!(
        "Dal {} l'INPS non rilascia più nuovi PIN. Per accedere ai servizi online \
         utilizza SPID (Sistema Pubblico di Identità Digitale), CIE (Carta di Identità \
         Elettronica) o CNS (Carta Nazionale dei Servizi). I PIN già rilasciati \
         continuano a funzionare.",
        cutoff.format("%d/%m/%Y")
    )
}

/// Files a request. `by_phone`: filed by the contact center on the caller's
/// behalf — the operator reads half 1 out during the call
/// (a `call` message, delivered at once), the contacts are not verified, and
/// the PIN works only after "Attiva PIN".
pub async fn file_request(
    st: &AppState,
    mut req: PinRequest,
    by_phone: bool,
) -> AppResult<PinRequestCreated> {
    let now = st.clock.now();
    if now.date_naive() >= st.settings.cutoff_date {
        return Err(AppError::PinIssuanceClosed {
            message: issuance_closed_message(st.settings.cutoff_date),
        });
    }
    req.codice_fiscale = normalize_cf(&req.codice_fiscale);
    let cf = req.codice_fiscale.clone();

    // Step 1 of the procedure already refuses a CF that holds a PIN.
    if !cf.is_empty() && st.store.live_credential(&cf).await?.is_some() {
        return Err(AppError::PinAlreadyAssigned { codice_fiscale: cf });
    }
    AppError::check(validate_with_cf(&req, now))?;

    let citizen = st.store.citizen(&cf).await?;
    let verified = citizen
        .as_ref()
        .is_some_and(|c| registry::residence_matches(c, &req));
    let role = citizen.as_ref().map(|c| c.role).unwrap_or(Role::Citizen);
    let status = if verified {
        RequestStatus::Issued
    } else {
        RequestStatus::AwaitingVerification
    };

    let pin = InitialPin::from_random(&random_bytes::<16>(), st.settings.pin_alphabet);
    let initial_hash = st.hasher.hash(pin.full()).await?;
    let half1_hash = st.hasher.hash(pin.half1.clone()).await?;

    let request_id = format!("RP{}", random_hex::<6>().to_uppercase());
    let mut messages = if by_phone {
        vec![deliveries::half1_by_phone(
            &request_id,
            &req.contacts,
            &pin.half1,
            now,
        )]
    } else {
        deliveries::half1_messages(&request_id, &req, &pin.half1, now)
    };
    messages.push(deliveries::half2_letter(
        &request_id,
        &cf,
        &req,
        &pin.half2,
        now,
        st.settings.post_delay_days,
        !verified,
    ));
    if !verified {
        messages.push(deliveries::verification_call(
            &request_id,
            &req.contacts,
            now,
        ));
    }

    let c = request::normalize_contacts(&(&req.contacts).into());
    let credential = Credential {
        id: format!("cr_{}", random_hex::<12>()),
        codice_fiscale: cf.clone(),
        request_id: Some(request_id.clone()),
        state: if verified {
            PinState::Issued
        } else {
            PinState::Requested
        },
        role,
        surname: req.personal.surname.trim().to_owned(),
        name: req.personal.name.trim().to_owned(),
        home_phone: c.home_phone,
        mobile: c.mobile,
        email: c.email,
        pec: c.pec,
        initial_hash: Some(initial_hash),
        half1_hash: Some(half1_hash),
        pin_hash: None,
        pin_changed_at: None,
        failed_attempts: 0,
        locked_until: None,
        contacts_verified: false,
        privacy_accepted: false,
        activation_required: by_phone,
        privacy_version: 0,
        last_login_at: None,
        created_at: now,
    };
    let status_str = match status {
        RequestStatus::Issued => "issued",
        RequestStatus::AwaitingVerification => "awaiting_verification",
    };
    let stored = st
        .store
        .create_pin_request(NewPinRequest {
            request_id: request_id.clone(),
            status: status_str.into(),
            request_json: serde_json::to_string(&req).map_err(AppError::internal)?,
            credential,
            messages,
        })
        .await;
    match stored {
        Ok(()) => {}
        // Lost a race with a concurrent request for the same CF.
        Err(StoreError::Conflict) => {
            return Err(AppError::PinAlreadyAssigned { codice_fiscale: cf })
        }
        Err(e) => return Err(e.into()),
    }
    tracing::info!(%request_id, status = status_str, by_phone, "PIN request accepted");
    Ok(PinRequestCreated { request_id, status })
}

/// The form rules plus the codice fiscale check against the personal data;
/// each mismatch lands on the field that disagrees (unless that field is
/// already wrong on its own, which would only repeat the problem).
pub fn validate_with_cf(req: &PinRequest, now: DateTime<Utc>) -> Vec<FieldError> {
    let today = now.date_naive();
    let mut errors = request::validate(req, today);
    if req.codice_fiscale.trim().is_empty() {
        return errors;
    }
    let p = &req.personal;
    let text = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    let person = PersonData {
        surname: text(&p.surname),
        name: text(&p.name),
        sex: match p.sex.trim().to_uppercase().as_str() {
            "M" => Some(Sex::M),
            "F" => Some(Sex::F),
            _ => None,
        },
        birth_date: request::parse_date(&p.birth_date),
        birthplace_code: text(&p.birthplace_code).map(|s| s.to_uppercase()),
    };
    let check = codice_fiscale::check_on(&req.codice_fiscale, Some(&person), today);
    if !check.valid {
        for e in check.errors {
            errors.push(FieldError::new("codice_fiscale", e.code, e.message));
        }
        return errors;
    }
    for field in check.mismatches.unwrap_or_default() {
        let path = format!("personal.{field}");
        if !errors.iter().any(|e| e.field == path) {
            let message = codice_fiscale::mismatch_message(&field);
            errors.push(FieldError::new(path, "CF_MISMATCH", message));
        }
    }
    errors
}
