-- A message the simulated network lost (`POST /sim/messages/{id}/lost`):
-- kept as the system's record, left out of its recipient's inbox. It was a
-- list of ids in the setting `sim_lost_messages`; that list moves here.
ALTER TABLE messages ADD COLUMN lost INTEGER NOT NULL DEFAULT 0;
UPDATE messages SET lost = 1 WHERE id IN (
    SELECT j.value FROM sim_settings s, json_each(s.value) j
    WHERE s.key = 'sim_lost_messages' AND json_valid(s.value)
);
DELETE FROM sim_settings WHERE key = 'sim_lost_messages';

-- How many times a world was reset: a process that has the world open
-- with an older generation opens it again (its clock and connections
-- belong to the records the reset dropped).
ALTER TABLE worlds ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;
