//! MyINPS, the citizen's area, one lazily loaded chunk: its door `/accedi`
//! (login), `/myinps` (home), `/myinps/attivita` (activity),
//! `/myinps/recapiti` (contacts). Login and home are used together, so they
//! are one download; the first access after a login is in `lifecycle`.
//! Strings: `i18n/my_inps.rs` (`my_inps.*`); styles: `style/pages/my_inps.css`.

pub mod activity;
pub mod contacts;
pub mod home;
pub mod login;
