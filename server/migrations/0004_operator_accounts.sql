-- Operator accounts get the citizens' lockout (10 wrong passwords → 3
-- minutes, then 3 more per wrong password) and remember whether they are the
-- simulation's seeded accounts, whose passwords are public: outside
-- simulation mode (`--no-sim`) those accounts cannot log in.
ALTER TABLE operators ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE operators ADD COLUMN locked_until INTEGER;
ALTER TABLE operators ADD COLUMN seeded INTEGER NOT NULL DEFAULT 0;
-- Before this migration every operator was a seeded one.
UPDATE operators SET seeded = 1 WHERE username IN ('operatore', 'revisore');
