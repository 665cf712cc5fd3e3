-- PIN dispositivo (SPEC §4.8, §4.9): online applications (frozen at L1,
-- protocolled at L2), conversion requests with their uploaded files, and the
-- back-office operators with their own sessions. Instants: INTEGER ms on the
-- simulated clock, as everywhere else.

-- Applications filed online. `seq` numbers the protocol; `status` is
-- `frozen` ("in attesa di PIN dispositivo") or `protocolled`.
CREATE TABLE applications (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    id              TEXT NOT NULL UNIQUE,
    credential_id   TEXT NOT NULL,
    codice_fiscale  TEXT NOT NULL,
    kind            TEXT NOT NULL,
    status          TEXT NOT NULL,
    data_json       TEXT NOT NULL,
    submitted_at    INTEGER NOT NULL,
    protocolled_at  INTEGER,
    protocol_number TEXT UNIQUE
);
CREATE INDEX applications_by_cf ON applications (codice_fiscale, submitted_at);

-- Citizen preferences (L0 and up).
CREATE TABLE preferences (
    codice_fiscale TEXT PRIMARY KEY NOT NULL,
    prefs_json     TEXT NOT NULL,
    updated_at     INTEGER NOT NULL
);

-- "Converti in PIN dispositivo" requests. Files are stored outside the
-- served directory under a random name (`*_file`); the upload's own name is
-- never kept. `status`: draft → in_lavorazione → approved | rejected.
CREATE TABLE conversions (
    id              TEXT PRIMARY KEY NOT NULL,
    credential_id   TEXT NOT NULL,
    codice_fiscale  TEXT NOT NULL,
    status          TEXT NOT NULL,
    document_json   TEXT NOT NULL,
    module_file     TEXT,
    module_mime     TEXT,
    module_size     INTEGER,
    module_at       INTEGER,
    document_file   TEXT,
    document_mime   TEXT,
    document_size   INTEGER,
    document_at     INTEGER,
    created_at      INTEGER NOT NULL,
    submitted_at    INTEGER,
    decided_at      INTEGER,
    decided_by      TEXT,
    reason          TEXT
);
CREATE INDEX conversions_by_cf ON conversions (codice_fiscale, created_at);
CREATE INDEX conversions_by_status ON conversions (status, submitted_at);
-- At most one open (draft or in_lavorazione) conversion per credential.
CREATE UNIQUE INDEX conversions_one_open
    ON conversions (credential_id) WHERE status IN ('draft', 'in_lavorazione');

-- Back-office (and later contact-center) operators, Argon2id password hash.
CREATE TABLE operators (
    id            TEXT PRIMARY KEY NOT NULL,
    username      TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at    INTEGER NOT NULL
);

-- Operator sessions, separate from citizens' (cookie `pin_inps_operator`).
CREATE TABLE operator_sessions (
    id           TEXT PRIMARY KEY NOT NULL,
    operator_id  TEXT NOT NULL REFERENCES operators (id),
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
);
