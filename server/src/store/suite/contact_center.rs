//! The contact center's records: the operators' audit and the callback
//! queue with its guarded outcomes.

use domain::api::{Channel, PinState};

use super::{credential, message, request, reread, secs, t0, CF};
use crate::store::{AuditEntry, CallbackOutcome, Store};

fn line(action: &str, cf: Option<&str>, request_id: Option<&str>, at: i64) -> AuditEntry {
    AuditEntry {
        operator: "contactcenter".into(),
        role: "contact_center".into(),
        action: action.into(),
        codice_fiscale: cf.map(str::to_owned),
        request_id: request_id.map(str::to_owned),
        detail: format!("{action} at {at}"),
        at: t0() + secs(at),
    }
}

pub async fn the_audit_is_listed_newest_first_and_by_codice_fiscale(s: &dyn Store) {
    let other = "VRDGPP80A01F205X";
    let a = line("phone_request", Some(CF), Some("RP1"), 0);
    let b = line("half1_resend", Some(CF), Some("RP1"), 10);
    let c = line("citizen_lookup", Some(other), None, 10);
    let d = line("half1_resend", Some(CF), Some("RP1"), 20);
    for e in [&a, &b, &c, &d] {
        s.add_audit(e).await.unwrap();
    }
    assert_eq!(
        s.audit(None, 10).await.unwrap(),
        vec![d.clone(), c, b.clone(), a.clone()]
    );
    assert_eq!(s.audit(Some(CF), 10).await.unwrap(), vec![d.clone(), b, a]);
    assert_eq!(s.audit(Some(CF), 1).await.unwrap(), vec![d]);
    assert_eq!(s.count_audit("RP1", "half1_resend").await.unwrap(), 2);
    assert_eq!(s.count_audit("RP2", "half1_resend").await.unwrap(), 0);
}

pub async fn a_callback_outcome_is_recorded_once_and_releases_the_letter(s: &dyn Store) {
    let mut cred = credential("c1", CF);
    cred.state = PinState::Requested;
    let rid = cred.request_id.clone().unwrap();
    let mut letter = message("m_letter", Channel::Post, CF, t0());
    letter.held = true;
    letter.delivered_at = None;
    letter.request_id = Some(rid.clone());
    let mut queued = message("m_call", Channel::Call, "+393331234567", t0());
    queued.delivered_at = None;
    queued.secret = None;
    queued.request_id = Some(rid.clone());
    let mut req = request(cred, vec![letter.clone(), queued]);
    req.status = "awaiting_verification".into();
    s.create_pin_request(req).await.unwrap();
    // An issued request of someone else is no callback.
    s.create_pin_request(request(credential("c2", "VRDGPP80A01F205X"), vec![]))
        .await
        .unwrap();

    let queue = s.callbacks().await.unwrap();
    assert_eq!(queue.len(), 1);
    assert_eq!(
        (queue[0].request_id.as_str(), queue[0].status.as_str()),
        (rid.as_str(), "open")
    );
    assert_eq!(queue[0].attempts, 0);
    assert_eq!(s.requests_of(CF).await.unwrap()[0].status, "open");
    assert_eq!(
        s.requests_of("VRDGPP80A01F205X").await.unwrap()[0].status,
        "none"
    );
    let msgs = s.request_messages(&rid).await.unwrap();
    assert_eq!(
        msgs.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(),
        ["m_letter", "m_call"]
    );

    let now = t0() + secs(60);
    let missed = CallbackOutcome {
        request_id: rid.clone(),
        status: "open".into(),
        expected_attempts: 0,
        attempts: 1,
        request_status: None,
        request_json: None,
        drop_held: false,
        calls_made: false,
        credential_state: None,
        messages: vec![],
        audit: line("callback_outcome", Some(CF), Some(&rid), 60),
        now,
    };
    assert!(s.record_callback_outcome(&missed).await.unwrap());
    // The same outcome read before the first was written: refused.
    assert!(!s.record_callback_outcome(&missed).await.unwrap());
    let cb = s.callback(&rid).await.unwrap().unwrap();
    assert_eq!((cb.attempts, cb.status.as_str()), (1, "open"));
    assert_eq!(cb.updated_at, Some(now));

    let mut new_letter = message("m_letter2", Channel::Post, CF, now);
    new_letter.request_id = Some(rid.clone());
    new_letter.delivered_at = None;
    new_letter.due_at = Some(now + secs(7 * 86_400));
    let confirmed = CallbackOutcome {
        status: "corrected".into(),
        expected_attempts: 1,
        attempts: 1,
        request_status: Some("issued".into()),
        request_json: Some("{\"corrected\":true}".into()),
        drop_held: true,
        calls_made: true,
        credential_state: Some(PinState::Issued),
        messages: vec![new_letter.clone()],
        audit: line("callback_outcome", Some(CF), Some(&rid), 61),
        now,
        ..missed.clone()
    };
    assert!(s.record_callback_outcome(&confirmed).await.unwrap());
    assert!(
        !s.record_callback_outcome(&confirmed).await.unwrap(),
        "closed"
    );
    let cb = s.callback(&rid).await.unwrap().unwrap();
    assert_eq!(
        (cb.status.as_str(), cb.request_status.as_str()),
        ("corrected", "issued")
    );
    assert_eq!(cb.request_json, "{\"corrected\":true}");
    assert_eq!(reread(s, "c1").await.state, PinState::Issued);
    let msgs = s.request_messages(&rid).await.unwrap();
    let ids: Vec<&str> = msgs.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["m_call", "m_letter2"], "held letter replaced");
    assert_eq!(msgs[0].delivered_at, Some(now), "the queued call was made");
    assert_eq!(s.audit(Some(CF), 10).await.unwrap().len(), 2);
    // Closed callbacks stay listed, after the open ones.
    assert_eq!(s.callbacks().await.unwrap()[0].status, "corrected");
}
