//! `server seed`: fills the registry with many synthetic citizens, fast
//! (issue 11: a million in minutes), for the scale benchmark
//! (`bench/scale.sh`) and for trying the procedures on a realistic volume.
//!
//! Citizen `i` is a function of `i` alone ([`synthetic_citizen`]): the same
//! index always gives the same person, with a valid codice fiscale encoded
//! from their data, a tessera sanitaria and, with `--with-pins`, contacts
//! and an active PIN. Distinct indexes give distinct codici fiscali: the
//! index is read as mixed-radix digits of (birthplace, sex, name, surname,
//! birth day), over name and surname lists whose codice fiscale blocks are
//! distinct.
//!
//! Hashing a million PINs with Argon2id would take hours by design, so the
//! seeded PINs share one hash: [`SEEDED_PIN`] is hashed once, with the
//! server's real Argon2id parameters, and that hash is stored on every
//! seeded credential. A login still costs one full Argon2 verification; the
//! shared hash (and the public PIN) are what make this simulation-only data.
//!
//! Rows go in batches (multi-row `INSERT`s, one transaction per batch)
//! through the bulk methods of the store areas; a blocking thread builds the
//! next batch while the current one is written.

use std::time::Instant;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use domain::api::{Channel, Citizen, PinState, RegistryResidence, Role, Sex, TesseraSanitaria};
use domain::codice_fiscale;

use crate::sim::generator::{FEMALE_NAMES, MALE_NAMES, STREETS, SURNAMES};
use crate::state::AppState;
use crate::store::{Credential, NewMessage};
use crate::BoxError;

/// The PIN of every seeded credential (8 characters, letters and digits).
pub const SEEDED_PIN: &str = "SIMPIN20";

/// Citizens per batch (one transaction each).
const BATCH: u64 = 10_000;

/// Birth days span 20 000 days from 1945-01-01 (to 1999-10-04): inside one
/// century, so the two-digit year of the codice fiscale never repeats.
const BIRTH_DAYS: u64 = 20_000;
/// Steps through the birth days in a scattered order (prime, so coprime
/// with [`BIRTH_DAYS`]: a bijection).
const DAY_STEP: u64 = 7_919;

/// The lists with one entry per codice fiscale block (two surnames with
/// the same block, as Rossi and Russo, would give one code: only the first
/// is kept). No "Rossi": Mario Rossi, the registry's fixed first citizen,
/// is never drawn.
struct Lists {
    surnames: Vec<&'static str>,
    male: Vec<&'static str>,
    female: Vec<&'static str>,
}

fn lists() -> &'static Lists {
    static LISTS: std::sync::OnceLock<Lists> = std::sync::OnceLock::new();
    LISTS.get_or_init(|| {
        fn distinct(list: &[&'static str], code: fn(&str) -> String) -> Vec<&'static str> {
            let mut seen = std::collections::HashSet::new();
            list.iter()
                .copied()
                .filter(|s| seen.insert(code(s)))
                .collect()
        }
        let male = distinct(MALE_NAMES, codice_fiscale::encode_name);
        let female = distinct(FEMALE_NAMES, codice_fiscale::encode_name);
        let n = male.len().min(female.len());
        Lists {
            surnames: distinct(SURNAMES, codice_fiscale::encode_surname),
            male: male[..n].to_vec(),
            female: female[..n].to_vec(),
        }
    })
}

/// How many distinct synthetic citizens there can be.
pub fn capacity() -> u64 {
    let l = lists();
    let places = crate::sim::generator::PLACES.len() as u64;
    places * 2 * l.male.len() as u64 * l.surnames.len() as u64 * BIRTH_DAYS
}

/// Synthetic citizen number `i` (`i < capacity()`): always the same person.
pub fn synthetic_citizen(i: u64) -> Citizen {
    let l = lists();
    let places = crate::sim::generator::PLACES;
    let mut r = i;
    let mut digit = |base: usize| {
        let d = (r % base as u64) as usize;
        r /= base as u64;
        d
    };
    let (place_code, _, _, _) = places[digit(places.len())];
    let sex = if digit(2) == 0 { Sex::M } else { Sex::F };
    let name_ix = digit(l.male.len());
    let surname = l.surnames[digit(l.surnames.len())];
    let day = (r % BIRTH_DAYS) * DAY_STEP % BIRTH_DAYS;
    let name = match sex {
        Sex::M => l.male[name_ix],
        Sex::F => l.female[name_ix],
    };
    let birth_date =
        NaiveDate::from_ymd_opt(1945, 1, 1).expect("valid date") + Duration::days(day as i64);
    let (_, comune, province, cap) = places[(i / 7) as usize % places.len()];
    Citizen {
        codice_fiscale: codice_fiscale::encode(surname, name, sex, birth_date, place_code),
        surname: surname.to_owned(),
        name: name.to_owned(),
        sex,
        birth_date,
        birthplace_code: place_code.to_owned(),
        residence: RegistryResidence {
            address: STREETS[(i % STREETS.len() as u64) as usize].to_owned(),
            civic: (i % 199 + 1).to_string(),
            province: province.to_owned(),
            comune: comune.to_owned(),
            cap: cap.to_owned(),
        },
        tessera_sanitaria: TesseraSanitaria {
            // 80380 (the MEF's issuer prefix) and 15 digits from the index,
            // clear of Mario Rossi's 80380000000000000001.
            number: format!("80380{:015}", 100_000_000_000_000 + i),
            expiry: NaiveDate::from_ymd_opt(2022 + (i % 5) as i32, (i % 12) as u32 + 1, 28)
                .expect("valid date"),
        },
        role: Role::Citizen,
    }
}

/// The mobile number and e-mail address of seeded credential `i`.
pub fn synthetic_contacts(i: u64) -> (String, String) {
    (
        format!("+39 34{:08}", i % 100_000_000),
        format!("cittadino{i}@esempio.it"),
    )
}

/// An active PIN for citizen `c` (number `i`), with [`SEEDED_PIN`]'s hash,
/// contacts verified and the privacy notice accepted; changed at `now`, so
/// it does not expire during a benchmark.
fn seeded_credential(i: u64, c: &Citizen, pin_hash: &str, now: DateTime<Utc>) -> Credential {
    let (mobile, email) = synthetic_contacts(i);
    Credential {
        id: format!("seed-{i}"),
        codice_fiscale: c.codice_fiscale.clone(),
        request_id: None,
        state: PinState::Active,
        role: Role::Citizen,
        surname: c.surname.clone(),
        name: c.name.clone(),
        home_phone: None,
        mobile: Some(mobile),
        email: Some(email),
        pec: None,
        initial_hash: None,
        half1_hash: None,
        pin_hash: Some(pin_hash.to_owned()),
        pin_changed_at: Some(now),
        failed_attempts: 0,
        locked_until: None,
        contacts_verified: true,
        privacy_accepted: true,
        activation_required: false,
        privacy_version: 1,
        last_login_at: None,
        created_at: now,
    }
}

/// The notice a seeded credential's owner finds in their mailbox (no
/// secret in it), so the delivery simulator holds one message per PIN.
fn seeded_message(i: u64, cred: &Credential, now: DateTime<Utc>) -> NewMessage {
    NewMessage {
        id: format!("seed-msg-{i}"),
        channel: Channel::Email,
        recipient: cred.email.clone().unwrap_or_default(),
        subject: "PIN INPS attivo".into(),
        body: format!(
            "Gentile {} {}, il Suo PIN INPS è attivo (dato di simulazione).",
            cred.name, cred.surname
        ),
        secret: None,
        sent_at: now,
        delivered_at: Some(now),
        due_at: None,
        held: false,
        request_id: None,
    }
}

/// One batch of rows to write.
struct Batch {
    citizens: Vec<Citizen>,
    credentials: Vec<Credential>,
    messages: Vec<NewMessage>,
}

/// What [`run`] wrote.
#[derive(Debug, Clone, Copy)]
pub struct SeedReport {
    pub citizens: u64,
    pub credentials: u64,
    pub messages: u64,
    pub seconds: f64,
}

/// Writes synthetic citizens `0..citizens`, the first `with_pins` of them
/// with an active PIN ([`SEEDED_PIN`]) and one e-mail in the simulator.
/// Rows already there (same codice fiscale, credential or message id) are
/// skipped, so running it again adds nothing. `progress` is called after
/// each batch with the citizens written so far.
pub async fn run(
    st: &AppState,
    citizens: u64,
    with_pins: u64,
    mut progress: impl FnMut(u64),
) -> Result<SeedReport, BoxError> {
    if citizens > capacity() {
        return Err(format!("at most {} synthetic citizens", capacity()).into());
    }
    let with_pins = with_pins.min(citizens);
    let started = Instant::now();
    let now = st.clock.now();
    let pin_hash = st.hasher.hash(SEEDED_PIN.to_owned()).await?;

    let (tx, mut rx) = tokio::sync::mpsc::channel::<Batch>(2);
    let producer = tokio::task::spawn_blocking(move || {
        let mut start = 0;
        while start < citizens {
            let end = (start + BATCH).min(citizens);
            let citizens: Vec<Citizen> = (start..end).map(synthetic_citizen).collect();
            let credentials: Vec<Credential> = (start..end.min(with_pins))
                .map(|i| seeded_credential(i, &citizens[(i - start) as usize], &pin_hash, now))
                .collect();
            let messages = credentials
                .iter()
                .zip(start..)
                .map(|(c, i)| seeded_message(i, c, now))
                .collect();
            let batch = Batch {
                citizens,
                credentials,
                messages,
            };
            if tx.blocking_send(batch).is_err() {
                return;
            }
            start = end;
        }
    });

    let mut report = SeedReport {
        citizens: 0,
        credentials: 0,
        messages: 0,
        seconds: 0.0,
    };
    let mut written = 0;
    while let Some(b) = rx.recv().await {
        report.citizens += st.store.insert_citizens(&b.citizens, now).await?;
        report.credentials += st.store.insert_credentials(&b.credentials).await?;
        report.messages += st.store.insert_messages(&b.messages).await?;
        written += b.citizens.len() as u64;
        progress(written);
    }
    producer.await?;
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2020, 4, 1).unwrap()
    }

    #[test]
    fn synthetic_citizens_are_valid_and_coherent() {
        for i in (0..200_000).step_by(997) {
            let c = synthetic_citizen(i);
            let check = codice_fiscale::check_on(&c.codice_fiscale, None, today());
            assert!(check.valid, "{i}: {} {:?}", c.codice_fiscale, check.errors);
            let d = check.decoded.expect("decoded");
            assert_eq!((d.sex, d.birth_date), (c.sex, c.birth_date), "{i}");
            assert_eq!(d.birthplace.code, c.birthplace_code, "{i}");
            assert_eq!(c.tessera_sanitaria.number.len(), 20, "{i}");
        }
    }

    #[test]
    fn the_same_index_is_the_same_person_and_indexes_do_not_collide() {
        assert_eq!(synthetic_citizen(42), synthetic_citizen(42));
        let mut seen = std::collections::HashSet::new();
        for i in 0..300_000 {
            let c = synthetic_citizen(i);
            assert!(
                seen.insert(c.codice_fiscale.clone()),
                "{i}: {}",
                c.codice_fiscale
            );
            assert_ne!(c.codice_fiscale, "RSSMRA80A01H501U", "{i} is Mario Rossi");
        }
        assert!(capacity() > 100_000_000);
    }
}
