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

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use reqwest::Client;
use serde_json::{json, Value};

const M_KIB: u32 = 19456;
const T: u32 = 2;
const P: u32 = 1;

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Resident memory of a process, in MB (`VmRSS`, or `VmHWM` for the peak).
fn status_mb(pid: u32, field: &str) -> f64 {
    let s = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    s.lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn rss(pid: u32) -> f64 {
    status_mb(pid, "VmRSS:")
}

fn threads(pid: u32) -> usize {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("Threads:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0)
}

/// CPU time (user + system) a process has used, in seconds.
fn cpu_secs(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the parenthesised command name; utime and stime are the
    // 14th and 15th of the line.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    // SAFETY: sysconf only reads a configuration value.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    (ticks(11) + ticks(12)) / hz
}

/// CPU time of the calling thread, in seconds.
fn thread_cpu_secs() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: writes one timespec we own.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// Raw Argon2id on `n` threads for about `secs` seconds: verifications/s
/// and CPU ms per verification (independent of other load on the machine).
fn raw_rate(n: usize, secs: f64, phc: &str, reuse: bool) -> (f64, f64) {
    let done = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let started = Instant::now();
    let workers: Vec<_> = (0..n)
        .map(|_| {
            let (done, stop, phc) = (done.clone(), stop.clone(), phc.to_owned());
            std::thread::spawn(move || {
                let params = Params::new(M_KIB, T, P, None).unwrap();
                let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
                let mut memory = vec![Block::new(); params.block_count()];
                let salt = [7u8; 16];
                let mut out = [0u8; 32];
                let cpu0 = thread_cpu_secs();
                while !stop.load(Ordering::Relaxed) {
                    if reuse {
                        argon2
                            .hash_password_into_with_memory(
                                b"ABCD2345",
                                &salt,
                                &mut out,
                                &mut memory,
                            )
                            .unwrap();
                    } else {
                        argon2.verify_password(b"ABCD2345", phc.as_str()).unwrap();
                    }
                    done.fetch_add(1, Ordering::Relaxed);
                }
                thread_cpu_secs() - cpu0
            })
        })
        .collect();
    std::thread::sleep(Duration::from_secs_f64(secs));
    stop.store(true, Ordering::Relaxed);
    let cpu: f64 = workers.into_iter().map(|w| w.join().unwrap()).sum();
    let done = done.load(Ordering::Relaxed) as f64;
    (done / started.elapsed().as_secs_f64(), cpu * 1e3 / done)
}

struct Server {
    child: Child,
    base: String,
    _dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn start_server(client: &Client) -> Server {
    let bin = std::env::var("BENCH_SERVER")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            let exe = std::env::current_exe().unwrap();
            exe.parent().unwrap().parent().unwrap().join("server")
        });
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let log = std::fs::File::create(dir.path().join("server.log")).unwrap();
    let child = Command::new(&bin)
        .arg("serve")
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .args([
            "--database",
            &format!("sqlite://{}", dir.path().join("bench.db").display()),
        ])
        .args([
            "--uploads-dir",
            &dir.path().join("uploads").display().to_string(),
        ])
        .args(["--seed-citizens", "1"])
        .env("RUST_LOG", "warn")
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .stdin(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{}: {e}", bin.display()));
    let base = format!("http://127.0.0.1:{port}/api/v1");
    let deadline = Instant::now() + Duration::from_secs(60);
    while client.get(format!("{base}/health")).send().await.is_err() {
        assert!(Instant::now() < deadline, "server did not start");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Server {
        child,
        base,
        _dir: dir,
    }
}

/// One citizen with a PIN past first access: (codice fiscale, PIN).
async fn citizen_with_pin(client: &Client, base: &str) -> (String, String) {
    let post = |path: &str, body: Value| {
        let c = client.clone();
        let url = format!("{base}{path}");
        async move {
            let r = c.post(url).json(&body).send().await.unwrap();
            let s = r.status();
            (s, r.json::<Value>().await.unwrap_or(Value::Null))
        }
    };
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
    (cf, b["new_pin"].as_str().unwrap().to_owned())
}

struct Run {
    rate: f64,
    latencies: Vec<f64>,
    /// Server CPU ms per login.
    cpu_ms: f64,
}

impl Run {
    fn mean(&self) -> f64 {
        self.latencies.iter().sum::<f64>() / self.latencies.len() as f64
    }
    fn pct(&self, p: f64) -> f64 {
        let i = ((self.latencies.len() as f64 * p).ceil() as usize).clamp(1, self.latencies.len());
        self.latencies[i - 1]
    }
}

/// Correct logins from `clients` concurrent clients (own connection each)
/// for `secs` seconds; latencies in ms, sorted.
async fn logins(pid: u32, base: &str, cf: &str, pin: &str, clients: usize, secs: f64) -> Run {
    let cpu0 = cpu_secs(pid);
    let started = Instant::now();
    let until = started + Duration::from_secs_f64(secs);
    let tasks: Vec<_> = (0..clients)
        .map(|_| {
            let url = format!("{base}/session");
            let body = json!({"codice_fiscale": cf, "pin": pin});
            tokio::spawn(async move {
                let c = Client::new();
                let mut lat = Vec::new();
                while Instant::now() < until {
                    let t = Instant::now();
                    let r = c.post(&url).json(&body).send().await.unwrap();
                    assert!(r.status().is_success(), "login failed: {}", r.status());
                    r.bytes().await.unwrap();
                    lat.push(t.elapsed().as_secs_f64() * 1e3);
                }
                lat
            })
        })
        .collect();
    let mut latencies = Vec::new();
    for t in tasks {
        latencies.extend(t.await.unwrap());
    }
    let rate = latencies.len() as f64 / started.elapsed().as_secs_f64();
    let cpu_ms = (cpu_secs(pid) - cpu0) * 1e3 / latencies.len() as f64;
    latencies.sort_by(f64::total_cmp);
    Run {
        rate,
        latencies,
        cpu_ms,
    }
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
