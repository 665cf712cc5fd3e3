//! Display formats in the page's language: dates, instants in Rome time,
//! euro amounts, uploaded files, dates typed in the forms.
//!
//! | | Italian | German | English |
//! |---|---|---|---|
//! | date | `01/04/1980` | `01.04.1980` | `1 April 1980` |
//! | instant (Rome time) | `01/04/2020 11:00` | `01.04.2020 11:00` | `1 April 2020, 11:00` |
//! | amount | `1.234,56` | `1.234,56` | `1,234.56` |
//!
//! English spells the month out: `01/04/1980` reads as 4 January to an
//! American and as 1 April to a Briton. Dates are *typed* day first with
//! slashes in every language (`GG/MM/AAAA`, `TT/MM/JJJJ`, `DD/MM/YYYY`), as
//! `domain::request::parse_date` reads them; the hints say so. Instants are
//! always Rome time (`domain::datetime::rome_time`), never UTC.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use domain::datetime::rome_time;
use domain::dispositivo::UploadedFile;
use domain::upload::{human_size, FileKind};

use crate::i18n::{lang, Lang};

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn date_in(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::It => domain::datetime::date(d),
        Lang::De => domain::datetime::date_dots(d),
        Lang::En => format!(
            "{} {} {}",
            d.day(),
            MONTHS_EN[d.month0() as usize],
            d.year()
        ),
    }
}

fn datetime_in(lang: Lang, at: DateTime<Utc>) -> String {
    let local = rome_time(at);
    let time = domain::datetime::hh_mm(local);
    match lang {
        Lang::En => format!("{}, {time}", date_in(lang, local.date())),
        _ => format!("{} {time}", date_in(lang, local.date())),
    }
}

fn euro_in(lang: Lang, v: f64) -> String {
    let (group, decimal) = match lang {
        Lang::En => (',', '.'),
        Lang::It | Lang::De => ('.', ','),
    };
    let cents = (v * 100.0).round() as i64;
    let (int, dec) = (cents / 100, (cents % 100).abs());
    let digits = int.abs().to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    format!(
        "{}{grouped}{decimal}{dec:02}",
        if cents < 0 { "-" } else { "" }
    )
}

/// A calendar date in the page's language.
pub fn date(d: NaiveDate) -> String {
    date_in(lang(), d)
}

/// The day an instant falls on in Rome, in the page's language.
pub fn rome_date(at: DateTime<Utc>) -> String {
    date(rome_time(at).date())
}

/// Date and `HH:MM` of an instant in Rome time, in the page's language.
pub fn rome_datetime(at: DateTime<Utc>) -> String {
    datetime_in(lang(), at)
}

/// Euro amount in the page's language: `1.234,56` (it, de), `1,234.56` (en).
pub fn euro(v: f64) -> String {
    euro_in(lang(), v)
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

/// A typed date (`AAAA-MM-GG` or `GG/MM/AAAA`) shown in the page's
/// language; anything else as is.
pub fn input_date(s: &str) -> String {
    input_date_in(lang(), s)
}

fn input_date_in(lang: Lang, s: &str) -> String {
    match domain::request::parse_date(s) {
        Some(d) => date_in(lang, d),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn euro_groups_thousands() {
        assert_eq!(euro_in(Lang::It, 1234.5), "1.234,50");
        assert_eq!(euro_in(Lang::It, -1234.5), "-1.234,50");
        assert_eq!(euro_in(Lang::It, -0.5), "-0,50");
        assert_eq!(euro_in(Lang::De, 1_000_000.0), "1.000.000,00");
        assert_eq!(euro_in(Lang::En, 1234.5), "1,234.50");
    }

    #[test]
    fn dates_per_language() {
        let d = NaiveDate::from_ymd_opt(1980, 4, 1).unwrap();
        assert_eq!(date_in(Lang::It, d), "01/04/1980");
        assert_eq!(date_in(Lang::De, d), "01.04.1980");
        assert_eq!(date_in(Lang::En, d), "1 April 1980");
    }

    #[test]
    fn instants_in_rome_time_per_language() {
        // 09:00 UTC on 1 April 2020 is 11:00 in Rome (summer time).
        let at = Utc.with_ymd_and_hms(2020, 4, 1, 9, 0, 0).unwrap();
        assert_eq!(datetime_in(Lang::It, at), "01/04/2020 11:00");
        assert_eq!(datetime_in(Lang::De, at), "01.04.2020 11:00");
        assert_eq!(datetime_in(Lang::En, at), "1 April 2020, 11:00");
        // 23:30 UTC on 30 June is already 1 July in Rome.
        let late = Utc.with_ymd_and_hms(2020, 6, 30, 23, 30, 0).unwrap();
        assert_eq!(datetime_in(Lang::En, late), "1 July 2020, 01:30");
    }

    #[test]
    fn input_dates() {
        assert_eq!(input_date_in(Lang::It, "2020-04-01"), "01/04/2020");
        assert_eq!(input_date_in(Lang::De, "01/04/2020"), "01.04.2020");
        assert_eq!(input_date_in(Lang::En, "2020-04-01"), "1 April 2020");
        assert_eq!(input_date_in(Lang::En, "aprile"), "aprile");
    }
}
