//! The trainer's learner slips (`routes::trainer`): one page per world of
//! a class, to print and hand out. Each says how to enter the world (its
//! join code and the `/mondo/` address) and what the learner holds in hand
//! in the scenario: codice fiscale, tessera sanitaria, the phone and
//! e-mail to give, and the PIN or its halves when the scenario gives them.

use super::pdf::{Font, Pdf, A4_HEIGHT, A4_WIDTH};

/// One learner's slip.
#[derive(Debug, Clone, Default)]
pub struct Slip {
    pub class_name: String,
    pub world_name: String,
    pub join_code: String,
    /// The whole address to open, `…/mondo/{join_code}`.
    pub url: String,
    pub scenario_title: Option<String>,
    pub learner_text: Option<String>,
    pub people: Vec<SlipPerson>,
}

/// What one person of the scenario holds in hand.
#[derive(Debug, Clone, Default)]
pub struct SlipPerson {
    pub full_name: String,
    pub codice_fiscale: String,
    pub tessera_number: Option<String>,
    pub tessera_expiry: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub pin: Option<String>,
    pub half1: Option<String>,
    pub half2: Option<String>,
}

/// The slips, one A4 page each.
pub fn slips_pdf(slips: &[Slip]) -> Vec<u8> {
    let mut pdf = Pdf::new("Schede per i partecipanti - PIN INPS simulato");
    for (i, slip) in slips.iter().enumerate() {
        if i > 0 {
            pdf.new_page();
        }
        page(&mut pdf, slip);
    }
    pdf.finish()
}

fn page(pdf: &mut Pdf, s: &Slip) {
    let x = 56.0;
    let w = A4_WIDTH - 2.0 * x;
    let mut y = A4_HEIGHT - 64.0;
    pdf.text(x, y, 16.0, Font::Bold, "INPS");
    pdf.text(x + 48.0, y, 10.0, Font::Regular, "Simulatore del PIN INPS");
    y -= 14.0;
    pdf.text(
        x + 48.0,
        y,
        8.0,
        Font::Regular,
        "Simulazione didattica - non affiliata all'INPS",
    );
    y -= 30.0;
    pdf.text(x, y, 14.0, Font::Bold, "Scheda del partecipante");
    y -= 16.0;
    pdf.text(
        x,
        y,
        10.0,
        Font::Regular,
        &format!("Classe: {}", s.class_name),
    );
    y -= 14.0;
    pdf.text(
        x,
        y,
        10.0,
        Font::Regular,
        &format!("Mondo: {}", s.world_name),
    );
    y -= 24.0;
    pdf.rect(x, y - 52.0, w, 68.0);
    pdf.text(
        x + 16.0,
        y,
        10.0,
        Font::Regular,
        "Codice di accesso al mondo",
    );
    pdf.text(x + 16.0, y - 26.0, 20.0, Font::Bold, &s.join_code);
    pdf.text(
        x + 16.0,
        y - 44.0,
        9.0,
        Font::Regular,
        &format!("Aprire nel browser: {}", s.url),
    );
    y -= 80.0;
    if let Some(title) = &s.scenario_title {
        pdf.text(x, y, 11.0, Font::Bold, &format!("Situazione: {title}"));
        y -= 16.0;
    }
    if let Some(text) = &s.learner_text {
        y = pdf.paragraph(x, y, w, 9.5, Font::Regular, text);
        y -= 8.0;
    }
    for p in &s.people {
        y -= 8.0;
        pdf.line(x, y + 10.0, x + w, y + 10.0);
        pdf.text(x, y - 4.0, 11.0, Font::Bold, &p.full_name);
        y -= 22.0;
        let tessera = match (&p.tessera_number, &p.tessera_expiry) {
            (Some(n), Some(e)) => Some(format!("{n} (scadenza {e})")),
            (Some(n), None) => Some(n.clone()),
            _ => None,
        };
        let rows = [
            ("Codice fiscale", Some(p.codice_fiscale.clone())),
            ("Tessera sanitaria", tessera),
            ("Cellulare", p.phone.clone()),
            ("E-mail", p.email.clone()),
            ("PIN", p.pin.clone()),
            ("Prima parte del PIN", p.half1.clone()),
            ("Seconda parte del PIN", p.half2.clone()),
        ];
        for (label, value) in rows {
            let Some(v) = value.filter(|v| !v.is_empty()) else {
                continue;
            };
            pdf.text(x, y, 10.0, Font::Regular, label);
            pdf.text(x + 150.0, y, 10.0, Font::Bold, &v);
            y -= 15.0;
        }
    }
    pdf.paragraph(
        x,
        64.0,
        w,
        8.0,
        Font::Regular,
        "Dati di fantasia del registro simulato. Il cellulare e l'e-mail sono caselle del \
         simulatore: i messaggi si leggono nel menu Simulatore del proprio mondo.",
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_page_per_slip_is_a_pdf() {
        let slip = Slip {
            class_name: "Aula 3".into(),
            world_name: "Aula 3 - 1".into(),
            join_code: "ABCD-EFGH".into(),
            url: "http://127.0.0.1:3000/mondo/ABCD-EFGH".into(),
            people: vec![SlipPerson {
                full_name: "Mario Rossi".into(),
                codice_fiscale: "RSSMRA80A01H501U".into(),
                ..Default::default()
            }],
            ..Default::default()
        };
        let bytes = slips_pdf(&[slip.clone(), slip]);
        assert!(bytes.starts_with(b"%PDF-"));
        let text = String::from_utf8_lossy(&bytes);
        assert_eq!(text.matches("/Type /Page ").count(), 2, "two pages");
    }
}
