//! The MV35 module ("Richiesta di PIN dispositivo"): pre-filled with the
//! citizen's registry data and identity document, printed, signed and
//! uploaded back by the citizen; the back office reads the same data.

use domain::api::PinRequest;
use domain::datetime::rome_date as it_date;
use domain::dispositivo::{DocumentType, IdentityDocument};

use super::letterhead::{letterhead, Words};
use super::pdf::{Font, Pdf, A4_HEIGHT, A4_WIDTH};
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::store::dispositivo::ConversionRow;
use crate::store::Credential;

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
        if let Some(json) = st.store.pin_request_json(rid).await? {
            if let Ok(req) = serde_json::from_str::<PinRequest>(&json) {
                residence = domain::address::residence_line(&req.residence, req.residence_type);
            }
        }
    }
    if residence.is_empty() {
        if let Some(c) = st.store.citizen(&cred.codice_fiscale).await? {
            residence = domain::address::registry_line(&c.residence);
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
///
/// The module is an Italian form, signed and read by the back office in
/// Italian: it stays Italian in every language. For a German or English
/// speaker each heading, label and the declaration carry a
/// translation in small print beneath, and the closing instructions (how
/// to print, sign and upload it) are in their language only.
pub async fn mv35_pdf(
    st: &AppState,
    cred: &Credential,
    conv: &ConversionRow,
    w_: Words,
) -> AppResult<Vec<u8>> {
    let who = module_citizen(st, cred).await?;
    let today = it_date(st.clock.now());
    // The translation printed under an Italian text; none in Italian.
    let gloss = |it: &'static str| (w_.0 != Lang::It).then(|| w_.t(it));
    let mut pdf = Pdf::new("MV35 - Richiesta di PIN dispositivo");
    let x = 50.0;
    let w = A4_WIDTH - 2.0 * x;
    let top = A4_HEIGHT - 56.0;
    let mut y = letterhead(&mut pdf, w_, x, top);
    pdf.text(A4_WIDTH - x - 60.0, top, 11.0, Font::Bold, "MOD. MV35");
    pdf.text(x, y, 13.0, Font::Bold, "RICHIESTA DI PIN DISPOSITIVO");
    if let Some(t) = gloss("RICHIESTA DI PIN DISPOSITIVO") {
        y -= 12.0;
        pdf.text(x, y, 8.0, Font::Regular, t);
    }
    y -= 15.0;
    let subtitle = "(conversione del PIN ordinario per i servizi telematici dell'Istituto)";
    pdf.text(x, y, 9.5, Font::Regular, subtitle);
    if let Some(t) = gloss(subtitle) {
        y -= 11.0;
        pdf.text(x, y, 7.5, Font::Regular, t);
    }
    y -= 26.0;

    let section = |pdf: &mut Pdf, y: &mut f32, title: &'static str| {
        pdf.band(x, *y - 4.0, w, 16.0);
        pdf.text(x + 4.0, *y, 10.0, Font::Bold, title);
        if let Some(t) = gloss(title) {
            pdf.text(x + 220.0, *y, 8.0, Font::Regular, t);
        }
        *y -= 22.0;
    };
    let row = |pdf: &mut Pdf, y: &mut f32, k: &'static str, v: &str| {
        pdf.text(x + 4.0, *y, 9.5, Font::Regular, k);
        pdf.text(x + 160.0, *y, 10.0, Font::Bold, v);
        pdf.line(x + 158.0, *y - 3.0, x + w, *y - 3.0);
        if let Some(t) = gloss(k) {
            pdf.text(x + 4.0, *y - 8.0, 6.5, Font::Regular, t);
            *y -= 4.0;
        }
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

    let asks = "CHIEDE il rilascio del PIN dispositivo, che consente di presentare domande e \
                richiedere prestazioni tramite i servizi telematici dell'Istituto.";
    y = pdf.paragraph(x, y, w, 9.5, Font::Bold, asks);
    if let Some(t) = gloss(asks) {
        y = pdf.paragraph(x, y, w, 7.0, Font::Regular, t);
    }
    y -= 4.0;
    let declaration = "Il/la sottoscritto/a, consapevole delle sanzioni penali previste dall'art. \
                       76 del D.P.R. 28 dicembre 2000, n. 445 in caso di dichiarazioni mendaci, \
                       dichiara che i dati sopra riportati sono veritieri e allega copia del \
                       documento di riconoscimento indicato, in corso di validità. Dichiara di \
                       aver preso visione dell'informativa sul trattamento dei dati personali \
                       (Regolamento UE 2016/679).";
    y = pdf.paragraph(x, y, w, 8.5, Font::Regular, declaration);
    if let Some(t) = gloss(declaration) {
        y = pdf.paragraph(x, y, w, 7.0, Font::Regular, t);
    }
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
    if let Some(t) = gloss("Luogo e data") {
        pdf.text(x, y - 9.0, 6.5, Font::Regular, t);
    }
    pdf.line(x + 70.0, y - 3.0, x + 230.0, y - 3.0);
    let box_h = 60.0;
    pdf.rect(x + 260.0, y - box_h + 12.0, w - 260.0, box_h);
    pdf.text(x + 266.0, y, 9.0, Font::Regular, "Firma del richiedente");
    if let Some(t) = gloss("Firma del richiedente") {
        pdf.text(x + 266.0, y - 9.0, 6.5, Font::Regular, t);
    }
    y -= box_h + 14.0;
    pdf.paragraph(
        x,
        y,
        w,
        8.0,
        Font::Regular,
        w_.t(
            "Stampare il modulo, firmarlo e datarlo; poi caricarlo scansionato (PDF, JPEG o PNG, \
             al massimo 1 MB) insieme alla copia del documento nella procedura \"Converti il tuo \
             PIN\".",
        ),
    );
    Ok(pdf.finish())
}
