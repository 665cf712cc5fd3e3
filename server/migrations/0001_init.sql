-- PIN INPS schema. Instants are INTEGER milliseconds since the Unix epoch on
-- the *simulated* clock: exact equality and ordering in SQL, no text parsing.
-- Secrets (PINs, halves, codes) are stored only as Argon2id PHC strings; the
-- one exception is `messages`, the delivery simulator's copy of what a person
-- receives.

-- Simulation settings that survive a restart (e.g. the clock offset).
CREATE TABLE sim_settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- The synthetic INPS registry ("archivi INPS").
CREATE TABLE citizens (
    codice_fiscale  TEXT PRIMARY KEY NOT NULL,
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
    created_at      INTEGER NOT NULL
);

-- Every "Richiedi PIN" submission, as filed (JSON of the accepted request).
CREATE TABLE pin_requests (
    id             TEXT PRIMARY KEY NOT NULL,
    codice_fiscale TEXT NOT NULL,
    status         TEXT NOT NULL,
    request_json   TEXT NOT NULL,
    created_at     INTEGER NOT NULL
);

-- One PIN credential. A revoked one stays as history; at most one
-- non-revoked credential per codice fiscale (the unique index below is what
-- makes two concurrent requests for the same CF end in one 409).
CREATE TABLE credentials (
    id                TEXT PRIMARY KEY NOT NULL,
    codice_fiscale    TEXT NOT NULL,
    request_id        TEXT,
    state             TEXT NOT NULL,
    role              TEXT NOT NULL DEFAULT 'citizen',
    surname           TEXT NOT NULL,
    name              TEXT NOT NULL,
    home_phone        TEXT,
    mobile            TEXT,
    email             TEXT,
    pec               TEXT,
    initial_hash      TEXT,
    half1_hash        TEXT,
    pin_hash          TEXT,
    pin_changed_at    INTEGER,
    failed_attempts   INTEGER NOT NULL DEFAULT 0,
    locked_until      INTEGER,
    contacts_verified INTEGER NOT NULL DEFAULT 0,
    privacy_accepted  INTEGER NOT NULL DEFAULT 0,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL
);
CREATE UNIQUE INDEX credentials_one_live_per_cf
    ON credentials (codice_fiscale) WHERE state <> 'revoked';

-- Hashes of the PINs a credential has had (for "not one of the last 5").
CREATE TABLE pin_history (
    credential_id TEXT NOT NULL REFERENCES credentials (id),
    pin_hash      TEXT NOT NULL,
    changed_at    INTEGER NOT NULL
);
CREATE INDEX pin_history_by_credential ON pin_history (credential_id, changed_at);

-- The delivery simulator. `recipient_key` is the recipient lower-cased with
-- all spaces removed, so look-ups ignore case and phone-number spacing.
-- `due_at` set: delivered once the clock reaches it (post). Neither
-- `delivered_at` nor `due_at`: pending (a queued call). `held`: written but
-- not dispatched yet (half 2 waiting for the residence check).
CREATE TABLE messages (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    id             TEXT NOT NULL UNIQUE,
    channel        TEXT NOT NULL,
    recipient      TEXT NOT NULL,
    recipient_key  TEXT NOT NULL,
    subject        TEXT NOT NULL,
    body           TEXT NOT NULL,
    secret         TEXT,
    sent_at        INTEGER NOT NULL,
    delivered_at   INTEGER,
    due_at         INTEGER,
    held           INTEGER NOT NULL DEFAULT 0,
    request_id     TEXT
);
CREATE INDEX messages_by_recipient ON messages (recipient_key, sent_at);

-- Server-side sessions; the cookie carries `id` (256 random bits).
CREATE TABLE sessions (
    id             TEXT PRIMARY KEY NOT NULL,
    credential_id  TEXT NOT NULL,
    codice_fiscale TEXT NOT NULL,
    level          TEXT NOT NULL,
    stage          TEXT NOT NULL,
    created_at     INTEGER NOT NULL,
    last_seen_at   INTEGER NOT NULL
);
CREATE INDEX sessions_by_credential ON sessions (credential_id);
