//! The whole form and its first step: every section's rules in form order,
//! and the shared helpers of the sections.

use chrono::NaiveDate;

use super::{required, validate_contacts, validate_personal, validate_residence};
use crate::api::{FieldError, PinRequest};

/// All rules of the form, every section. `today` is the (simulated) date.
pub fn validate(req: &PinRequest, today: NaiveDate) -> Vec<FieldError> {
    let mut errors = validate_step1(req);
    errors.extend(validate_personal(&req.personal, today));
    errors.extend(validate_residence(req.residence_type, &req.residence));
    errors.extend(validate_contacts(req.residence_type, &req.contacts));
    errors
}

/// Step 1 of the procedure: the codice fiscale is present. Its syntax and
/// consistency belong to `codice_fiscale::check`, combined by the caller.
pub fn validate_step1(req: &PinRequest) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if req.codice_fiscale.trim().is_empty() {
        errors.push(required("codice_fiscale"));
    }
    errors
}
