-- Simulation worlds (issue 12). The rows live in the default world's
-- database; each world's own records live in a database of their own
-- (a file beside this one, or a PostgreSQL schema), so nothing crosses.
CREATE TABLE worlds (
    id          TEXT PRIMARY KEY,
    join_code   TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    scenario    TEXT,
    class_id    TEXT,
    created_at  BIGINT NOT NULL,
    -- Simulated seconds per real second: 1 = manual (the clock buttons).
    pace        BIGINT NOT NULL DEFAULT 1,
    -- Real instant (ms) up to which compressed time has been applied.
    paced_at    BIGINT
);
CREATE INDEX worlds_by_class ON worlds (class_id);
CREATE INDEX worlds_paced ON worlds (pace) WHERE pace > 1;
