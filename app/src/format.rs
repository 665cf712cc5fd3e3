//! Display formats that several pages share and `domain::datetime` does not
//! cover: euro amounts, uploaded files, dates typed in `<input type=date>`.
//! Dates and times themselves: `domain::datetime::{date, rome_date,
//! rome_datetime, rome_time}`.

use domain::dispositivo::UploadedFile;
use domain::upload::{human_size, FileKind};

/// Euro amount the Italian way: `1.234,56`.
pub fn euro(v: f64) -> String {
    let cents = (v * 100.0).round() as i64;
    let (int, dec) = (cents / 100, (cents % 100).abs());
    let digits = int.abs().to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    format!("{}{grouped},{dec:02}", if int < 0 { "-" } else { "" })
}

/// "PDF, 369 byte": what a person recognises of an uploaded file.
pub fn file_summary(f: &UploadedFile) -> String {
    let kind = match f.kind {
        FileKind::Pdf => "PDF",
        FileKind::Jpeg => "JPEG",
        FileKind::Png => "PNG",
    };
    format!("{kind}, {}", human_size(f.size as usize))
}

/// `AAAA-MM-GG` (as date inputs give it) shown as `GG/MM/AAAA`; anything else as is.
pub fn input_date(s: &str) -> String {
    match chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d") {
        Ok(d) => domain::datetime::date(d),
        Err(_) => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn euro_groups_thousands() {
        assert_eq!(euro(1234.5), "1.234,50");
        assert_eq!(euro(-1234.5), "-1.234,50");
        assert_eq!(euro(1_000_000.0), "1.000.000,00");
    }

    #[test]
    fn input_dates() {
        assert_eq!(input_date("2020-04-01"), "01/04/2020");
        assert_eq!(input_date("01/04/2020"), "01/04/2020");
    }
}
