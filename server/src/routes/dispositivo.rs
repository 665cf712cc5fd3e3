//! "Converti il tuo PIN" (SPEC §4.8): identity document → the pre-filled
//! MV35 module (PDF) to print, sign and date → upload of the signed module
//! and of a copy of the document → confirm → "in lavorazione" until the back
//! office (`routes::backoffice`) approves or rejects it.
//!
//! Uploads: PDF, JPEG or PNG by content (`domain::upload`), at most 1 MB,
//! stored under a random name in the uploads directory (outside the served
//! files); the upload's own name and declared type are ignored. A refused
//! upload leaves the one already stored in place.

use axum::extract::multipart::MultipartRejection;
use axum::extract::{DefaultBodyLimit, Multipart, State};
use axum::http::header::{
    CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_SECURITY_POLICY, CONTENT_TYPE,
};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use domain::api::ErrorCode;
use domain::api::{FieldError, Level, PinRequest, PinState, ResidenceType};
use domain::dispositivo::{
    normalize_document_number, validate_document, Conversion, ConversionStatus, DocumentType,
    IdentityDocument, UploadSlot,
};
use domain::upload::{self, UploadError, MAX_UPLOAD_BYTES};
use serde::{Deserialize, Serialize};

use super::applications::it_date;
use super::services::Citizen;
use crate::error::{AppError, AppJson, AppPath, AppResult};
use crate::pdf::{Font, Pdf, A4_HEIGHT, A4_WIDTH};
use crate::secrets::random_hex;
use crate::state::AppState;
use crate::store::dispositivo::{ConversionRow, StoredFile};
use crate::store::{Credential, StoreError};

/// Room for the multipart framing around a file of the maximum size, so a
/// file just over 1 MB is still read and answered with a clear message.
pub const UPLOAD_BODY_LIMIT: usize = MAX_UPLOAD_BYTES + 64 * 1024;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/dispositivo/conversion", get(current).post(save_document))
        .route("/dispositivo/conversion/module.pdf", get(module_pdf))
        .route(
            "/dispositivo/conversion/files/{slot}",
            post(upload_file)
                .get(download_file)
                .layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route("/dispositivo/conversion/submit", post(submit))
}

/// `POST /dispositivo/conversion`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ConversionRequest {
    pub document: IdentityDocument,
}

async fn current(State(st): State<AppState>, c: Citizen) -> AppResult<Json<Option<Conversion>>> {
    c.require(Level::L1)?;
    Ok(Json(
        st.dispositivo
            .latest_conversion(&c.cred.id)
            .await?
            .map(|r| r.to_api()),
    ))
}

fn already_dispositivo() -> AppError {
    AppError::Conflict {
        code: ErrorCode::AlreadyDispositivo,
        message: "Il PIN è già dispositivo".into(),
    }
}

fn in_progress() -> AppError {
    AppError::Conflict {
        code: ErrorCode::ConversionInProgress,
        message: "La richiesta di conversione è già in lavorazione: riceverà l'esito per e-mail"
            .into(),
    }
}

/// The open draft of the citizen, or the reason there is none to change.
async fn open_draft(st: &AppState, c: &Citizen) -> AppResult<ConversionRow> {
    c.require(Level::L1)?;
    if c.cred.state == PinState::Dispositivo {
        return Err(already_dispositivo());
    }
    match st.dispositivo.latest_conversion(&c.cred.id).await? {
        Some(r) if r.status == ConversionStatus::Draft => Ok(r),
        Some(r) if r.status == ConversionStatus::InLavorazione => Err(in_progress()),
        _ => Err(AppError::Conflict {
            code: ErrorCode::NoConversion,
            message: "Indicare prima i dati del documento di identità".into(),
        }),
    }
}

/// Step 1: the identity document. Starts a conversion (201) or updates the
/// open draft (200); after a rejection a new one starts.
async fn save_document(
    State(st): State<AppState>,
    c: Citizen,
    AppJson(body): AppJson<ConversionRequest>,
) -> AppResult<(StatusCode, Json<Conversion>)> {
    c.require(Level::L1)?;
    if c.cred.state == PinState::Dispositivo {
        return Err(already_dispositivo());
    }
    let now = st.clock.now();
    let errors = validate_document(&body.document, now.date_naive());
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let d = &body.document;
    let doc = IdentityDocument {
        doc_type: d.doc_type.trim().to_owned(),
        number: normalize_document_number(&d.number),
        issuer: d.issuer.trim().to_owned(),
        issued_on: domain::request::parse_date(&d.issued_on)
            .map(|x| x.to_string())
            .unwrap_or_default(),
        expires_on: domain::request::parse_date(&d.expires_on)
            .map(|x| x.to_string())
            .unwrap_or_default(),
    };
    match st.dispositivo.latest_conversion(&c.cred.id).await? {
        Some(r) if r.status == ConversionStatus::InLavorazione => Err(in_progress()),
        Some(r) if r.status == ConversionStatus::Draft => {
            if !st
                .dispositivo
                .update_conversion_document(&r.id, &doc)
                .await?
            {
                return Err(in_progress());
            }
            let r = st
                .dispositivo
                .conversion(&r.id)
                .await?
                .ok_or(AppError::NotFound)?;
            Ok((StatusCode::OK, Json(r.to_api())))
        }
        _ => {
            let row = ConversionRow {
                id: format!("conv_{}", random_hex::<10>()),
                credential_id: c.cred.id.clone(),
                codice_fiscale: c.cred.codice_fiscale.clone(),
                status: ConversionStatus::Draft,
                document: doc,
                module_file: None,
                document_file: None,
                created_at: now,
                submitted_at: None,
                decided_at: None,
                decided_by: None,
                reason: None,
            };
            match st.dispositivo.insert_conversion(&row).await {
                Ok(()) => {}
                Err(StoreError::Conflict) => return Err(in_progress()),
                Err(e) => return Err(e.into()),
            }
            tracing::info!(conversion = %row.id, "conversion started");
            Ok((StatusCode::CREATED, Json(row.to_api())))
        }
    }
}

/// Step 2: the pre-filled MV35 module of the current conversion.
async fn module_pdf(State(st): State<AppState>, c: Citizen) -> AppResult<impl IntoResponse> {
    c.require(Level::L1)?;
    let Some(conv) = st.dispositivo.latest_conversion(&c.cred.id).await? else {
        return Err(AppError::Conflict {
            code: ErrorCode::NoConversion,
            message: "Indicare prima i dati del documento di identità".into(),
        });
    };
    let bytes = mv35_pdf(&st, &c.cred, &conv).await?;
    Ok((
        [
            (CONTENT_TYPE, "application/pdf"),
            (
                CONTENT_DISPOSITION,
                "attachment; filename=\"MV35-richiesta-PIN-dispositivo.pdf\"",
            ),
            (CACHE_CONTROL, "no-store"),
        ],
        bytes,
    ))
}

/// Citizen data printed on the module.
pub struct ModuleCitizen {
    pub birth_date: String,
    pub birthplace: String,
    pub residence: String,
}

/// Birth data from the codice fiscale; residence from the PIN request as
/// filed, else from the registry.
pub async fn module_citizen(st: &AppState, cred: &Credential) -> AppResult<ModuleCitizen> {
    let today = st.clock.now().date_naive();
    let decoded = domain::codice_fiscale::check_on(&cred.codice_fiscale, None, today).decoded;
    let (birth_date, birthplace) = match decoded {
        Some(d) => (
            d.birth_date.format("%d/%m/%Y").to_string(),
            match d.birthplace.province.as_deref().filter(|p| !p.is_empty()) {
                Some(p) => format!("{} ({p})", d.birthplace.name),
                None => d.birthplace.name.clone(),
            },
        ),
        None => (String::new(), String::new()),
    };
    let mut residence = String::new();
    if let Some(rid) = &cred.request_id {
        if let Some(json) = st.dispositivo.pin_request_json(rid).await? {
            if let Ok(req) = serde_json::from_str::<PinRequest>(&json) {
                let r = &req.residence;
                let t = |v: &Option<String>| v.as_deref().unwrap_or("").trim().to_owned();
                residence = match req.residence_type {
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
                };
            }
        }
    }
    if residence.is_empty() {
        if let Some(c) = st.store.citizen(&cred.codice_fiscale).await? {
            let r = &c.residence;
            residence = format!(
                "{} {}, {} {} ({})",
                r.address, r.civic, r.cap, r.comune, r.province
            );
        }
    }
    Ok(ModuleCitizen {
        birth_date,
        birthplace,
        residence,
    })
}

fn document_label(doc: &IdentityDocument) -> String {
    DocumentType::parse(&doc.doc_type)
        .map(|d| d.label().to_owned())
        .unwrap_or_else(|| doc.doc_type.clone())
}

fn ymd_to_it(s: &str) -> String {
    domain::request::parse_date(s)
        .map(|d| d.format("%d/%m/%Y").to_string())
        .unwrap_or_else(|| s.to_owned())
}

/// The MV35-style request module, filled with the citizen's and the
/// document's data, with place/date and signature boxes left to the citizen.
pub async fn mv35_pdf(
    st: &AppState,
    cred: &Credential,
    conv: &ConversionRow,
) -> AppResult<Vec<u8>> {
    let who = module_citizen(st, cred).await?;
    let today = it_date(st.clock.now());
    let mut pdf = Pdf::new("MV35 - Richiesta di PIN dispositivo");
    let x = 50.0;
    let w = A4_WIDTH - 2.0 * x;
    let mut y = A4_HEIGHT - 56.0;
    pdf.text(x, y, 18.0, Font::Bold, "INPS");
    pdf.text(
        x + 54.0,
        y + 2.0,
        10.0,
        Font::Regular,
        "Istituto Nazionale della Previdenza Sociale",
    );
    pdf.text(A4_WIDTH - x - 60.0, y + 2.0, 11.0, Font::Bold, "MOD. MV35");
    y -= 14.0;
    pdf.text(
        x,
        y,
        7.5,
        Font::Regular,
        "Simulazione didattica - non affiliata all'INPS",
    );
    y -= 28.0;
    pdf.text(x, y, 13.0, Font::Bold, "RICHIESTA DI PIN DISPOSITIVO");
    y -= 15.0;
    pdf.text(
        x,
        y,
        9.5,
        Font::Regular,
        "(conversione del PIN ordinario per i servizi telematici dell'Istituto)",
    );
    y -= 26.0;

    let section = |pdf: &mut Pdf, y: &mut f32, title: &str| {
        pdf.band(x, *y - 4.0, w, 16.0);
        pdf.text(x + 4.0, *y, 10.0, Font::Bold, title);
        *y -= 22.0;
    };
    let row = |pdf: &mut Pdf, y: &mut f32, k: &str, v: &str| {
        pdf.text(x + 4.0, *y, 9.5, Font::Regular, k);
        pdf.text(x + 160.0, *y, 10.0, Font::Bold, v);
        pdf.line(x + 158.0, *y - 3.0, x + w, *y - 3.0);
        *y -= 17.0;
    };

    section(&mut pdf, &mut y, "Dati del richiedente");
    let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
    row(&mut pdf, &mut y, "Cognome", &cred.surname.to_uppercase());
    row(&mut pdf, &mut y, "Nome", &cred.name.to_uppercase());
    row(&mut pdf, &mut y, "Codice fiscale", &cred.codice_fiscale);
    row(&mut pdf, &mut y, "Data di nascita", &who.birth_date);
    row(&mut pdf, &mut y, "Luogo di nascita", &who.birthplace);
    row(&mut pdf, &mut y, "Residenza", &who.residence);
    row(&mut pdf, &mut y, "Cellulare", &opt(&cred.mobile));
    row(&mut pdf, &mut y, "E-mail", &opt(&cred.email));
    row(&mut pdf, &mut y, "PEC", &opt(&cred.pec));
    y -= 6.0;

    section(&mut pdf, &mut y, "Documento di riconoscimento");
    let d = &conv.document;
    row(&mut pdf, &mut y, "Tipo di documento", &document_label(d));
    row(&mut pdf, &mut y, "Numero", &d.number);
    row(&mut pdf, &mut y, "Rilasciato da", &d.issuer);
    row(
        &mut pdf,
        &mut y,
        "Data di rilascio",
        &ymd_to_it(&d.issued_on),
    );
    row(
        &mut pdf,
        &mut y,
        "Data di scadenza",
        &ymd_to_it(&d.expires_on),
    );
    y -= 8.0;

    y = pdf.paragraph(
        x,
        y,
        w,
        9.5,
        Font::Bold,
        "CHIEDE il rilascio del PIN dispositivo, che consente di presentare domande e richiedere \
         prestazioni tramite i servizi telematici dell'Istituto.",
    );
    y -= 4.0;
    y = pdf.paragraph(
        x,
        y,
        w,
        8.5,
        Font::Regular,
        "Il/la sottoscritto/a, consapevole delle sanzioni penali previste dall'art. 76 del D.P.R. \
         28 dicembre 2000, n. 445 in caso di dichiarazioni mendaci, dichiara che i dati sopra \
         riportati sono veritieri e allega copia del documento di riconoscimento indicato, in \
         corso di validità. Dichiara di aver preso visione dell'informativa sul trattamento dei \
         dati personali (Regolamento UE 2016/679).",
    );
    y -= 10.0;
    pdf.text(
        x,
        y,
        9.5,
        Font::Regular,
        &format!("Modulo generato il {today}"),
    );
    pdf.text(
        x + 260.0,
        y,
        9.5,
        Font::Regular,
        &format!("Richiesta n. {}", conv.id),
    );
    y -= 34.0;
    // Place and date, and the signature box: filled in by hand.
    pdf.text(x, y, 9.5, Font::Regular, "Luogo e data");
    pdf.line(x + 70.0, y - 3.0, x + 230.0, y - 3.0);
    let box_h = 60.0;
    pdf.rect(x + 260.0, y - box_h + 12.0, w - 260.0, box_h);
    pdf.text(x + 266.0, y, 9.0, Font::Regular, "Firma del richiedente");
    y -= box_h + 14.0;
    pdf.paragraph(
        x,
        y,
        w,
        8.0,
        Font::Regular,
        "Stampare il modulo, firmarlo e datarlo; poi caricarlo scansionato (PDF, JPEG o PNG, al \
         massimo 1 MB) insieme alla copia del documento nella procedura \"Converti il tuo PIN\".",
    );
    Ok(pdf.finish())
}

fn upload_error(error: UploadError, slot: UploadSlot) -> AppError {
    AppError::Upload {
        error,
        field: slot.as_str(),
    }
}

fn parse_slot(s: &str) -> AppResult<UploadSlot> {
    UploadSlot::parse(s).ok_or(AppError::NotFound)
}

/// Step 3: one of the two files, as multipart field `file`.
async fn upload_file(
    State(st): State<AppState>,
    c: Citizen,
    AppPath(slot): AppPath<String>,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Json<Conversion>> {
    let st = &st;
    let slot = parse_slot(&slot)?;
    let conv = open_draft(st, &c).await?;
    let mut multipart = multipart.map_err(|e| AppError::BadRequest(e.body_text()))?;
    let mut bytes: Option<Vec<u8>> = None;
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(upload_error(UploadError::TooLarge { size: 0 }, slot));
            }
            Err(e) => return Err(AppError::BadRequest(e.body_text())),
        };
        if field.name() != Some("file") {
            continue;
        }
        // The part's file name and content type are deliberately ignored.
        let mut buf = Vec::new();
        let mut field = field;
        loop {
            match field.chunk().await {
                Ok(Some(chunk)) => {
                    buf.extend_from_slice(&chunk);
                    if buf.len() > MAX_UPLOAD_BYTES {
                        return Err(upload_error(
                            UploadError::TooLarge { size: buf.len() },
                            slot,
                        ));
                    }
                }
                Ok(None) => break,
                Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                    return Err(upload_error(UploadError::TooLarge { size: 0 }, slot));
                }
                Err(e) => return Err(AppError::BadRequest(e.body_text())),
            }
        }
        bytes = Some(buf);
        break;
    }
    let bytes = bytes.ok_or(upload_error(UploadError::Missing, slot))?;
    let kind = upload::check(&bytes).map_err(|e| upload_error(e, slot))?;
    let dir = &st.settings.uploads_dir;
    tokio::fs::create_dir_all(dir)
        .await
        .map_err(AppError::internal)?;
    let stored_name = random_hex::<16>();
    tokio::fs::write(dir.join(&stored_name), &bytes)
        .await
        .map_err(AppError::internal)?;
    let file = StoredFile {
        stored_name: stored_name.clone(),
        kind,
        size: bytes.len() as u64,
        uploaded_at: st.clock.now(),
    };
    match st
        .dispositivo
        .set_conversion_file(&conv.id, slot, &file)
        .await
    {
        Ok(Some(old)) => {
            let _ = tokio::fs::remove_file(dir.join(old)).await;
        }
        Ok(None) => {}
        Err(e) => {
            let _ = tokio::fs::remove_file(dir.join(&stored_name)).await;
            return Err(match e {
                StoreError::Conflict => in_progress(),
                e => e.into(),
            });
        }
    }
    tracing::info!(conversion = %conv.id, slot = slot.as_str(), size = bytes.len(), ?kind, "file uploaded");
    let conv = st
        .dispositivo
        .conversion(&conv.id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(conv.to_api()))
}

/// Nothing in an uploaded file may run, load or submit anything.
const UPLOAD_CSP: &str = "sandbox; default-src 'none'";

/// A stored file, served with the type its content was recognised as, as a
/// download: the bytes came from a citizen and were only sniffed (a PDF can
/// also be valid HTML), so they are never rendered in the app's origin —
/// `attachment`, and a CSP `sandbox` of their own in case a browser opens
/// them anyway.
pub async fn file_response(st: &AppState, file: &StoredFile, name: &str) -> AppResult<Response> {
    let bytes = tokio::fs::read(st.settings.uploads_dir.join(&file.stored_name))
        .await
        .map_err(AppError::internal)?;
    Ok((
        [
            (CONTENT_TYPE, file.kind.mime().to_owned()),
            (
                CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}.{}\"", file.kind.extension()),
            ),
            (CACHE_CONTROL, "no-store".to_owned()),
            (CONTENT_SECURITY_POLICY, UPLOAD_CSP.to_owned()),
        ],
        bytes,
    )
        .into_response())
}

async fn download_file(
    State(st): State<AppState>,
    c: Citizen,
    AppPath(slot): AppPath<String>,
) -> AppResult<Response> {
    c.require(Level::L1)?;
    let slot = parse_slot(&slot)?;
    let conv = st
        .dispositivo
        .latest_conversion(&c.cred.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let file = conv.file(slot).ok_or(AppError::NotFound)?;
    file_response(&st, file, slot.as_str()).await
}

/// Step 4: confirm → "in lavorazione".
async fn submit(State(st): State<AppState>, c: Citizen) -> AppResult<Json<Conversion>> {
    let conv = open_draft(&st, &c).await?;
    let mut missing = Vec::new();
    if conv.module_file.is_none() {
        missing.push(FieldError::new(
            "module",
            "REQUIRED",
            "Caricare il modulo MV35 firmato",
        ));
    }
    if conv.document_file.is_none() {
        missing.push(FieldError::new(
            "document",
            "REQUIRED",
            "Caricare la copia del documento di identità",
        ));
    }
    if !missing.is_empty() {
        return Err(AppError::Validation(missing));
    }
    if !st
        .dispositivo
        .submit_conversion(&conv.id, st.clock.now())
        .await?
    {
        return Err(in_progress());
    }
    tracing::info!(conversion = %conv.id, "conversion submitted");
    let conv = st
        .dispositivo
        .conversion(&conv.id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(conv.to_api()))
}
