//! The simulated outside world: the INPS registry of synthetic citizens, the
//! delivery of SMS, e-mail, PEC, letters and contact-center calls.

pub mod deliveries;
pub mod generator;
pub mod registry;
