//! The sede's console (API.md, "Operators"): a PIN issued in person — the
//! whole 16 characters at once, already dispositivo (MV35 "in sede"),
//! printed in a "sealed envelope" PDF — and the desk conversion of an
//! ordinary PIN to dispositivo (document checked by the operator, no
//! upload). Only `sede` operators may act here (403 `FORBIDDEN_ROLE`
//! otherwise); every action is recorded in the operators' audit (never the
//! PIN) and in the citizen's "Le tue attività".
//!
//! The envelope is written on request from the PIN kept in this process's
//! memory only: served to the operator session that issued it, for
//! [`ENVELOPE_TTL`] of real time, then forgotten (a restart forgets it too;
//! the PIN itself is stored only as its Argon2id hash).

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::{Datelike, NaiveDate};
use domain::api::{
    DeskConversionBody, DeskConversionDone, ErrorCode, FieldError, InPersonPinBody,
    InPersonPinIssued, PinState, Representative, SedeDocument, FOREIGN_DOCUMENT_KINDS,
    REPRESENTATIVE_RELATIONS, SEDE_DOCUMENT_KINDS, SEDE_EXCEPTIONS,
};
use domain::dispositivo::{
    normalize_document_number, validate_document, ConversionStatus, DocumentType, IdentityDocument,
};
use domain::pin::InitialPin;
use domain::request::normalize_cf;
use serde::Serialize;

use crate::auth::CurrentOperator;
use crate::documents::envelope::{envelope_pdf, EnvelopeData};
use crate::error::{AppError, AppJson, AppPath, AppResult};
use crate::notify::{self, kind};
use crate::operators::{self, action};
use crate::secrets::{random_bytes, random_hex};
use crate::state::AppState;
use crate::store::dispositivo::ConversionRow;
use crate::store::{Credential, CredentialEvent, NewPinRequest, StoreError};

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

/// A PIN waiting to be printed: the operator session that issued it and
/// what the envelope shows.
struct Pending {
    session_id: String,
    pin: String,
    surname: String,
    name: String,
    codice_fiscale: String,
    sede: String,
    issued_at: chrono::DateTime<chrono::Utc>,
    created: Instant,
}

static ENVELOPES: LazyLock<Mutex<HashMap<String, Pending>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

fn envelopes() -> std::sync::MutexGuard<'static, HashMap<String, Pending>> {
    ENVELOPES.lock().unwrap_or_else(|e| e.into_inner())
}

// ------------------------------------------------------------ validation

pub const MSG_NOT_IN_REGISTRY: &str =
    "Codice fiscale non presente in anagrafe: verificare il documento del cittadino";
pub const MSG_KIND: &str = "Scegliere il tipo di documento";
pub const MSG_FOREIGN_NUMBER: &str =
    "Numero del documento estero non valido: da 5 a 20 lettere e cifre";
pub const MSG_EXCEPTION: &str = "Eccezione non prevista: minore, senza documento italiano, tutela";
pub const MSG_NOT_MINOR: &str =
    "Il cittadino è maggiorenne: l'eccezione per i minori non si applica";
pub const MSG_FOREIGN_REQUIRED: &str =
    "Per l'eccezione \"senza documento di identità italiano\" indicare il documento estero";
pub const MSG_MINOR_PARENT: &str =
    "Il cittadino è minorenne: il PIN si rilascia tramite un genitore o il tutore, indicarne i dati";
pub const MSG_GUARDIAN_REQUIRED: &str =
    "Indicare il tutore, il curatore o l'amministratore di sostegno che rappresenta il cittadino";
pub const MSG_RELATION: &str =
    "Solo genitore, tutore, curatore o amministratore di sostegno: non sono ammesse deleghe";
pub const MSG_NO_DELEGATES: &str =
    "Il cittadino è maggiorenne: non sono ammesse deleghe, il PIN si rilascia al titolare";
pub const MSG_REPRESENTATIVE_CF: &str = "Codice fiscale del rappresentante non valido";
pub const MSG_REPRESENTATIVE_SELF: &str =
    "Il rappresentante deve essere una persona diversa dal cittadino";
pub const MSG_NAME: &str = "Campo obbligatorio";

/// Age in whole years on `today`.
pub fn age_on(birth: NaiveDate, today: NaiveDate) -> i32 {
    let mut age = today.year() - birth.year();
    if (today.month(), today.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}

/// Label of a document kind, as the envelope, audit and mail print it.
pub fn kind_label(kind: &str) -> &'static str {
    match kind {
        "passaporto_estero" => "Passaporto estero",
        "documento_estero" => "Documento di identità estero",
        k => DocumentType::parse(k)
            .map(|t| t.label())
            .unwrap_or("Documento"),
    }
}

fn relation_label(r: &str) -> &'static str {
    match r {
        "parent" => "genitore",
        "tutore" => "tutore",
        "curatore" => "curatore",
        "amministratore_di_sostegno" => "amministratore di sostegno",
        _ => "rappresentante",
    }
}

fn exception_label(e: &str) -> &'static str {
    match e {
        "minor" => "minore",
        "no_italian_document" => "senza documento di identità italiano",
        "guardianship" => "tutela, curatela o amministrazione di sostegno",
        _ => "nessuna",
    }
}

/// The document rules of the online conversion (valid on `today`), with
/// the foreign kinds a sede also accepts; field paths `document.<name>`.
pub fn validate_sede_document(d: &SedeDocument, today: NaiveDate) -> Vec<FieldError> {
    let kind = d.kind.trim();
    let foreign = FOREIGN_DOCUMENT_KINDS.contains(&kind);
    let as_conversion = IdentityDocument {
        // A foreign document has its own number rule, checked below.
        doc_type: if foreign {
            "passaporto".into()
        } else {
            kind.into()
        },
        number: if foreign {
            "AA0000000".into()
        } else {
            d.number.clone()
        },
        issuer: d.issuer.clone(),
        issued_on: d.issued_on.clone(),
        expires_on: d.expires_on.clone(),
    };
    let mut errors: Vec<FieldError> = validate_document(&as_conversion, today)
        .into_iter()
        .map(|mut e| {
            if e.field == "document.type" {
                e.field = "document.kind".into();
            }
            e
        })
        .collect();
    if !SEDE_DOCUMENT_KINDS.contains(&kind) && !errors.iter().any(|e| e.field == "document.kind") {
        errors.push(FieldError::new("document.kind", "DOCUMENT_TYPE", MSG_KIND));
    }
    if foreign {
        let n = normalize_document_number(&d.number);
        if n.is_empty() {
            errors.push(FieldError::new("document.number", "REQUIRED", MSG_NAME));
        } else if !(5..=20).contains(&n.len()) || !n.chars().all(|c| c.is_ascii_alphanumeric()) {
            errors.push(FieldError::new(
                "document.number",
                "DOCUMENT_NUMBER",
                MSG_FOREIGN_NUMBER,
            ));
        }
    }
    errors
}

/// Every field rule of an in-person issuance: the document, the exception
/// and the representative against the citizen's age (`birth`, from the
/// registry) on `today`.
pub fn validate_issuance(
    body: &InPersonPinBody,
    birth: NaiveDate,
    today: NaiveDate,
) -> Vec<FieldError> {
    let mut errors = validate_sede_document(&body.document, today);
    let minor = age_on(birth, today) < 18;
    let exception = body.exception.as_deref().map(str::trim);
    match exception {
        Some(e) if !SEDE_EXCEPTIONS.contains(&e) => {
            errors.push(FieldError::new("exception", "EXCEPTION", MSG_EXCEPTION));
        }
        Some("minor") if !minor => {
            errors.push(FieldError::new("exception", "NOT_MINOR", MSG_NOT_MINOR));
        }
        Some("no_italian_document")
            if !FOREIGN_DOCUMENT_KINDS.contains(&body.document.kind.trim()) =>
        {
            errors.push(FieldError::new(
                "document.kind",
                "FOREIGN_DOCUMENT_REQUIRED",
                MSG_FOREIGN_REQUIRED,
            ));
        }
        _ => {}
    }
    let relation = body.representative.as_ref().map(|r| r.relation.trim());
    let guardian = |r: &str| ["tutore", "curatore", "amministratore_di_sostegno"].contains(&r);
    if minor {
        if !matches!(relation, Some("parent" | "tutore")) {
            errors.push(FieldError::new(
                "representative",
                "REPRESENTATIVE_REQUIRED",
                MSG_MINOR_PARENT,
            ));
        }
    } else if exception == Some("guardianship") && !relation.is_some_and(guardian) {
        errors.push(FieldError::new(
            "representative",
            "REPRESENTATIVE_REQUIRED",
            MSG_GUARDIAN_REQUIRED,
        ));
    }
    if let Some(r) = &body.representative {
        errors.extend(validate_representative(
            r,
            &body.codice_fiscale,
            minor,
            today,
        ));
    }
    errors
}

fn validate_representative(
    r: &Representative,
    citizen_cf: &str,
    minor: bool,
    today: NaiveDate,
) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let relation = r.relation.trim();
    if !REPRESENTATIVE_RELATIONS.contains(&relation) {
        errors.push(FieldError::new(
            "representative.relation",
            "RELATION",
            MSG_RELATION,
        ));
    } else if relation == "parent" && !minor {
        errors.push(FieldError::new(
            "representative.relation",
            "NO_DELEGATES",
            MSG_NO_DELEGATES,
        ));
    }
    for (field, v) in [("name", &r.name), ("surname", &r.surname)] {
        if v.trim().is_empty() {
            errors.push(FieldError::new(
                format!("representative.{field}"),
                "REQUIRED",
                MSG_NAME,
            ));
        }
    }
    let cf = normalize_cf(&r.codice_fiscale);
    if !domain::codice_fiscale::check_on(&cf, None, today).valid {
        errors.push(FieldError::new(
            "representative.codice_fiscale",
            "CF_INVALID",
            MSG_REPRESENTATIVE_CF,
        ));
    } else if cf == normalize_cf(citizen_cf) {
        errors.push(FieldError::new(
            "representative.codice_fiscale",
            "REPRESENTATIVE_SELF",
            MSG_REPRESENTATIVE_SELF,
        ));
    }
    errors
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

// ------------------------------------------------------------- issuance

async fn issue(
    State(st): State<AppState>,
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
    let mut detail = format!(
        "PIN dispositivo n. {request_id} rilasciato in sede; documento: {} n. {}",
        kind_label(&kind_str),
        normalize_document_number(&body.document.number)
    );
    if let Some(e) = &body.exception {
        detail.push_str(&format!("; eccezione: {}", exception_label(e)));
    }
    if let Some(r) = &body.representative {
        detail.push_str(&format!(
            "; tramite {} {} {} ({})",
            relation_label(r.relation.trim()),
            r.name.trim(),
            r.surname.trim(),
            normalize_cf(&r.codice_fiscale)
        ));
    }
    operators::audit(
        &st,
        &op.operator,
        action::IN_PERSON_PIN,
        Some(&cf),
        Some(&request_id),
        detail,
    )
    .await?;
    event(&st, &credential, kind::SEDE_PIN_ISSUED).await?;
    {
        let mut map = envelopes();
        map.retain(|_, p| p.created.elapsed() < ENVELOPE_TTL);
        map.insert(
            request_id.clone(),
            Pending {
                session_id: op.id.clone(),
                pin: full,
                surname: citizen.surname,
                name: citizen.name,
                codice_fiscale: cf,
                sede: op.operator.display_name.clone(),
                issued_at: now,
                created: Instant::now(),
            },
        );
    }
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
    op: CurrentOperator,
    AppPath(request_id): AppPath<String>,
) -> AppResult<impl IntoResponse> {
    // The role after the path, so a malformed path is a 400 for anyone.
    let op = op.require(SEDE)?;
    let pdf = {
        let mut map = envelopes();
        map.retain(|_, p| p.created.elapsed() < ENVELOPE_TTL);
        let Some(p) = map.get(&request_id).filter(|p| p.session_id == op.id) else {
            return Err(AppError::NotFound);
        };
        envelope_pdf(
            &EnvelopeData {
                surname: &p.surname,
                name: &p.name,
                codice_fiscale: &p.codice_fiscale,
                request_id: &request_id,
                sede: &p.sede,
                issued_at: p.issued_at,
            },
            &p.pin,
        )
    };
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
        format!(
            "PIN convertito in dispositivo allo sportello (conversione {}); documento: {} n. {}",
            row.id,
            kind_label(d.kind.trim()),
            row.document.number
        ),
    )
    .await?;
    event(&st, &cred, kind::SEDE_CONVERSION).await?;
    tracing::info!(conversion = %row.id, operator = %op.operator.username, "desk conversion");
    Ok(Json(DeskConversionDone {
        conversion_id: row.id,
        state: PinState::Dispositivo,
        protocolled: approval.protocolled.len() as u32,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn body(exception: Option<&str>, rep: Option<&str>) -> InPersonPinBody {
        InPersonPinBody {
            codice_fiscale: "RSSMRA80A01H501U".into(),
            document: SedeDocument {
                kind: "carta_identita".into(),
                number: "AA1234567".into(),
                issuer: "Comune di Roma".into(),
                issued_on: "2018-01-10".into(),
                expires_on: "2028-01-10".into(),
            },
            exception: exception.map(str::to_owned),
            representative: rep.map(|r| Representative {
                name: "Anna".into(),
                surname: "Bianchi".into(),
                codice_fiscale: "BNCNNA70A41H501P".into(),
                relation: r.into(),
            }),
        }
    }

    fn fields(e: &[FieldError]) -> Vec<&str> {
        e.iter().map(|e| e.field.as_str()).collect()
    }

    #[test]
    fn age_counts_whole_years() {
        assert_eq!(age_on(d(2002, 10, 2), d(2020, 10, 1)), 17);
        assert_eq!(age_on(d(2002, 10, 1), d(2020, 10, 1)), 18);
    }

    #[test]
    fn an_adult_with_a_valid_document_needs_nothing_else() {
        let today = d(2020, 5, 1);
        assert!(validate_issuance(&body(None, None), d(1980, 1, 1), today).is_empty());
        // No delegates: a "parent" cannot act for an adult.
        let e = validate_issuance(&body(None, Some("parent")), d(1980, 1, 1), today);
        assert_eq!(fields(&e), ["representative.relation"]);
        let e = validate_issuance(&body(None, Some("delegato")), d(1980, 1, 1), today);
        assert_eq!(fields(&e), ["representative.relation"]);
    }

    #[test]
    fn a_minor_comes_with_a_parent_and_guardianship_with_a_guardian() {
        let today = d(2021, 1, 10);
        let minor = d(2010, 3, 3);
        let e = validate_issuance(&body(Some("minor"), None), minor, today);
        assert_eq!(fields(&e), ["representative"]);
        assert!(validate_issuance(&body(Some("minor"), Some("parent")), minor, today).is_empty());
        let e = validate_issuance(&body(Some("minor"), None), d(1980, 1, 1), today);
        assert!(fields(&e).contains(&"exception"));
        let e = validate_issuance(&body(Some("guardianship"), None), d(1950, 1, 1), today);
        assert_eq!(fields(&e), ["representative"]);
        assert!(validate_issuance(
            &body(Some("guardianship"), Some("tutore")),
            d(1950, 1, 1),
            today
        )
        .is_empty());
    }

    #[test]
    fn documents_must_be_valid_today_and_foreign_ones_fit_the_exception() {
        let today = d(2029, 1, 1);
        let e = validate_issuance(&body(None, None), d(1980, 1, 1), today);
        assert_eq!(fields(&e), ["document.expires_on"]);
        let e = validate_issuance(
            &body(Some("no_italian_document"), None),
            d(1980, 1, 1),
            d(2021, 1, 1),
        );
        assert_eq!(fields(&e), ["document.kind"]);
        let mut b = body(Some("no_italian_document"), None);
        b.document.kind = "passaporto_estero".into();
        b.document.number = "X1234567".into();
        assert!(validate_issuance(&b, d(1980, 1, 1), d(2021, 1, 1)).is_empty());
        b.document.kind = "tessera".into();
        let e = validate_sede_document(&b.document, d(2021, 1, 1));
        assert_eq!(fields(&e), ["document.kind"]);
    }
}
