-- Trainer classes (issue 12, trainer console). A class is a set of worlds
-- (`worlds.class_id`) made together by a trainer; the rows live in the
-- default world's database, beside `worlds`.
CREATE TABLE classes (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    -- The scenarios the worlds were made from, as a JSON array of names.
    scenarios   TEXT NOT NULL,
    -- The trainer (operator username) who made it.
    created_by  TEXT NOT NULL,
    -- Real time (ms).
    created_at  BIGINT NOT NULL
);
