//! The server under test: the release binary as its own process on a
//! temporary SQLite file, and one citizen with a PIN on it.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use reqwest::Client;
use serde_json::{json, Value};

pub struct Server {
    pub child: Child,
    pub base: String,
    _dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub async fn start_server(client: &Client) -> Server {
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
pub async fn citizen_with_pin(client: &Client, base: &str) -> (String, String) {
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
