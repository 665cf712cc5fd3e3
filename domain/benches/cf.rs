//! Codice fiscale engine figures, printed (never a timed test).
//!
//! `cargo bench -p domain --bench cf`                 1 000 000 generated codes, in process
//! `cargo bench -p domain --bench cf -- gen N [SEED]` print N test codes (≈90 % valid, some omocodes)
//! `cargo bench -p domain --bench cf -- bench FILE`   time validate+decode of FILE's codes
//! `cargo bench -p domain --bench cf -- check`        stdin → JSON lines, like `server cf check`

use std::hint::black_box;
use std::io::{BufRead, BufWriter, Write};
use std::time::Instant;

use chrono::{Days, NaiveDate};
use domain::api::Sex;
use domain::codice_fiscale::{check_on, encode, omocode_variant};
use domain::places;

/// xorshift64*: deterministic and dependency-free.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const SURNAMES: &[&str] = &[
    "Rossi",
    "Russo",
    "Ferrari",
    "Esposito",
    "Bianchi",
    "Romano",
    "Colombo",
    "Ricci",
    "Marino",
    "Greco",
    "Bruno",
    "Gallo",
    "Conti",
    "De Luca",
    "Mancini",
    "Costa",
    "Giordano",
    "Rizzo",
    "Lombardi",
    "Moretti",
    "D'Angelo",
    "Fo",
    "Lì",
    "Dell'Acqua",
    "Barbieri",
    "Fontana",
];
const NAMES: &[&str] = &[
    "Mario",
    "Luca",
    "Giuseppe",
    "Francesca",
    "Giulia",
    "Anna Maria",
    "Nicolò",
    "Gianfranco",
    "Chiara",
    "Alessandro",
    "Sofia",
    "Matteo",
    "Ilaria",
    "Paolo",
    "Ada",
    "Li",
    "Zoë",
    "Andrea",
];

fn today() -> NaiveDate {
    // The benchmark program may read the clock; the domain library never does.
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    chrono::DateTime::from_timestamp(secs, 0)
        .map(|t| t.date_naive())
        .unwrap_or(NaiveDate::MIN)
}

fn generate(n: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng(seed | 1);
    let known: Vec<String> = (0..26_000u16)
        .map(places::code_from_index)
        .filter(|c| places::is_known(c))
        .collect();
    let first = today().checked_sub_days(Days::new(36_500)).unwrap();
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let sex = if rng.next() & 1 == 0 { Sex::M } else { Sex::F };
        let born = first
            .checked_add_days(Days::new(1 + rng.below(36_499) as u64))
            .unwrap();
        let place = &known[rng.below(known.len())];
        let mut code = encode(
            SURNAMES[rng.below(SURNAMES.len())],
            NAMES[rng.below(NAMES.len())],
            sex,
            born,
            place,
        );
        match rng.below(10) {
            0 | 1 => code = omocode_variant(&code, rng.below(127) as u8 + 1).unwrap(),
            2 => {
                // One random character replaced: mostly invalid.
                let mut bytes = code.into_bytes();
                bytes[rng.below(16)] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[rng.below(36)];
                code = String::from_utf8(bytes).unwrap();
            }
            _ => {}
        }
        out.push(code);
    }
    out
}

fn bench(codes: &[String]) {
    let today = today();
    let n = codes.len();
    // Warm-up: also parses the place table once.
    let valid = codes
        .iter()
        .filter(|c| check_on(c, None, today).valid)
        .count();

    let start = Instant::now();
    for code in codes {
        black_box(check_on(black_box(code), None, today));
    }
    let check_s = start.elapsed().as_secs_f64();

    let mut sink = Vec::with_capacity(1 << 20);
    let start = Instant::now();
    for code in codes {
        sink.clear();
        serde_json::to_writer(&mut sink, &check_on(code, None, today)).unwrap();
        black_box(&sink);
    }
    let json_s = start.elapsed().as_secs_f64();

    println!("codes: {n} ({valid} valid)");
    println!(
        "rust validate+decode (check_on):      {:8.1} ns/code  {:12.0} codes/s  total {:.3} s",
        check_s * 1e9 / n as f64,
        n as f64 / check_s,
        check_s
    );
    println!(
        "rust validate+decode+JSON (no IO):    {:8.1} ns/code  {:12.0} codes/s  total {:.3} s",
        json_s * 1e9 / n as f64,
        n as f64 / json_s,
        json_s
    );
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    match args.first().map(String::as_str) {
        Some("gen") => {
            let n = args
                .get(1)
                .and_then(|s| s.parse().ok())
                .unwrap_or(1_000_000);
            let seed = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(42);
            let mut out = BufWriter::new(std::io::stdout().lock());
            for code in generate(n, seed) {
                writeln!(out, "{code}").unwrap();
            }
        }
        Some("check") => {
            let today = today();
            let stdin = std::io::stdin().lock();
            let mut out = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            for line in stdin.lines() {
                let line = line.unwrap();
                serde_json::to_writer(&mut out, &check_on(&line, None, today)).unwrap();
                out.write_all(b"\n").unwrap();
            }
        }
        Some("bench") => {
            let file = args.get(1).expect("bench FILE");
            let text = std::fs::read_to_string(file).unwrap();
            let codes: Vec<String> = text.lines().map(str::to_string).collect();
            bench(&codes);
        }
        _ => bench(&generate(1_000_000, 42)),
    }
}
