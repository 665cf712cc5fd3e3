-- Contact center (issue 13): the callback queue for residences that did not
-- match the registry, and the audit of every operator action.

-- One row per PIN request the contact center has worked on; a request
-- still `awaiting_verification` without a row is an open callback with no
-- attempt yet. `status`: open | confirmed | corrected | cancelled.
CREATE TABLE callbacks (
    request_id  TEXT PRIMARY KEY NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    status      TEXT NOT NULL,
    updated_at  INTEGER NOT NULL
);

-- Who did what, when, on which codice fiscale (never a secret).
CREATE TABLE operator_audit (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    operator       TEXT NOT NULL,
    role           TEXT NOT NULL,
    action         TEXT NOT NULL,
    codice_fiscale TEXT,
    request_id     TEXT,
    detail         TEXT NOT NULL,
    at             INTEGER NOT NULL
);
CREATE INDEX operator_audit_by_cf ON operator_audit (codice_fiscale, at);
CREATE INDEX operator_audit_by_request ON operator_audit (request_id, action);
