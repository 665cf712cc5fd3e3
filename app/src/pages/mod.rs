//! One module per procedure page.
pub mod backoffice;
pub mod dispositivo;
pub mod first_access;
pub mod home;
pub mod lifecycle;
pub mod login;
pub mod my_inps;
pub mod not_found;
pub mod request;
pub mod services;
pub mod simulator;
