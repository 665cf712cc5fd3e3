-- How a conversion request reached INPS: 'online' (the upload), 'fax'
-- (800 803 164, from the simulator) or 'sede' (checked at the desk).
ALTER TABLE conversions ADD COLUMN channel TEXT NOT NULL DEFAULT 'online';
-- Desk conversions made before this column: the only ones decided without files.
UPDATE conversions SET channel = 'sede'
    WHERE module_file IS NULL AND document_file IS NULL AND status <> 'draft';
