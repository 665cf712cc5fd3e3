//! The request of a code-confirmed procedure (Attiva, Ripristina, Revoca):
//! which one it is, its checks (the server's, from `domain::pin`) and the
//! rows of its summary.

use domain::api::{ActivateRequest, FieldError, PinContacts, RestoreRequest, RevokeRequest};

use crate::i18n::t;

/// What differs between Attiva, Ripristina and Revoca.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Procedure {
    Activate,
    Restore,
    Revoke,
}

impl Procedure {
    pub(super) fn prefix(self) -> &'static str {
        match self {
            Procedure::Activate => "activate",
            Procedure::Restore => "restore",
            Procedure::Revoke => "revoke",
        }
    }
}

/// What the user typed, as the request of one procedure.
#[derive(Clone)]
pub(super) enum ProcRequest {
    Activate(ActivateRequest),
    Restore(RestoreRequest),
    Revoke(RevokeRequest),
}

impl ProcRequest {
    /// The same checks as the server, made in the browser before the summary.
    pub(super) fn validate(&self) -> Vec<FieldError> {
        match self {
            ProcRequest::Activate(r) => domain::pin::validate_activate(r),
            ProcRequest::Restore(r) => domain::pin::validate_restore(r),
            ProcRequest::Revoke(r) => domain::pin::validate_revoke(r),
        }
    }

    /// (label, value, test id suffix) of each non-empty datum, for the summary.
    pub(super) fn summary(&self) -> Vec<(&'static str, String, &'static str)> {
        let mut rows = Vec::new();
        let mut push = |label, value: &str, id| {
            if !value.trim().is_empty() {
                rows.push((label, value.trim().to_owned(), id));
            }
        };
        let (cf, ts, expiry, half, contacts) = match self {
            ProcRequest::Activate(r) => (
                &r.codice_fiscale,
                &r.tessera_sanitaria_number,
                Some(&r.tessera_sanitaria_expiry),
                Some(&r.first_half),
                r.contacts.clone(),
            ),
            ProcRequest::Restore(r) => (
                &r.codice_fiscale,
                &r.tessera_sanitaria_number,
                None,
                None,
                r.contacts.clone(),
            ),
            ProcRequest::Revoke(r) => (
                &r.codice_fiscale,
                &r.tessera_sanitaria_number,
                Some(&r.tessera_sanitaria_expiry),
                None,
                PinContacts {
                    home_phone: None,
                    mobile: None,
                    email: r.email.clone(),
                    pec: r.pec.clone(),
                },
            ),
        };
        push(t("lifecycle.procedure.cf"), &cf.trim().to_uppercase(), "cf");
        push(t("lifecycle.procedure.ts_number"), ts, "ts-number");
        if let Some(e) = expiry {
            push(t("lifecycle.procedure.ts_expiry"), e, "ts-expiry");
        }
        if let Some(h) = half {
            push(t("lifecycle.procedure.first_half"), h, "first-half");
        }
        push(
            t("common.contact.mobile"),
            contacts.mobile.as_deref().unwrap_or(""),
            "mobile",
        );
        push(
            t("common.contact.email"),
            contacts.email.as_deref().unwrap_or(""),
            "email",
        );
        push(
            t("common.contact.pec"),
            contacts.pec.as_deref().unwrap_or(""),
            "pec",
        );
        rows
    }
}
