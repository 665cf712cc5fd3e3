//! Client of the scale benchmark (`bench/scale.sh`): against a running
//! server whose registry `server seed --citizens N --with-pins P` filled,
//! measures one request at a time (no queueing in the figures):
//!
//! - login with a known codice fiscale and the right PIN (`SIMPIN20`),
//! - login with a known codice fiscale and a wrong PIN,
//! - login with an unknown codice fiscale (synthetic citizens past `N`:
//!   valid codes that hold no PIN),
//! - `GET /api/v1/sim/messages?recipient=` a seeded mailbox,
//!
//! the three logins interleaved (so drift of the machine hits all alike),
//! each on a different codice fiscale (a wrong PIN never reaches the
//! lockout). Prints p50/p99 per kind and the unknown − known difference of
//! the medians, and fails (exit 1) when an unknown codice fiscale answers
//! differently from a known one with a wrong PIN by more than
//! `BENCH_MAX_DIFF_MS` (default 1.0 ms) or 10 % of the median, whichever is
//! larger: the difference would tell an attacker which codici fiscali hold
//! a PIN.
//!
//! Arguments: `BASE_URL CITIZENS PINS LABEL`. Environment: `BENCH_LOGINS`
//! (per kind, default 200), `BENCH_READS` (default 2000).

use std::time::{Duration, Instant};

use reqwest::{Client, StatusCode};
use serde_json::json;
use server::seed::{synthetic_citizen, synthetic_contacts, SEEDED_PIN};

fn env_or(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// p-th percentile (0–100) in milliseconds, nearest rank.
fn pct(sorted: &[Duration], p: f64) -> f64 {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1].as_secs_f64() * 1e3
}

struct Figures {
    p50: f64,
    p99: f64,
}

fn figures(mut v: Vec<Duration>) -> Figures {
    v.sort();
    Figures {
        p50: pct(&v, 50.0),
        p99: pct(&v, 99.0),
    }
}

/// `n` indexes spread over `0..range`, distinct while `n <= range`.
fn spread(n: u64, range: u64, offset: u64) -> impl Iterator<Item = u64> {
    let step = (range / n.max(1)).max(1);
    (0..n).map(move |k| (offset + k * step) % range)
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, base, citizens, pins, label] = &args[..] else {
        eprintln!("usage: bench_scale BASE_URL CITIZENS PINS LABEL");
        std::process::exit(2);
    };
    let citizens: u64 = citizens.parse().expect("CITIZENS");
    let pins: u64 = pins.parse().expect("PINS");
    assert!(pins >= 2, "at least 2 seeded PINs");
    let logins = env_or("BENCH_LOGINS", 200);
    let reads = env_or("BENCH_READS", 2000);
    let max_diff = std::env::var("BENCH_MAX_DIFF_MS")
        .ok()
        .and_then(|v| v.parse::<f64>().ok())
        .unwrap_or(1.0);
    let client = Client::builder().build().expect("client");
    let session = format!("{base}/api/v1/session");

    let login = |cf: String, pin: &'static str, want: StatusCode| {
        let (c, url) = (client.clone(), session.clone());
        async move {
            let started = Instant::now();
            let r = c
                .post(url)
                .json(&json!({"codice_fiscale": cf, "pin": pin}))
                .send()
                .await
                .expect("login request");
            let status = r.status();
            let _ = r.bytes().await;
            let took = started.elapsed();
            assert_eq!(status, want, "login {cf} with {pin}");
            took
        }
    };

    // Right PINs on the even indexes, wrong ones on the odd: never the same
    // codice fiscale twice in a kind, so no lockout is ever reached.
    let known_right: Vec<u64> = spread(logins, pins / 2, 0).map(|i| 2 * i).collect();
    let known_wrong: Vec<u64> = spread(logins, pins / 2, 0).map(|i| 2 * i + 1).collect();
    let unknown: Vec<u64> = (0..logins).map(|k| citizens + 1 + k).collect();

    // Warm-up (connections, caches, Argon2 memory).
    for k in 0..5u64 {
        login(
            synthetic_citizen(k * 2).codice_fiscale,
            SEEDED_PIN,
            StatusCode::OK,
        )
        .await;
        login(
            synthetic_citizen(citizens + 10_000 + k).codice_fiscale,
            "WRONG123",
            StatusCode::UNAUTHORIZED,
        )
        .await;
    }

    let (mut right, mut wrong, mut none) = (Vec::new(), Vec::new(), Vec::new());
    for k in 0..logins as usize {
        right.push(
            login(
                synthetic_citizen(known_right[k]).codice_fiscale,
                SEEDED_PIN,
                StatusCode::OK,
            )
            .await,
        );
        wrong.push(
            login(
                synthetic_citizen(known_wrong[k]).codice_fiscale,
                "WRONG123",
                StatusCode::UNAUTHORIZED,
            )
            .await,
        );
        none.push(
            login(
                synthetic_citizen(unknown[k]).codice_fiscale,
                "WRONG123",
                StatusCode::UNAUTHORIZED,
            )
            .await,
        );
    }

    let mut inbox = Vec::new();
    let messages = format!("{base}/api/v1/sim/messages");
    for i in spread(reads, pins, 1) {
        let (_, email) = synthetic_contacts(i);
        let started = Instant::now();
        let r = client
            .get(&messages)
            .query(&[("recipient", email.as_str())])
            .send()
            .await
            .expect("messages request");
        assert!(r.status().is_success(), "messages: {}", r.status());
        let body = r.bytes().await.expect("messages body");
        inbox.push(started.elapsed());
        assert!(body.len() > 2, "mailbox {email} is empty");
    }

    let (right, wrong, none, inbox) = (
        figures(right),
        figures(wrong),
        figures(none),
        figures(inbox),
    );
    let row =
        |what: &str, f: &Figures| println!("{label:<22} {what:<34} {:>9.2} {:>9.2}", f.p50, f.p99);
    println!(
        "{:<22} {:<34} {:>9} {:>9}",
        "database, citizens", "request", "p50 ms", "p99 ms"
    );
    row("login known CF, right PIN", &right);
    row("login known CF, wrong PIN", &wrong);
    row("login unknown CF", &none);
    row("GET /sim/messages?recipient=", &inbox);
    let diff = none.p50 - wrong.p50;
    let allowed = max_diff.max(0.10 * wrong.p50);
    println!(
        "{label:<22} unknown − known (wrong PIN) p50: {diff:+.2} ms; \
         unknown − known (right PIN) p50: {:+.2} ms; allowed ±{allowed:.2} ms",
        none.p50 - right.p50
    );
    if diff.abs() > allowed {
        println!("{label:<22} FAIL: an unknown codice fiscale is distinguishable by time");
        std::process::exit(1);
    }
}
