//! The receipt of a protocolled application ("ricevuta di presentazione"):
//! a one-page PDF with the protocol number, the dates in Rome time and every
//! field the citizen filled in.

use domain::dispositivo::COVID_CATEGORIES;

use super::letterhead::{letterhead, Words};
use super::pdf::{Font, Pdf, A4_HEIGHT, A4_WIDTH};
use crate::store::dispositivo::ApplicationRow;
use crate::store::Credential;

/// Label of a data field of an application, as the receipt prints it
/// (Italian; [`Words::t`] translates it).
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

/// The receipt ("ricevuta di presentazione") of a protocolled application,
/// in `lang`.
pub fn receipt_pdf(app: &ApplicationRow, cred: &Credential, w_: Words) -> Vec<u8> {
    let title = w_.t(app.kind.title());
    let mut pdf = Pdf::new(&format!("{} {title}", w_.t("Ricevuta")));
    let x = 56.0;
    let w = A4_WIDTH - 2.0 * x;
    let mut y = letterhead(&mut pdf, w_, x, A4_HEIGHT - 64.0);
    pdf.text(
        x,
        y,
        14.0,
        Font::Bold,
        w_.t("Ricevuta di presentazione della domanda"),
    );
    y -= 22.0;
    pdf.text(x, y, 12.0, Font::Bold, title);
    y -= 26.0;
    let protocol = app.protocol_number.clone().unwrap_or_default();
    let protocolled = app
        .protocolled_at
        .map(|at| w_.datetime(at))
        .unwrap_or_default();
    let rows: Vec<(&str, String)> = vec![
        ("Numero di protocollo", protocol),
        ("Data di presentazione", w_.datetime(app.submitted_at)),
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
        pdf.text(x, y, 10.0, Font::Regular, w_.t(k));
        pdf.text(x + 170.0, y, 10.0, Font::Bold, &v);
        y -= 16.0;
    }
    y -= 10.0;
    pdf.band(x, y - 4.0, w, 16.0);
    pdf.text(x + 4.0, y, 10.0, Font::Bold, w_.t("Dati della domanda"));
    y -= 22.0;
    for name in app.kind.fields() {
        let raw = app.data.get(*name).cloned().unwrap_or_default();
        let v = if *name == "category" {
            COVID_CATEGORIES
                .iter()
                .find(|(c, _)| *c == raw)
                .map(|(_, l)| w_.t(l).to_owned())
                .unwrap_or(raw)
        } else {
            raw
        };
        pdf.text(x, y, 10.0, Font::Regular, w_.t(field_label(name)));
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
            w_.t(
                "La domanda è stata presentata con PIN ordinario ed è rimasta in attesa di PIN \
                 dispositivo; è stata protocollata alla conversione del PIN mantenendo la data di \
                 presentazione originale.",
            ),
        );
    }
    pdf.paragraph(
        x,
        y,
        w,
        9.0,
        Font::Regular,
        w_.t(
            "Conservi questa ricevuta: il numero di protocollo identifica la domanda in ogni \
             comunicazione con l'Istituto.",
        ),
    );
    pdf.finish()
}
