//! Dates and times as an Italian citizen reads them: `GG/MM/AAAA`, and
//! instants in Rome time (CET/CEST), which is what receipts, notices, the
//! simulator and every page print — never UTC. One module for the server
//! (letters, PDFs, e-mails) and the app (pages), so the two always agree.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc, Weekday};

fn last_sunday(year: i32, month: u32) -> NaiveDate {
    let first_next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    }
    .unwrap_or_default();
    let mut d = first_next - Duration::days(1);
    while d.weekday() != Weekday::Sun {
        d -= Duration::days(1);
    }
    d
}

/// Italian local time (CET/CEST, EU rules: summer time from the last Sunday
/// of March to the last Sunday of October, switching at 01:00 UTC).
pub fn rome_time(at: DateTime<Utc>) -> NaiveDateTime {
    let year = at.year();
    let switch = |month| {
        Utc.from_utc_datetime(
            &last_sunday(year, month)
                .and_hms_opt(1, 0, 0)
                .unwrap_or_default(),
        )
    };
    let offset = if at >= switch(3) && at < switch(10) {
        2
    } else {
        1
    };
    crate::time::later(at, Duration::hours(offset)).naive_utc()
}

/// `GG/MM/AAAA` of a date.
pub fn date(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// `GG/MM/AAAA` of the day an instant falls on in Rome.
pub fn rome_date(at: DateTime<Utc>) -> String {
    date(rome_time(at).date())
}

/// `GG/MM/AAAA HH:MM` in Rome time.
pub fn rome_datetime(at: DateTime<Utc>) -> String {
    rome_time(at).format("%d/%m/%Y %H:%M").to_string()
}

/// `GG/MM/AAAA alle HH:MM` in Rome time, as letters and receipts write it.
pub fn rome_datetime_words(at: DateTime<Utc>) -> String {
    rome_time(at).format("%d/%m/%Y alle %H:%M").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summer_and_winter_time() {
        let summer = Utc.with_ymd_and_hms(2020, 4, 1, 9, 0, 0).unwrap();
        assert_eq!(rome_datetime(summer), "01/04/2020 11:00");
        let winter = Utc.with_ymd_and_hms(2020, 12, 1, 9, 0, 0).unwrap();
        assert_eq!(rome_datetime(winter), "01/12/2020 10:00");
        // 2020-10-25 is the last Sunday of October.
        let before = Utc.with_ymd_and_hms(2020, 10, 25, 0, 59, 0).unwrap();
        assert_eq!(rome_datetime(before), "25/10/2020 02:59");
        let after = Utc.with_ymd_and_hms(2020, 10, 25, 1, 0, 0).unwrap();
        assert_eq!(rome_datetime(after), "25/10/2020 02:00");
    }

    #[test]
    fn the_rome_day_is_not_the_utc_day_near_midnight() {
        let late = Utc.with_ymd_and_hms(2020, 6, 30, 22, 30, 0).unwrap();
        assert_eq!(rome_date(late), "01/07/2020");
        assert_eq!(rome_datetime_words(late), "01/07/2020 alle 00:30");
        assert_eq!(
            date(NaiveDate::from_ymd_opt(2020, 4, 1).unwrap()),
            "01/04/2020"
        );
    }
}
