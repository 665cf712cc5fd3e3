-- Credential lifecycle (issue 4): one-time codes, activation, privacy
-- versions, the citizen's activity log, hashed session ids.

-- Sessions are now looked up by SHA-256 of the cookie value; rows written
-- with raw ids can never match again, so drop them.
DELETE FROM sessions;

-- A PIN filed without verified contacts (by phone) must go through
-- "Attiva PIN" before it works.
ALTER TABLE credentials ADD COLUMN activation_required INTEGER NOT NULL DEFAULT 0;
-- Version of the privacy notice last accepted (0: never).
ALTER TABLE credentials ADD COLUMN privacy_version INTEGER NOT NULL DEFAULT 0;
UPDATE credentials SET privacy_version = 1 WHERE privacy_accepted <> 0;
-- Last correct login (NULL: never used).
ALTER TABLE credentials ADD COLUMN last_login_at INTEGER;

-- One-time codes (contact verification, restore, revoke, activation). Only
-- the Argon2id hash is kept; single use (`used_at`), expiring (`expires_at`),
-- and burnt after a few wrong tries.
CREATE TABLE codes (
    id              TEXT PRIMARY KEY NOT NULL,
    credential_id   TEXT NOT NULL REFERENCES credentials (id),
    purpose         TEXT NOT NULL,
    target          TEXT NOT NULL,
    code_hash       TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL,
    used_at         INTEGER,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    -- Data the confirmation applies (e.g. the contacts an activation registers).
    payload         TEXT
);
CREATE INDEX codes_by_credential ON codes (credential_id, purpose, target, created_at);

-- "Le tue attività": every credential event of a codice fiscale, with the
-- channel its notice went to.
CREATE TABLE credential_events (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    credential_id  TEXT NOT NULL,
    codice_fiscale TEXT NOT NULL,
    kind           TEXT NOT NULL,
    channel        TEXT,
    recipient      TEXT,
    at             INTEGER NOT NULL
);
CREATE INDEX credential_events_by_cf ON credential_events (codice_fiscale, at);
