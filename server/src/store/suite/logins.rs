//! The login's one write transaction (`commit_login`): all of it or none.

use domain::api::{Channel, Level};

use super::citizens::session;
use super::{filed, reread, secs, t0, CF};
use crate::store::credentials::{LoginCommit, LoginSession, NewLogin};
use crate::store::{CredentialEvent, Store};

fn login(credential_id: &str, hash: &str, at_secs: i64, session_id: Option<&str>) -> NewLogin {
    let now = t0() + secs(at_secs);
    NewLogin {
        credential_id: credential_id.into(),
        verified_hash: hash.into(),
        now,
        session: session_id.map(|id| LoginSession {
            session: session(id, credential_id, Level::L1),
            replaces: Some("old".into()),
            event: CredentialEvent {
                credential_id: credential_id.into(),
                codice_fiscale: CF.into(),
                kind: "login".into(),
                channel: Some(Channel::Sms),
                recipient: None,
                at: now,
            },
        }),
    }
}

pub async fn a_login_commits_its_session_and_event_or_nothing(s: &dyn Store) {
    let c = filed(s, "cred_1", CF).await;
    let hash = c.initial_hash.clone().expect("initial hash");
    s.create_session(&session("old", &c.id, Level::L1))
        .await
        .unwrap();
    s.reserve_attempt(&c.id, t0()).await.unwrap();

    // The credential no longer holds the hash: nothing written.
    let stale = s
        .commit_login(&login(&c.id, "another", 1, Some("s1")))
        .await;
    assert_eq!(stale.unwrap(), LoginCommit::Stale);
    assert!(s.session("s1").await.unwrap().is_none());
    assert!(s.session("old").await.unwrap().is_some());
    assert!(s.events(CF, 10).await.unwrap().is_empty());
    assert_eq!(reread(s, &c.id).await.failed_attempts, 1);

    // Right PIN without a session (activation pending): count cleared only.
    let bare = s.commit_login(&login(&c.id, &hash, 2, None)).await;
    assert_eq!(bare.unwrap(), LoginCommit::Committed);
    let read = reread(s, &c.id).await;
    assert_eq!((read.failed_attempts, read.last_login_at), (0, None));

    // A session login: the session, the one it replaces ended, the event.
    s.reserve_attempt(&c.id, t0() + secs(3)).await.unwrap();
    let done = s.commit_login(&login(&c.id, &hash, 4, Some("s1"))).await;
    assert_eq!(done.unwrap(), LoginCommit::Committed);
    let opened = s.session("s1").await.unwrap().expect("session opened");
    assert_eq!(opened.credential_id, c.id);
    assert!(s.session("old").await.unwrap().is_none());
    let events = s.events(CF, 10).await.unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(
        (events[0].kind.as_str(), events[0].channel, events[0].at),
        ("login", Some(Channel::Sms), t0() + secs(4))
    );
    let read = reread(s, &c.id).await;
    assert_eq!(read.failed_attempts, 0);
    assert_eq!(read.last_login_at, Some(t0() + secs(4)));

    // Blocked meanwhile (ten wrong PINs): nothing written, the wait told.
    for _ in 0..10 {
        s.reserve_attempt(&c.id, t0() + secs(5)).await.unwrap();
    }
    let locked = s.commit_login(&login(&c.id, &hash, 6, Some("s2"))).await;
    assert_eq!(
        locked.unwrap(),
        LoginCommit::Locked {
            retry_after_seconds: 179
        }
    );
    assert!(s.session("s2").await.unwrap().is_none());
    assert_eq!(s.events(CF, 10).await.unwrap().len(), 1);
}
