-- A message the simulated network lost (`POST /sim/messages/{id}/lost`):
-- kept as the system's record, left out of its recipient's inbox. It was a
-- list of ids in the setting `sim_lost_messages`; that list moves here.
ALTER TABLE messages ADD COLUMN lost BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE messages SET lost = TRUE WHERE id IN (
    SELECT json_array_elements_text(value::json) FROM sim_settings
    WHERE key = 'sim_lost_messages'
);
DELETE FROM sim_settings WHERE key = 'sim_lost_messages';

-- How many times a world was reset: a process that has the world open
-- with an older generation opens it again (its clock and connections
-- belong to the records the reset dropped).
ALTER TABLE worlds ADD COLUMN generation BIGINT NOT NULL DEFAULT 0;
