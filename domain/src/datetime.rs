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
fn scan<const N: usize>(s: &str, items: &[Item]) -> Option<[i64; N]> {
    match scan_prefix(s, items)? {
        (out, "") => Some(out),
        _ => None,
    }
}

/// [`scan`] of the start of `s`: the numbers and what follows them.
fn scan_prefix<'a, const N: usize>(mut s: &'a str, items: &[Item]) -> Option<([i64; N], &'a str)> {
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
    (n == N).then_some((out, s))
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

/// Pushes `v` as exactly `digits` digits, zero first (`v` < 10^`digits`).
fn push_digits(out: &mut String, v: u32, digits: u32) {
    for place in (0..digits).rev() {
        out.push(char::from(b'0' + (v / 10u32.pow(place) % 10) as u8));
    }
}

/// An instant as chrono's serde writes a `DateTime<Utc>`, the JSON API's
/// form: RFC 3339 in UTC with `Z`, the fraction of a second in 3, 6 or 9
/// digits as needed and none when whole, a leap second as second 60.
pub fn instant(at: DateTime<Utc>) -> String {
    let t = at.naive_utc();
    let mut out = String::with_capacity(30);
    out.push_str(&iso(t.date()));
    out.push('T');
    out.push_str(&hh_mm(t));
    out.push(':');
    let (second, nano) = match t.nanosecond() {
        leap @ 1_000_000_000.. => (t.second() + 1, leap - 1_000_000_000),
        nano => (t.second(), nano),
    };
    push2(&mut out, second);
    if nano != 0 {
        out.push('.');
        if nano % 1_000_000 == 0 {
            push_digits(&mut out, nano / 1_000_000, 3);
        } else if nano % 1_000 == 0 {
            push_digits(&mut out, nano / 1_000, 6);
        } else {
            push_digits(&mut out, nano, 9);
        }
    }
    out.push('Z');
    out
}

/// An RFC 3339 instant, `AAAA-MM-GGTHH:MM:SS[.fff]Z` or with an offset
/// `±HH:MM` (converted to UTC), read as chrono's serde reads a
/// `DateTime<Utc>` — date and time as its relaxed reader takes them
/// (`T`, `t` or a space between, a leap second as second 60), but only the
/// shapes a writer of RFC 3339 sends: a fraction of 1 to 9 digits, the
/// offset right after the seconds, nothing after it. chrono also takes
/// spaces before the offset, `UTC`, `+HHMM`, longer fractions; the server
/// still does, through chrono ([`rfc3339`]). Whatever this reads, chrono
/// reads as the same instant.
pub fn parse_instant(s: &str) -> Option<DateTime<Utc>> {
    const DATE: [Item; 5] = [YEAR, Item::Lit("-"), TWO, Item::Lit("-"), TWO];
    const TIME: [Item; 5] = [TWO, Item::Lit(":"), TWO, Item::Lit(":"), TWO];
    let ([y, mo, d], rest) = scan_prefix::<3>(s, &DATE)?;
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    let ([h, mi, sec], rest) = scan_prefix::<3>(rest, &TIME)?;
    let (nano, rest) = match rest.strip_prefix('.') {
        None => (0, rest),
        Some(fraction) => {
            let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
            if !(1..=9).contains(&digits) {
                return None;
            }
            let v = fraction[..digits]
                .bytes()
                .fold(0u32, |v, c| v * 10 + u32::from(c - b'0'));
            (v * 10u32.pow(9 - digits as u32), &fraction[digits..])
        }
    };
    let two = |a: u8, b: u8| i32::from(a - b'0') * 10 + i32::from(b - b'0');
    let offset = match *rest.as_bytes() {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1 @ b'0'..=b'9', h2 @ b'0'..=b'9', b':', m1 @ b'0'..=b'5', m2 @ b'0'..=b'9'] =>
        {
            let seconds = two(h1, h2) * 3600 + two(m1, m2) * 60;
            if sign == b'-' {
                -seconds
            } else {
                seconds
            }
        }
        _ => return None,
    };
    let date = ymd(y, mo, d)?;
    if !(0..24).contains(&h) || !(0..60).contains(&mi) || !(0..=60).contains(&sec) {
        return None;
    }
    let (sec, leap) = if sec == 60 {
        (59, 1_000_000_000)
    } else {
        (sec as u32, 0)
    };
    let time = chrono::NaiveTime::from_hms_nano_opt(h as u32, mi as u32, sec, nano + leap)?;
    // As chrono does: the local time minus the offset, a leap second kept.
    chrono::FixedOffset::east_opt(offset)?
        .from_local_datetime(&date.and_time(time))
        .single()
        .map(|at| at.with_timezone(&Utc))
}

/// The serde of a type with one text form on the wire, written and read by
/// the hand-written code above: what [`iso_date`] and [`rfc3339`] share.
mod wire {
    use core::marker::PhantomData;
    use serde::{de, Deserialize, Deserializer, Serializer};

    pub(super) trait Wire: Sized {
        /// What a wrong JSON type is told it should be (chrono's words).
        const EXPECTING: &'static str;
        fn write(&self) -> String;
        fn read<E: de::Error>(v: &str) -> Result<Self, E>;
    }

    struct Visitor<T>(PhantomData<T>);

    impl<T: Wire> de::Visitor<'_> for Visitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
            f.write_str(T::EXPECTING)
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
            T::read(v)
        }
    }

    /// `T` read through [`Wire`], so that serde's own `Option` reading
    /// (`null`, or the value) is the one chrono's `Option` fields had.
    struct Read<T>(T);

    impl<'de, T: Wire> Deserialize<'de> for Read<T> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_str(Visitor(PhantomData)).map(Read)
        }
    }

    pub(super) fn serialize<T: Wire, S: Serializer>(v: &T, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&v.write())
    }

    pub(super) fn deserialize<'de, T: Wire, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
        d.deserialize_str(Visitor(PhantomData))
    }

    pub(super) fn serialize_option<T: Wire, S: Serializer>(
        v: &Option<T>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match v {
            Some(v) => s.serialize_some(&v.write()),
            None => s.serialize_none(),
        }
    }

    pub(super) fn deserialize_option<'de, T: Wire, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<T>, D::Error> {
        Ok(Option::<Read<T>>::deserialize(d)?.map(|r| r.0))
    }
}

impl wire::Wire for NaiveDate {
    const EXPECTING: &'static str = "a formatted date string";

    fn write(&self) -> String {
        iso(*self)
    }

    fn read<E: serde::de::Error>(v: &str) -> Result<Self, E> {
        if let Some(d) = parse_iso(v) {
            return Ok(d);
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            v.parse::<NaiveDate>().map_err(E::custom)
        }
        #[cfg(target_arch = "wasm32")]
        {
            Err(E::invalid_value(
                serde::de::Unexpected::Str(v),
                &"a date AAAA-MM-GG",
            ))
        }
    }
}

impl wire::Wire for DateTime<Utc> {
    const EXPECTING: &'static str = "an RFC 3339 formatted date and time string";

    fn write(&self) -> String {
        instant(*self)
    }

    fn read<E: serde::de::Error>(v: &str) -> Result<Self, E> {
        if let Some(at) = parse_instant(v) {
            return Ok(at);
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            // chrono's own `Deserialize for DateTime<Utc>`, word for word.
            v.parse::<DateTime<chrono::FixedOffset>>()
                .map(|at| at.with_timezone(&Utc))
                .map_err(E::custom)
        }
        #[cfg(target_arch = "wasm32")]
        {
            Err(E::invalid_value(
                serde::de::Unexpected::Str(v),
                &"an instant AAAA-MM-GGTHH:MM:SSZ",
            ))
        }
    }
}

/// `#[serde(with = "crate::datetime::iso_date")]`: a `NaiveDate` as
/// `"AAAA-MM-GG"`, the wire form of chrono's own serde, written and read
/// without chrono's general formatter and parser. The server (not wasm)
/// still accepts everything chrono's `FromStr` accepts.
pub mod iso_date {
    use chrono::NaiveDate;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        super::wire::serialize(d, s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        super::wire::deserialize(d)
    }

    /// The same for `Option<NaiveDate>` (`null` for `None`); pair it with
    /// `#[serde(default)]` where the field may be missing.
    pub mod option {
        use chrono::NaiveDate;
        use serde::{Deserializer, Serializer};

        pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
            super::super::wire::serialize_option(d, s)
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
            super::super::wire::deserialize_option(d)
        }
    }
}

/// `#[serde(with = "crate::datetime::rfc3339")]`: a `DateTime<Utc>` as
/// chrono's own serde writes it (`"2020-04-08T09:00:00Z"`, see
/// [`instant`]), written and read without chrono's RFC 3339 parser (issue
/// 10). The server (not wasm) still accepts everything chrono accepts.
pub mod rfc3339 {
    use chrono::{DateTime, Utc};
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(at: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        super::wire::serialize(at, s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        super::wire::deserialize(d)
    }

    /// The same for `Option<DateTime<Utc>>` (`null` for `None`); pair it
    /// with `#[serde(default)]`: without a `with`, serde took a missing
    /// `Option` field as `None` by itself.
    pub mod option {
        use chrono::{DateTime, Utc};
        use serde::{Deserializer, Serializer};

        pub fn serialize<S: Serializer>(
            at: &Option<DateTime<Utc>>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            super::super::wire::serialize_option(at, s)
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<Option<DateTime<Utc>>, D::Error> {
            super::super::wire::deserialize_option(d)
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

    // ------------------------------------------------ instants (rfc3339)

    use chrono::{FixedOffset, SecondsFormat};
    use proptest::strategy::{Just, Strategy};

    /// chrono's serde form of an instant (the JSON string, unquoted).
    fn chrono_wire(at: DateTime<Utc>) -> String {
        serde_json::to_value(at)
            .unwrap()
            .as_str()
            .unwrap()
            .to_string()
    }

    /// chrono's serde reading of a string (what the server accepted before).
    fn chrono_read(s: &str) -> Option<DateTime<Utc>> {
        serde_json::from_value::<DateTime<Utc>>(serde_json::Value::from(s)).ok()
    }

    /// Every hour of 2019 to 2021 (both summer-time changes of each year
    /// included), then every minute of the two change days of 2020.
    fn every_hour() -> impl Iterator<Item = DateTime<Utc>> {
        let first = Utc.with_ymd_and_hms(2019, 1, 1, 0, 0, 0).unwrap();
        let hours = (0..3 * 366 * 24).map(move |h| first + Duration::hours(h));
        let minutes = [(3, 29), (10, 25)].into_iter().flat_map(|(m, d)| {
            let day = Utc.with_ymd_and_hms(2020, m, d, 0, 0, 0).unwrap();
            (0..24 * 60).map(move |i| day + Duration::minutes(i))
        });
        hours.chain(minutes)
    }

    /// Fractions of every width, leap seconds, years at the edges.
    fn odd_instants() -> Vec<DateTime<Utc>> {
        const NANOS: [u32; 14] = [
            1,
            10,
            100,
            1_000,
            10_000,
            100_000,
            1_000_000,
            120_000_000,
            123_000_000,
            123_400_000,
            123_456_000,
            123_456_700,
            123_456_789,
            999_999_999,
        ];
        let mut out = vec![DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC];
        for d in odd_dates() {
            for (h, m, s) in [(0, 0, 0), (12, 34, 56), (23, 59, 59)] {
                let t = d.and_hms_opt(h, m, s).unwrap();
                out.push(t.and_utc());
                for nano in NANOS {
                    out.push(t.with_nanosecond(nano).unwrap().and_utc());
                    // A leap second: chrono keeps it as 59 s + 1e9 ns.
                    if s == 59 {
                        out.push(t.with_nanosecond(1_000_000_000 + nano).unwrap().and_utc());
                    }
                }
            }
        }
        out
    }

    #[test]
    fn instants_are_written_as_chrono_writes_them() {
        for at in every_hour().chain(odd_instants()) {
            assert_eq!(instant(at), chrono_wire(at), "{at:?}");
            assert_eq!(instant(at), at.to_rfc3339_opts(SecondsFormat::AutoSi, true));
        }
        let at = Utc.with_ymd_and_hms(2020, 4, 8, 9, 0, 0).unwrap();
        assert_eq!(instant(at), "2020-04-08T09:00:00Z");
        let at = at.with_nanosecond(5_000_000).unwrap();
        assert_eq!(instant(at), "2020-04-08T09:00:00.005Z");
    }

    #[test]
    fn every_written_instant_reads_back_as_chrono_reads_it() {
        for at in every_hour().chain(odd_instants()) {
            let wire = instant(at);
            assert_eq!(parse_instant(&wire), Some(at), "{wire}");
            assert_eq!(chrono_read(&wire), Some(at), "{wire}");
        }
    }

    #[test]
    fn offsets_are_taken_off_as_chrono_does() {
        let offsets = [
            -(23 * 3600 + 59 * 60),
            -12 * 3600,
            -3600,
            0,
            3600,
            2 * 3600,
            5 * 3600 + 30 * 60,
            14 * 3600,
            23 * 3600 + 59 * 60,
        ];
        let written = |at: DateTime<Utc>, secs| {
            at.with_timezone(&FixedOffset::east_opt(secs).unwrap())
                .to_rfc3339()
        };
        for at in every_hour().step_by(97) {
            for secs in offsets {
                let written = written(at, secs);
                assert_eq!(parse_instant(&written), Some(at), "{written}");
                assert_eq!(chrono_read(&written), Some(at), "{written}");
            }
        }
        // At chrono's edges the local time may be a day past its range:
        // both then refuse it.
        for at in odd_instants() {
            for secs in offsets {
                let written = written(at, secs);
                assert_eq!(parse_instant(&written), chrono_read(&written), "{written}");
            }
        }
        // A local time whose UTC instant is past chrono's range is rejected
        // by both, as are offsets of a day or more.
        for s in [
            "+262142-12-31T23:59:59-01:00",
            "-262143-01-01T00:00:00+01:00",
            "2020-04-08T09:00:00+24:00",
            "2020-04-08T09:00:00-99:00",
        ] {
            assert_eq!(parse_instant(s), None, "{s}");
            assert_eq!(chrono_read(s), None, "{s}");
        }
        let west = parse_instant("2020-04-08T09:00:00-00:00").unwrap();
        assert_eq!(instant(west), "2020-04-08T09:00:00Z");
        let rome = parse_instant("2020-04-08T11:00:00+02:00").unwrap();
        assert_eq!(instant(rome), "2020-04-08T09:00:00Z");
    }

    /// Inputs at the edges of RFC 3339 and of chrono's relaxed reading.
    const INSTANT_EDGES: &[&str] = &[
        "",
        "2020-04-08T09:00:00Z",
        "2020-04-08t09:00:00z",
        "2020-04-08 09:00:00Z",
        "2020-04-08T09:00:00.5Z",
        "2020-04-08T09:00:00.123456789Z",
        "2020-04-08T09:00:00.1234567891Z",
        "2020-04-08T09:00:00.Z",
        "2020-04-08T09:00:00,5Z",
        "2020-04-08T09:00:00",
        "2020-04-08T09:00Z",
        "2020-04-08T09:00:60Z",
        "2020-04-08T23:59:60.999Z",
        "2020-04-08T09:00:61Z",
        "2020-04-08T24:00:00Z",
        "2020-04-08T09:60:00Z",
        "2020-02-30T09:00:00Z",
        "2021-02-29T09:00:00Z",
        "2020-13-08T09:00:00Z",
        "2020-4-8T9:0:0Z",
        " 2020-04-08T09:00:00Z",
        "2020-04-08T09:00:00Z ",
        "2020-04-08T 09:00:00Z",
        "2020-04-08T09:00:00 Z",
        "2020-04-08T09:00:00UTC",
        "2020-04-08T09:00:00utc",
        "2020-04-08T09:00:00+0200",
        "2020-04-08T09:00:00+02",
        "2020-04-08T09:00:00+02:0",
        "2020-04-08T09:00:00+02:60",
        "2020-04-08T09:00:00+2:00",
        "2020-04-08T09:00:00\u{2212}02:00",
        "2020-04-08T09:00:00+02:00Z",
        "2020-04-08T09:00:00ZZ",
        "2020-04-08X09:00:00Z",
        "2020-04-08T09:00:00.5+01:00",
        "+2020-04-08T09:00:00Z",
        "-0001-12-31T23:59:59Z",
        "+10000-01-01T00:00:00Z",
        "10000-01-01T00:00:00Z",
        "+99999999999999999999-01-01T00:00:00Z",
        "2020-04-08",
        "09:00:00Z",
        "adesso",
    ];

    /// The strict reader never reads what chrono rejects, nor reads it as
    /// another instant; the serde form reads exactly what chrono's reads.
    fn instant_same_as_chrono(s: &str) {
        let chrono = chrono_read(s);
        if let Some(at) = parse_instant(s) {
            assert_eq!(Some(at), chrono, "strict {s:?}");
        }
        let ours = serde_json::from_value::<Instant>(serde_json::json!({ "at": s }));
        assert_eq!(ours.ok().map(|i| i.at), chrono, "serde {s:?}");
    }

    #[test]
    fn edge_instants_read_as_chrono_reads_them() {
        for s in INSTANT_EDGES {
            instant_same_as_chrono(s);
        }
        // What the browser (strict reader alone) takes and rejects.
        for ok in [
            "2020-04-08T09:00:00Z",
            "2020-04-08t09:00:00z",
            "2020-04-08 09:00:00Z",
            "2020-04-08T09:00:00.123456789Z",
            "2020-04-08T23:59:60.999Z",
            "2020-04-08T09:00:00.5+01:00",
            "-0001-12-31T23:59:59Z",
            "+10000-01-01T00:00:00Z",
        ] {
            assert!(parse_instant(ok).is_some(), "{ok}");
        }
        for bad in [
            "",
            "2020-04-08T09:00:00",
            "2020-04-08T09:00Z",
            "2020-04-08T09:00:00.Z",
            "2020-04-08T09:00:00,5Z",
            "2020-04-08T09:00:61Z",
            "2020-04-08T24:00:00Z",
            "2020-02-30T09:00:00Z",
            "2020-04-08X09:00:00Z",
            "2020-04-08T09:00:00+02:60",
            "2020-04-08T09:00:00+02:00Z",
            "2020-04-08T09:00:00ZZ",
            "10000-01-01T00:00:00Z",
            "+99999999999999999999-01-01T00:00:00Z",
            "adesso",
        ] {
            assert_eq!(parse_instant(bad), None, "{bad}");
            assert_eq!(chrono_read(bad), None, "{bad}");
        }
        // chrono's relaxed extras: not the browser's, still the server's.
        for relaxed in [
            "2020-04-08T09:00:00.1234567891Z",
            "2020-04-08T09:00:00Z ",
            "2020-04-08T09:00:00 Z",
            "2020-04-08T09:00:00UTC",
            "2020-04-08T09:00:00+0200",
            "2020-04-08T09:00:00\u{2212}02:00",
        ] {
            assert_eq!(parse_instant(relaxed), None, "{relaxed}");
            assert!(chrono_read(relaxed).is_some(), "{relaxed}");
            instant_same_as_chrono(relaxed);
        }
    }

    proptest::proptest! {
        #[test]
        fn any_short_instant_reads_as_chrono_reads_it(
            s in "[0-9 :+\\-.TtZz]{0,30}"
        ) {
            instant_same_as_chrono(&s);
        }

        #[test]
        fn instant_shaped_inputs_read_as_chrono_reads_them(
            s in "[+-]?[0-9]{1,5}-[0-9]{1,2}-[0-9]{1,2}[Tt ][0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(\\.[0-9]{0,10})?([Zz]|[+-][0-9]{2}:?[0-9]{2}| ?UTC)?"
        ) {
            instant_same_as_chrono(&s);
        }

        #[test]
        fn any_instant_is_written_and_read_as_chrono_does(
            secs in DateTime::<Utc>::MIN_UTC.timestamp()..=DateTime::<Utc>::MAX_UTC.timestamp(),
            nano in proptest::prop_oneof![
                Just(0u32),
                (0u32..1_000).prop_map(|ms| ms * 1_000_000),
                (0u32..1_000_000).prop_map(|us| us * 1_000),
                0u32..2_000_000_000,
            ],
        ) {
            let Some(at) = DateTime::from_timestamp(secs, nano) else {
                return Ok(());
            };
            let wire = instant(at);
            proptest::prop_assert_eq!(&wire, &chrono_wire(at));
            proptest::prop_assert_eq!(parse_instant(&wire), Some(at));
        }
    }

    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    struct Instant {
        #[serde(with = "crate::datetime::rfc3339")]
        at: DateTime<Utc>,
        #[serde(default, with = "crate::datetime::rfc3339::option")]
        until: Option<DateTime<Utc>>,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "crate::datetime::rfc3339::option"
        )]
        due: Option<DateTime<Utc>>,
    }

    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    struct ChronoInstant {
        at: DateTime<Utc>,
        until: Option<DateTime<Utc>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        due: Option<DateTime<Utc>>,
    }

    #[test]
    fn rfc3339_serde_wire_form_is_chronos() {
        for at in every_hour().step_by(13).chain(odd_instants()) {
            for (until, due) in [(None, None), (Some(at), None), (None, Some(at))] {
                let ours = serde_json::to_string(&Instant { at, until, due }).unwrap();
                let theirs = serde_json::to_string(&ChronoInstant { at, until, due }).unwrap();
                assert_eq!(ours, theirs);
                assert_eq!(
                    serde_json::from_str::<Instant>(&theirs).unwrap(),
                    Instant { at, until, due }
                );
            }
        }
        let missing: Instant =
            serde_json::from_str(r#"{"at":"2020-04-08T11:00:00+02:00"}"#).unwrap();
        assert_eq!((missing.until, missing.due), (None, None));
        assert_eq!(instant(missing.at), "2020-04-08T09:00:00Z");
        let null: Instant =
            serde_json::from_str(r#"{"at":"2020-04-08T09:00:00Z","until":null,"due":null}"#)
                .unwrap();
        assert_eq!((null.until, null.due), (None, None));
        // The server's errors are chrono's, word for word.
        for bad in [
            r#"{"at":"2020-02-30T09:00:00Z"}"#,
            r#"{"at":"2020-04-08T09:00:00"}"#,
            r#"{"at":"08/04/2020 09:00"}"#,
            r#"{"at":"2020-04-08T09:00:00Z","until":"ieri"}"#,
            r#"{"at":7}"#,
            r#"{"at":null}"#,
            r#"{"until":null}"#,
        ] {
            let ours = serde_json::from_str::<Instant>(bad).unwrap_err();
            let theirs = serde_json::from_str::<ChronoInstant>(bad).unwrap_err();
            assert_eq!(ours.to_string(), theirs.to_string(), "{bad}");
        }
    }
}
