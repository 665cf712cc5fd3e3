//! Correct logins through HTTP from concurrent clients.

use std::time::{Duration, Instant};

use reqwest::Client;
use serde_json::json;

use crate::procfs::cpu_secs;

pub struct Run {
    pub rate: f64,
    pub latencies: Vec<f64>,
    /// Server CPU ms per login.
    pub cpu_ms: f64,
}

impl Run {
    pub fn mean(&self) -> f64 {
        self.latencies.iter().sum::<f64>() / self.latencies.len() as f64
    }
    pub fn pct(&self, p: f64) -> f64 {
        let i = ((self.latencies.len() as f64 * p).ceil() as usize).clamp(1, self.latencies.len());
        self.latencies[i - 1]
    }
}

/// Correct logins from `clients` concurrent clients (own connection each)
/// for `secs` seconds; latencies in ms, sorted.
pub async fn logins(pid: u32, base: &str, cf: &str, pin: &str, clients: usize, secs: f64) -> Run {
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
