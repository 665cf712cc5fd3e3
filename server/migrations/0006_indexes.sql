-- Indexes for every query the procedures run at scale (issue 10; the query
-- plans are listed in docs/query-plans.md). `messages.seq` is the rowid, so
-- an index on `sent_at` alone also orders by `seq`.

-- Login with a codice fiscale that holds no live PIN looks for its last
-- revoked one ("PIN revocato"): without this it scanned `credentials`, so an
-- unknown codice fiscale answered measurably slower than a known one.
CREATE INDEX credentials_revoked_by_cf
    ON credentials (codice_fiscale, updated_at) WHERE state = 'revoked';

-- The simulator's list of the newest messages (no recipient given).
CREATE INDEX messages_by_sent ON messages (sent_at);

-- A credential's latest conversion request and its frozen applications.
CREATE INDEX conversions_by_credential ON conversions (credential_id, created_at);
CREATE INDEX applications_by_credential ON applications (credential_id, status);
-- A citizen's applications, newest first (the rowid is `seq`).
CREATE INDEX applications_by_cf_seq ON applications (codice_fiscale);

-- The back office's list of submitted conversions (every status but draft).
CREATE INDEX conversions_submitted
    ON conversions (submitted_at, created_at) WHERE status <> 'draft';

-- A credential's newest live code of a purpose (the codes_by_credential
-- index has `target` before `created_at`, so it could not give the order).
CREATE INDEX codes_newest ON codes (credential_id, purpose, created_at);

-- What was filed with one PIN request (contact center: its messages, the
-- credential it created). Partial: seeded and notice rows have no request.
CREATE INDEX messages_by_request ON messages (request_id) WHERE request_id IS NOT NULL;
CREATE INDEX credentials_by_request ON credentials (request_id) WHERE request_id IS NOT NULL;

-- Failed logins with a codice fiscale that holds no PIN, counted in 256
-- buckets of the code's SHA-256 (never the code itself, and never more than
-- 256 rows): the write a wrong PIN costs (the lockout count), paid by an
-- unknown codice fiscale too, so the two answer in the same time.
CREATE TABLE login_probes (
    bucket   INTEGER PRIMARY KEY NOT NULL,
    attempts INTEGER NOT NULL,
    last_at  INTEGER NOT NULL
);
