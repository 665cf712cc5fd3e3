-- PIN INPS schema for PostgreSQL: the same tables as the SQLite migrations
-- in `server/migrations/` taken together, written once. Instants are BIGINT
-- milliseconds since the Unix epoch on the *simulated* clock (exact equality
-- and ordering, the same numbers the SQLite store keeps); flags are BOOLEAN.
-- Where SQLite orders by `rowid`, a table here has an identity `seq`.
-- Secrets (PINs, halves, codes) are stored only as Argon2id PHC strings; the
-- one exception is `messages`, the delivery simulator's copy of what a
-- person receives.

-- Simulation settings that survive a restart (e.g. the privacy version).
CREATE TABLE sim_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The simulated clock, shared by every process on this database: one row,
-- its offset from real time, and a version bumped by every change so a
-- process never adopts an older offset over a newer one.
CREATE TABLE sim_clock (
    id        BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    offset_ms BIGINT NOT NULL,
    version   BIGINT NOT NULL
);

-- The synthetic INPS registry ("archivi INPS").
CREATE TABLE citizens (
    seq             BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    codice_fiscale  TEXT PRIMARY KEY,
    surname         TEXT NOT NULL,
    name            TEXT NOT NULL,
    sex             TEXT NOT NULL,
    birth_date      TEXT NOT NULL,
    birthplace_code TEXT NOT NULL,
    res_address     TEXT NOT NULL,
    res_civic       TEXT NOT NULL,
    res_province    TEXT NOT NULL,
    res_comune      TEXT NOT NULL,
    res_cap         TEXT NOT NULL,
    ts_number       TEXT NOT NULL,
    ts_expiry       TEXT NOT NULL,
    role            TEXT NOT NULL DEFAULT 'citizen',
    created_at      BIGINT NOT NULL
);

-- Every "Richiedi PIN" submission, as filed (JSON of the accepted request).
CREATE TABLE pin_requests (
    id             TEXT PRIMARY KEY,
    codice_fiscale TEXT NOT NULL,
    status         TEXT NOT NULL,
    request_json   TEXT NOT NULL,
    created_at     BIGINT NOT NULL
);

-- One PIN credential. A revoked one stays as history; at most one
-- non-revoked credential per codice fiscale: the partial unique index is
-- what turns two concurrent requests for one CF, from any process, into one
-- success and one conflict.
CREATE TABLE credentials (
    id                  TEXT PRIMARY KEY,
    codice_fiscale      TEXT NOT NULL,
    request_id          TEXT,
    state               TEXT NOT NULL,
    role                TEXT NOT NULL DEFAULT 'citizen',
    surname             TEXT NOT NULL,
    name                TEXT NOT NULL,
    home_phone          TEXT,
    mobile              TEXT,
    email               TEXT,
    pec                 TEXT,
    initial_hash        TEXT,
    half1_hash          TEXT,
    pin_hash            TEXT,
    pin_changed_at      BIGINT,
    failed_attempts     BIGINT NOT NULL DEFAULT 0,
    locked_until        BIGINT,
    contacts_verified   BOOLEAN NOT NULL DEFAULT FALSE,
    privacy_accepted    BOOLEAN NOT NULL DEFAULT FALSE,
    -- Filed without verified contacts (by phone): "Attiva PIN" first.
    activation_required BOOLEAN NOT NULL DEFAULT FALSE,
    -- Version of the privacy notice last accepted (0: never).
    privacy_version     BIGINT NOT NULL DEFAULT 0,
    -- Last correct login (NULL: never used).
    last_login_at       BIGINT,
    created_at          BIGINT NOT NULL,
    updated_at          BIGINT NOT NULL
);
CREATE UNIQUE INDEX credentials_one_live_per_cf
    ON credentials (codice_fiscale) WHERE state <> 'revoked';

-- Hashes of the PINs a credential has had (for "not one of the last 5").
CREATE TABLE pin_history (
    seq           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    credential_id TEXT NOT NULL REFERENCES credentials (id),
    pin_hash      TEXT NOT NULL,
    changed_at    BIGINT NOT NULL
);
CREATE INDEX pin_history_by_credential ON pin_history (credential_id, changed_at);

-- The delivery simulator. `recipient_key` is the recipient lower-cased with
-- all spaces removed, so look-ups ignore case and phone-number spacing.
-- `due_at` set: delivered once the clock reaches it (post). Neither
-- `delivered_at` nor `due_at`: pending (a queued call). `held`: written but
-- not dispatched yet (half 2 waiting for the residence check).
CREATE TABLE messages (
    seq           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    channel       TEXT NOT NULL,
    recipient     TEXT NOT NULL,
    recipient_key TEXT NOT NULL,
    subject       TEXT NOT NULL,
    body          TEXT NOT NULL,
    secret        TEXT,
    sent_at       BIGINT NOT NULL,
    delivered_at  BIGINT,
    due_at        BIGINT,
    held          BOOLEAN NOT NULL DEFAULT FALSE,
    request_id    TEXT
);
CREATE INDEX messages_by_recipient ON messages (recipient_key, sent_at);

-- Server-side sessions, keyed by SHA-256 of the cookie value.
CREATE TABLE sessions (
    id             TEXT PRIMARY KEY,
    credential_id  TEXT NOT NULL,
    codice_fiscale TEXT NOT NULL,
    level          TEXT NOT NULL,
    stage          TEXT NOT NULL,
    created_at     BIGINT NOT NULL,
    last_seen_at   BIGINT NOT NULL
);
CREATE INDEX sessions_by_credential ON sessions (credential_id);

-- One-time codes (contact verification, restore, revoke, activation). Only
-- the Argon2id hash is kept; single use (`used_at`), expiring (`expires_at`),
-- and burnt after a few wrong tries.
CREATE TABLE codes (
    seq             BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    id              TEXT PRIMARY KEY,
    credential_id   TEXT NOT NULL REFERENCES credentials (id),
    purpose         TEXT NOT NULL,
    target          TEXT NOT NULL,
    code_hash       TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    expires_at      BIGINT NOT NULL,
    used_at         BIGINT,
    failed_attempts BIGINT NOT NULL DEFAULT 0,
    -- Data the confirmation applies (e.g. the contacts an activation registers).
    payload         TEXT
);
CREATE INDEX codes_by_credential ON codes (credential_id, purpose, target, created_at);

-- "Le tue attività": every credential event of a codice fiscale, with the
-- channel its notice went to.
CREATE TABLE credential_events (
    seq            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    credential_id  TEXT NOT NULL,
    codice_fiscale TEXT NOT NULL,
    kind           TEXT NOT NULL,
    channel        TEXT,
    recipient      TEXT,
    at             BIGINT NOT NULL
);
CREATE INDEX credential_events_by_cf ON credential_events (codice_fiscale, at);

-- Applications filed online. `seq` numbers the protocol (an identity never
-- hands one value out twice, whichever process asks); `status` is `frozen`
-- ("in attesa di PIN dispositivo") or `protocolled`.
CREATE TABLE applications (
    seq             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    credential_id   TEXT NOT NULL,
    codice_fiscale  TEXT NOT NULL,
    kind            TEXT NOT NULL,
    status          TEXT NOT NULL,
    data_json       TEXT NOT NULL,
    submitted_at    BIGINT NOT NULL,
    protocolled_at  BIGINT,
    protocol_number TEXT UNIQUE
);
CREATE INDEX applications_by_cf ON applications (codice_fiscale, submitted_at);

-- Citizen preferences (L0 and up).
CREATE TABLE preferences (
    codice_fiscale TEXT PRIMARY KEY,
    prefs_json     TEXT NOT NULL,
    updated_at     BIGINT NOT NULL
);

-- "Converti in PIN dispositivo" requests. Files are stored outside the
-- served directory under a random name (`*_file`); the upload's own name is
-- never kept. `status`: draft → in_lavorazione → approved | rejected.
CREATE TABLE conversions (
    seq           BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    id            TEXT PRIMARY KEY,
    credential_id TEXT NOT NULL,
    codice_fiscale TEXT NOT NULL,
    status        TEXT NOT NULL,
    document_json TEXT NOT NULL,
    module_file   TEXT,
    module_mime   TEXT,
    module_size   BIGINT,
    module_at     BIGINT,
    document_file TEXT,
    document_mime TEXT,
    document_size BIGINT,
    document_at   BIGINT,
    created_at    BIGINT NOT NULL,
    submitted_at  BIGINT,
    decided_at    BIGINT,
    decided_by    TEXT,
    reason        TEXT
);
CREATE INDEX conversions_by_cf ON conversions (codice_fiscale, created_at);
CREATE INDEX conversions_by_status ON conversions (status, submitted_at);
-- At most one open (draft or in_lavorazione) conversion per credential.
CREATE UNIQUE INDEX conversions_one_open
    ON conversions (credential_id) WHERE status IN ('draft', 'in_lavorazione');

-- Back-office (and contact-center, sede) operators, Argon2id password hash,
-- the citizens' lockout, and whether the account is one of the simulation's
-- seeded ones (public password: refused outside simulation mode).
CREATE TABLE operators (
    id              TEXT PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL,
    password_hash   TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    failed_attempts BIGINT NOT NULL DEFAULT 0,
    locked_until    BIGINT,
    seeded          BOOLEAN NOT NULL DEFAULT FALSE
);

-- Operator sessions, separate from citizens' (cookie `pin_inps_operator`).
CREATE TABLE operator_sessions (
    id           TEXT PRIMARY KEY,
    operator_id  TEXT NOT NULL REFERENCES operators (id),
    created_at   BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);
