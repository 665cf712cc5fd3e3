//! Login cost against the cost of Argon2id itself, in one run (production
//! parameters: OWASP 19 MiB, 2 iterations, 1 lane). Run: `bash bench/login.sh`.
//!
//! 1. Starts the release `server serve` binary (a separate process, so its
//!    memory is measured alone) on a temporary SQLite file; idle RSS.
//! 2. Reference: raw Argon2id verifications/s with the same crate and
//!    parameters on `cores` threads, in this process (both the crate's
//!    `verify_password`, which allocates per call, and with a reused buffer).
//! 3. Correct logins through HTTP with `cores` clients, then 16 clients:
//!    logins/s, ratio to the raw figure, latencies (p50/p99 against mean
//!    service time × queue depth), RSS peak during the 16-client burst and
//!    after it settles.
//!
//! Reference and `cores`-client logins alternate for `BENCH_ROUNDS` rounds
//! (default 3) of `BENCH_SECONDS` per phase (default 3), so other load on
//! the machine weighs on both alike; medians are reported. `BENCH_BURST`:
//! clients of the burst (default 16); `BENCH_SERVER`: the server binary
//! (default: `server` next to this example's directory).

mod logins;
mod procfs;
mod reference;
mod server;

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use argon2::password_hash::PasswordHasher;
use argon2::{Algorithm, Argon2, Params, Version};
use reqwest::Client;

use logins::logins;
use procfs::{rss, status_mb, threads};
use reference::raw_rate;
use server::{citizen_with_pin, start_server};

pub const M_KIB: u32 = 19456;
pub const T: u32 = 2;
pub const P: u32 = 1;

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let rounds = env_or("BENCH_ROUNDS", 3).max(1);
    let secs = env_or("BENCH_SECONDS", 3).max(1) as f64;
    let burst = env_or("BENCH_BURST", 16);
    let client = Client::builder().cookie_store(true).build().unwrap();

    let server = start_server(&client).await;
    let pid = server.child.id();
    // Start-up hashes (seeded PINs) leave Argon2 buffers pooled until the
    // hasher has been idle for 1 s; idle is after that.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let idle_start = rss(pid);
    println!("Argon2id m={M_KIB} KiB, t={T}, p={P}; {cores} cores; server pid {pid}");
    println!(
        "idle RSS after start: {idle_start:.1} MB ({} threads)",
        threads(pid)
    );

    let (cf, pin) = citizen_with_pin(&client, &server.base).await;

    // Reference and logins alternate, so load from elsewhere on the machine
    // weighs on both alike; each round's ratio uses its own reference.
    let phc = Argon2::new(
        Algorithm::Argon2id,
        Version::V0x13,
        Params::new(M_KIB, T, P, None).unwrap(),
    )
    .hash_password(b"ABCD2345")
    .unwrap()
    .to_string();
    logins(pid, &server.base, &cf, &pin, cores, 1.0).await; // warm-up
    let (mut refs, mut rates, mut ratios, mut services) = (vec![], vec![], vec![], vec![]);
    let (mut raw_cpu, mut login_cpu) = (vec![], vec![]);
    for round in 1..=rounds {
        let (raw, raw_ms) = raw_rate(cores, secs, &phc, false);
        let (raw_reused, reused_ms) = raw_rate(cores, secs, &phc, true);
        let reference = raw.max(raw_reused);
        // `cores` clients: no queueing, so the latency is the service time.
        let few = logins(pid, &server.base, &cf, &pin, cores, secs).await;
        println!(
            "round {round}: raw Argon2id on {cores} threads {raw:.1}/s ({raw_ms:.1} CPU ms each, \
             verify_password), {raw_reused:.1}/s ({reused_ms:.1} ms, reused buffer); logins/s \
             with {cores} clients {:.1} ({:.1} server CPU ms each) -> ratio {:.2}; mean {:.1} ms",
            few.rate,
            few.cpu_ms,
            few.rate / reference,
            few.mean()
        );
        refs.push(reference);
        rates.push(few.rate);
        ratios.push(few.rate / reference);
        services.push(few.mean());
        raw_cpu.push(raw_ms.min(reused_ms));
        login_cpu.push(few.cpu_ms);
    }
    let reference = median(refs);
    let service = median(services);
    let (raw_ms, login_ms) = (median(raw_cpu), median(login_cpu));
    println!(
        "median of {rounds}: raw {reference:.1} verifications/s, logins/s with {cores} clients \
         {:.1}, ratio {:.2}, service time {service:.1} ms",
        median(rates),
        median(ratios)
    );
    println!(
        "CPU per operation (load-independent): raw {raw_ms:.1} ms, login {login_ms:.1} ms -> \
         logins/s = {:.2} x raw verifications/s on the same cores",
        raw_ms / login_ms
    );

    // The burst, with RSS sampled every 10 ms.
    let peak = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let sampler = {
        let (peak, stop) = (peak.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut max_threads = 0;
            while !stop.load(Ordering::Relaxed) {
                let kb = (rss(pid) * 1024.0) as u64;
                peak.fetch_max(kb, Ordering::Relaxed);
                max_threads = max_threads.max(threads(pid));
                std::thread::sleep(Duration::from_millis(10));
            }
            max_threads
        })
    };
    let many = logins(pid, &server.base, &cf, &pin, burst, 2.0 * secs).await;
    stop.store(true, Ordering::Relaxed);
    let max_threads = sampler.join().unwrap();
    // Queue depth: clients per worker. Service time: what one login holds a
    // worker for, from this phase's own throughput (every worker busy:
    // cores / logins per second), so load from elsewhere during the burst
    // weighs on bound and latency alike; also from the few-client rounds.
    let depth = burst as f64 / cores as f64;
    let service_burst = cores as f64 / many.rate * 1e3;
    let bound = 2.0 * service_burst * depth;
    let bound_rounds = 2.0 * service * depth;
    println!(
        "latency at {burst} clients: mean {:.1} ms, p50 {:.1} ms, p99 {:.1} ms; bound 2 x service \
         {service_burst:.1} ms x queue depth {depth:.0} = {bound:.0} ms -> p99/bound {:.2} \
         (with the rounds' service time {service:.1} ms: {bound_rounds:.0} ms, {:.2})",
        many.mean(),
        many.pct(0.5),
        many.pct(0.99),
        many.pct(0.99) / bound,
        many.pct(0.99) / bound_rounds
    );
    println!(
        "RSS during the {burst}-client burst: peak {:.1} MB (VmHWM {:.1} MB), at most {max_threads} \
         threads",
        peak.load(Ordering::Relaxed) as f64 / 1024.0,
        status_mb(pid, "VmHWM:")
    );

    // After: RSS as it settles (the hasher frees its buffers after 1 s idle).
    let after_burst = Instant::now();
    let mut settled = rss(pid);
    while after_burst.elapsed() < Duration::from_secs(10) {
        tokio::time::sleep(Duration::from_millis(100)).await;
        settled = rss(pid);
        if settled <= idle_start + 10.0 {
            break;
        }
    }
    println!(
        "RSS after the burst: {settled:.1} MB after {:.1} s ({} threads); idle at start \
         {idle_start:.1} MB",
        after_burst.elapsed().as_secs_f64(),
        threads(pid)
    );
    // The reference once more, after the burst.
    let (after_ref, _) = raw_rate(cores, secs, &phc, true);
    println!(
        "logins/s with {burst} clients: {:.1} ({:.1} server CPU ms each; ratio to raw \
         {reference:.1}: {:.2}; to raw just after: {after_ref:.1}/s, {:.2})",
        many.rate,
        many.cpu_ms,
        many.rate / reference,
        many.rate / after_ref
    );
    drop(server);
}
