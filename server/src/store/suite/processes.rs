//! Two handles on one database, as two server processes have: every
//! read-decide-write must be exact across them, not only within one pool.
//! Each case takes both handles and spreads its concurrent calls over them.

use domain::api::PinState;

use super::citizens::code;
use super::dispositivo::{application, submitted};
use super::{credential, filed, join_all, request, t0, CF};
use crate::store::{Attempt, CodePurpose, Store, StoreError};

/// `a` for even `i`, `b` for odd.
fn either<'s>(i: usize, a: &'s dyn Store, b: &'s dyn Store) -> &'s dyn Store {
    if i.is_multiple_of(2) {
        a
    } else {
        b
    }
}

pub async fn racing_requests_for_one_codice_fiscale_file_one_pin(a: &dyn Store, b: &dyn Store) {
    let outcomes = join_all(
        (0..8)
            .map(|i| {
                either(i, a, b)
                    .create_pin_request(request(credential(&format!("c{i}"), CF), vec![]))
            })
            .collect(),
    )
    .await;
    let filed: Vec<usize> = outcomes
        .iter()
        .enumerate()
        .filter_map(|(i, o)| o.is_ok().then_some(i))
        .collect();
    assert_eq!(filed.len(), 1, "{outcomes:?}");
    assert!(outcomes
        .iter()
        .all(|o| matches!(o, Ok(()) | Err(StoreError::Conflict))));
    let live = b.live_credential(CF).await.unwrap().expect("live");
    assert_eq!(live.id, format!("c{}", filed[0]));
}

pub async fn attempts_over_two_handles_are_each_counted_once(a: &dyn Store, b: &dyn Store) {
    let c = filed(a, "cred_1", CF).await;
    let outcomes = join_all(
        (0..30)
            .map(|i| either(i, a, b).reserve_attempt(&c.id, t0()))
            .collect(),
    )
    .await;
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
    assert_eq!((allowed, blocking, locked), (10, 1, 20), "{outcomes:?}");
    assert_eq!(
        b.credential(&c.id).await.unwrap().unwrap().failed_attempts,
        10
    );
}

pub async fn codes_over_two_handles_stay_single(a: &dyn Store, b: &dyn Store) {
    let c = filed(a, "cred_1", CF).await;
    // Issued at once: only one of them may stay live.
    let issued = join_all(
        (0..8)
            .map(|i| {
                either(i, a, b).insert_code(code(
                    &format!("code_{i}"),
                    &c.id,
                    CodePurpose::Restore,
                    "mobile",
                ))
            })
            .collect(),
    )
    .await;
    assert!(issued.iter().all(Result::is_ok), "{issued:?}");
    let live = a
        .live_codes(&c.id, CodePurpose::Restore, t0())
        .await
        .unwrap();
    assert_eq!(live.len(), 1, "{live:?}");
    // Consumed at once: exactly one use.
    let used = join_all(
        (0..8)
            .map(|i| either(i, a, b).consume_code(&live[0].id, t0()))
            .collect(),
    )
    .await;
    assert_eq!(
        used.iter().filter(|u| matches!(u, Ok(true))).count(),
        1,
        "{used:?}"
    );
    assert!(used.iter().all(Result::is_ok));
}

pub async fn a_conversion_is_decided_once_over_two_handles(a: &dyn Store, b: &dyn Store) {
    let c = filed(a, "cred_1", CF).await;
    a.complete_first_access(&c.id, "pin", t0()).await.unwrap();
    a.insert_application(application("f1", &c.id, false, 1))
        .await
        .unwrap();
    submitted(a, "conv_1", &c.id).await;
    let approvals = join_all(
        (0..6)
            .map(|i| either(i, a, b).approve_conversion("conv_1", "operatore", t0()))
            .collect(),
    )
    .await;
    let rejections = join_all(
        (0..6)
            .map(|i| either(i, a, b).reject_conversion("conv_1", "revisore", "no", t0()))
            .collect(),
    )
    .await;
    let approved: Vec<_> = approvals.into_iter().filter_map(|o| o.unwrap()).collect();
    assert_eq!(approved.len(), 1);
    assert_eq!(approved[0].protocolled.len(), 1, "the frozen one, once");
    assert!(rejections.into_iter().all(|r| !r.unwrap()));
    let cred = b.credential(&c.id).await.unwrap().unwrap();
    assert_eq!(cred.state, PinState::Dispositivo);
}

pub async fn protocol_numbers_over_two_handles_are_unique(a: &dyn Store, b: &dyn Store) {
    let c = filed(a, "cred_1", CF).await;
    let rows = join_all(
        (0..12)
            .map(|i| {
                either(i, a, b).insert_application(application(&format!("{i:02}"), &c.id, true, 0))
            })
            .collect(),
    )
    .await;
    let mut numbers: Vec<String> = rows
        .into_iter()
        .map(|r| r.unwrap().protocol_number.expect("protocolled"))
        .collect();
    numbers.sort();
    numbers.dedup();
    assert_eq!(numbers.len(), 12);
}

pub async fn clock_moves_over_two_handles_all_add_up(a: &dyn Store, b: &dyn Store) {
    a.save_clock_offset(0).await.unwrap();
    let moved = join_all(
        (0..10)
            .map(|i| either(i, a, b).shift_clock_offset(1_000, -1_000_000, 1_000_000))
            .collect(),
    )
    .await;
    assert!(moved.iter().all(|m| matches!(m, Ok(Some(_)))), "{moved:?}");
    assert_eq!(b.clock_offset().await.unwrap(), Some(10_000));
    assert_eq!(a.clock_offset().await.unwrap(), Some(10_000));
}
