//! Login throughput with the production Argon2id parameters (OWASP: 19 MiB,
//! 2 iterations, 1 lane). Spawns the real server on a temporary database,
//! issues one PIN, then fires correct logins from concurrent clients and
//! prints logins/s in total and per core. Run: `bash bench/login.sh`.
//!
//! Environment: `BENCH_LOGINS` (default 300), `BENCH_CONCURRENCY` (default
//! 2 × cores), `BENCH_CORES` (cores to count; default: all available).

use std::time::Instant;

use reqwest::Client;
use serde_json::{json, Value};
use server::config::ServeConfig;

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[tokio::main]
async fn main() {
    let cores = env_or(
        "BENCH_CORES",
        std::thread::available_parallelism().map_or(1, |n| n.get()),
    );
    let logins = env_or("BENCH_LOGINS", 300);
    let concurrency = env_or("BENCH_CONCURRENCY", 2 * cores).max(1);

    let dir = tempfile::tempdir().unwrap();
    let mut cfg = ServeConfig::with_database(format!(
        "sqlite://{}",
        dir.path().join("bench.db").display()
    ));
    cfg.listen = "127.0.0.1:0".parse().unwrap();
    cfg.seed_citizens = 1;
    let (m, t, p) = (
        cfg.argon2_memory_kib,
        cfg.argon2_iterations,
        cfg.argon2_parallelism,
    );
    let (addr, _task) = server::spawn(cfg).await.unwrap();
    let base = format!("http://{addr}/api/v1");
    let client = Client::builder().cookie_store(true).build().unwrap();
    let post = |path: &str, body: Value| {
        let c = client.clone();
        let url = format!("{base}{path}");
        async move {
            let r = c.post(url).json(&body).send().await.unwrap();
            let s = r.status();
            (s, r.json::<Value>().await.unwrap_or(Value::Null))
        }
    };

    // One citizen with a PIN past first access.
    let (_, c) = post("/sim/citizens", json!({})).await;
    let cf = c["codice_fiscale"].as_str().unwrap().to_owned();
    let (s, b) = post(
        "/pin-requests",
        json!({
            "codice_fiscale": cf, "residence_type": "italia",
            "personal": {"surname": c["surname"], "name": c["name"], "birth_date": c["birth_date"],
                         "sex": c["sex"], "birthplace_code": c["birthplace_code"]},
            "residence": c["residence"],
            "contacts": {"mobile": "+393331234567", "email": "bench@example.it",
                         "preferred_phone": "mobile", "preferred_time": "09-13"}
        }),
    )
    .await;
    assert!(s.is_success(), "{b}");
    let msgs = |r: &str| {
        let c = client.clone();
        let url = format!("{base}/sim/messages");
        let r = r.to_owned();
        async move {
            c.get(url)
                .query(&[("recipient", r)])
                .send()
                .await
                .unwrap()
                .json::<Vec<Value>>()
                .await
                .unwrap()
        }
    };
    let half1 = msgs("+393331234567").await[0]["secret"]
        .as_str()
        .unwrap()
        .to_owned();
    post("/sim/clock", json!({"advance_seconds": 30 * 86_400})).await;
    let half2 = msgs(&cf).await[0]["secret"].as_str().unwrap().to_owned();
    let (s, _) = post(
        "/session",
        json!({"codice_fiscale": cf, "pin": format!("{half1}{half2}")}),
    )
    .await;
    assert!(s.is_success());
    let (_, b) = post("/pin/first-access", json!({})).await;
    let pin = b["new_pin"].as_str().unwrap().to_owned();

    // Warm-up, then the measured run.
    for _ in 0..cores {
        post("/session", json!({"codice_fiscale": cf, "pin": pin})).await;
    }
    let started = Instant::now();
    let per_task = logins.div_ceil(concurrency);
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let url = format!("{base}/session");
        let body = json!({"codice_fiscale": cf, "pin": pin});
        tasks.push(tokio::spawn(async move {
            let c = Client::new();
            let mut ok = 0usize;
            for _ in 0..per_task {
                let r = c.post(&url).json(&body).send().await.unwrap();
                assert!(r.status().is_success(), "login failed: {}", r.status());
                ok += 1;
            }
            ok
        }));
    }
    let mut done = 0;
    for t in tasks {
        done += t.await.unwrap();
    }
    let secs = started.elapsed().as_secs_f64();
    let rate = done as f64 / secs;
    println!("Argon2id parameters: m={m} KiB, t={t}, p={p}");
    println!("cores: {cores}, concurrent clients: {concurrency}");
    println!("logins: {done} in {secs:.2} s");
    println!("throughput: {rate:.1} logins/s");
    println!("per core: {:.1} logins/s", rate / cores as f64);
}
