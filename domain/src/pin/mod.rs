//! PIN policy: how PINs look, how they are generated from random bytes, the
//! rules a new PIN must follow, lockout and expiry; and the field rules of
//! the procedures that restore, revoke or activate a PIN.
//!
//! Pure: the server supplies random bytes from a CSPRNG and the simulated
//! "now"; this module never reads a clock or an RNG itself.
//!
//! One file per job, all re-exported here so every item keeps its
//! `domain::pin::X` path:
//!
//! - `policy`: alphabet, lengths, generation, normalisation, new-PIN rules;
//! - `lockout`: the block after wrong PINs and the expiry by role;
//! - `procedures`: restore / revoke / activate validation and the tessera
//!   and contact matching against the registry.

mod lockout;
mod policy;
mod procedures;

pub use lockout::*;
pub use policy::*;
pub use procedures::*;
