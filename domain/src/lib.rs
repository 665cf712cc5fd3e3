//! Pure rules of PIN INPS, compiled into both the wasm app and the server so
//! that a rule is written once. No IO and no clock: time is always passed in.
pub mod address;
pub mod api;
pub mod assistant;
pub mod codice_fiscale;
pub mod datetime;
pub mod dispositivo;
pub mod pin;
pub mod places;
pub mod registry;
pub mod request;
pub mod sede;
pub mod support;
pub mod time;
pub mod upload;
