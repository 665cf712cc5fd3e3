//! Every document the server writes or serves: the PDF writer, the MV35
//! module, application receipts, and the files citizens uploaded.

pub mod mv35;
pub mod pdf;
pub mod receipt;
pub mod uploads;
