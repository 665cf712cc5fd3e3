-- Sealed envelopes of PINs issued at the sede (see
-- server/migrations/0011_sede_envelopes.sql): the PIN only encrypted under a
-- key derived from the issuing operator's cookie, which is never stored.
CREATE TABLE sede_envelopes (
    request_id TEXT PRIMARY KEY NOT NULL,
    session_id TEXT NOT NULL,
    sealed     BYTEA NOT NULL,
    data_json  TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sede_envelopes_expiry ON sede_envelopes (expires_at);
