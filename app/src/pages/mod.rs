//! The routes: one module per procedure (a folder when it has several pages
//! or parts), each its own lazily loaded chunk (see `lazy` in main.rs), with
//! its strings in `i18n/<procedure>.rs` and its styles in
//! `style/pages/<procedure>.css`. `home` and `not_found` are in the shell.
//!
//! Route modules do not import each other: what two procedures share lives in
//! `components` or in a crate-level module (`api`, `format`, `nav`, `sim`).
pub mod backoffice;
pub mod contact_center;
pub mod help;
pub mod home;
pub mod lifecycle;
pub mod my_inps;
pub mod not_found;
pub mod request;
pub mod sede;
pub mod services;
pub mod simulator;
pub mod trainer;
