//! The integration tests: one binary. Each test runs the real app
//! ([`harness::TestApp`]) and every answer it receives is checked against
//! `server/openapi.json` ([`contract::check`]); [`fixtures`] holds the data
//! sent. One module per procedure, then the hardening (CSRF, errors,
//! headers, what is stored), the document and what is routed.

mod contract;
mod fixtures;
mod harness;

mod activation;
mod activity;
mod backoffice;
mod change_pin;
mod contact_center;
mod contacts;
mod conversion_activity;
mod dispositivo;
mod documents;
mod fax;
mod first_access;
mod languages;
mod login;
mod operators_race;
mod pin_request;
mod relay;
mod restore;
mod revoke;
mod scenarios;
mod sede;
mod sede_envelope;
mod services;
mod sim;
mod support;
mod trainer;
mod worlds;

mod csrf;
mod errors;
mod headers;
mod openapi;
mod routing;
mod security;
