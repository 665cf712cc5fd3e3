//! What each PIN level opens: the services overview of the MyINPS
//! home, the L0 services (preferences, own contacts) and the L1 consultation
//! services with per-citizen synthetic data (estratto conto contributivo,
//! certificati medici, pagamenti).
//!
//! Every endpoint takes [`crate::auth::Citizen`]: an active session with its
//! credential and *effective* level; `require` answers 403 `LEVEL_REQUIRED`
//! naming what is needed.

use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use chrono::{Datelike, Duration, NaiveDate};
use domain::api::Level;
use domain::dispositivo::{
    level_label, validate_preferences, way_up, ApplicationStatus, ContributionStatement,
    ContributionYear, MedicalCertificate, OwnContacts, Payment, Preferences, ServiceInfo,
    ServicesOverview, CERTIFICATE_KINDS, PAYMENT_KINDS, PAYMENT_METHODS, PAYMENT_STATUSES,
    SERVICES,
};

use crate::auth::Citizen;
use crate::error::{AppError, AppJson, AppResult};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/services", get(overview))
        .route("/services/estratto-conto", get(contributions))
        .route("/services/certificati-medici", get(certificates))
        .route("/services/pagamenti", get(payments))
        .route("/services/contacts", get(contacts))
        .route(
            "/services/preferences",
            get(get_preferences).put(put_preferences),
        )
}

async fn overview(State(st): State<AppState>, c: Citizen) -> AppResult<Json<ServicesOverview>> {
    let conversion = st
        .store
        .latest_conversion(&c.cred.id)
        .await?
        .map(|r| r.to_api());
    let frozen = st
        .store
        .applications(&c.cred.codice_fiscale)
        .await?
        .iter()
        .filter(|a| a.status == ApplicationStatus::Frozen)
        .count() as u32;
    Ok(Json(ServicesOverview {
        level: c.level,
        level_label: level_label(c.level).into(),
        pin_state: c.cred.state,
        services: SERVICES
            .iter()
            .filter(|(id, _, _)| !(*id == "converti_pin" && c.level == Level::L2))
            .map(|(id, title, min)| ServiceInfo {
                id: (*id).into(),
                title: (*title).into(),
                min_level: *min,
                allowed: c.level >= *min,
            })
            .collect(),
        way_up: way_up(c.level).map(str::to_owned),
        conversion,
        frozen_applications: frozen,
    }))
}

async fn contacts(c: Citizen) -> AppResult<Json<OwnContacts>> {
    c.require(Level::L0)?;
    Ok(Json(OwnContacts {
        home_phone: c.cred.home_phone.clone(),
        mobile: c.cred.mobile.clone(),
        email: c.cred.email.clone(),
        pec: c.cred.pec.clone(),
    }))
}

async fn get_preferences(State(st): State<AppState>, c: Citizen) -> AppResult<Json<Preferences>> {
    c.require(Level::L0)?;
    Ok(Json(
        st.store
            .preferences(&c.cred.codice_fiscale)
            .await?
            .unwrap_or_default(),
    ))
}

async fn put_preferences(
    State(st): State<AppState>,
    c: Citizen,
    AppJson(p): AppJson<Preferences>,
) -> AppResult<Json<Preferences>> {
    c.require(Level::L0)?;
    AppError::check(validate_preferences(&p))?;
    st.store
        .save_preferences(&c.cred.codice_fiscale, &p, st.clock.now())
        .await?;
    Ok(Json(p))
}

async fn contributions(
    State(st): State<AppState>,
    c: Citizen,
) -> AppResult<Json<ContributionStatement>> {
    c.require(Level::L1)?;
    Ok(Json(contribution_statement(
        &c.cred.codice_fiscale,
        st.clock.now().date_naive(),
    )))
}

async fn certificates(
    State(st): State<AppState>,
    c: Citizen,
) -> AppResult<Json<Vec<MedicalCertificate>>> {
    c.require(Level::L1)?;
    Ok(Json(medical_certificates(
        &c.cred.codice_fiscale,
        st.clock.now().date_naive(),
    )))
}

async fn payments(State(st): State<AppState>, c: Citizen) -> AppResult<Json<Vec<Payment>>> {
    c.require(Level::L1)?;
    Ok(Json(payment_list(
        &c.cred.codice_fiscale,
        st.clock.now().date_naive(),
    )))
}

// ------------------------------------------------------------ synthetic data

/// SplitMix64 seeded with the FNV-1a hash of the codice fiscale and a
/// purpose: the same citizen always sees the same figures.
struct Rng(u64);

impl Rng {
    fn for_cf(cf: &str, purpose: &str) -> Self {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in cf.bytes().chain([b'/']).chain(purpose.bytes()) {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        Rng(h)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.range(0, items.len() as u64 - 1) as usize]
    }

    /// One of `(code, label)` entries, uniformly.
    fn pick_coded(&mut self, items: &[(&'static str, &'static str)]) -> (String, String) {
        let (code, label) = items[self.range(0, items.len() as u64 - 1) as usize];
        (code.into(), label.into())
    }
}

const EMPLOYERS: &[&str] = &[
    "Rossi Costruzioni S.r.l.",
    "Bianchi & Figli S.p.A.",
    "Supermercati Italia S.p.A.",
    "Studio Verdi Associati",
    "Trasporti Esposito S.r.l.",
    "Ristorante Da Gino S.n.c.",
    "Metalmeccanica Lombarda S.p.A.",
    "Cooperativa Sociale Il Faro",
    "Albergo Belvedere S.r.l.",
    "Logistica Adriatica S.p.A.",
];

const CONTRACTS: &[&str] = &[
    "Lavoro dipendente - tempo indeterminato",
    "Lavoro dipendente - tempo determinato",
    "Lavoro dipendente - part-time",
];

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// Birth year from the codice fiscale (century inferred against `today`).
fn birth_year(cf: &str, today: NaiveDate) -> i32 {
    domain::codice_fiscale::check_on(cf, None, today)
        .decoded
        .map(|d| d.birth_date.year())
        .unwrap_or(1980)
}

/// Up to the last 15 complete years of work since the citizen turned 19.
pub fn contribution_statement(cf: &str, today: NaiveDate) -> ContributionStatement {
    let mut rng = Rng::for_cf(cf, "estratto");
    let last = today.year() - 1;
    let first = (birth_year(cf, today) + 19).max(last - 14);
    let mut years = Vec::new();
    let mut employer = rng.pick(EMPLOYERS);
    let mut contract = rng.pick(CONTRACTS);
    let mut weekly = rng.range(380, 520) as f64;
    for year in first..=last {
        if rng.range(0, 3) == 0 {
            employer = rng.pick(EMPLOYERS);
            contract = rng.pick(CONTRACTS);
        }
        let weeks = if contract.contains("indeterminato") {
            52
        } else {
            rng.range(18, 52) as u32
        };
        let pay = round2(weekly * weeks as f64);
        years.push(ContributionYear {
            year,
            employer: employer.into(),
            contract: contract.into(),
            weeks,
            taxable_pay: pay,
            contributions: round2(pay * 0.33),
        });
        weekly *= 1.0 + rng.range(0, 40) as f64 / 1000.0;
    }
    ContributionStatement {
        codice_fiscale: cf.into(),
        total_weeks: years.iter().map(|y| y.weeks).sum(),
        total_contributions: round2(years.iter().map(|y| y.contributions).sum()),
        years,
    }
}

const DOCTORS: &[&str] = &[
    "Dott. Marco Ferri",
    "Dott.ssa Laura Conti",
    "Dott. Paolo Greco",
    "Dott.ssa Anna Marino",
];

/// Sickness certificates of the last two years, newest first.
pub fn medical_certificates(cf: &str, today: NaiveDate) -> Vec<MedicalCertificate> {
    let mut rng = Rng::for_cf(cf, "certificati");
    let n = rng.range(1, 4);
    let mut out: Vec<MedicalCertificate> = (0..n)
        .map(|_| {
            let from = today - Duration::days(rng.range(20, 700) as i64);
            let days = rng.range(2, 10) as i64;
            let number = format!("{}", rng.range(100_000_000, 999_999_999));
            // A first certificate twice as often as a continuation.
            let [inizio, continuazione] = [CERTIFICATE_KINDS[0], CERTIFICATE_KINDS[1]];
            let kind = [inizio, inizio, continuazione][rng.range(0, 2) as usize];
            MedicalCertificate {
                number,
                issued_on: from,
                from,
                to: from + Duration::days(days - 1),
                kind_code: kind.0.into(),
                kind: kind.1.into(),
                doctor: rng.pick(DOCTORS).into(),
            }
        })
        .collect();
    out.sort_by_key(|c| std::cmp::Reverse(c.from));
    out
}

/// Payments of the last year, newest first.
pub fn payment_list(cf: &str, today: NaiveDate) -> Vec<Payment> {
    let mut rng = Rng::for_cf(cf, "pagamenti");
    let n = rng.range(2, 5);
    let mut out: Vec<Payment> = (0..n)
        .map(|_| {
            // The amounts' range of each of PAYMENT_KINDS, in its order.
            let k = rng.range(0, 3) as usize;
            let (lo, hi) = [(80, 1200), (150, 900), (60, 400), (50, 600)][k];
            let (desc_code, desc) = PAYMENT_KINDS[k];
            let date = today - Duration::days(rng.range(5, 360) as i64);
            let amount = round2(rng.range(lo * 100, hi * 100) as f64 / 100.0);
            let (method_code, method) = rng.pick_coded(PAYMENT_METHODS);
            let (status_code, status) = PAYMENT_STATUSES[0];
            Payment {
                date,
                description: desc.into(),
                description_code: desc_code.into(),
                amount,
                method,
                method_code,
                status: status.into(),
                status_code: status_code.into(),
            }
        })
        .collect();
    out.sort_by_key(|p| std::cmp::Reverse(p.date));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_data_is_stable_per_citizen_and_differs_between_them() {
        let today = NaiveDate::from_ymd_opt(2020, 4, 1).unwrap();
        let a = contribution_statement("RSSMRA80A01H501U", today);
        assert_eq!(a, contribution_statement("RSSMRA80A01H501U", today));
        assert_ne!(a, contribution_statement("VRDLCU75M12F205X", today));
        assert_eq!(a.years.len(), 15);
        assert_eq!(a.years.last().unwrap().year, 2019);
        assert!(a.years.iter().all(|y| (18..=52).contains(&y.weeks)));
        assert_eq!(a.total_weeks, a.years.iter().map(|y| y.weeks).sum::<u32>());
        let c = medical_certificates("RSSMRA80A01H501U", today);
        assert!(!c.is_empty() && c.iter().all(|c| c.to >= c.from && c.from <= today));
        let p = payment_list("RSSMRA80A01H501U", today);
        assert!(p.len() >= 2 && p.iter().all(|p| p.amount > 0.0));
    }

    /// Each label comes with the code of its entry in the domain's table,
    /// so that a client shows its own text for it in any language.
    #[test]
    fn certificates_and_payments_carry_the_code_of_each_label() {
        let today = NaiveDate::from_ymd_opt(2020, 4, 1).unwrap();
        let has = |table: &[(&str, &str)], code: &str, label: &str| {
            table.iter().any(|(c, l)| *c == code && *l == label)
        };
        let (mut kinds, mut descriptions, mut methods) = (vec![], vec![], vec![]);
        for cf in ["RSSMRA80A01H501U", "VRDLCU75M12F205X", "BNCGNN85T10A944S"] {
            for c in medical_certificates(cf, today) {
                assert!(has(CERTIFICATE_KINDS, &c.kind_code, &c.kind), "{c:?}");
                kinds.push(c.kind_code);
            }
            for p in payment_list(cf, today) {
                assert!(
                    has(PAYMENT_KINDS, &p.description_code, &p.description),
                    "{p:?}"
                );
                assert!(has(PAYMENT_METHODS, &p.method_code, &p.method), "{p:?}");
                assert!(has(PAYMENT_STATUSES, &p.status_code, &p.status), "{p:?}");
                descriptions.push(p.description_code);
                methods.push(p.method_code);
            }
        }
        assert!(!kinds.is_empty() && !descriptions.is_empty() && !methods.is_empty());
    }
}
