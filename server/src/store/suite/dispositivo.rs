//! Applications, preferences and conversions.

use std::collections::BTreeMap;

use domain::api::{Level, PinState};
use domain::dispositivo::{
    ApplicationKind, ApplicationStatus, ConversionChannel, ConversionStatus, IdentityDocument,
    Preferences, UploadSlot,
};
use domain::upload::FileKind;

use super::citizens::session;
use super::{filed, reread, secs, t0, CF};
use crate::store::{ApplicationRow, ConversionRow, Store, StoreError, StoredFile, PROTOCOL_PREFIX};

pub(super) fn application(
    id: &str,
    credential_id: &str,
    protocolled: bool,
    at: i64,
) -> ApplicationRow {
    let submitted_at = t0() + secs(at);
    ApplicationRow {
        id: id.into(),
        credential_id: credential_id.into(),
        codice_fiscale: CF.into(),
        kind: ApplicationKind::Naspi,
        status: if protocolled {
            ApplicationStatus::Protocolled
        } else {
            ApplicationStatus::Frozen
        },
        data: BTreeMap::from([("iban".to_owned(), format!("IT60X0542811101000000{id}"))]),
        submitted_at,
        protocolled_at: protocolled.then_some(submitted_at),
        protocol_number: None,
    }
}

/// `INPS.0080.dd/mm/yyyy.NNNNNNN`, on the day given.
fn assert_protocol(number: Option<&str>, day: &str) {
    let n = number.expect("protocol number");
    let seq = n
        .strip_prefix(PROTOCOL_PREFIX)
        .and_then(|rest| rest.strip_prefix(day))
        .and_then(|rest| rest.strip_prefix('.'))
        .unwrap_or_else(|| panic!("{n} is not a protocol number of {day}"));
    assert!(
        seq.len() == 7 && seq.bytes().all(|b| b.is_ascii_digit()),
        "{n}"
    );
}

fn document(number: &str) -> IdentityDocument {
    IdentityDocument {
        doc_type: "carta_identita".into(),
        number: number.into(),
        issuer: "Comune di Roma".into(),
        issued_on: "2015-03-01".into(),
        expires_on: "2025-03-01".into(),
    }
}

fn draft(id: &str, credential_id: &str) -> ConversionRow {
    ConversionRow {
        id: id.into(),
        credential_id: credential_id.into(),
        codice_fiscale: CF.into(),
        status: ConversionStatus::Draft,
        channel: ConversionChannel::Online,
        document: document("AX1234567"),
        module_file: None,
        document_file: None,
        created_at: t0(),
        submitted_at: None,
        decided_at: None,
        decided_by: None,
        reason: None,
    }
}

fn file(name: &str, kind: FileKind) -> StoredFile {
    StoredFile {
        stored_name: name.into(),
        kind,
        size: 1234,
        uploaded_at: t0() + secs(5),
    }
}

/// A conversion with both files, confirmed: in review.
pub(super) async fn submitted(s: &dyn Store, id: &str, credential_id: &str) {
    s.insert_conversion(&draft(id, credential_id))
        .await
        .unwrap();
    for (slot, name) in [(UploadSlot::Module, "mod"), (UploadSlot::Document, "doc")] {
        let f = file(&format!("{id}-{name}"), FileKind::Pdf);
        s.set_conversion_file(id, slot, &f).await.unwrap();
    }
    assert!(s.submit_conversion(id, t0() + secs(10)).await.unwrap());
}

pub async fn applications_are_numbered_when_protocolled(s: &dyn Store) {
    let c = filed(s, "cred_1", CF).await;
    let frozen = s
        .insert_application(application("dom_1", &c.id, false, 0))
        .await
        .unwrap();
    assert_eq!(frozen.status, ApplicationStatus::Frozen);
    assert_eq!(
        (frozen.protocolled_at, frozen.protocol_number),
        (None, None)
    );
    let done = s
        .insert_application(application("dom_2", &c.id, true, 60))
        .await
        .unwrap();
    assert_eq!(done.protocolled_at, Some(t0() + secs(60)));
    assert_protocol(done.protocol_number.as_deref(), "01/04/2020");

    let listed = s.applications(CF).await.unwrap();
    let ids: Vec<_> = listed.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["dom_2", "dom_1"]);
    let read = s.application("dom_1").await.unwrap().expect("application");
    assert_eq!(read.data, application("dom_1", &c.id, false, 0).data);
    assert_eq!(
        (read.kind, read.submitted_at),
        (ApplicationKind::Naspi, t0())
    );
    assert!(s.application("nope").await.unwrap().is_none());
    assert!(s.applications("XXXXXX00X00X000X").await.unwrap().is_empty());
}

pub async fn preferences_are_kept_per_codice_fiscale(s: &dyn Store) {
    assert_eq!(s.preferences(CF).await.unwrap(), None);
    let mut p = Preferences::default();
    s.save_preferences(CF, &p, t0()).await.unwrap();
    p.language = "de".into();
    p.newsletter = true;
    s.save_preferences(CF, &p, t0()).await.unwrap();
    assert_eq!(s.preferences(CF).await.unwrap(), Some(p));
    assert_eq!(s.preferences("XXXXXX00X00X000X").await.unwrap(), None);
}

pub async fn a_conversion_goes_from_draft_to_review_to_approved(s: &dyn Store) {
    let c = filed(s, "cred_1", CF).await;
    s.complete_first_access(&c.id, "pin-1", t0()).await.unwrap();
    s.create_session(&session("l1", &c.id, Level::L1))
        .await
        .unwrap();
    s.create_session(&session("l0", &c.id, Level::L0))
        .await
        .unwrap();
    for (id, at) in [("dom_late", 3600), ("dom_early", 0)] {
        s.insert_application(application(id, &c.id, false, at))
            .await
            .unwrap();
    }

    // Draft: one open at a time, document and files still editable.
    s.insert_conversion(&draft("conv_1", &c.id)).await.unwrap();
    let twice = s.insert_conversion(&draft("conv_2", &c.id)).await;
    assert!(matches!(twice, Err(StoreError::Conflict)));
    let latest = s.latest_conversion(&c.id).await.unwrap().expect("draft");
    assert_eq!(
        (latest.id.as_str(), latest.status),
        ("conv_1", ConversionStatus::Draft)
    );
    assert!(s
        .update_conversion_document("conv_1", &document("BY7654321"))
        .await
        .unwrap());
    assert!(
        !s.submit_conversion("conv_1", t0()).await.unwrap(),
        "no files yet"
    );
    let module = file("m-1", FileKind::Pdf);
    let first = s
        .set_conversion_file("conv_1", UploadSlot::Module, &module)
        .await;
    assert_eq!(first.unwrap(), None);
    let replaced = file("m-2", FileKind::Jpeg);
    let second = s
        .set_conversion_file("conv_1", UploadSlot::Module, &replaced)
        .await;
    assert_eq!(second.unwrap().as_deref(), Some("m-1"));
    assert!(
        !s.submit_conversion("conv_1", t0()).await.unwrap(),
        "one file"
    );
    let doc = file("d-1", FileKind::Png);
    s.set_conversion_file("conv_1", UploadSlot::Document, &doc)
        .await
        .unwrap();
    assert!(
        s.conversions(None).await.unwrap().is_empty(),
        "drafts unlisted"
    );

    // In review: frozen for the citizen.
    assert!(s
        .submit_conversion("conv_1", t0() + secs(10))
        .await
        .unwrap());
    let review = s.conversion("conv_1").await.unwrap().expect("conversion");
    assert_eq!(review.status, ConversionStatus::InLavorazione);
    assert_eq!(review.submitted_at, Some(t0() + secs(10)));
    assert_eq!(review.document, document("BY7654321"));
    assert_eq!(review.file(UploadSlot::Module), Some(&replaced));
    assert_eq!(review.file(UploadSlot::Document), Some(&doc));
    assert!(!s
        .update_conversion_document("conv_1", &document("X"))
        .await
        .unwrap());
    let late = s
        .set_conversion_file("conv_1", UploadSlot::Document, &doc)
        .await;
    assert!(matches!(late, Err(StoreError::Conflict)));
    assert!(!s
        .submit_conversion("conv_1", t0() + secs(11))
        .await
        .unwrap());
    let queue = s.conversions(Some(ConversionStatus::InLavorazione)).await;
    assert_eq!(queue.unwrap().len(), 1);

    // Approved: PIN dispositivo, L1 sessions at L2, frozen applications
    // protocolled oldest first with their submission date.
    let now = t0() + secs(86_400);
    let approval = s.approve_conversion("conv_1", "operatore", now).await;
    let approval = approval.unwrap().expect("approved");
    let ids: Vec<_> = approval.protocolled.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["dom_early", "dom_late"]);
    for a in &approval.protocolled {
        assert_eq!(a.status, ApplicationStatus::Protocolled);
        assert_eq!(a.protocolled_at, Some(now));
        assert_protocol(a.protocol_number.as_deref(), "02/04/2020");
    }
    assert_ne!(
        approval.protocolled[0].protocol_number,
        approval.protocolled[1].protocol_number
    );
    assert_eq!(approval.protocolled[1].submitted_at, t0() + secs(3600));
    assert_eq!(reread(s, &c.id).await.state, PinState::Dispositivo);
    assert_eq!(s.session("l1").await.unwrap().unwrap().level, Level::L2);
    assert_eq!(s.session("l0").await.unwrap().unwrap().level, Level::L0);
    let decided = s.conversion("conv_1").await.unwrap().expect("conversion");
    assert_eq!(decided.status, ConversionStatus::Approved);
    assert_eq!(decided.decided_at, Some(now));
    assert_eq!(decided.decided_by.as_deref(), Some("operatore"));
    assert!(s
        .approve_conversion("conv_1", "operatore", now)
        .await
        .unwrap()
        .is_none());
    assert!(!s
        .reject_conversion("conv_1", "revisore", "no", now)
        .await
        .unwrap());
    assert_eq!(s.conversions(None).await.unwrap().len(), 1);
    // Decided, it is no longer open.
    s.insert_conversion(&draft("conv_3", &c.id)).await.unwrap();
}

pub async fn a_rejected_conversion_keeps_its_reason(s: &dyn Store) {
    let c = filed(s, "cred_1", CF).await;
    s.complete_first_access(&c.id, "pin-1", t0()).await.unwrap();
    s.insert_conversion(&draft("conv_0", &c.id)).await.unwrap();
    let not_in_review = s.reject_conversion("conv_0", "revisore", "x", t0()).await;
    assert!(!not_in_review.unwrap());
    assert!(s
        .approve_conversion("conv_0", "revisore", t0())
        .await
        .unwrap()
        .is_none());
    s.update_conversion_document("conv_0", &document("AX1"))
        .await
        .unwrap();

    let other = filed(s, "cred_2", "VRDLGU70B02F205X").await;
    submitted(s, "conv_1", &other.id).await;
    let now = t0() + secs(60);
    let reason = "Documento illeggibile";
    assert!(s
        .reject_conversion("conv_1", "revisore", reason, now)
        .await
        .unwrap());
    let rejected = s.conversion("conv_1").await.unwrap().expect("conversion");
    assert_eq!(rejected.status, ConversionStatus::Rejected);
    assert_eq!(rejected.reason.as_deref(), Some(reason));
    assert_eq!(rejected.decided_by.as_deref(), Some("revisore"));
    assert_eq!(rejected.decided_at, Some(now));
    assert_eq!(reread(s, &other.id).await.state, PinState::Issued);
    assert!(s
        .approve_conversion("conv_1", "operatore", now)
        .await
        .unwrap()
        .is_none());
    let listed = s.conversions(Some(ConversionStatus::Rejected)).await;
    assert_eq!(listed.unwrap()[0].id, "conv_1");
}

/// A fax arrives whole: files, submission date and channel are stored as
/// given, it is in the queue, and it blocks a second open conversion.
pub async fn a_fax_conversion_is_stored_whole_and_in_review(s: &dyn Store) {
    let c = filed(s, "cred_1", CF).await;
    let row = ConversionRow {
        status: ConversionStatus::InLavorazione,
        channel: ConversionChannel::Fax,
        module_file: Some(file("fax-mod", FileKind::Pdf)),
        document_file: Some(file("fax-doc", FileKind::Jpeg)),
        submitted_at: Some(t0() + secs(7)),
        ..draft("conv_fax", &c.id)
    };
    s.insert_conversion(&row).await.unwrap();
    let read = s.conversion("conv_fax").await.unwrap().expect("conversion");
    assert_eq!(read.channel, ConversionChannel::Fax);
    assert_eq!(read.status, ConversionStatus::InLavorazione);
    assert_eq!(read.module_file, row.module_file);
    assert_eq!(read.document_file, row.document_file);
    assert_eq!(read.submitted_at, Some(t0() + secs(7)));
    let queue = s
        .conversions(Some(ConversionStatus::InLavorazione))
        .await
        .unwrap();
    assert_eq!(
        queue
            .iter()
            .map(|r| (r.id.as_str(), r.channel))
            .collect::<Vec<_>>(),
        [("conv_fax", ConversionChannel::Fax)]
    );
    assert!(matches!(
        s.insert_conversion(&draft("conv_2", &c.id)).await,
        Err(StoreError::Conflict)
    ));
    assert!(s
        .approve_conversion("conv_fax", "op", t0() + secs(60))
        .await
        .unwrap()
        .is_some());
    let read = s.conversion("conv_fax").await.unwrap().expect("conversion");
    assert_eq!(
        (read.status, read.channel),
        (ConversionStatus::Approved, ConversionChannel::Fax)
    );
}
