//! A caller found by codice fiscale: registry record, PIN state (no secret), contacts on file, requests and last events.

use super::*;

pub(super) async fn citizen(
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
        operators::detail::CITIZEN_LOOKUP,
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
