//! The INPS registry ("archivi INPS"): seeding, and the residence check that
//! decides whether half 2 can be posted at once.

use chrono::{DateTime, Utc};
use domain::address;
use domain::api::{Citizen, NewCitizen, PinRequest};

use super::generator;
use crate::store::{Store, StoreError, StoreResult};

/// Fills an empty registry with `n` synthetic citizens (the first is always
/// Mario Rossi, RSSMRA80A01H501U). A no-op when any citizen exists.
pub async fn seed(store: &dyn Store, n: usize, now: DateTime<Utc>) -> StoreResult<usize> {
    if n == 0 || store.count_citizens().await? > 0 {
        return Ok(0);
    }
    let mut added = 0;
    let mut candidates = std::iter::once(generator::mario_rossi(now.date_naive())).chain(
        std::iter::repeat_with(|| generator::citizen(NewCitizen::default(), now.date_naive())),
    );
    let mut tries = 0;
    while added < n && tries < n * 10 {
        tries += 1;
        let c = candidates.next().expect("infinite iterator");
        match store.insert_citizen(&c, now).await {
            Ok(()) => added += 1,
            // Two random people can share a code: just draw another.
            Err(StoreError::Conflict) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(added)
}

/// Does the residence typed in the request match the registry's? Compared
/// by [`domain::address::residence_matches`]: loose on form (case, spacing,
/// punctuation, accents, "V." for "Via", "n." before the civic number), since
/// "V. Nazionale, 12" and "VIA NAZIONALE 12" are the same door; strict on
/// content. A foreign residence never matches the (Italian) registry
/// address, so it is always verified by the contact center.
pub fn residence_matches(citizen: &Citizen, req: &PinRequest) -> bool {
    address::residence_matches(req.residence_type, &req.residence, &citizen.residence)
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::api::Residence;

    #[test]
    fn residence_comparison_is_loose_on_form_strict_on_content() {
        let c = generator::mario_rossi(chrono::NaiveDate::from_ymd_opt(2020, 4, 1).unwrap());
        let mut req = PinRequest {
            residence: Residence {
                address: Some("VIA ROMA".into()),
                civic: Some(" 1 ".into()),
                province: Some("rm".into()),
                comune: Some("Roma".into()),
                cap: Some("00184".into()),
                ..Default::default()
            },
            ..Default::default()
        };
        assert!(residence_matches(&c, &req));
        req.residence.address = Some("V. Roma".into());
        req.residence.civic = Some("n. 1".into());
        assert!(residence_matches(&c, &req));
        req.residence.civic = Some("2".into());
        assert!(!residence_matches(&c, &req));
    }
}
