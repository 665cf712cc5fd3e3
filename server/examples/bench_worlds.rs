//! Client of the worlds benchmark (`bench/worlds.sh`, issue 12 "Load"):
//! against a running server (simulation on), makes `WORLDS` worlds of
//! `CITIZENS` citizens each, every citizen with a real PIN walked through
//! the API as a person would (synthetic citizen, PIN request, half 1 from
//! the SMS, the world's clock past the letter, half 2 from the letterbox,
//! login with the 16 characters, first access: the 8-character PIN), then
//! measures the same load two ways in the same run:
//!
//! - **spread**: each request in the next world (round robin over all
//!   `WORLDS`, or the first `BENCH_SPREAD_WORLDS` of them), a different
//!   citizen each time;
//! - **one world**: every request in world 0 (the reference).
//!
//! Measured: correct logins and `GET /api/v1/sim/messages?recipient=` (the
//! citizen's phone), one request at a time, the two ways interleaved (so the
//! machine's drift hits both alike), p50/p99; then `BENCH_CLIENTS`
//! concurrent clients, inbox reads and logins, each way in turn: req/s and
//! p50/p99. Prints one table row per figure, `|`-separated, for the script.
//!
//! Arguments: `BASE_URL LABEL`. Environment: `BENCH_WORLDS` (200),
//! `BENCH_CITIZENS` (20), `BENCH_LOGINS` (400 per way), `BENCH_READS` (2000
//! per way), `BENCH_CLIENTS` (16), `BENCH_CONCURRENT_READS` (8000 per way),
//! `BENCH_CONCURRENT_LOGINS` (320 per way), `BENCH_SETUP_PARALLEL` (8),
//! `BENCH_SPREAD_WORLDS` (all: how many worlds the spread way walks, e.g.
//! no more than the server keeps open at once).

use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

fn env_or(name: &str, default: usize) -> usize {
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

/// A citizen with a PIN, in a world.
#[derive(Clone)]
struct Citizen {
    world: Arc<str>,
    codice_fiscale: String,
    mobile: String,
    pin: String,
}

#[derive(Clone)]
struct Api {
    client: Client,
    base: String,
}

impl Api {
    async fn call(
        &self,
        world: &str,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
        cookie: Option<&str>,
    ) -> (StatusCode, Value, Option<String>) {
        let mut req = self
            .client
            .request(method.clone(), format!("{}/api/v1{path}", self.base))
            .header("x-sim-world", world);
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let res = req
            .send()
            .await
            .unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        let status = res.status();
        let cookie = res
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .filter_map(|v| v.split(';').next())
            .find(|v| v.starts_with(server::auth::COOKIE_NAME))
            .map(str::to_owned);
        let bytes = res.bytes().await.unwrap_or_default();
        let value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        (status, value, cookie)
    }

    async fn ok(
        &self,
        world: &str,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> Value {
        let (status, value, _) = self.call(world, method.clone(), path, body, None).await;
        assert!(status.is_success(), "{method} {path}: {status} {value}");
        value
    }

    /// The secret of the newest message to `recipient` that carries one.
    async fn secret(&self, world: &str, recipient: &str) -> String {
        let path = format!("/sim/messages?recipient={}", percent(recipient));
        let list = self.ok(world, reqwest::Method::GET, &path, None).await;
        list.as_array()
            .and_then(|l| l.iter().find_map(|m| m["secret"].as_str()))
            .unwrap_or_else(|| panic!("no secret for {recipient}: {list}"))
            .to_owned()
    }

    async fn login(&self, c: &Citizen) -> Duration {
        let started = Instant::now();
        let (status, value, _) = self
            .call(
                &c.world,
                reqwest::Method::POST,
                "/session",
                Some(json!({"codice_fiscale": c.codice_fiscale, "pin": c.pin})),
                None,
            )
            .await;
        let took = started.elapsed();
        assert_eq!(
            status,
            StatusCode::OK,
            "login {}: {value}",
            c.codice_fiscale
        );
        took
    }

    async fn inbox(&self, c: &Citizen) -> Duration {
        let url = format!(
            "{}/api/v1/sim/messages?recipient={}",
            self.base,
            percent(&c.mobile)
        );
        let started = Instant::now();
        let res = self
            .client
            .get(url)
            .header("x-sim-world", &*c.world)
            .send()
            .await
            .expect("messages request");
        let status = res.status();
        let body = res.bytes().await.expect("messages body");
        let took = started.elapsed();
        assert_eq!(status, StatusCode::OK, "messages");
        assert!(body.len() > 2, "inbox of {} is empty", c.mobile);
        took
    }
}

fn percent(s: &str) -> String {
    s.replace('+', "%2B").replace('@', "%40")
}

/// Makes one world with `n` citizens, each with an 8-character PIN.
async fn make_world(api: Api, k: usize, n: usize) -> Vec<Citizen> {
    let post = reqwest::Method::POST;
    let (status, w, _) = api
        .call(
            "",
            post.clone(),
            "/sim/worlds",
            Some(json!({"name": format!("bench {k}")})),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "create world: {w}");
    let world: Arc<str> = w["id"].as_str().expect("world id").into();
    let mut pending = Vec::new();
    for i in 0..n {
        let c = api
            .ok(&world, post.clone(), "/sim/citizens", Some(json!({})))
            .await;
        let cf = c["codice_fiscale"].as_str().expect("cf").to_owned();
        let mobile = format!("+39333{:07}", 1_000_000 + i);
        let body = json!({
            "codice_fiscale": cf, "residence_type": "italia",
            "personal": {
                "surname": c["surname"], "name": c["name"], "birth_date": c["birth_date"],
                "sex": c["sex"], "birthplace_code": c["birthplace_code"],
            },
            "residence": c["residence"],
            "contacts": {"home_phone": null, "mobile": mobile,
                         "email": format!("bench{i}@example.it"), "pec": null,
                         "preferred_phone": "mobile", "preferred_time": "09-13"},
        });
        api.ok(&world, post.clone(), "/pin-requests", Some(body))
            .await;
        let half1 = api.secret(&world, &mobile).await;
        pending.push((cf, mobile, half1));
    }
    api.ok(
        &world,
        post.clone(),
        "/sim/clock",
        Some(json!({"advance_seconds": 30 * 86400})),
    )
    .await;
    let mut out = Vec::new();
    for (cf, mobile, half1) in pending {
        let half2 = api.secret(&world, &cf).await;
        let first = Citizen {
            world: world.clone(),
            codice_fiscale: cf.clone(),
            mobile: mobile.clone(),
            pin: format!("{half1}{half2}"),
        };
        let (status, v, cookie) = api
            .call(
                &world,
                post.clone(),
                "/session",
                Some(json!({"codice_fiscale": cf, "pin": first.pin})),
                None,
            )
            .await;
        assert_eq!(status, StatusCode::OK, "first login: {v}");
        let (status, v, _) = api
            .call(
                &world,
                post.clone(),
                "/pin/first-access",
                None,
                cookie.as_deref(),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "first access: {v}");
        let pin = v["new_pin"].as_str().expect("new_pin").to_owned();
        out.push(Citizen { pin, ..first });
    }
    out
}

/// `total` requests by `clients` concurrent clients, the `k`-th on
/// `pick(k)`: wall time and each request's latency.
async fn concurrent<F, Fut>(
    clients: usize,
    total: usize,
    pick: Arc<dyn Fn(usize) -> Citizen + Send + Sync>,
    op: F,
) -> (Duration, Vec<Duration>)
where
    F: Fn(Citizen) -> Fut + Clone + Send + Sync + 'static,
    Fut: std::future::Future<Output = Duration> + Send,
{
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..clients {
        let (next, pick, op) = (next.clone(), pick.clone(), op.clone());
        tasks.spawn(async move {
            let mut took = Vec::new();
            loop {
                let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if k >= total {
                    break took;
                }
                took.push(op(pick(k)).await);
            }
        });
    }
    let mut all = Vec::new();
    while let Some(r) = tasks.join_next().await {
        all.extend(r.expect("client task"));
    }
    (started.elapsed(), all)
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, base, label] = &args[..] else {
        eprintln!("usage: bench_worlds BASE_URL LABEL");
        std::process::exit(2);
    };
    let worlds = env_or("BENCH_WORLDS", 200).max(1);
    let per_world = env_or("BENCH_CITIZENS", 20).max(1);
    let logins = env_or("BENCH_LOGINS", 400);
    let reads = env_or("BENCH_READS", 2000);
    let clients = env_or("BENCH_CLIENTS", 16).max(1);
    let c_reads = env_or("BENCH_CONCURRENT_READS", 8000);
    let c_logins = env_or("BENCH_CONCURRENT_LOGINS", 320);
    let parallel = env_or("BENCH_SETUP_PARALLEL", 8).max(1);
    let spread_over = env_or("BENCH_SPREAD_WORLDS", worlds).clamp(1, worlds);
    let api = Api {
        client: Client::builder()
            .pool_max_idle_per_host(64)
            .build()
            .expect("client"),
        base: base.trim_end_matches('/').to_owned(),
    };

    // Set-up: `parallel` worlds at a time.
    let started = Instant::now();
    let gate = Arc::new(tokio::sync::Semaphore::new(parallel));
    let mut tasks = tokio::task::JoinSet::new();
    for k in 0..worlds {
        let (api, gate) = (api.clone(), gate.clone());
        tasks.spawn(async move {
            let _permit = gate.acquire_owned().await.expect("gate");
            (k, make_world(api, k, per_world).await)
        });
    }
    let mut made: Vec<(usize, Vec<Citizen>)> = Vec::new();
    while let Some(r) = tasks.join_next().await {
        made.push(r.expect("world set-up"));
    }
    made.sort_by_key(|(k, _)| *k);
    let world: Vec<Vec<Citizen>> = made.into_iter().map(|(_, c)| c).collect();
    let setup = started.elapsed().as_secs_f64();
    eprintln!(
        "{label}: {worlds} worlds × {per_world} citizens with PINs in {setup:.1} s ({:.1} citizens/s)",
        (worlds * per_world) as f64 / setup
    );
    println!("{label}|set-up|{worlds} worlds × {per_world} citizens in {setup:.1} s||");
    if spread_over < worlds {
        println!("{label}|set-up|spread over the first {spread_over} worlds||");
    }

    let world = Arc::new(world);
    // The k-th request of a way: spread walks the worlds first, then the
    // citizens; one world walks world 0's citizens.
    let spread: Arc<dyn Fn(usize) -> Citizen + Send + Sync> = {
        let w = world.clone();
        Arc::new(move |k| w[k % spread_over][(k / spread_over) % per_world].clone())
    };
    let single: Arc<dyn Fn(usize) -> Citizen + Send + Sync> = {
        let w = world.clone();
        Arc::new(move |k| w[0][k % per_world].clone())
    };

    // Warm-up: connections, each world's pool, Argon2 memory.
    for k in 0..spread_over {
        api.inbox(&spread(k)).await;
    }
    for k in 0..4 {
        api.login(&single(k)).await;
    }

    let row = |what: &str, a: &Figures, b: &Figures, extra: &str| {
        println!(
            "{label}|{what}|{:.2} / {:.2}|{:.2} / {:.2}|{:.2}{extra}",
            a.p50,
            a.p99,
            b.p50,
            b.p99,
            a.p50 / b.p50
        );
    };

    // One request at a time, the two ways interleaved.
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for k in 0..logins {
        a.push(api.login(&spread(k)).await);
        b.push(api.login(&single(k)).await);
    }
    row("login, one at a time", &figures(a), &figures(b), "");
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for k in 0..reads {
        a.push(api.inbox(&spread(k)).await);
        b.push(api.inbox(&single(k)).await);
    }
    row(
        "GET /sim/messages, one at a time",
        &figures(a),
        &figures(b),
        "",
    );

    // Concurrent clients: each way in turn.
    let inbox = {
        let api = api.clone();
        move |c: Citizen| {
            let api = api.clone();
            async move { api.inbox(&c).await }
        }
    };
    let login = {
        let api = api.clone();
        move |c: Citizen| {
            let api = api.clone();
            async move { api.login(&c).await }
        }
    };
    let (ta, a) = concurrent(clients, c_reads, spread.clone(), inbox.clone()).await;
    let (tb, b) = concurrent(clients, c_reads, single.clone(), inbox).await;
    let rate = |t: Duration, n: usize| n as f64 / t.as_secs_f64();
    let extra = format!("|{:.0} / {:.0} req/s", rate(ta, c_reads), rate(tb, c_reads));
    row(
        &format!("GET /sim/messages, {clients} clients"),
        &figures(a),
        &figures(b),
        &extra,
    );
    let (ta, a) = concurrent(clients, c_logins, spread, login.clone()).await;
    let (tb, b) = concurrent(clients, c_logins, single, login).await;
    let extra = format!(
        "|{:.1} / {:.1} logins/s",
        rate(ta, c_logins),
        rate(tb, c_logins)
    );
    row(
        &format!("login, {clients} clients"),
        &figures(a),
        &figures(b),
        &extra,
    );
}
