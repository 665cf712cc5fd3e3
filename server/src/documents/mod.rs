//! Every document the server writes or serves: the PDF writer, the MV35
//! module, the sede's sealed PIN envelope, application receipts, and the
//! files citizens uploaded.

pub mod envelope;
pub mod mv35;
pub mod pdf;
pub mod receipt;
pub mod uploads;
