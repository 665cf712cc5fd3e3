//! Shared application state: the store, the simulated clock, the hasher and
//! the settings every procedure reads.

use std::sync::Arc;

use chrono::{Duration, NaiveDate};

use crate::clock::Clock;
use crate::secrets::Hasher;
use crate::store::Store;

#[derive(Clone)]
pub struct AppState {
    /// Every persistence area (`store::Store`), on one database.
    pub store: Arc<dyn Store>,
    pub clock: Clock,
    pub hasher: Hasher,
    pub settings: Arc<Settings>,
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub post_delay_days: i64,
    pub cutoff_date: NaiveDate,
    /// Last day on which any PIN opens a session.
    pub pin_end_date: NaiveDate,
    /// Symbols of the 16-character initial PIN.
    pub pin_alphabet: domain::pin::PinAlphabet,
    pub sim_enabled: bool,
    /// Mark the session cookie `Secure` even without `X-Forwarded-Proto`.
    pub secure_cookies: bool,
    /// UI origins besides our own (CORS with credentials, and CSRF), as
    /// `scheme://host[:port]` without a trailing slash.
    pub cors_origins: Vec<String>,
    /// Session ends after this long without requests (simulated time).
    pub session_idle: Duration,
    /// Session ends this long after login, whatever the activity.
    pub session_absolute: Duration,
    /// Uploaded files (conversion module and document copy), outside the
    /// served static directory.
    pub uploads_dir: std::path::PathBuf,
    /// What a new simulation world starts from (`crate::worlds`).
    pub worlds: WorldTemplate,
}

/// What a new simulation world starts from: the server's own start.
#[derive(Debug, Clone)]
pub struct WorldTemplate {
    /// The default world's database URL: worlds live beside it.
    pub database: String,
    pub start_date: chrono::DateTime<chrono::Utc>,
    pub seed_citizens: usize,
}
