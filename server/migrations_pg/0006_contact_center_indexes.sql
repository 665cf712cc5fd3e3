-- The contact center's lists read only what they show (docs/query-plans.md):
-- the audit newest first, whole or for one codice fiscale, and the requests
-- still awaiting the registry check (the open callbacks).
DROP INDEX operator_audit_by_cf;
CREATE INDEX operator_audit_by_cf ON operator_audit (codice_fiscale, at, seq);
CREATE INDEX operator_audit_by_at ON operator_audit (at, seq);
CREATE INDEX pin_requests_awaiting ON pin_requests (created_at)
    WHERE status = 'awaiting_verification';
