//! Real e-mail out (`--smtp-url`): the simulator's e-mail reaches a real
//! SMTP server (aiosmtpd, Debian's `python3-aiosmtpd`, started here), and an
//! SMTP server that is down neither fails nor loses a procedure: the
//! message is in the inbox at once and relayed when the server comes up.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use serde_json::Value;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

use crate::fixtures::request_for;
use crate::harness::{TestApp, EMAIL, MOBILE};

/// An SMTP server that saves each message it accepts, parsed by Python's
/// `email` package, as one JSON file in a directory.
const SINK: &str = r#"
import email, email.policy, json, os, sys, threading
from aiosmtpd.controller import Controller

port, out = int(sys.argv[1]), sys.argv[2]
count = 0

class Save:
    async def handle_DATA(self, server, session, envelope):
        global count
        msg = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        count += 1
        doc = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "from": str(msg["from"]),
            "to": str(msg["to"]),
            "subject": str(msg["subject"]),
            "message_id": str(msg["message-id"]),
            "date": str(msg["date"]),
            "body": msg.get_body(("plain",)).get_content(),
        }
        tmp = os.path.join(out, ".%d.tmp" % count)
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(doc, f)
        os.rename(tmp, os.path.join(out, "%d.json" % count))
        return "250 OK"

c = Controller(Save(), hostname="127.0.0.1", port=port)
c.start()
print("ready", flush=True)
threading.Event().wait()
"#;

/// The interpreter with aiosmtpd: Debian's (`/usr/bin/python3`, where
/// `python3-aiosmtpd` installs) unless `PIN_INPS_TEST_PYTHON` names one.
fn python() -> String {
    std::env::var("PIN_INPS_TEST_PYTHON").unwrap_or_else(|_| {
        if Path::new("/usr/bin/python3").exists() {
            "/usr/bin/python3".into()
        } else {
            "python3".into()
        }
    })
}

/// A running SMTP sink; killed when dropped.
struct SmtpSink {
    _child: Child,
    dir: tempfile::TempDir,
}

impl SmtpSink {
    /// Starts on `port` and returns once it accepts connections.
    async fn start(port: u16) -> SmtpSink {
        let dir = tempfile::tempdir().unwrap();
        let mut child = Command::new(python())
            .arg("-c")
            .arg(SINK)
            .arg(port.to_string())
            .arg(dir.path())
            .stdout(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("python3 with aiosmtpd (apt-get install python3-aiosmtpd)");
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let first = tokio::time::timeout(Duration::from_secs(30), lines.next_line())
            .await
            .expect("SMTP sink started within 30 s")
            .unwrap();
        assert_eq!(
            first.as_deref(),
            Some("ready"),
            "the SMTP sink did not start (is python3-aiosmtpd installed?)"
        );
        SmtpSink { _child: child, dir }
    }

    /// The messages received so far, in order.
    fn received(&self) -> Vec<Value> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort_by_key(|p| {
            p.file_stem()
                .and_then(|s| s.to_str())
                .and_then(|s| s.parse::<u32>().ok())
        });
        files
            .iter()
            .map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap())
            .collect()
    }
}

/// A loopback port nothing listens on (just released by the OS).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Polls `probe` until it gives a value (up to 30 s, then fails with `what`).
async fn wait_for<T, F, Fut>(what: &str, mut probe: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(v) = probe().await {
            return v;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The mailbox's newest message once its relay status satisfies `ok`.
async fn mail_when(app: &TestApp, what: &str, ok: impl Fn(&Value) -> bool) -> Value {
    wait_for(what, || async {
        let mail = app.messages(EMAIL).await;
        mail.first().filter(|m| ok(&m["relay"])).cloned()
    })
    .await
}

#[tokio::test]
async fn half_1_by_email_reaches_the_real_smtp_server() {
    let port = free_port();
    let sink = SmtpSink::start(port).await;
    let app =
        TestApp::start_with(|cfg| cfg.smtp_url = Some(format!("smtp://127.0.0.1:{port}"))).await;
    let c = app.citizen().await;
    let (status, body) = app.post("/pin-requests", request_for(&c)).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");

    let mail = mail_when(&app, "the e-mail relayed", |r| r["status"] == "sent").await;
    assert_eq!(mail["relay"]["attempts"], 1);
    assert!(mail["relay"]["error"].is_null());
    let got = wait_for("the SMTP server to have it", || async {
        sink.received().into_iter().next()
    })
    .await;
    assert_eq!(got["rcpt_tos"], serde_json::json!([EMAIL]));
    assert_eq!(got["to"], EMAIL);
    assert_eq!(got["subject"], mail["subject"]);
    let inbox_body = mail["body"].as_str().unwrap();
    // As a mail client shows it (lines end in CRLF on the wire).
    let text = got["body"].as_str().unwrap().replace("\r\n", "\n");
    assert_eq!(text.trim_end(), inbox_body.trim_end());
    assert_eq!(got["from"], "INPS simulatore <noreply@pin-inps.invalid>");
    let half1 = mail["secret"].as_str().unwrap();
    assert!(got["body"].as_str().unwrap().contains(half1));
    let id = mail["id"].as_str().unwrap();
    assert_eq!(got["message_id"], format!("<{id}@pin-inps.invalid>"));

    // Only e-mail and PEC are relayed: the SMS of the same half is not.
    let sms = app.messages(MOBILE).await;
    assert_eq!(sms[0]["channel"], "sms");
    assert!(sms[0]["relay"].is_null());
    assert_eq!(sink.received().len(), 1);
}

#[tokio::test]
async fn smtp_server_down_neither_fails_nor_loses_the_message() {
    let port = free_port();
    let app =
        TestApp::start_with(|cfg| cfg.smtp_url = Some(format!("smtp://127.0.0.1:{port}"))).await;
    let c = app.citizen().await;
    let (status, body) = app.post("/pin-requests", request_for(&c)).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    // In the inbox at once, whatever the relay does.
    let mail = app.messages(EMAIL).await;
    assert_eq!(mail.len(), 1);
    assert!(mail[0]["secret"].is_string());

    // The failed attempt is visible, and retried.
    let failed = mail_when(&app, "a failed attempt", |r| {
        r["status"] == "pending" && r["attempts"].as_u64() >= Some(1)
    })
    .await;
    assert!(
        failed["relay"]["error"]
            .as_str()
            .is_some_and(|e| !e.is_empty()),
        "{failed}"
    );

    let sink = SmtpSink::start(port).await;
    let sent = mail_when(&app, "the retry to succeed", |r| r["status"] == "sent").await;
    assert!(sent["relay"]["attempts"].as_u64() >= Some(2), "{sent}");
    assert!(sent["relay"]["error"].is_null());
    let got = sink.received();
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0]["subject"], sent["subject"]);
    assert!(got[0]["body"]
        .as_str()
        .unwrap()
        .contains(sent["secret"].as_str().unwrap()));
}
