//! The bulk loads behind `server seed`: every row of a batch is written (a
//! batch larger than one multi-row statement included), and running a load
//! again adds nothing and changes nothing already there.

use domain::api::{Channel, PinState};

use super::{credential, message, t0, Store};
use crate::seed::synthetic_citizen;

pub async fn bulk_loads_write_every_row_once(s: &dyn Store) {
    // More rows than one multi-row statement holds.
    let people: Vec<_> = (0..2_500).map(synthetic_citizen).collect();
    assert_eq!(
        s.insert_citizens(&people, t0())
            .await
            .expect("bulk citizens"),
        2_500
    );
    assert_eq!(s.count_citizens().await.expect("count"), 2_500);
    let again: Vec<_> = (2_499..2_501).map(synthetic_citizen).collect();
    assert_eq!(
        s.insert_citizens(&again, t0()).await.expect("bulk again"),
        1,
        "a codice fiscale already in the registry is skipped"
    );
    let stored = s
        .citizen(&people[1_234].codice_fiscale)
        .await
        .expect("read")
        .expect("citizen stored");
    assert_eq!(stored, people[1_234]);

    let cf = &people[7].codice_fiscale;
    let mut seeded = credential("seeded-7", cf);
    seeded.state = PinState::Active;
    seeded.pin_hash = Some("pin-hash".into());
    seeded.request_id = None;
    assert_eq!(
        s.insert_credentials(&[seeded])
            .await
            .expect("bulk credentials"),
        1
    );
    let rival = credential("seeded-7-bis", cf);
    assert_eq!(
        s.insert_credentials(&[rival]).await.expect("bulk again"),
        0,
        "a codice fiscale with a live PIN keeps it"
    );
    let live = s
        .live_credential(cf)
        .await
        .expect("read")
        .expect("live PIN");
    assert_eq!(
        (live.id.as_str(), live.state, live.pin_hash.as_deref()),
        ("seeded-7", PinState::Active, Some("pin-hash"))
    );
    assert_eq!(live.failed_attempts, 0);

    let mail = vec![
        message("bulk-1", Channel::Email, "Bulk@Esempio.it", t0()),
        message("bulk-2", Channel::Email, "bulk@esempio.it", t0()),
    ];
    assert_eq!(s.insert_messages(&mail).await.expect("bulk messages"), 2);
    assert_eq!(s.insert_messages(&mail).await.expect("bulk again"), 0);
    let inbox = s.messages(Some("bulk@esempio.it")).await.expect("inbox");
    assert_eq!(inbox.len(), 2, "{inbox:?}");
}

/// A login with a codice fiscale that holds no PIN is counted apart: every
/// code (more than the 256 buckets, the same one twice) is accepted, and
/// no credential's lockout moves.
pub async fn logins_without_a_pin_never_touch_a_lockout(s: &dyn Store) {
    let holder = synthetic_citizen(0).codice_fiscale;
    let mut seeded = credential("holder", &holder);
    seeded.request_id = None;
    s.insert_credentials(&[seeded]).await.expect("credential");
    for i in 1..=300 {
        let cf = synthetic_citizen(i).codice_fiscale;
        s.count_login_without_pin(&cf, t0()).await.expect("counted");
    }
    s.count_login_without_pin("RSSMRA80A01H501U", t0())
        .await
        .expect("counted again");
    s.count_login_without_pin("RSSMRA80A01H501U", t0())
        .await
        .expect("counted again");
    let c = s.credential("holder").await.expect("read").expect("exists");
    assert_eq!((c.failed_attempts, c.locked_until), (0, None));
}
