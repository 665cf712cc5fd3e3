//! Every document the server writes or serves: the PDF writer, the MV35
//! module, the sede's sealed PIN envelope, application receipts, and the
//! files citizens uploaded. `letterhead` draws the INPS heading they share
//! and holds the language they print in.

pub mod envelope;
pub mod letterhead;
pub mod mv35;
pub mod pdf;
pub mod receipt;
pub mod slips;
pub mod uploads;
