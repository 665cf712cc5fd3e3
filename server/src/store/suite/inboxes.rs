//! Sessions, one-time codes, the delivery simulator's messages and the
//! activity log.

use domain::api::{Channel, Level, PinState};

use super::citizens::{code, session};
use super::{filed, message, secs, t0, CF};
use crate::sim::deliveries::recipient_key;
use crate::store::{CodePurpose, Credential, CredentialEvent, Session, SessionStage, Store};

pub async fn sessions_are_created_touched_staged_and_deleted(s: &dyn Store) {
    let c = filed(s, "cred_1", CF).await;
    let mut first = session("s1", &c.id, Level::L1);
    first.stage = SessionStage::FirstAccess;
    s.create_session(&first).await.unwrap();
    let read = s.session("s1").await.unwrap().expect("session");
    assert_eq!(
        (read.credential_id.as_str(), read.codice_fiscale.as_str()),
        (c.id.as_str(), CF)
    );
    assert_eq!(
        (read.level, read.stage),
        (Level::L1, SessionStage::FirstAccess)
    );
    assert_eq!((read.created_at, read.last_seen_at), (t0(), t0()));

    s.touch_session("s1", t0() + secs(30)).await.unwrap();
    s.set_session_stage("s1", SessionStage::Active)
        .await
        .unwrap();
    let touched = s.session("s1").await.unwrap().expect("session");
    assert_eq!(touched.last_seen_at, t0() + secs(30));
    assert_eq!(touched.created_at, t0());
    assert_eq!(touched.stage, SessionStage::Active);

    for id in ["s2", "s3"] {
        s.create_session(&session(id, &c.id, Level::L0))
            .await
            .unwrap();
    }
    s.delete_session("s1").await.unwrap();
    assert!(s.session("s1").await.unwrap().is_none());
    assert!(s.session("s2").await.unwrap().is_some());
    s.delete_sessions_of(&c.id).await.unwrap();
    assert!(s.session("s2").await.unwrap().is_none());
    assert!(s.session("s3").await.unwrap().is_none());
    assert!(s.session("nope").await.unwrap().is_none());
}

/// The one read of a citizen's request: the session and its credential as
/// `session` and `credential` give them, each write to either seen by the
/// next read, and a session whose credential row is missing still found.
pub async fn a_session_is_read_with_its_credential(s: &dyn Store) {
    let c = filed(s, "cred_1", CF).await;
    let mut first = session("s1", &c.id, Level::L1);
    first.stage = SessionStage::FirstAccess;
    s.create_session(&first).await.unwrap();
    let same = |got: &(Session, Option<Credential>), session: &Session, cred: &Credential| {
        assert_eq!(format!("{:?}", got.0), format!("{session:?}"));
        let read = got.1.as_ref().expect("credential");
        assert_eq!(format!("{read:?}"), format!("{cred:?}"));
    };
    let joined = s.session_with_credential("s1").await.unwrap().expect("s1");
    same(
        &joined,
        &s.session("s1").await.unwrap().unwrap(),
        &s.credential(&c.id).await.unwrap().unwrap(),
    );
    assert_eq!(joined.0.stage, SessionStage::FirstAccess);
    assert_eq!(joined.1.as_ref().unwrap().state, PinState::Issued);

    s.touch_session("s1", t0() + secs(90)).await.unwrap();
    s.set_session_stage("s1", SessionStage::Active)
        .await
        .unwrap();
    assert!(s
        .complete_first_access(&c.id, "pin-hash", t0() + secs(60))
        .await
        .unwrap());
    let joined = s.session_with_credential("s1").await.unwrap().expect("s1");
    same(
        &joined,
        &s.session("s1").await.unwrap().unwrap(),
        &s.credential(&c.id).await.unwrap().unwrap(),
    );
    assert_eq!(
        (joined.0.last_seen_at, joined.0.stage),
        (t0() + secs(90), SessionStage::Active)
    );
    let cred = joined.1.unwrap();
    assert_eq!(
        (cred.state, cred.initial_hash, cred.pin_hash.as_deref()),
        (PinState::Active, None, Some("pin-hash"))
    );

    assert!(s.revoke(&c.id, t0() + secs(120)).await.unwrap());
    assert!(s.session_with_credential("s1").await.unwrap().is_none());

    s.create_session(&session("orphan", "no_such_credential", Level::L1))
        .await
        .unwrap();
    let (orphan, cred) = s
        .session_with_credential("orphan")
        .await
        .unwrap()
        .expect("the session without its credential");
    assert_eq!(
        (orphan.id.as_str(), orphan.credential_id.as_str()),
        ("orphan", "no_such_credential")
    );
    assert!(cred.is_none());
    assert!(s.session_with_credential("nope").await.unwrap().is_none());
}

pub async fn codes_are_single_use_and_only_the_newest_counts(s: &dyn Store) {
    let c = filed(s, "cred_1", CF).await;
    let purpose = CodePurpose::VerifyContact;
    let live = |at| s.live_codes(&c.id, purpose, at);
    let ids = |rows: Vec<crate::store::CodeRow>| rows.into_iter().map(|r| r.id).collect::<Vec<_>>();

    s.insert_code(code("c1", &c.id, purpose, "mobile"))
        .await
        .unwrap();
    let mut newer = code("c2", &c.id, purpose, "mobile");
    newer.created_at = t0() + secs(1);
    newer.payload = Some("{\"mobile\":\"+393331234567\"}".into());
    s.insert_code(newer).await.unwrap();
    let mut email = code("c3", &c.id, purpose, "email");
    email.created_at = t0() + secs(2);
    s.insert_code(email).await.unwrap();
    let rows = live(t0() + secs(3)).await.unwrap();
    assert_eq!(
        rows[1].payload.as_deref(),
        Some("{\"mobile\":\"+393331234567\"}")
    );
    assert_eq!(
        (rows[1].target.as_str(), rows[1].code_hash.as_str()),
        ("mobile", "hash-c2")
    );
    assert_eq!(ids(rows), ["c3", "c2"], "c1 was superseded by c2");
    let other = s
        .live_codes(&c.id, CodePurpose::Restore, t0())
        .await
        .unwrap();
    assert!(other.is_empty());

    // Single use, even when asked twice.
    assert!(s.consume_code("c2", t0() + secs(4)).await.unwrap());
    assert!(!s.consume_code("c2", t0() + secs(5)).await.unwrap());
    assert_eq!(ids(live(t0() + secs(5)).await.unwrap()), ["c3"]);

    // Burnt at the `max`-th wrong try.
    s.code_failed("c3", 3, t0()).await.unwrap();
    s.code_failed("c3", 3, t0()).await.unwrap();
    assert_eq!(live(t0() + secs(5)).await.unwrap()[0].failed_attempts, 2);
    s.code_failed("c3", 3, t0() + secs(6)).await.unwrap();
    assert!(live(t0() + secs(6)).await.unwrap().is_empty());
    assert!(!s.consume_code("c3", t0() + secs(7)).await.unwrap());

    // Expired at `expires_at`.
    s.insert_code(code("c4", &c.id, purpose, "pec"))
        .await
        .unwrap();
    assert_eq!(ids(live(t0() + secs(599)).await.unwrap()), ["c4"]);
    assert!(live(t0() + secs(600)).await.unwrap().is_empty());
}

pub async fn messages_are_listed_by_recipient_as_written(s: &dyn Store) {
    let sms = message("m1", Channel::Sms, "+393331234567", t0());
    let mut letter = message("m2", Channel::Post, CF, t0());
    letter.delivered_at = None;
    letter.due_at = Some(t0() + secs(7 * 86_400));
    letter.request_id = Some("req_1".into());
    let held = crate::store::NewMessage {
        id: "m3".into(),
        held: true,
        ..letter.clone()
    };
    let later = message("m4", Channel::Sms, "+39 333 1234567", t0() + secs(60));
    for m in [&sms, &letter, &held, &later] {
        s.insert_message(m.clone()).await.unwrap();
    }
    let phone = s.messages(Some(&recipient_key("+39 333 123 4567"))).await;
    assert_eq!(phone.unwrap(), vec![later.clone(), sms.clone()]);
    // Held and undelivered rows come back as written, secret and all: what
    // the recipient can see of them is the delivery simulator's call.
    let letterbox = s.messages(Some(&recipient_key(&CF.to_lowercase()))).await;
    assert_eq!(letterbox.unwrap(), vec![held.clone(), letter.clone()]);
    let all = s.messages(None).await.unwrap();
    assert_eq!(all, vec![later, held, letter, sms]);
    assert!(s.messages(Some("nobody")).await.unwrap().is_empty());
}

pub async fn a_lost_message_leaves_the_inbox_and_stays_on_record(s: &dyn Store) {
    let first = message("m1", Channel::Sms, "+393331234567", t0());
    let second = message("m2", Channel::Sms, "+393331234567", t0() + secs(60));
    let mail = message("m3", Channel::Email, "persona@example.it", t0());
    for m in [&first, &second, &mail] {
        s.insert_message(m.clone()).await.unwrap();
    }
    assert!(s.mark_lost("m2").await.unwrap());
    // Losing it again changes nothing; an unknown id is not a message.
    assert!(s.mark_lost("m2").await.unwrap());
    assert!(!s.mark_lost("m9").await.unwrap());
    let phone = s.messages(Some(&recipient_key("+393331234567"))).await;
    assert_eq!(phone.unwrap(), vec![first.clone()]);
    // Newest first; at the same instant, the later written first.
    assert_eq!(s.messages(None).await.unwrap(), vec![mail, first]);
    // The system's record keeps it, flagged (an export carries the flag).
    let dump = s.export_tables().await.unwrap();
    let (_, rows) = dump.iter().find(|(t, _)| t == "messages").unwrap();
    let lost: Vec<_> = rows
        .iter()
        .filter(|r| r["lost"] == serde_json::json!(true) || r["lost"] == serde_json::json!(1))
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(lost, ["m2"]);
}

pub async fn events_are_listed_newest_first(s: &dyn Store) {
    let event = |kind: &str, cf: &str, at| CredentialEvent {
        credential_id: "cred_1".into(),
        codice_fiscale: cf.into(),
        kind: kind.into(),
        channel: None,
        recipient: None,
        at,
    };
    let mut changed = event("pin_changed", CF, t0());
    changed.channel = Some(Channel::Sms);
    changed.recipient = Some("+39 333 ***4567".into());
    for e in [
        changed,
        event("pin_locked", CF, t0() + secs(60)),
        event("pin_unlocked", CF, t0() + secs(60)),
        event("pin_changed", "VRDLGU70B02F205X", t0() + secs(120)),
    ] {
        s.add_event(&e).await.unwrap();
    }
    let events = s.events(CF, 10).await.unwrap();
    let kinds: Vec<_> = events.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, ["pin_unlocked", "pin_locked", "pin_changed"]);
    assert_eq!(events[2].channel, Some(Channel::Sms));
    assert_eq!(events[2].recipient.as_deref(), Some("+39 333 ***4567"));
    assert_eq!((events[2].at, events[0].at), (t0(), t0() + secs(60)));
    assert_eq!(s.events(CF, 2).await.unwrap().len(), 2);
    assert!(s.events("XXXXXX00X00X000X", 10).await.unwrap().is_empty());
}
