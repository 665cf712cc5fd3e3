//! The world list (`worlds`) and the whole-database dump a world is
//! exported to and imported from.

use serde_json::json;

use super::t0;
use crate::store::{Store, StoreError, WorldRow};

fn world(id: &str, code: &str, class: Option<&str>) -> WorldRow {
    WorldRow {
        id: id.into(),
        join_code: code.into(),
        name: format!("Aula {id}"),
        scenario: None,
        class_id: class.map(str::to_owned),
        created_at: t0(),
        pace: 1,
        paced_at_ms: None,
        generation: 0,
    }
}

pub async fn worlds_are_found_by_id_and_join_code_and_paced_once(s: &dyn Store) {
    s.insert_world(&world("a", "CODEA", Some("k")))
        .await
        .unwrap();
    s.insert_world(&world("b", "CODEB", Some("k")))
        .await
        .unwrap();
    // Neither an id nor a join code can be taken twice.
    assert!(matches!(
        s.insert_world(&world("a", "CODEC", None)).await,
        Err(StoreError::Conflict)
    ));
    assert!(matches!(
        s.insert_world(&world("c", "CODEA", None)).await,
        Err(StoreError::Conflict)
    ));
    assert_eq!(
        s.world("a").await.unwrap().unwrap(),
        world("a", "CODEA", Some("k"))
    );
    assert_eq!(
        s.world_by_join_code("CODEB").await.unwrap().unwrap().id,
        "b"
    );
    assert!(s.world_by_join_code("codeb").await.unwrap().is_none());
    let class: Vec<String> = s
        .worlds_of_class("k")
        .await
        .unwrap()
        .into_iter()
        .map(|w| w.id)
        .collect();
    assert_eq!(class, ["a", "b"]);

    // A new join code replaces the old one.
    assert!(s.set_join_code("a", "CODEN").await.unwrap());
    assert!(s.world_by_join_code("CODEA").await.unwrap().is_none());
    assert!(matches!(
        s.set_join_code("a", "CODEB").await,
        Err(StoreError::Conflict)
    ));
    assert!(!s.set_join_code("zz", "CODEZ").await.unwrap());

    // Compressed time: each stretch is claimed once.
    assert!(s.paced_worlds().await.unwrap().is_empty());
    assert!(s.set_pace("a", 1440, Some(1_000)).await.unwrap());
    let paced = s.paced_worlds().await.unwrap();
    assert_eq!((paced.len(), paced[0].pace), (1, 1440));
    assert!(s.claim_pace("a", 1_000, 2_000).await.unwrap());
    assert!(!s.claim_pace("a", 1_000, 2_000).await.unwrap());
    assert_eq!(
        s.world("a").await.unwrap().unwrap().paced_at_ms,
        Some(2_000)
    );

    // Each reset moves the generation on.
    assert_eq!(s.next_generation("a").await.unwrap(), Some(1));
    assert_eq!(s.next_generation("a").await.unwrap(), Some(2));
    assert_eq!(s.world("a").await.unwrap().unwrap().generation, 2);
    assert_eq!(s.next_generation("zz").await.unwrap(), None);

    assert!(s.delete_world("a").await.unwrap());
    assert!(!s.delete_world("a").await.unwrap());
    assert!(s.world("a").await.unwrap().is_none());
}

pub async fn an_export_imports_back_every_record(s: &dyn Store) {
    s.save_setting("privacy_version", "3").await.unwrap();
    s.save_clock_offset(42).await.unwrap();
    let dump = s.export_tables().await.unwrap();
    assert!(dump
        .iter()
        .all(|(t, _)| t != "worlds" && t != "_sqlx_migrations"));
    let settings = dump
        .iter()
        .find(|(t, _)| t == "sim_settings")
        .expect("the settings table is exported");
    assert!(!settings.1.is_empty());

    // Whatever was written after the export is gone after the import.
    s.save_setting("privacy_version", "4").await.unwrap();
    s.save_setting("later", "x").await.unwrap();
    s.import_tables(&dump).await.unwrap();
    assert_eq!(
        s.setting("privacy_version").await.unwrap().as_deref(),
        Some("3")
    );
    assert_eq!(s.setting("later").await.unwrap(), None);
    assert_eq!(s.export_tables().await.unwrap(), dump);

    // A table this database does not have is refused, and nothing changes.
    let mut foreign = dump.clone();
    foreign.push(("no_such_table".into(), vec![json!({"a": 1})]));
    assert!(s.import_tables(&foreign).await.is_err());
    assert_eq!(
        s.setting("privacy_version").await.unwrap().as_deref(),
        Some("3")
    );
}
