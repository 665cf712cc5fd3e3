//! The SMTP relay (`--smtp-url`): every e-mail and PEC message the delivery
//! simulator delivers is also sent to a real SMTP server (a Mailpit a
//! training centre runs, say), so learners read their mail in a real client.
//!
//! The simulator's inboxes stay the source of truth. The relay is a
//! background task that never runs in a request: it polls the messages
//! table for new e-mail/PEC rows, puts them in its outbox
//! (`relay_outbox`), sends them with `lettre` and records each attempt
//! (pending / sent / failed, attempts, last error), which the simulator
//! shows beside the message. A failed attempt is retried with exponential
//! backoff; a permanent refusal (SMTP 5xx, an address SMTP cannot take) or
//! [`MAX_ATTEMPTS`] failures give up. Nothing a procedure does waits for it,
//! so an SMTP server that is down, slow or refusing cannot lose or block a
//! procedure.
//!
//! It relays the messages written while it runs (from its start on) and
//! finishes the outbox rows left pending by an earlier run. The message body
//! is relayed as the inbox shows it (half 1 of the PIN included: that is the
//! point); only message ids and errors are logged.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use domain::api::{Channel, RelayState, RelayStatus};
use lettre::message::header::ContentType;
use lettre::message::{Mailbox, Message as Email};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use crate::store::{MessageRow, RelayRow, Store, StoreResult};

/// How often the outbox looks for new messages.
pub const POLL: Duration = Duration::from_millis(250);
/// First retry delay; doubled per failure up to [`MAX_BACKOFF`].
pub const FIRST_BACKOFF: Duration = Duration::from_millis(500);
pub const MAX_BACKOFF: Duration = Duration::from_secs(60);
/// Failures before a message is given up (about 25 minutes of retries).
pub const MAX_ATTEMPTS: u32 = 30;
/// A claimed message is not claimed again before this (a send in progress,
/// or a process that died while sending): well over a batch of
/// [`BATCH`] sends that each time out after [`SMTP_TIMEOUT`].
const LEASE: Duration = Duration::from_secs(600);
/// A message write whose transaction commits this long after a later one
/// would be missed (PostgreSQL allocates `seq` before commit); the bound
/// keeps each poll to the last few seconds of messages.
const SETTLE: Duration = Duration::from_secs(10);
/// Connection and command timeout of one attempt.
const SMTP_TIMEOUT: Duration = Duration::from_secs(10);
const BATCH: u32 = 16;

/// The envelope and header sender of every relayed message.
pub const FROM_NAME: &str = "INPS simulatore";
pub const FROM_ADDRESS: &str = "noreply@pin-inps.invalid";

/// [`FROM_NAME`] `<`[`FROM_ADDRESS`]`>`.
pub fn sender() -> Mailbox {
    Mailbox::new(
        Some(FROM_NAME.to_owned()),
        FROM_ADDRESS.parse().expect("a valid address"),
    )
}

/// `smtp://host[:port]` (port 25 by default), plain SMTP without
/// authentication.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmtpTarget {
    pub host: String,
    pub port: u16,
}

impl SmtpTarget {
    pub fn parse(url: &str) -> Result<Self, String> {
        let bad = || format!("--smtp-url {url:?}: expected smtp://host[:port]");
        let rest = url.trim().strip_prefix("smtp://").ok_or_else(bad)?;
        let rest = rest.strip_suffix('/').unwrap_or(rest);
        if rest.is_empty() || rest.contains(['/', '@', '?', '#']) {
            return Err(bad());
        }
        let (host, port) = match rest.rsplit_once(':') {
            // An IPv6 literal is bracketed: `[::1]:2525`.
            Some((h, p)) if !p.contains(']') => (h, p.parse::<u16>().map_err(|_| bad())?),
            _ => (rest, 25),
        };
        let host = host.trim_start_matches('[').trim_end_matches(']');
        if host.is_empty() {
            return Err(bad());
        }
        Ok(SmtpTarget {
            host: host.to_owned(),
            port,
        })
    }
}

/// Starts the relay task for `url` (checked here, so a bad URL stops the
/// server at start). Messages already written are not relayed.
pub async fn start(
    store: Arc<dyn Store>,
    url: &str,
) -> Result<tokio::task::JoinHandle<()>, crate::BoxError> {
    let target = SmtpTarget::parse(url)?;
    let from = sender();
    let transport = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(target.host.clone())
        .port(target.port)
        .timeout(Some(SMTP_TIMEOUT))
        .build();
    let after_seq = store.relay_watermark().await?;
    tracing::info!(host = %target.host, port = target.port, "relaying e-mail and PEC by SMTP");
    let relay = Relay {
        store,
        transport,
        from,
        after_seq,
    };
    Ok(tokio::spawn(relay.run()))
}

struct Relay {
    store: Arc<dyn Store>,
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    after_seq: i64,
}

/// What one attempt came to.
enum Outcome {
    Sent,
    Retry(String),
    GiveUp(String),
}

impl Relay {
    async fn run(self) {
        let mut tick = tokio::time::interval(POLL);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            if let Err(e) = self.step().await {
                tracing::warn!(error = %e, "relay: outbox not readable, retrying");
            }
        }
    }

    async fn step(&self) -> StoreResult<()> {
        let now = now_ms();
        self.store
            .relay_enqueue(self.after_seq, now - millis(SETTLE), now)
            .await?;
        loop {
            let now = now_ms();
            let batch = self
                .store
                .relay_claim(now, now + millis(LEASE), BATCH)
                .await?;
            if batch.is_empty() {
                return Ok(());
            }
            for (m, attempts) in batch {
                let (status, error, next) = match self.send(&m).await {
                    Outcome::Sent => {
                        tracing::info!(message = %m.id, "relay: sent");
                        (RelayState::Sent, None, 0)
                    }
                    Outcome::Retry(e) if attempts + 1 < MAX_ATTEMPTS => {
                        let wait = backoff(attempts);
                        tracing::warn!(message = %m.id, error = %e, retry_in_ms = millis(wait),
                            "relay: not sent, will retry");
                        (RelayState::Pending, Some(e), now_ms() + millis(wait))
                    }
                    Outcome::Retry(e) | Outcome::GiveUp(e) => {
                        tracing::warn!(message = %m.id, error = %e, "relay: given up");
                        (RelayState::Failed, Some(e), 0)
                    }
                };
                self.store
                    .relay_record(&m.id, status, error.as_deref(), next, now_ms())
                    .await?;
            }
        }
    }

    async fn send(&self, m: &MessageRow) -> Outcome {
        let email = match email_for(m, &self.from) {
            Ok(e) => e,
            Err(e) => return Outcome::GiveUp(e),
        };
        match self.transport.send(email).await {
            Ok(_) => Outcome::Sent,
            Err(e) if e.is_permanent() => Outcome::GiveUp(e.to_string()),
            Err(e) => Outcome::Retry(e.to_string()),
        }
    }
}

/// The e-mail for a simulator message: its recipient, subject (a PEC's
/// prefixed as certified mail is) and text, dated when it was sent on the
/// simulated clock, with a Message-ID from its id (a client can tell a
/// duplicate, should a retry follow a lost answer).
pub fn email_for(m: &MessageRow, from: &Mailbox) -> Result<Email, String> {
    let to: Mailbox = m
        .recipient
        .trim()
        .parse()
        .map_err(|e| format!("recipient not an e-mail address: {e}"))?;
    let subject = match m.channel {
        Channel::Pec => format!("POSTA CERTIFICATA: {}", m.subject),
        _ => m.subject.clone(),
    };
    Email::builder()
        .from(from.clone())
        .to(to)
        .subject(subject)
        .date(m.sent_at.into())
        .message_id(Some(format!("<{}@pin-inps.invalid>", m.id)))
        .header(ContentType::TEXT_PLAIN)
        .body(m.body.clone())
        .map_err(|e| e.to_string())
}

/// The simulator's view of a message's relay, from its outbox row.
pub fn status_of(row: RelayRow) -> RelayStatus {
    RelayStatus {
        status: row.status,
        attempts: row.attempts,
        error: row.last_error,
    }
}

/// Adds the relay status to the simulator's messages of `recipient_key`
/// (as listed for `GET /api/v1/sim/messages`); those never relayed keep
/// `relay: null`.
pub async fn annotate(
    store: &dyn Store,
    recipient_key: Option<&str>,
    messages: &mut [domain::api::Message],
) -> StoreResult<()> {
    if !messages
        .iter()
        .any(|m| matches!(m.channel, Channel::Email | Channel::Pec))
    {
        return Ok(());
    }
    let mut rows: std::collections::HashMap<String, RelayRow> = store
        .relay_statuses(recipient_key)
        .await?
        .into_iter()
        .map(|r| (r.message_id.clone(), r))
        .collect();
    for m in messages {
        if let Some(r) = rows.remove(&m.id) {
            m.relay = Some(status_of(r));
        }
    }
    Ok(())
}

/// Delay before the retry after `attempts` earlier failed attempts (0 = the
/// first failure): 0.5 s, 1 s, 2 s, … up to a minute.
pub fn backoff(attempts: u32) -> Duration {
    FIRST_BACKOFF
        .saturating_mul(1u32 << attempts.min(16))
        .min(MAX_BACKOFF)
}

fn millis(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

fn now_ms() -> i64 {
    let now: DateTime<Utc> = Utc::now();
    now.timestamp_millis()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smtp_urls() {
        let t = |host: &str, port| {
            Ok(SmtpTarget {
                host: host.to_owned(),
                port,
            })
        };
        assert_eq!(
            SmtpTarget::parse("smtp://127.0.0.1:1025"),
            t("127.0.0.1", 1025)
        );
        assert_eq!(
            SmtpTarget::parse("smtp://mail.example.it/"),
            t("mail.example.it", 25)
        );
        assert_eq!(SmtpTarget::parse("smtp://[::1]:2525"), t("::1", 2525));
        assert_eq!(SmtpTarget::parse("smtp://[::1]"), t("::1", 25));
        for bad in [
            "",
            "smtp://",
            "smtps://host:465",
            "http://host",
            "smtp://host:port",
            "smtp://user:pw@host",
            "smtp://host:99999",
        ] {
            assert!(SmtpTarget::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn backoff_doubles_up_to_a_minute() {
        assert_eq!(backoff(0), Duration::from_millis(500));
        assert_eq!(backoff(1), Duration::from_secs(1));
        assert_eq!(backoff(3), Duration::from_secs(4));
        assert_eq!(backoff(7), MAX_BACKOFF);
        assert_eq!(backoff(u32::MAX), MAX_BACKOFF);
    }

    #[test]
    fn pec_subject_and_headers() {
        let m = MessageRow {
            id: "msg_1".into(),
            channel: Channel::Pec,
            recipient: "persona@pec.example.it".into(),
            subject: "INPS - Prima parte del PIN".into(),
            body: "Prima parte del PIN: ABCD1234 — è".into(),
            secret: Some("ABCD1234".into()),
            sent_at: "2020-04-01T09:00:00Z".parse().unwrap(),
            delivered_at: None,
            due_at: None,
            held: false,
            request_id: None,
        };
        let from = sender();
        let raw = String::from_utf8(email_for(&m, &from).unwrap().formatted()).unwrap();
        assert!(raw.contains("Subject: POSTA CERTIFICATA: INPS - Prima parte del PIN"));
        assert!(raw.contains("To: persona@pec.example.it"));
        assert!(
            raw.contains("From: \"INPS simulatore\" <noreply@pin-inps.invalid>"),
            "{raw}"
        );
        assert!(raw.contains("Message-ID: <msg_1@pin-inps.invalid>"));
        assert!(
            raw.contains("Date: Wed, 01 Apr 2020 09:00:00 +0000"),
            "{raw}"
        );
        let bad = MessageRow {
            recipient: "not an address".into(),
            ..m
        };
        assert!(email_for(&bad, &from).is_err());
    }
}
