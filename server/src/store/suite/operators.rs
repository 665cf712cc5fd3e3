//! Back-office operators: accounts, lockout, sessions.

use super::{secs, t0};
use crate::store::{Attempt, OperatorRow, Store};

fn operator(id: &str, username: &str) -> OperatorRow {
    OperatorRow {
        id: id.into(),
        username: username.into(),
        display_name: format!("Operatore {id}"),
        role: "backoffice".into(),
        password_hash: format!("hash-{id}"),
        seeded: true,
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
