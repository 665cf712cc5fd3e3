-- Sealed envelopes of PINs issued at the sede, printable for 10 minutes by
-- the operator session that issued them, from any server process. The PIN
-- is kept only encrypted (`sealed`) under a key derived from that session's
-- cookie, which the database never holds (it keeps only the cookie's hash):
-- the database alone cannot reveal it. `data_json`: the envelope's other,
-- non-secret lines. `expires_at`: real time, ms.
CREATE TABLE sede_envelopes (
    request_id TEXT PRIMARY KEY NOT NULL,
    session_id TEXT NOT NULL,
    sealed     BLOB NOT NULL,
    data_json  TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX sede_envelopes_expiry ON sede_envelopes (expires_at);
