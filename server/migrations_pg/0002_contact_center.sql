-- Contact center (issue 13): the callback queue for residences that did not
-- match the registry, and the audit of every operator action (as
-- server/migrations/0005_contact_center.sql).

CREATE TABLE callbacks (
    request_id  TEXT PRIMARY KEY,
    attempts    BIGINT NOT NULL DEFAULT 0,
    status      TEXT NOT NULL,
    updated_at  BIGINT NOT NULL
);

CREATE TABLE operator_audit (
    seq            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    operator       TEXT NOT NULL,
    role           TEXT NOT NULL,
    action         TEXT NOT NULL,
    codice_fiscale TEXT,
    request_id     TEXT,
    detail         TEXT NOT NULL,
    at             BIGINT NOT NULL
);
CREATE INDEX operator_audit_by_cf ON operator_audit (codice_fiscale, at);
CREATE INDEX operator_audit_by_request ON operator_audit (request_id, action);
