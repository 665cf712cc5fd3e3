//! The SMTP relay's outbox (`relay`): which messages it takes, the claim
//! that keeps a message from being sent twice, and the attempts recorded.

use domain::api::{Channel, RelayState};

use super::{message, secs, t0};
use crate::store::Store;

const MAIL: &str = "persona@example.it";

pub async fn the_relay_outbox_takes_new_mail_once_and_records_attempts(s: &dyn Store) {
    assert_eq!(s.relay_watermark().await.unwrap(), 0);
    s.insert_message(message("m_before", Channel::Email, MAIL, t0()))
        .await
        .unwrap();
    let from = s.relay_watermark().await.unwrap();
    assert!(from > 0);
    let mut held = message("m_held", Channel::Email, MAIL, t0());
    held.held = true;
    let mut letter = message("m_post", Channel::Post, "RSSMRA80A01H501U", t0());
    letter.delivered_at = None;
    letter.due_at = Some(t0() + secs(86_400));
    for m in [
        message("m_mail", Channel::Email, MAIL, t0()),
        message("m_sms", Channel::Sms, "+393331234567", t0()),
        message("m_pec", Channel::Pec, "persona@pec.example.it", t0()),
        held,
        letter,
    ] {
        s.insert_message(m).await.unwrap();
    }

    // Only delivered e-mail and PEC written after the watermark; once.
    let now = 1_000_000;
    assert_eq!(s.relay_enqueue(from, now - 10_000, now).await.unwrap(), 2);
    assert_eq!(s.relay_enqueue(from, now - 10_000, now).await.unwrap(), 0);
    let statuses = s.relay_statuses(Some(MAIL)).await.unwrap();
    assert_eq!(statuses.len(), 1);
    assert_eq!(
        (statuses[0].message_id.as_str(), statuses[0].status),
        ("m_mail", RelayState::Pending)
    );
    assert_eq!((statuses[0].attempts, &statuses[0].last_error), (0, &None));
    assert_eq!(s.relay_statuses(None).await.unwrap().len(), 2);

    // A claim takes the due messages oldest first; claimed, they are not due
    // again before the lease ends.
    let claimed = s.relay_claim(now, now + 60_000, 10).await.unwrap();
    let ids: Vec<_> = claimed.iter().map(|(m, n)| (m.id.as_str(), *n)).collect();
    assert_eq!(ids, [("m_mail", 0), ("m_pec", 0)]);
    assert_eq!(claimed[0].0.body, "body of m_mail: SECRET42");
    assert!(s
        .relay_claim(now + 1, now + 60_000, 10)
        .await
        .unwrap()
        .is_empty());

    // A failure to retry later, a success, a give-up.
    s.relay_record(
        "m_mail",
        RelayState::Pending,
        Some("refused"),
        now + 500,
        now,
    )
    .await
    .unwrap();
    s.relay_record("m_pec", RelayState::Failed, Some("550 no"), 0, now)
        .await
        .unwrap();
    assert!(s
        .relay_claim(now + 499, now + 60_000, 10)
        .await
        .unwrap()
        .is_empty());
    let again = s.relay_claim(now + 500, now + 60_000, 10).await.unwrap();
    assert_eq!(again.len(), 1);
    assert_eq!((again[0].0.id.as_str(), again[0].1), ("m_mail", 1));
    s.relay_record("m_mail", RelayState::Sent, None, 0, now + 600)
        .await
        .unwrap();
    let mut all = s.relay_statuses(None).await.unwrap();
    all.sort_by(|a, b| a.message_id.cmp(&b.message_id));
    let seen: Vec<_> = all
        .iter()
        .map(|r| {
            (
                r.message_id.as_str(),
                r.status,
                r.attempts,
                r.last_error.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("m_mail", RelayState::Sent, 2, None),
            ("m_pec", RelayState::Failed, 1, Some("550 no")),
        ]
    );
    assert!(s
        .relay_claim(now + 100_000, now + 200_000, 10)
        .await
        .unwrap()
        .is_empty());

    // Later mail is taken whatever the lower bound the settled rows give.
    s.insert_message(message("m_late", Channel::Email, MAIL, t0()))
        .await
        .unwrap();
    assert_eq!(s.relay_enqueue(0, now + 1, now + 20_000).await.unwrap(), 1);
    assert_eq!(
        s.relay_enqueue(0, now + 30_000, now + 40_000)
            .await
            .unwrap(),
        0
    );
}
