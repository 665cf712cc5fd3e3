//! Trainer classes: kept whole, listed newest first, deleted once.

use super::{secs, t0};
use crate::store::{ClassRow, Store, StoreError, WorldActivity};

fn class(id: &str, name: &str, at: i64) -> ClassRow {
    ClassRow {
        id: id.into(),
        name: name.into(),
        scenarios: vec!["locked".into(), "letter_in_post".into()],
        created_by: "formatore".into(),
        created_at: t0() + secs(at),
    }
}

pub async fn classes_are_kept_listed_newest_first_and_deleted_once(s: &dyn Store) {
    assert!(s.classes().await.unwrap().is_empty());
    assert_eq!(
        s.world_activity(5).await.unwrap(),
        WorldActivity::default(),
        "nothing done yet"
    );
    let a = class("cls_a", "Aula 1", 0);
    let b = class("cls_b", "Aula 2", 60);
    s.insert_class(&a).await.unwrap();
    s.insert_class(&b).await.unwrap();
    assert!(
        matches!(s.insert_class(&a).await, Err(StoreError::Conflict)),
        "an id is taken once"
    );
    assert_eq!(s.class("cls_a").await.unwrap(), Some(a.clone()));
    assert_eq!(s.class("cls_zz").await.unwrap(), None);
    let ids: Vec<String> = s
        .classes()
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(ids, ["cls_b", "cls_a"]);
    assert!(s.delete_class("cls_a").await.unwrap());
    assert!(!s.delete_class("cls_a").await.unwrap(), "already gone");
    assert_eq!(s.class("cls_a").await.unwrap(), None);
    assert_eq!(s.class("cls_b").await.unwrap(), Some(b));
}
