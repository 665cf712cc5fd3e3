//! Dates and times as an Italian citizen reads them: `GG/MM/AAAA`, and
//! instants in Rome time (CET/CEST), which is what receipts, notices, the
//! simulator and every page print — never UTC. One module for the server
//! (letters, PDFs, e-mails) and the app (pages), so the two always agree.

use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, TimeZone, Timelike, Utc, Weekday,
};

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

// Every date and time text is written and read here with plain integer
// code, never chrono's general `format`/`parse_from_str` machinery (about
// 26 KB of the browser's wasm; issue 10). The tests compare each helper
// with chrono's own formatter and parser.

/// Pushes `v` as two digits (`v` < 100).
fn push2(out: &mut String, v: u32) {
    out.push(char::from(b'0' + (v / 10 % 10) as u8));
    out.push(char::from(b'0' + (v % 10) as u8));
}

/// Pushes a year as chrono's `%Y` writes it: four digits for 0 to 9999,
/// else signed (`+12345`, `-0001`).
fn push_year(out: &mut String, year: i32) {
    if (0..10_000).contains(&year) {
        let y = year as u32;
        push2(out, y / 100);
        push2(out, y % 100);
    } else {
        use core::fmt::Write;
        let _ = write!(out, "{year:+05}");
    }
}

fn day_month_year(d: NaiveDate, sep: char) -> String {
    let mut out = String::with_capacity(10);
    push2(&mut out, d.day());
    out.push(sep);
    push2(&mut out, d.month());
    out.push(sep);
    push_year(&mut out, d.year());
    out
}

/// `GG/MM/AAAA` of a date.
pub fn date(d: NaiveDate) -> String {
    day_month_year(d, '/')
}

/// `GG.MM.AAAA` of a date (German).
pub fn date_dots(d: NaiveDate) -> String {
    day_month_year(d, '.')
}

/// `AAAA-MM-GG` of a date (ISO 8601, the JSON API's form).
pub fn iso(d: NaiveDate) -> String {
    let mut out = String::with_capacity(10);
    push_year(&mut out, d.year());
    out.push('-');
    push2(&mut out, d.month());
    out.push('-');
    push2(&mut out, d.day());
    out
}

/// `HH:MM` of a wall-clock time.
pub fn hh_mm(t: NaiveDateTime) -> String {
    let mut out = String::with_capacity(5);
    push2(&mut out, t.hour());
    out.push(':');
    push2(&mut out, t.minute());
    out
}

/// `AAAA-MM-GGTHH:MM`, the value of a `datetime-local` input.
pub fn datetime_local(t: NaiveDateTime) -> String {
    let mut out = iso(t.date());
    out.push('T');
    out.push_str(&hh_mm(t));
    out
}

/// `GG/MM/AAAA` of the day an instant falls on in Rome.
pub fn rome_date(at: DateTime<Utc>) -> String {
    date(rome_time(at).date())
}

/// `GG/MM/AAAA HH:MM` in Rome time.
pub fn rome_datetime(at: DateTime<Utc>) -> String {
    let t = rome_time(at);
    let mut out = date(t.date());
    out.push(' ');
    out.push_str(&hh_mm(t));
    out
}

/// `GG/MM/AAAA alle HH:MM` in Rome time, as letters and receipts write it.
pub fn rome_datetime_words(at: DateTime<Utc>) -> String {
    let t = rome_time(at);
    let mut out = date(t.date());
    out.push_str(" alle ");
    out.push_str(&hh_mm(t));
    out
}

/// One item of a date pattern, read as chrono's parser reads it.
#[derive(Clone, Copy)]
enum Item {
    /// A number of 1 to `width` ASCII digits after optional whitespace;
    /// `signed` (the year) also takes `+`/`-` and then any number of digits.
    Num {
        width: usize,
        signed: bool,
    },
    Lit(&'static str),
}

const YEAR: Item = Item::Num {
    width: 4,
    signed: true,
};
const TWO: Item = Item::Num {
    width: 2,
    signed: false,
};

/// Reads `s` against `items` exactly as chrono's `parse_from_str` does
/// (whitespace before a number skipped, 1 to `width` digits, nothing left
/// over); the numbers in order.
fn scan<const N: usize>(mut s: &str, items: &[Item]) -> Option<[i64; N]> {
    let mut out = [0i64; N];
    let mut n = 0;
    for item in items {
        match *item {
            Item::Lit(lit) => s = s.strip_prefix(lit)?,
            Item::Num { width, signed } => {
                s = s.trim_start();
                let (negative, max) = match s.as_bytes().first() {
                    Some(b'-') if signed => (true, usize::MAX),
                    Some(b'+') if signed => (false, usize::MAX),
                    _ => (false, width),
                };
                if max == usize::MAX {
                    s = &s[1..];
                }
                let digits = s.bytes().take(max).take_while(u8::is_ascii_digit).count();
                if digits == 0 {
                    return None;
                }
                let mut v = 0i64;
                for c in s[..digits].bytes() {
                    v = v.checked_mul(10)?.checked_add(i64::from(c - b'0'))?;
                }
                *out.get_mut(n)? = if negative { -v } else { v };
                n += 1;
                s = &s[digits..];
            }
        }
    }
    (s.is_empty() && n == N).then_some(out)
}

fn ymd(year: i64, month: i64, day: i64) -> Option<NaiveDate> {
    let year = i32::try_from(year).ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// A date written `AAAA-MM-GG`, read as chrono's `%Y-%m-%d` reads it.
pub fn parse_iso(s: &str) -> Option<NaiveDate> {
    let [y, m, d] = scan::<3>(s, &[YEAR, Item::Lit("-"), TWO, Item::Lit("-"), TWO])?;
    ymd(y, m, d)
}

/// A date written `GG/MM/AAAA`, read as chrono's `%d/%m/%Y` reads it.
pub fn parse_dmy(s: &str) -> Option<NaiveDate> {
    let [d, m, y] = scan::<3>(s, &[TWO, Item::Lit("/"), TWO, Item::Lit("/"), YEAR])?;
    ymd(y, m, d)
}

/// A `datetime-local` value, `AAAA-MM-GGTHH:MM` or `AAAA-MM-GGTHH:MM:SS`,
/// read as chrono's `%Y-%m-%dT%H:%M` then `%Y-%m-%dT%H:%M:%S` read it
/// (second 60 is a leap second, as chrono has it).
pub fn parse_datetime_local(s: &str) -> Option<NaiveDateTime> {
    const HEAD: [Item; 9] = [
        YEAR,
        Item::Lit("-"),
        TWO,
        Item::Lit("-"),
        TWO,
        Item::Lit("T"),
        TWO,
        Item::Lit(":"),
        TWO,
    ];
    let mut with_seconds = [TWO; 11];
    with_seconds[..9].copy_from_slice(&HEAD);
    with_seconds[9] = Item::Lit(":");
    let [y, mo, d, h, mi, sec] = match scan::<5>(s, &HEAD) {
        Some([y, mo, d, h, mi]) => [y, mo, d, h, mi, 0],
        None => scan::<6>(s, &with_seconds)?,
    };
    let date = ymd(y, mo, d)?;
    if !(0..24).contains(&h) || !(0..60).contains(&mi) || !(0..=60).contains(&sec) {
        return None;
    }
    let (h, mi, sec) = (h as u32, mi as u32, sec as u32);
    let time = if sec == 60 {
        chrono::NaiveTime::from_hms_milli_opt(h, mi, 59, 1_000)
    } else {
        chrono::NaiveTime::from_hms_opt(h, mi, sec)
    }?;
    Some(date.and_time(time))
}

/// `#[serde(with = "crate::datetime::iso_date")]`: a `NaiveDate` as
/// `"AAAA-MM-GG"`, the wire form of chrono's own serde, written and read
/// without chrono's general formatter and parser. The server (not wasm)
/// still accepts everything chrono's `FromStr` accepts.
pub mod iso_date {
    use chrono::NaiveDate;
    use serde::{de, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::iso(*d))
    }

    pub(super) fn from_str<E: de::Error>(v: &str) -> Result<NaiveDate, E> {
        if let Some(d) = super::parse_iso(v) {
            return Ok(d);
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            v.parse::<NaiveDate>().map_err(E::custom)
        }
        #[cfg(target_arch = "wasm32")]
        {
            Err(E::invalid_value(
                de::Unexpected::Str(v),
                &"a date AAAA-MM-GG",
            ))
        }
    }

    struct Visitor;

    impl de::Visitor<'_> for Visitor {
        type Value = NaiveDate;

        fn expecting(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
            f.write_str("a formatted date string")
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<NaiveDate, E> {
            from_str(v)
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        d.deserialize_str(Visitor)
    }

    /// The same for `Option<NaiveDate>` (`null` for `None`); pair it with
    /// `#[serde(default)]` where the field may be missing.
    pub mod option {
        use chrono::NaiveDate;
        use serde::{de, Deserializer, Serializer};

        pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
            match d {
                Some(d) => s.serialize_some(&super::super::iso(*d)),
                None => s.serialize_none(),
            }
        }

        struct Visitor;

        impl<'de> de::Visitor<'de> for Visitor {
            type Value = Option<NaiveDate>;

            fn expecting(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
                f.write_str("a formatted date string or null")
            }

            fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }

            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }

            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
                super::deserialize(d).map(Some)
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
            d.deserialize_option(Visitor)
        }
    }
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

    fn every_day() -> impl Iterator<Item = NaiveDate> {
        let first = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
        let last = NaiveDate::from_ymd_opt(2100, 12, 31).unwrap();
        first.iter_days().take_while(move |d| *d <= last)
    }

    fn odd_dates() -> Vec<NaiveDate> {
        [
            -262_143, -10_000, -1, 0, 1, 9, 99, 999, 9_999, 10_000, 262_142,
        ]
        .into_iter()
        .flat_map(|y| {
            [(1, 1), (2, 28), (12, 31)].map(|(m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap())
        })
        .chain([NaiveDate::MIN, NaiveDate::MAX])
        .collect()
    }

    #[test]
    fn dates_are_written_as_chrono_writes_them() {
        for d in every_day().chain(odd_dates()) {
            assert_eq!(date(d), d.format("%d/%m/%Y").to_string());
            assert_eq!(date_dots(d), d.format("%d.%m.%Y").to_string());
            assert_eq!(iso(d), d.format("%Y-%m-%d").to_string());
            assert_eq!(iso(d), d.to_string());
        }
    }

    #[test]
    fn times_are_written_as_chrono_writes_them() {
        let day = NaiveDate::from_ymd_opt(2020, 3, 29).unwrap();
        for minute in 0..24 * 60 {
            let t = day.and_hms_opt(minute / 60, minute % 60, 17).unwrap();
            assert_eq!(hh_mm(t), t.format("%H:%M").to_string());
            assert_eq!(datetime_local(t), t.format("%Y-%m-%dT%H:%M").to_string());
            let at = Utc.from_utc_datetime(&t);
            let rome = rome_time(at);
            assert_eq!(rome_datetime(at), rome.format("%d/%m/%Y %H:%M").to_string());
            assert_eq!(
                rome_datetime_words(at),
                rome.format("%d/%m/%Y alle %H:%M").to_string()
            );
            assert_eq!(rome_date(at), rome.format("%d/%m/%Y").to_string());
        }
    }

    #[test]
    fn every_written_date_reads_back() {
        for d in every_day().chain(odd_dates()) {
            assert_eq!(parse_iso(&iso(d)), Some(d));
            assert_eq!(parse_dmy(&date(d)), Some(d));
            let t = d.and_hms_opt(23, 59, 0).unwrap();
            assert_eq!(parse_datetime_local(&datetime_local(t)), Some(t));
        }
    }

    /// Inputs at the edges of chrono's reading: signs, spaces (also
    /// non-ASCII), short and long fields, impossible days, leap seconds.
    const EDGES: &[&str] = &[
        "",
        "2020-04-01",
        "2020-4-1",
        "2020- 4-01",
        "2020-04- 1",
        " 2020-04-01",
        "2020-04-01 ",
        "+2020-04-01",
        "-2020-04-01",
        "+02020-4-01",
        "-0001-01-01",
        "20200-04-01",
        "2020-004-01",
        "2020-04-001",
        "2020-02-30",
        "2021-02-29",
        "2020-02-29",
        "2020-13-01",
        "2020-00-10",
        "2020-01-00",
        "2020/04/01",
        "01/04/2020",
        "1/4/2020",
        "01/04/20",
        "01/04/+2020",
        "01/04/-2020",
        "31/04/2020",
        "29/02/1900",
        "29/02/2000",
        "01/04/ 2020",
        "\u{a0}1/04/2020",
        "1980-\u{a0}1-01",
        "+99999999999999999999-01-01",
        "+2147483648-01-01",
        "2020-04-01T10:30",
        "2020-04-01T10:30:59",
        "2020-04-01T23:59:60",
        "2020-04-01T24:00",
        "2020-04-01T10:60",
        "2020-04-01T10:30:61",
        "2020-04-01T1:3",
        "2020-04-01t10:30",
        "2020-04-01 10:30",
        "2020-04-01T10:30:",
        "2020-04-01T10:30:5",
        "2020-04-01T 9: 5",
        "2020-04-01T10:30:00Z",
        "aprile",
    ];

    fn same_as_chrono(s: &str) {
        assert_eq!(
            parse_iso(s),
            NaiveDate::parse_from_str(s, "%Y-%m-%d").ok(),
            "AAAA-MM-GG {s:?}"
        );
        assert_eq!(
            parse_dmy(s),
            NaiveDate::parse_from_str(s, "%d/%m/%Y").ok(),
            "GG/MM/AAAA {s:?}"
        );
        let chrono_dt = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M")
            .or_else(|_| NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S"))
            .ok();
        assert_eq!(parse_datetime_local(s), chrono_dt, "datetime-local {s:?}");
        // The serde form reads what chrono's `FromStr` reads (the server's
        // fallback) and its strict part never reads anything chrono rejects.
        let strict = parse_iso(s);
        if strict.is_some() {
            assert_eq!(strict, s.parse::<NaiveDate>().ok(), "serde {s:?}");
        }
    }

    #[test]
    fn edge_inputs_read_as_chrono_reads_them() {
        for s in EDGES {
            same_as_chrono(s);
        }
    }

    proptest::proptest! {
        #[test]
        fn any_short_input_reads_as_chrono_reads_it(
            s in "[0-9 /+\\-T:\u{a0}a]{0,21}"
        ) {
            same_as_chrono(&s);
        }

        #[test]
        fn date_shaped_inputs_read_as_chrono_reads_them(
            s in "[ +-]?[0-9]{1,5}[-/ ][ 0-9]{1,3}[-/][ 0-9]{1,4}(T[0-9 ]{1,2}:[0-9 ]{1,2}(:[0-9]{1,2})?)?"
        ) {
            same_as_chrono(&s);
        }
    }

    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    struct Dated {
        #[serde(with = "crate::datetime::iso_date")]
        on: NaiveDate,
        #[serde(default, with = "crate::datetime::iso_date::option")]
        until: Option<NaiveDate>,
    }

    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    struct ChronoDated {
        on: NaiveDate,
        until: Option<NaiveDate>,
    }

    #[test]
    fn serde_wire_form_is_chronos() {
        for d in every_day().step_by(7).chain(odd_dates()) {
            for until in [None, Some(d)] {
                let ours = serde_json::to_string(&Dated { on: d, until }).unwrap();
                let theirs = serde_json::to_string(&ChronoDated { on: d, until }).unwrap();
                assert_eq!(ours, theirs);
                assert_eq!(
                    serde_json::from_str::<Dated>(&theirs).unwrap(),
                    Dated { on: d, until }
                );
            }
        }
        let missing: Dated = serde_json::from_str(r#"{"on":"2020-4-1"}"#).unwrap();
        assert_eq!(missing.until, None);
        assert_eq!(missing.on, NaiveDate::from_ymd_opt(2020, 4, 1).unwrap());
        let null: Dated = serde_json::from_str(r#"{"on":"2020-04-01","until":null}"#).unwrap();
        assert_eq!(null.until, None);
        for bad in [
            r#"{"on":"2020-02-30"}"#,
            r#"{"on":"01/04/2020"}"#,
            r#"{"on":7}"#,
        ] {
            assert!(serde_json::from_str::<Dated>(bad).is_err(), "{bad}");
            assert!(serde_json::from_str::<ChronoDated>(bad).is_err(), "{bad}");
        }
    }
}
