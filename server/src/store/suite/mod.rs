//! The store's contract, as tests every implementation must pass: each case
//! is a `pub async fn` on `&dyn Store` that starts from an empty, migrated
//! store. An implementation runs the whole suite with one line in its own
//! `#[cfg(test)]` module, `store_suite!(fresh)`, where `fresh()` returns the
//! store and whatever keeps it alive (a temporary directory, a scratch
//! schema) until the case ends.
//!
//! The cases check what callers rely on, not how it is stored: the answers
//! of the guarded writes (`Conflict`, `false`, `None`), what each write
//! changes and what it leaves alone, the orders the lists promise, and that
//! concurrent attempts are each counted once.

mod bulk;
mod citizens;
mod classes;
mod contact_center;
mod dispositivo;
mod inboxes;
mod logins;
mod operators;
mod processes;
mod relay;
mod support_requests;
mod worlds;

use std::future::Future;
use std::pin::Pin;
use std::task::Poll;

use chrono::{DateTime, Duration, Utc};
use domain::api::{Channel, PinState, Role};

pub use bulk::*;
pub use citizens::*;
pub use classes::*;
pub use contact_center::*;
pub use dispositivo::*;
pub use inboxes::*;
pub use logins::*;
pub use operators::*;
pub use processes::*;
pub use relay::*;
pub use support_requests::*;
pub use worlds::*;

use super::{Credential, NewMessage, NewPinRequest, Store};

/// One `#[tokio::test]` per case, each on a store of its own from
/// `$fresh().await` (a `(store, guard)` pair; the guard is dropped last).
macro_rules! store_suite {
    ($fresh:path) => {
        $crate::store::suite::store_suite!(@cases $fresh;
            settings_and_the_clock_offset_are_kept,
            the_clock_moves_atomically_within_its_bounds,
            registry_keeps_citizens_in_insertion_order,
            bulk_loads_write_every_row_once,
            logins_without_a_pin_never_touch_a_lockout,
            a_login_commits_its_session_and_event_or_nothing,
            a_codice_fiscale_holds_one_live_pin,
            revoke_ends_sessions_and_codes,
            reserve_attempt_counts_and_locks,
            concurrent_attempts_are_each_counted_once,
            first_access_happens_once_and_pins_are_remembered,
            lifecycle_steps_rewrite_the_credential,
            sessions_are_created_touched_staged_and_deleted,
            a_session_is_read_with_its_credential,
            codes_are_single_use_and_only_the_newest_counts,
            messages_are_listed_by_recipient_as_written,
            a_lost_message_leaves_the_inbox_and_stays_on_record,
            events_are_listed_newest_first,
            applications_are_numbered_when_protocolled,
            preferences_are_kept_per_codice_fiscale,
            a_conversion_goes_from_draft_to_review_to_approved,
            a_rejected_conversion_keeps_its_reason,
            a_fax_conversion_is_stored_whole_and_in_review,
            operators_are_found_by_username,
            operator_logins_follow_the_lockout,
            operator_correct_logins_never_count_and_yield_to_a_block,
            operator_sessions_are_created_touched_and_deleted,
            the_audit_is_listed_newest_first_and_by_codice_fiscale,
            a_callback_outcome_is_recorded_once_and_releases_the_letter,
            the_relay_outbox_takes_new_mail_once_and_records_attempts,
            worlds_are_found_by_id_and_join_code_and_paced_once,
            an_export_imports_back_every_record,
            classes_are_kept_listed_newest_first_and_deleted_once,
            support_requests_are_filed_listed_taken_and_closed_once,
        );
    };
    (@cases $fresh:path; $($case:ident),* $(,)?) => {
        $(
            #[tokio::test]
            async fn $case() {
                let (store, _guard) = $fresh().await;
                $crate::store::suite::$case(&store).await;
            }
        )*
    };
}
pub(crate) use store_suite;

/// The cases of [`processes`], one `#[tokio::test]` each, on two handles
/// of one fresh database from `$fresh().await` (an `(a, b, guard)` triple):
/// what two server processes sharing the database would do.
macro_rules! two_handle_suite {
    ($fresh:path) => {
        $crate::store::suite::two_handle_suite!(@cases $fresh;
            racing_requests_for_one_codice_fiscale_file_one_pin,
            attempts_over_two_handles_are_each_counted_once,
            codes_over_two_handles_stay_single,
            a_conversion_is_decided_once_over_two_handles,
            protocol_numbers_over_two_handles_are_unique,
            clock_moves_over_two_handles_all_add_up,
        );
    };
    (@cases $fresh:path; $($case:ident),* $(,)?) => {
        $(
            #[tokio::test]
            async fn $case() {
                let (a, b, _guard) = $fresh().await;
                $crate::store::suite::$case(&a, &b).await;
            }
        )*
    };
}
pub(crate) use two_handle_suite;

/// The suite's "now": a fixed instant, whole seconds (stores keep
/// milliseconds, so round trips compare equal).
fn t0() -> DateTime<Utc> {
    "2020-04-01T10:00:00Z".parse().expect("instant")
}

fn secs(n: i64) -> Duration {
    Duration::seconds(n)
}

const CF: &str = "RSSMRA80A01H501U";

/// A credential as a PIN request files it, not yet used.
fn credential(id: &str, codice_fiscale: &str) -> Credential {
    Credential {
        id: id.into(),
        codice_fiscale: codice_fiscale.into(),
        request_id: Some(format!("req_{id}")),
        state: PinState::Issued,
        role: Role::Citizen,
        surname: "ROSSI".into(),
        name: "MARIO".into(),
        home_phone: None,
        mobile: Some("+393331234567".into()),
        email: Some("mario.rossi@example.it".into()),
        pec: None,
        initial_hash: Some(format!("initial-{id}")),
        half1_hash: Some(format!("half1-{id}")),
        pin_hash: None,
        pin_changed_at: None,
        failed_attempts: 0,
        locked_until: None,
        contacts_verified: false,
        privacy_accepted: false,
        activation_required: false,
        privacy_version: 0,
        last_login_at: None,
        created_at: t0(),
    }
}

fn request(c: Credential, messages: Vec<NewMessage>) -> NewPinRequest {
    NewPinRequest {
        request_id: c.request_id.clone().expect("request id"),
        status: "accepted".into(),
        request_json: format!("{{\"credential\":\"{}\"}}", c.id),
        credential: c,
        messages,
    }
}

/// Files a request for `credential(id, codice_fiscale)` and reads the
/// credential back.
async fn filed(s: &dyn Store, id: &str, codice_fiscale: &str) -> Credential {
    s.create_pin_request(request(credential(id, codice_fiscale), vec![]))
        .await
        .expect("request filed");
    reread(s, id).await
}

async fn reread(s: &dyn Store, id: &str) -> Credential {
    s.credential(id)
        .await
        .expect("credential read")
        .expect("credential exists")
}

fn message(id: &str, channel: Channel, recipient: &str, sent_at: DateTime<Utc>) -> NewMessage {
    NewMessage {
        id: id.into(),
        channel,
        recipient: recipient.into(),
        subject: format!("subject of {id}"),
        body: format!("body of {id}: SECRET42"),
        secret: Some("SECRET42".into()),
        sent_at,
        delivered_at: Some(sent_at),
        due_at: None,
        held: false,
        request_id: None,
    }
}

/// Polls every future until all are done, so their database work overlaps
/// (the suite has no runtime of its own to spawn on, and the store is
/// borrowed).
async fn join_all<'a, T>(futures: Vec<Pin<Box<dyn Future<Output = T> + Send + 'a>>>) -> Vec<T> {
    let mut futures = futures;
    let mut done: Vec<Option<T>> = futures.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (f, out) in futures.iter_mut().zip(done.iter_mut()) {
            if out.is_none() {
                match f.as_mut().poll(cx) {
                    Poll::Ready(v) => *out = Some(v),
                    Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            Poll::Pending
        } else {
            Poll::Ready(())
        }
    })
    .await;
    done.into_iter()
        .map(|v| v.expect("polled to the end"))
        .collect()
}
