//! Support requests: filed with their acknowledgement, listed newest first
//! and by status, taken in charge and closed once, each step with its audit
//! line and the reply e-mail written with the closing.

use domain::api::Channel;

use super::{join_all, message, secs, t0, CF};
use crate::store::{
    AuditEntry, Store, StoreError, SupportClosing, SupportRequestRow, SupportTaking,
};

fn filed(id: &str, at: i64, cf: Option<&str>) -> SupportRequestRow {
    SupportRequestRow {
        id: id.into(),
        filed_at: t0() + secs(at),
        topic: "half1_missing".into(),
        name: "Rossi Mario".into(),
        codice_fiscale: cf.map(str::to_owned),
        email: "mario.rossi@example.it".into(),
        message: format!("Non mi è arrivato l'SMS ({id})"),
        lang: "de".into(),
        status: "open".into(),
        operator: None,
        taken_at: None,
        reply: None,
        closed_at: None,
    }
}

fn audit(action: &str, id: &str, operator: &str, at: i64) -> AuditEntry {
    AuditEntry {
        operator: operator.into(),
        role: "contact_center".into(),
        action: action.into(),
        codice_fiscale: Some(CF.into()),
        request_id: Some(id.into()),
        detail: format!("{action} {id}"),
        at: t0() + secs(at),
    }
}

fn closing(id: &str, operator: &str, at: i64) -> SupportClosing {
    SupportClosing {
        id: id.into(),
        operator: operator.into(),
        reply: format!("Risposta di {operator}"),
        message: message(
            &format!("m_reply_{id}_{operator}"),
            Channel::Email,
            "mario.rossi@example.it",
            t0() + secs(at),
        ),
        audit: audit("support_request_closed", id, operator, at),
        now: t0() + secs(at),
    }
}

fn ids(rows: Vec<SupportRequestRow>) -> Vec<String> {
    rows.into_iter().map(|r| r.id).collect()
}

pub async fn support_requests_are_filed_listed_taken_and_closed_once(s: &dyn Store) {
    assert!(s.support_requests(None, 10).await.unwrap().is_empty());
    let a = filed("AS-0000000A", 0, Some(CF));
    let b = filed("AS-0000000B", 60, None);
    let c = filed("AS-0000000C", 60, None);
    for (r, m) in [(&a, "m_a"), (&b, "m_b"), (&c, "m_c")] {
        let ack = message(m, Channel::Email, &r.email, r.filed_at);
        s.file_support_request(r, &ack).await.unwrap();
    }
    let again = message("m_a2", Channel::Email, &a.email, a.filed_at);
    assert!(
        matches!(
            s.file_support_request(&a, &again).await,
            Err(StoreError::Conflict)
        ),
        "an id is taken once"
    );
    let mail: Vec<String> = s
        .messages(Some("mario.rossi@example.it"))
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.id)
        .collect();
    assert_eq!(
        mail.len(),
        3,
        "one acknowledgement each, none for the conflict: {mail:?}"
    );
    assert!(!mail.contains(&"m_a2".to_owned()));
    assert_eq!(s.support_request(&a.id).await.unwrap(), Some(a.clone()));
    assert_eq!(s.support_request("AS-FFFFFFFF").await.unwrap(), None);
    assert_eq!(
        ids(s.support_requests(None, 10).await.unwrap()),
        ["AS-0000000C", "AS-0000000B", "AS-0000000A"],
        "newest first, then by id"
    );
    assert_eq!(s.support_requests(None, 1).await.unwrap().len(), 1);

    // Taken in charge: in progress, by that operator; another may take over.
    let take = |id: &str, op: &str, at: i64| SupportTaking {
        id: id.into(),
        operator: op.into(),
        audit: audit("support_request_taken", id, op, at),
        now: t0() + secs(at),
    };
    assert!(s
        .take_support_request(&take(&a.id, "cc1", 100))
        .await
        .unwrap());
    let row = s.support_request(&a.id).await.unwrap().unwrap();
    assert_eq!(row.status, "in_progress");
    assert_eq!(row.operator.as_deref(), Some("cc1"));
    assert_eq!(row.taken_at, Some(t0() + secs(100)));
    assert!(s
        .take_support_request(&take(&a.id, "cc2", 110))
        .await
        .unwrap());
    assert_eq!(
        s.support_request(&a.id)
            .await
            .unwrap()
            .unwrap()
            .operator
            .as_deref(),
        Some("cc2")
    );
    assert!(!s
        .take_support_request(&take("AS-FFFFFFFF", "cc1", 110))
        .await
        .unwrap());
    assert_eq!(
        ids(s.support_requests(Some("in_progress"), 10).await.unwrap()),
        ["AS-0000000A"]
    );
    assert_eq!(
        ids(s.support_requests(Some("open"), 10).await.unwrap()),
        ["AS-0000000C", "AS-0000000B"]
    );

    // Closed once, even when two operators close it at once: one reply.
    let (c1, c2) = (closing(&a.id, "cc1", 200), closing(&a.id, "cc2", 200));
    let results = join_all(vec![
        s.close_support_request(&c1),
        s.close_support_request(&c2),
    ])
    .await;
    let won: Vec<bool> = results.into_iter().map(|r| r.unwrap()).collect();
    assert_eq!(won.iter().filter(|w| **w).count(), 1, "{won:?}");
    let row = s.support_request(&a.id).await.unwrap().unwrap();
    assert_eq!(row.status, "closed");
    assert_eq!(row.closed_at, Some(t0() + secs(200)));
    let closer = row.operator.clone().unwrap();
    assert_eq!(row.reply, Some(format!("Risposta di {closer}")));
    assert_eq!(row.taken_at, Some(t0() + secs(110)), "taking time kept");
    assert!(!s
        .take_support_request(&take(&a.id, "cc1", 300))
        .await
        .unwrap());
    assert!(!s
        .close_support_request(&closing(&a.id, "cc3", 300))
        .await
        .unwrap());
    let replies: Vec<String> = s
        .messages(Some("mario.rossi@example.it"))
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.id)
        .filter(|id| id.starts_with("m_reply_"))
        .collect();
    assert_eq!(replies, [format!("m_reply_{}_{closer}", a.id)]);
    let lines: Vec<(String, String)> = s
        .audit(Some(CF), 10)
        .await
        .unwrap()
        .into_iter()
        .map(|e| (e.action, e.operator))
        .collect();
    assert_eq!(
        lines,
        [
            ("support_request_closed".to_owned(), closer.clone()),
            ("support_request_taken".to_owned(), "cc2".to_owned()),
            ("support_request_taken".to_owned(), "cc1".to_owned()),
        ]
    );

    // Closing one never taken takes it too.
    assert!(s
        .close_support_request(&closing(&b.id, "cc1", 400))
        .await
        .unwrap());
    let row = s.support_request(&b.id).await.unwrap().unwrap();
    assert_eq!(row.taken_at, Some(t0() + secs(400)));
    assert_eq!(
        ids(s.support_requests(Some("closed"), 10).await.unwrap()),
        ["AS-0000000B", "AS-0000000A"]
    );
    assert_eq!(
        s.support_request(&c.id).await.unwrap(),
        Some(c),
        "the others untouched"
    );
}
