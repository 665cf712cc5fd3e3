//! Online applications (SPEC §2): the 600 € COVID-19 indemnity (open from L0,
//! protocolled at once), NASpI, bonus bebè and ANF (from L1). With an ordinary
//! PIN they are accepted but stored frozen ("in attesa di PIN dispositivo")
//! with their submission date; with a PIN dispositivo they get a protocol
//! number and a receipt PDF at once. Frozen ones are protocolled when the PIN
//! becomes dispositivo (`routes::backoffice`), keeping their original date.

use axum::extract::State;
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router};
use chrono::{DateTime, Utc};
use domain::api::ErrorCode;
use domain::api::{Channel, FieldError};
use domain::dispositivo::{
    validate_application, Application, ApplicationKind, ApplicationStatus, NewApplication,
    COVID_CATEGORIES, MSG_KIND,
};

use super::services::Citizen;
use crate::error::{AppError, AppJson, AppPath, AppResult};
use crate::pdf::{Font, Pdf, A4_HEIGHT, A4_WIDTH};
use crate::secrets::random_hex;
use crate::state::AppState;
use crate::store::dispositivo::ApplicationRow;
use crate::store::{Credential, NewMessage};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/applications", get(list).post(submit))
        .route("/applications/{id}", get(detail))
        .route("/applications/{id}/receipt.pdf", get(receipt))
}

async fn list(State(st): State<AppState>, c: Citizen) -> AppResult<Json<Vec<Application>>> {
    let rows = st.dispositivo.applications(&c.cred.codice_fiscale).await?;
    Ok(Json(rows.iter().map(ApplicationRow::to_api).collect()))
}

async fn submit(
    State(st): State<AppState>,
    c: Citizen,
    AppJson(body): AppJson<NewApplication>,
) -> AppResult<(StatusCode, Json<Application>)> {
    let Some(kind) = ApplicationKind::parse(&body.kind) else {
        return Err(AppError::Validation(vec![FieldError::new(
            "kind", "KIND", MSG_KIND,
        )]));
    };
    c.require(kind.min_level())?;
    let now = st.clock.now();
    let errors = validate_application(kind, &body.data, now.date_naive());
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    // Keep only the fields of this application, trimmed.
    let data = kind
        .fields()
        .iter()
        .map(|f| {
            let v = body.data.get(*f).map(|v| v.trim()).unwrap_or_default();
            let v = if *f == "iban" {
                v.replace(' ', "").to_uppercase()
            } else {
                v.to_owned()
            };
            ((*f).to_owned(), v)
        })
        .collect();
    let protocolled = kind.protocolled_at(c.level);
    let row = st
        .dispositivo
        .insert_application(ApplicationRow {
            id: format!("dom_{}", random_hex::<10>()),
            credential_id: c.cred.id.clone(),
            codice_fiscale: c.cred.codice_fiscale.clone(),
            kind,
            status: if protocolled {
                ApplicationStatus::Protocolled
            } else {
                ApplicationStatus::Frozen
            },
            data,
            submitted_at: now,
            protocolled_at: protocolled.then_some(now),
            protocol_number: None,
        })
        .await?;
    tracing::info!(application = %row.id, kind = kind.slug(), frozen = !protocolled, "application filed");
    Ok((StatusCode::CREATED, Json(row.to_api())))
}

/// The citizen's own application (404 for anyone else's).
async fn own(st: &AppState, c: &Citizen, id: &str) -> AppResult<ApplicationRow> {
    match st.dispositivo.application(id).await? {
        Some(a) if a.codice_fiscale == c.cred.codice_fiscale => Ok(a),
        _ => Err(AppError::NotFound),
    }
}

async fn detail(
    State(st): State<AppState>,
    c: Citizen,
    AppPath(id): AppPath<String>,
) -> AppResult<Json<Application>> {
    Ok(Json(own(&st, &c, &id).await?.to_api()))
}

async fn receipt(
    State(st): State<AppState>,
    c: Citizen,
    AppPath(id): AppPath<String>,
) -> AppResult<impl IntoResponse> {
    let app = own(&st, &c, &id).await?;
    if app.status != ApplicationStatus::Protocolled {
        return Err(AppError::Conflict {
            code: ErrorCode::NotProtocolled,
            message: "La domanda è in attesa di PIN dispositivo: la ricevuta sarà disponibile dopo la protocollazione".into(),
        });
    }
    let pdf = receipt_pdf(&app, &c.cred);
    Ok((
        [
            (CONTENT_TYPE, "application/pdf".to_owned()),
            (
                CONTENT_DISPOSITION,
                format!("inline; filename=\"ricevuta-{}.pdf\"", app.id),
            ),
            (CACHE_CONTROL, "no-store".to_owned()),
        ],
        pdf,
    ))
}

pub fn it_date(t: DateTime<Utc>) -> String {
    t.format("%d/%m/%Y").to_string()
}

pub fn it_datetime(t: DateTime<Utc>) -> String {
    t.format("%d/%m/%Y alle %H:%M").to_string()
}

/// Label of a data field of an application, as the receipt prints it.
pub fn field_label(name: &str) -> &'static str {
    match name {
        "category" => "Categoria",
        "iban" => "IBAN per l'accredito",
        "last_employer" => "Ultimo datore di lavoro",
        "termination_date" => "Data di cessazione del rapporto",
        "child_codice_fiscale" => "Codice fiscale del figlio",
        "child_birth_date" => "Data di nascita del figlio",
        "period" => "Periodo",
        "household_members" => "Componenti del nucleo familiare",
        "household_income" => "Reddito del nucleo (euro)",
        _ => "Dato",
    }
}

/// The receipt ("ricevuta di presentazione") of a protocolled application.
pub fn receipt_pdf(app: &ApplicationRow, cred: &Credential) -> Vec<u8> {
    let mut pdf = Pdf::new(&format!("Ricevuta {}", app.kind.title()));
    let x = 56.0;
    let w = A4_WIDTH - 2.0 * x;
    let mut y = A4_HEIGHT - 64.0;
    pdf.text(x, y, 16.0, Font::Bold, "INPS");
    pdf.text(
        x + 48.0,
        y,
        10.0,
        Font::Regular,
        "Istituto Nazionale della Previdenza Sociale",
    );
    y -= 16.0;
    pdf.text(
        x,
        y,
        8.0,
        Font::Regular,
        "Simulazione didattica - non affiliata all'INPS",
    );
    y -= 30.0;
    pdf.text(
        x,
        y,
        14.0,
        Font::Bold,
        "Ricevuta di presentazione della domanda",
    );
    y -= 22.0;
    pdf.text(x, y, 12.0, Font::Bold, app.kind.title());
    y -= 26.0;
    let protocol = app.protocol_number.clone().unwrap_or_default();
    let protocolled = app.protocolled_at.map(it_datetime).unwrap_or_default();
    let rows: Vec<(&str, String)> = vec![
        ("Numero di protocollo", protocol),
        ("Data di presentazione", it_datetime(app.submitted_at)),
        ("Data di protocollazione", protocolled),
        (
            "Richiedente",
            format!(
                "{} {}",
                cred.surname.to_uppercase(),
                cred.name.to_uppercase()
            ),
        ),
        ("Codice fiscale", cred.codice_fiscale.clone()),
    ];
    for (k, v) in rows {
        pdf.text(x, y, 10.0, Font::Regular, k);
        pdf.text(x + 170.0, y, 10.0, Font::Bold, &v);
        y -= 16.0;
    }
    y -= 10.0;
    pdf.band(x, y - 4.0, w, 16.0);
    pdf.text(x + 4.0, y, 10.0, Font::Bold, "Dati della domanda");
    y -= 22.0;
    for name in app.kind.fields() {
        let raw = app.data.get(*name).cloned().unwrap_or_default();
        let v = if *name == "category" {
            COVID_CATEGORIES
                .iter()
                .find(|(c, _)| *c == raw)
                .map(|(_, l)| (*l).to_owned())
                .unwrap_or(raw)
        } else {
            raw
        };
        pdf.text(x, y, 10.0, Font::Regular, field_label(name));
        pdf.text(x + 170.0, y, 10.0, Font::Regular, &v);
        y -= 16.0;
    }
    y -= 14.0;
    if app
        .protocolled_at
        .is_some_and(|p| p.date_naive() != app.submitted_at.date_naive())
    {
        y = pdf.paragraph(
            x,
            y,
            w,
            9.0,
            Font::Regular,
            "La domanda è stata presentata con PIN ordinario ed è rimasta in attesa di PIN \
             dispositivo; è stata protocollata alla conversione del PIN mantenendo la data di \
             presentazione originale.",
        );
    }
    pdf.paragraph(
        x,
        y,
        w,
        9.0,
        Font::Regular,
        "Conservi questa ricevuta: il numero di protocollo identifica la domanda in ogni \
         comunicazione con l'Istituto.",
    );
    pdf.finish()
}

/// Sends a notice to the citizen: e-mail, else PEC, else SMS.
pub async fn notify(st: &AppState, cred: &Credential, subject: &str, body: &str) -> AppResult<()> {
    let now = st.clock.now();
    let present = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    let (channel, recipient) = if let Some(e) = present(&cred.email) {
        (Channel::Email, e)
    } else if let Some(p) = present(&cred.pec) {
        (Channel::Pec, p)
    } else if let Some(m) = present(&cred.mobile) {
        (Channel::Sms, m)
    } else {
        tracing::warn!(credential = %cred.id, "no contact to notify");
        return Ok(());
    };
    st.store
        .insert_message(NewMessage {
            id: format!("msg_{}", random_hex::<12>()),
            channel,
            recipient,
            subject: subject.to_owned(),
            body: format!(
                "{body}\n\n— Messaggio del simulatore PIN INPS (non affiliato all'INPS)."
            ),
            secret: None,
            sent_at: now,
            delivered_at: Some(now),
            due_at: None,
            held: false,
            request_id: None,
        })
        .await?;
    Ok(())
}
