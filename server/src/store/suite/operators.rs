//! Back-office operators: accounts, lockout, sessions.

use super::{secs, t0};
use crate::store::credentials::LoginCommit;
use crate::store::{Attempt, NewOperatorLogin, OperatorRow, Store};

fn operator(id: &str, username: &str) -> OperatorRow {
    OperatorRow {
        id: id.into(),
        username: username.into(),
        display_name: format!("Operatore {id}"),
        role: "backoffice".into(),
        password_hash: format!("hash-{id}"),
        seeded: true,
        lockout: Default::default(),
    }
}

pub async fn operators_are_found_by_username(s: &dyn Store) {
    assert_eq!(s.count_operators().await.unwrap(), 0);
    s.insert_operator(&operator("op_1", "operatore"), t0())
        .await
        .unwrap();
    s.insert_operator(&operator("op_2", "operatore"), t0())
        .await
        .unwrap();
    assert_eq!(
        s.count_operators().await.unwrap(),
        1,
        "username taken: kept"
    );
    let op = s
        .operator_by_username("operatore")
        .await
        .unwrap()
        .expect("op");
    assert_eq!(
        (op.id.as_str(), op.display_name.as_str()),
        ("op_1", "Operatore op_1")
    );
    assert_eq!(
        (op.role.as_str(), op.password_hash.as_str()),
        ("backoffice", "hash-op_1")
    );
    assert!(op.seeded);
    assert!(s.operator_by_username("nobody").await.unwrap().is_none());

    assert!(s
        .set_operator_password("operatore", "new-hash")
        .await
        .unwrap());
    let changed = s
        .operator_by_username("operatore")
        .await
        .unwrap()
        .expect("op");
    assert_eq!(changed.password_hash, "new-hash");
    assert!(!changed.seeded, "its password is no longer the public one");
    assert!(!s.set_operator_password("nobody", "x").await.unwrap());
}

pub async fn operator_logins_follow_the_lockout(s: &dyn Store) {
    s.insert_operator(&operator("op_1", "operatore"), t0())
        .await
        .unwrap();
    for n in 1..=10 {
        let a = s.reserve_operator_attempt("op_1", t0()).await.unwrap();
        assert_eq!(a, Attempt::Allowed { blocks: n == 10 });
    }
    let locked = s.reserve_operator_attempt("op_1", t0() + secs(60)).await;
    let retry = Attempt::Locked {
        retry_after_seconds: 120,
    };
    assert_eq!(locked.unwrap(), retry);
    s.reset_operator_lockout("op_1").await.unwrap();
    let a = s.reserve_operator_attempt("op_1", t0() + secs(60)).await;
    assert_eq!(a.unwrap(), Attempt::Allowed { blocks: false });

    // A new password lifts a block too.
    for _ in 0..10 {
        s.reserve_operator_attempt("op_1", t0()).await.unwrap();
    }
    s.set_operator_password("operatore", "new-hash")
        .await
        .unwrap();
    let a = s.reserve_operator_attempt("op_1", t0()).await;
    assert_eq!(a.unwrap(), Attempt::Allowed { blocks: false });
}

pub async fn operator_sessions_are_created_touched_and_deleted(s: &dyn Store) {
    s.insert_operator(&operator("op_1", "operatore"), t0())
        .await
        .unwrap();
    s.create_operator_session("os_1", "op_1", t0())
        .await
        .unwrap();
    let read = s.operator_session("os_1").await.unwrap().expect("session");
    assert_eq!(
        (read.id.as_str(), read.operator.username.as_str()),
        ("os_1", "operatore")
    );
    assert_eq!((read.created_at, read.last_seen_at), (t0(), t0()));
    s.touch_operator_session("os_1", t0() + secs(30))
        .await
        .unwrap();
    let touched = s.operator_session("os_1").await.unwrap().expect("session");
    assert_eq!(
        (touched.created_at, touched.last_seen_at),
        (t0(), t0() + secs(30))
    );
    s.delete_operator_session("os_1").await.unwrap();
    assert!(s.operator_session("os_1").await.unwrap().is_none());
}

fn correct_login(session_id: &str, replaces: Option<&str>, at: i64) -> NewOperatorLogin {
    NewOperatorLogin {
        operator_id: "op_1".into(),
        verified_hash: "hash-op_1".into(),
        session_id: session_id.into(),
        replaces: replaces.map(str::to_owned),
        now: t0() + secs(at),
    }
}

pub async fn operator_correct_logins_never_count_and_yield_to_a_block(s: &dyn Store) {
    s.insert_operator(&operator("op_1", "operatore"), t0())
        .await
        .unwrap();
    // Nine wrong passwords, then correct logins: each clears the count and
    // opens a session (the second replacing the first); none counts.
    for _ in 0..9 {
        s.reserve_operator_attempt("op_1", t0()).await.unwrap();
    }
    let read = s.operator_by_username("operatore").await.unwrap().unwrap();
    assert_eq!(read.lockout.failed_attempts, 9, "read with the row");
    for n in 0..20 {
        let id = format!("os_{n}");
        let prev = (n > 0).then(|| format!("os_{}", n - 1));
        let c = s
            .commit_operator_login(&correct_login(&id, prev.as_deref(), 1))
            .await
            .unwrap();
        assert_eq!(c, LoginCommit::Committed);
    }
    assert!(s.operator_session("os_19").await.unwrap().is_some());
    assert!(
        s.operator_session("os_18").await.unwrap().is_none(),
        "replaced"
    );
    let read = s.operator_by_username("operatore").await.unwrap().unwrap();
    assert_eq!(read.lockout, Default::default(), "count cleared");
    for n in 1..=10 {
        let a = s.reserve_operator_attempt("op_1", t0() + secs(2)).await;
        assert_eq!(a.unwrap(), Attempt::Allowed { blocks: n == 10 });
    }

    // A block that started while the password was checked wins: nothing
    // written.
    let c = s
        .commit_operator_login(&correct_login("os_late", None, 62))
        .await
        .unwrap();
    assert_eq!(
        c,
        LoginCommit::Locked {
            retry_after_seconds: 120
        }
    );
    assert!(s.operator_session("os_late").await.unwrap().is_none());

    // A password changed meanwhile makes the check stale.
    s.set_operator_password("operatore", "new-hash")
        .await
        .unwrap();
    let c = s
        .commit_operator_login(&correct_login("os_stale", None, 62))
        .await
        .unwrap();
    assert_eq!(c, LoginCommit::Stale);
    assert!(s.operator_session("os_stale").await.unwrap().is_none());
}
