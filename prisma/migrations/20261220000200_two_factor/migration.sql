-- Two factors (issue 14): the last TOTP time step a user signed in with, so a
-- code cannot be used twice within the window it is valid for (±1 step).
-- Moved only forward, by a conditional UPDATE, so two instances racing with
-- the same code cannot both accept it.
ALTER TABLE "users" ADD COLUMN "totp_last_step" INTEGER;
