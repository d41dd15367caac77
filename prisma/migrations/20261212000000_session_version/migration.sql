-- Server-side revocation of sessions (issue 11). A session token carries the
-- user's session version from its sign-in; signing out, disabling the user,
-- or changing their role, consulate or region moves the version on, and every
-- request and socket compares the two (lib/server/auth/session-claims.ts).
ALTER TABLE "users" ADD COLUMN "session_version" INTEGER NOT NULL DEFAULT 0;
