-- The relay of simulator e-mail and PEC messages to a real SMTP server
-- (`--smtp-url`): one row per message to relay, written by the relay task
-- (never by a procedure), so a relay failure cannot touch a procedure.
-- Times are real (not simulated) milliseconds: retries follow the wall clock.
CREATE TABLE relay_outbox (
    message_id      TEXT PRIMARY KEY,
    -- `messages.seq` of the message: the relay's cursor.
    seq             BIGINT NOT NULL,
    -- 'pending' (to send or retrying), 'sent', 'failed' (given up).
    status          TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    next_attempt_at BIGINT NOT NULL,
    enqueued_at     BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL
);
CREATE INDEX relay_outbox_due ON relay_outbox (status, next_attempt_at);
CREATE INDEX relay_outbox_by_seq ON relay_outbox (seq);
