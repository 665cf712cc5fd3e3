//! The "sealed envelope" of a PIN issued at a sede: one page with the whole
//! 16-character PIN, printed and handed to the citizen. It is written on
//! request and never stored (the PIN exists only as its Argon2id hash).

use chrono::{DateTime, Utc};

use super::letterhead::{letterhead, Words};
use super::pdf::{Font, Pdf, A4_HEIGHT, A4_WIDTH};

/// What the envelope prints besides the PIN.
pub struct EnvelopeData<'a> {
    pub surname: &'a str,
    pub name: &'a str,
    pub codice_fiscale: &'a str,
    pub request_id: &'a str,
    pub sede: &'a str,
    pub issued_at: DateTime<Utc>,
}

/// The PIN in groups of four, as the letter prints it.
fn grouped(pin: &str) -> String {
    pin.chars()
        .collect::<Vec<_>>()
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The envelope PDF, in the requester's language.
pub fn envelope_pdf(d: &EnvelopeData<'_>, pin: &str, w_: Words) -> Vec<u8> {
    let mut pdf = Pdf::new(w_.t("Busta PIN INPS"));
    let x = 56.0;
    let w = A4_WIDTH - 2.0 * x;
    let mut y = letterhead(&mut pdf, w_, x, A4_HEIGHT - 64.0);
    pdf.text(
        x,
        y,
        14.0,
        Font::Bold,
        w_.t("PIN dispositivo rilasciato in sede"),
    );
    y -= 14.0;
    pdf.text(
        x,
        y,
        9.0,
        Font::Regular,
        w_.t("Busta sigillata - riservata al titolare"),
    );
    y -= 28.0;
    let rows: Vec<(&str, String)> = vec![
        (
            "Titolare",
            format!("{} {}", d.surname.to_uppercase(), d.name.to_uppercase()),
        ),
        ("Codice fiscale", d.codice_fiscale.to_owned()),
        ("Numero di richiesta", d.request_id.to_owned()),
        ("Rilasciato da", d.sede.to_owned()),
        ("Data di rilascio", w_.datetime(d.issued_at)),
    ];
    for (k, v) in rows {
        pdf.text(x, y, 10.0, Font::Regular, w_.t(k));
        pdf.text(x + 170.0, y, 10.0, Font::Bold, &v);
        y -= 16.0;
    }
    y -= 24.0;
    pdf.rect(x, y - 50.0, w, 70.0);
    pdf.text(
        x + 16.0,
        y,
        10.0,
        Font::Regular,
        w_.t("Il suo PIN (16 caratteri)"),
    );
    pdf.text(x + 16.0, y - 32.0, 22.0, Font::Bold, &grouped(pin));
    y -= 80.0;
    y = pdf.paragraph(
        x,
        y,
        w,
        9.0,
        Font::Regular,
        w_.t(
            "Il PIN è già dispositivo: consente di presentare domande e richiedere prestazioni \
             online. Al primo accesso su www.inps.it le verrà chiesto di sostituirlo con un PIN \
             di 8 caratteri scelto da lei. Gli spazi servono solo alla lettura e non vanno digitati. \
             Lo 0 è zero, non la lettera O.",
        ),
    );
    y -= 8.0;
    pdf.paragraph(
        x,
        y,
        w,
        9.0,
        Font::Regular,
        w_.t(
            "Conservi il PIN con cura e non lo comunichi a nessuno: l'INPS non lo chiede mai per \
             telefono o per e-mail.",
        ),
    );
    pdf.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_the_pin_in_groups_of_four() {
        assert_eq!(grouped("0123456789ABCDEF"), "0123 4567 89AB CDEF");
        let d = EnvelopeData {
            surname: "Rossi",
            name: "Mario",
            codice_fiscale: "RSSMRA80A01H501U",
            request_id: "SD000001",
            sede: "Sportello",
            issued_at: DateTime::from_timestamp(1_600_000_000, 0).unwrap(),
        };
        let pdf = envelope_pdf(&d, "0123456789ABCDEF", Words(crate::i18n::Lang::It));
        assert!(pdf.starts_with(b"%PDF-"));
    }
}
