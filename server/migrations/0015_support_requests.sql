-- Support requests (issue 14, "Supporto tecnico"): filed by citizens on
-- /supporto-tecnico, worked by the contact center (taken in charge, closed
-- with a reply sent by e-mail). One table per world's database, like every
-- other record.
CREATE TABLE support_requests (
    -- AS-XXXXXXXX
    id              TEXT PRIMARY KEY,
    -- Simulated time (ms).
    filed_at        INTEGER NOT NULL,
    -- One of domain::support::TOPICS.
    topic           TEXT NOT NULL,
    name            TEXT NOT NULL,
    -- Upper-case, when the requester gave one.
    codice_fiscale  TEXT,
    email           TEXT NOT NULL,
    message         TEXT NOT NULL,
    -- The request's language at filing time (it, de, en): the reply's.
    lang            TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'closed')),
    -- Username of the operator who took it in charge (or closed it).
    operator        TEXT,
    taken_at        INTEGER,
    -- The reply sent to the requester when closing.
    reply           TEXT,
    closed_at       INTEGER
);
CREATE INDEX support_requests_by_filing ON support_requests (filed_at DESC, id DESC);
CREATE INDEX support_requests_by_status ON support_requests (status, filed_at DESC, id DESC);
