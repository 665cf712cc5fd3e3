//! The simulated clock as the whole app sees it.
//!
//! [`SimContext`] is provided by the layout. It polls `GET /api/v1/sim/clock`
//! (and `/sim/status` for the issuance cut-off) every 15 seconds; after
//! changing the clock, call `use_sim().bump()` to refresh at once.

use chrono::{DateTime, NaiveDate, Utc};
use leptos::prelude::*;
use leptos::task::spawn_local;

use domain::datetime::rome_time;

use crate::api::simulator::{self as api, SimStatus};

#[derive(Debug, Clone, Copy)]
pub struct SimContext {
    /// Bump to refetch the clock and status.
    pub refresh: RwSignal<u32>,
    /// Simulated now; `None` until loaded (or when the server is unreachable).
    pub now: RwSignal<Option<DateTime<Utc>>>,
    /// Cut-off date and post delay; `None` until loaded.
    pub status: RwSignal<Option<SimStatus>>,
}

impl SimContext {
    pub fn new() -> Self {
        Self {
            refresh: RwSignal::new(0),
            now: RwSignal::new(None),
            status: RwSignal::new(None),
        }
    }

    /// Refetches the simulated clock now (call after `POST /sim/clock`).
    pub fn bump(&self) {
        self.refresh.update(|n| *n = n.wrapping_add(1));
    }

    /// Today's date in Italy, by the simulated clock (reactive).
    pub fn today(&self) -> Option<NaiveDate> {
        self.now.get().map(|now| rome_time(now).date())
    }

    /// `Some(true)` when the simulated date is on or after the PIN issuance cut-off (reactive).
    pub fn issuance_closed(&self) -> Option<bool> {
        let status = self.status.get()?;
        let today = self.today().unwrap_or_else(|| rome_time(status.now).date());
        Some(today >= status.cutoff_date)
    }

    /// Starts the polling loop; called once by the layout.
    pub fn start(self) {
        Effect::new(move |_| {
            self.refresh.track();
            spawn_local(async move {
                match api::clock().await {
                    Ok(clock) => self.now.set(Some(clock.now)),
                    Err(_) => self.now.set(None),
                }
                if let Ok(status) = api::status().await {
                    self.status.set(Some(status));
                }
            });
        });
        let handle =
            set_interval_with_handle(move || self.bump(), std::time::Duration::from_secs(15));
        on_cleanup(move || {
            if let Ok(h) = handle {
                h.clear();
            }
        });
    }
}

impl Default for SimContext {
    fn default() -> Self {
        Self::new()
    }
}

/// The layout's context; a detached one if called outside the layout.
pub fn use_sim() -> SimContext {
    use_context::<SimContext>().unwrap_or_default()
}

/// Today in Italy by the browser's clock: the fallback until the simulated
/// clock has loaded.
pub fn browser_today() -> NaiveDate {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64)
        .map(|now| rome_time(now).date())
        .unwrap_or_default()
}
