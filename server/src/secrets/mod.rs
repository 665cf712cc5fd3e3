//! Argon2id hashing of PINs, PIN halves and codes, plus random tokens.
//!
//! Hashing is deliberately slow (memory-hard), so it runs off the async
//! workers, on the blocking pool, but never more than one run per core at a
//! time (a semaphore sized to the cores: more would only share the same
//! cores and multiply the memory). Each run borrows one of at most that many
//! Argon2 memory buffers (`m` KiB each) kept in a pool instead of
//! allocating a fresh one per hash; the pool is emptied and the heap trimmed
//! once hashing has been idle for [`IDLE_TRIM`], so a burst leaves no memory
//! behind. Hashes are PHC strings (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`),
//! the same the `argon2` crate writes, and any such string verifies whatever
//! its parameters. The cost is configurable because tests would otherwise
//! spend most of their time here.
//!
//! `hasher` runs Argon2 (permits, buffer pool, idle trim), `phc` writes and
//! checks PHC strings, `random` draws tokens and one-time codes.

mod hasher;
mod phc;
mod random;
pub mod seal;

pub use hasher::{release_free_heap, Hasher, IDLE_TRIM};
pub use random::{email_code, random_bytes, random_hex, session_key, sms_code};
