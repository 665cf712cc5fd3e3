//! Settings, registry and credentials: requests, lockout, first access and
//! the lifecycle steps.

use domain::api::{Channel, Level, NewCitizen, PinState};

use super::{credential, filed, join_all, message, request, reread, secs, t0, CF};
use crate::sim::deliveries::recipient_key;
use crate::sim::generator;
use crate::store::{
    Attempt, CodePurpose, NewCode, Session, SessionStage, Store, StoreError, StoredContacts,
};

pub async fn settings_and_the_clock_offset_are_kept(s: &dyn Store) {
    assert_eq!(s.clock_offset().await.unwrap(), None);
    s.save_clock_offset(-12_345).await.unwrap();
    assert_eq!(s.clock_offset().await.unwrap(), Some(-12_345));
    s.save_clock_offset(42).await.unwrap();
    assert_eq!(s.clock_offset().await.unwrap(), Some(42));

    assert_eq!(s.setting("privacy_version").await.unwrap(), None);
    s.save_setting("privacy_version", "1").await.unwrap();
    s.save_setting("privacy_version", "2").await.unwrap();
    assert_eq!(
        s.setting("privacy_version").await.unwrap().as_deref(),
        Some("2")
    );
    assert_eq!(s.clock_offset().await.unwrap(), Some(42), "keys are apart");
}

pub async fn the_clock_moves_atomically_within_its_bounds(s: &dyn Store) {
    assert_eq!(s.clock_state().await.unwrap(), None);
    assert_eq!(
        s.shift_clock_offset(1, i64::MIN, i64::MAX).await.unwrap(),
        None,
        "nothing to move before the first save"
    );
    let first = s.save_clock_offset(1_000).await.unwrap();
    assert_eq!(first.offset_ms, 1_000);
    let set = s.save_clock_offset(2_000).await.unwrap();
    assert!(
        set.version > first.version,
        "every change bumps the version"
    );
    assert_eq!(s.clock_state().await.unwrap(), Some(set));

    // Refused moves change nothing, the version included.
    for delta in [9_000, -3_000, i64::MAX, i64::MIN] {
        assert_eq!(
            s.shift_clock_offset(delta, 0, 10_000).await.unwrap(),
            None,
            "{delta}"
        );
    }
    assert_eq!(s.clock_state().await.unwrap(), Some(set));
    // The bounds themselves are allowed.
    let top = s
        .shift_clock_offset(8_000, 0, 10_000)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(top.offset_ms, 10_000);
    assert!(top.version > set.version);
    let bottom = s
        .shift_clock_offset(-10_000, 0, 10_000)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(bottom.offset_ms, 0);

    // Concurrent moves all add up, each with a version of its own.
    let moves = (0..20)
        .map(|_| s.shift_clock_offset(100, i64::MIN / 2, i64::MAX / 2))
        .collect::<Vec<_>>();
    let mut versions: Vec<i64> = join_all(moves)
        .await
        .into_iter()
        .map(|r| r.unwrap().expect("in range").version)
        .collect();
    versions.sort_unstable();
    versions.dedup();
    assert_eq!(versions.len(), 20);
    assert_eq!(s.clock_offset().await.unwrap(), Some(2_000));
}

pub async fn registry_keeps_citizens_in_insertion_order(s: &dyn Store) {
    let today = t0().date_naive();
    let mario = generator::mario_rossi(today);
    let other = generator::citizen(NewCitizen::default(), today);
    assert_eq!(s.count_citizens().await.unwrap(), 0);
    s.insert_citizen(&mario, t0()).await.unwrap();
    s.insert_citizen(&other, t0()).await.unwrap();
    assert_eq!(s.count_citizens().await.unwrap(), 2);
    assert_eq!(
        s.citizen(&mario.codice_fiscale).await.unwrap(),
        Some(mario.clone())
    );
    assert_eq!(s.citizen("XXXXXX00X00X000X").await.unwrap(), None);
    assert_eq!(s.citizens(1).await.unwrap(), vec![mario.clone()]);
    assert_eq!(s.citizens(10).await.unwrap(), vec![mario.clone(), other]);
    assert!(matches!(
        s.insert_citizen(&mario, t0()).await,
        Err(StoreError::Conflict)
    ));
    assert_eq!(s.count_citizens().await.unwrap(), 2);
}

pub async fn a_codice_fiscale_holds_one_live_pin(s: &dyn Store) {
    let sms = message("msg_1", Channel::Sms, "+393331234567", t0());
    let mut first = credential("cred_1", CF);
    first.activation_required = true;
    first.privacy_version = 2;
    s.create_pin_request(request(first.clone(), vec![sms.clone()]))
        .await
        .unwrap();
    let live = s.live_credential(CF).await.unwrap().expect("live");
    assert_eq!(live.id, "cred_1");
    assert_eq!(live.request_id.as_deref(), Some("req_cred_1"));
    assert_eq!(live.state, PinState::Issued);
    assert_eq!(live.mobile, first.mobile);
    assert_eq!(live.initial_hash, first.initial_hash);
    assert_eq!(live.half1_hash, first.half1_hash);
    assert!(live.activation_required);
    assert_eq!(live.privacy_version, 2);
    assert_eq!(live.failed_attempts, 0);
    assert_eq!(live.created_at, t0());
    assert!(!live.used_once());
    assert_eq!(
        s.pin_request_json("req_cred_1").await.unwrap().as_deref(),
        Some("{\"credential\":\"cred_1\"}")
    );
    let key = recipient_key("+39 333 1234567");
    assert_eq!(s.messages(Some(&key)).await.unwrap(), vec![sms]);

    // A second request while the first is live writes nothing at all.
    let second = request(
        credential("cred_2", CF),
        vec![message("msg_2", Channel::Sms, "+393331234567", t0())],
    );
    assert!(matches!(
        s.create_pin_request(second).await,
        Err(StoreError::Conflict)
    ));
    assert!(s.credential("cred_2").await.unwrap().is_none());
    assert!(s.pin_request_json("req_cred_2").await.unwrap().is_none());
    assert_eq!(s.messages(Some(&key)).await.unwrap().len(), 1);

    // Revoking frees the codice fiscale for a new request.
    assert!(s.revoke("cred_1", t0() + secs(60)).await.unwrap());
    assert!(!s.revoke("cred_1", t0() + secs(61)).await.unwrap());
    assert!(s.live_credential(CF).await.unwrap().is_none());
    let revoked = s
        .last_revoked_credential(CF)
        .await
        .unwrap()
        .expect("revoked");
    assert_eq!(
        (revoked.id.as_str(), revoked.state),
        ("cred_1", PinState::Revoked)
    );
    filed(s, "cred_3", CF).await;
    assert_eq!(s.live_credential(CF).await.unwrap().unwrap().id, "cred_3");
    assert!(s
        .live_credential("XXXXXX00X00X000X")
        .await
        .unwrap()
        .is_none());
}

pub async fn revoke_ends_sessions_and_codes(s: &dyn Store) {
    let c = filed(s, "cred_1", CF).await;
    let other = filed(s, "cred_2", "VRDLGU70B02F205X").await;
    for (id, cred) in [("s1", &c), ("s2", &c), ("s3", &other)] {
        s.create_session(&session(id, &cred.id, Level::L1))
            .await
            .unwrap();
    }
    s.insert_code(code("code_1", &c.id, CodePurpose::Revoke, "email"))
        .await
        .unwrap();
    assert!(s.revoke(&c.id, t0()).await.unwrap());
    assert!(s.session("s1").await.unwrap().is_none());
    assert!(s.session("s2").await.unwrap().is_none());
    assert!(s.session("s3").await.unwrap().is_some(), "others untouched");
    let live = s.live_codes(&c.id, CodePurpose::Revoke, t0()).await;
    assert!(live.unwrap().is_empty());
    assert_eq!(reread(s, &c.id).await.state, PinState::Revoked);
}

pub async fn reserve_attempt_counts_and_locks(s: &dyn Store) {
    let c = filed(s, "cred_1", CF).await;
    let now = t0();
    for _ in 1..10 {
        let a = s.reserve_attempt(&c.id, now).await.unwrap();
        assert_eq!(a, Attempt::Allowed { blocks: false });
    }
    let tenth = s.reserve_attempt(&c.id, now).await.unwrap();
    assert_eq!(tenth, Attempt::Allowed { blocks: true });
    let locked = reread(s, &c.id).await;
    assert_eq!(locked.failed_attempts, 10);
    assert_eq!(locked.locked_until, Some(now + secs(180)));

    // Refused while blocked, and not counted.
    let refused = s.reserve_attempt(&c.id, now + secs(1)).await.unwrap();
    assert_eq!(
        refused,
        Attempt::Locked {
            retry_after_seconds: 179
        }
    );
    assert_eq!(reread(s, &c.id).await.failed_attempts, 10);

    // After the block every further wrong attempt blocks again.
    let later = now + secs(181);
    let again = s.reserve_attempt(&c.id, later).await.unwrap();
    assert_eq!(again, Attempt::Allowed { blocks: true });
    assert_eq!(reread(s, &c.id).await.locked_until, Some(later + secs(180)));

    s.reset_lockout(&c.id).await.unwrap();
    let reset = reread(s, &c.id).await;
    assert_eq!((reset.failed_attempts, reset.locked_until), (0, None));
    let fresh = s.reserve_attempt(&c.id, later).await.unwrap();
    assert_eq!(fresh, Attempt::Allowed { blocks: false });
    s.record_login(&c.id, later).await.unwrap();
    let logged = reread(s, &c.id).await;
    assert_eq!((logged.failed_attempts, logged.locked_until), (0, None));
    assert_eq!(logged.last_login_at, Some(later));
    assert!(logged.used_once());
}

pub async fn concurrent_attempts_are_each_counted_once(s: &dyn Store) {
    let c = filed(s, "cred_1", CF).await;
    let attempts = (0..16)
        .map(|_| s.reserve_attempt(&c.id, t0()))
        .collect::<Vec<_>>();
    let outcomes = join_all(attempts).await;
    let allowed = outcomes
        .iter()
        .filter(|o| matches!(o, Ok(Attempt::Allowed { .. })))
        .count();
    let blocking = outcomes
        .iter()
        .filter(|o| matches!(o, Ok(Attempt::Allowed { blocks: true })))
        .count();
    let locked = outcomes
        .iter()
        .filter(|o| matches!(o, Ok(Attempt::Locked { .. })))
        .count();
    assert_eq!((allowed, blocking, locked), (10, 1, 6), "{outcomes:?}");
    assert_eq!(reread(s, &c.id).await.failed_attempts, 10);
}

pub async fn first_access_happens_once_and_pins_are_remembered(s: &dyn Store) {
    let c = filed(s, "cred_1", CF).await;
    assert!(s.complete_first_access(&c.id, "pin-1", t0()).await.unwrap());
    let done = reread(s, &c.id).await;
    assert_eq!((done.initial_hash, done.half1_hash), (None, None));
    assert_eq!(done.pin_hash.as_deref(), Some("pin-1"));
    assert_eq!(done.pin_changed_at, Some(t0()));
    assert_eq!(done.state, PinState::Active);
    assert!(!s.complete_first_access(&c.id, "pin-x", t0()).await.unwrap());
    assert_eq!(reread(s, &c.id).await.pin_hash.as_deref(), Some("pin-1"));

    s.change_pin(&c.id, "pin-2", t0() + secs(10)).await.unwrap();
    s.change_pin(&c.id, "pin-3", t0() + secs(20)).await.unwrap();
    let changed = reread(s, &c.id).await;
    assert_eq!(changed.pin_hash.as_deref(), Some("pin-3"));
    assert_eq!(changed.pin_changed_at, Some(t0() + secs(20)));
    assert_eq!(s.pin_history(&c.id, 2).await.unwrap(), ["pin-3", "pin-2"]);
    assert_eq!(
        s.pin_history(&c.id, 5).await.unwrap(),
        ["pin-3", "pin-2", "pin-1"]
    );

    // A PIN dispositivo stays one through a first access (after a restore).
    let mut d = credential("cred_2", "VRDLGU70B02F205X");
    d.state = PinState::Dispositivo;
    s.create_pin_request(request(d, vec![])).await.unwrap();
    assert!(s
        .complete_first_access("cred_2", "pin-d", t0())
        .await
        .unwrap());
    assert_eq!(reread(s, "cred_2").await.state, PinState::Dispositivo);

    // A revoked PIN has no first access.
    filed(s, "cred_3", "BNCGNN60C03L219Y").await;
    s.revoke("cred_3", t0()).await.unwrap();
    assert!(!s
        .complete_first_access("cred_3", "pin-r", t0())
        .await
        .unwrap());
}

pub async fn lifecycle_steps_rewrite_the_credential(s: &dyn Store) {
    let c = filed(s, "cred_1", CF).await;
    let contacts = StoredContacts {
        home_phone: Some("+39061234567".into()),
        mobile: Some("+393339876543".into()),
        email: None,
        pec: Some("mario@pec.example.it".into()),
    };
    s.update_contacts(&c.id, &contacts, false, t0())
        .await
        .unwrap();
    let updated = reread(s, &c.id).await;
    assert_eq!(contacts_of(&updated), contacts);
    assert!(!updated.contacts_verified);
    s.set_contacts_verified(&c.id, true).await.unwrap();
    assert!(reread(s, &c.id).await.contacts_verified);
    s.set_privacy_version(&c.id, 3).await.unwrap();
    let privacy = reread(s, &c.id).await;
    assert!(privacy.privacy_accepted);
    assert_eq!(privacy.privacy_version, 3);

    // Activation: new contacts, verified, PIN usable, lockout cleared.
    s.reserve_attempt(&c.id, t0()).await.unwrap();
    let activated_with = StoredContacts {
        email: Some("nuova@example.it".into()),
        ..contacts.clone()
    };
    s.activate(&c.id, &activated_with, t0()).await.unwrap();
    let active = reread(s, &c.id).await;
    assert_eq!(contacts_of(&active), activated_with);
    assert!(active.contacts_verified && !active.activation_required);
    assert_eq!(active.failed_attempts, 0);

    // Restore: a new initial PIN, first access again, sessions ended.
    assert!(s.complete_first_access(&c.id, "pin-1", t0()).await.unwrap());
    s.create_session(&session("s1", &c.id, Level::L1))
        .await
        .unwrap();
    s.reserve_attempt(&c.id, t0()).await.unwrap();
    s.restore_pin(&c.id, "initial-2", t0() + secs(60))
        .await
        .unwrap();
    let restored = reread(s, &c.id).await;
    assert_eq!(restored.initial_hash.as_deref(), Some("initial-2"));
    assert_eq!((restored.pin_hash, restored.half1_hash), (None, None));
    assert_eq!((restored.failed_attempts, restored.locked_until), (0, None));
    assert!(s.session("s1").await.unwrap().is_none());
    assert!(s.complete_first_access(&c.id, "pin-2", t0()).await.unwrap());
}

fn contacts_of(c: &crate::store::Credential) -> StoredContacts {
    StoredContacts {
        home_phone: c.home_phone.clone(),
        mobile: c.mobile.clone(),
        email: c.email.clone(),
        pec: c.pec.clone(),
    }
}

pub(super) fn session(id: &str, credential_id: &str, level: Level) -> Session {
    Session {
        id: id.into(),
        credential_id: credential_id.into(),
        codice_fiscale: CF.into(),
        level,
        stage: SessionStage::Active,
        created_at: t0(),
        last_seen_at: t0(),
    }
}

pub(super) fn code(id: &str, credential_id: &str, purpose: CodePurpose, target: &str) -> NewCode {
    NewCode {
        id: id.into(),
        credential_id: credential_id.into(),
        purpose,
        target: target.into(),
        code_hash: format!("hash-{id}"),
        created_at: t0(),
        expires_at: t0() + secs(600),
        payload: None,
    }
}
