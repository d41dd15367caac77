-- Administration and operations (issue 14): what staff, consulate and
-- jurisdiction administration needs, laid down at once so that the screens
-- built on it change the schema no more.

-- One-time links: an invitation to set a first password, or a password reset.
-- Only the SHA-256 of the token is kept; the link carries the token itself.
CREATE TYPE "StaffTokenPurpose" AS ENUM ('INVITE', 'RESET');

CREATE TABLE "staff_tokens" (
  "id"          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  "user_id"     UUID NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
  "purpose"     "StaffTokenPurpose" NOT NULL,
  "token_hash"  CHAR(64) NOT NULL UNIQUE,
  "expires_at"  TIMESTAMPTZ(3) NOT NULL,
  "used_at"     TIMESTAMPTZ(3),
  "created_by"  UUID REFERENCES "users"("id"),
  "created_at"  TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);
CREATE INDEX "staff_tokens_user_id_idx" ON "staff_tokens"("user_id");

-- An invited user has no password until they set one from their link.
ALTER TABLE "users" ALTER COLUMN "password_hash" DROP NOT NULL;
ALTER TABLE "users"
  ADD COLUMN "last_sign_in_at" TIMESTAMPTZ(3),
  -- Two factors (TOTP): the secret sealed with AMPARO_SECRET_KEY (lib/server/secret-box.ts);
  -- enabled once the user has confirmed a code from their app.
  ADD COLUMN "totp_secret" TEXT,
  ADD COLUMN "totp_enabled_at" TIMESTAMPTZ(3);

-- Recovery codes: each used once, only their hashes kept.
CREATE TABLE "recovery_codes" (
  "id"         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  "user_id"    UUID NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
  "code_hash"  CHAR(64) NOT NULL,
  "used_at"    TIMESTAMPTZ(3),
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);
CREATE INDEX "recovery_codes_user_id_idx" ON "recovery_codes"("user_id");

-- The consulate's public contact line (its 24-hour phone), shown to staff.
ALTER TABLE "consulates" ADD COLUMN "contact_phone" TEXT;

-- Consulate settings changes: who changed what, when (before and after of each field).
CREATE TABLE "consulate_setting_changes" (
  "id"           BIGSERIAL PRIMARY KEY,
  "consulate_id" UUID NOT NULL REFERENCES "consulates"("id"),
  "changed_by"   UUID REFERENCES "users"("id"),
  "changed_at"   TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  "changes"      JSONB NOT NULL
);
CREATE INDEX "consulate_setting_changes_consulate_idx" ON "consulate_setting_changes"("consulate_id", "changed_at" DESC);

-- Jurisdictions reassigned by an administrator: the history, and a mark on
-- the county that a seed must not undo (prisma/seed).
ALTER TABLE "jurisdictions" ADD COLUMN "reassigned_at" TIMESTAMPTZ(3);

CREATE TABLE "jurisdiction_changes" (
  "id"                 BIGSERIAL PRIMARY KEY,
  "county_fips"        CHAR(5) NOT NULL REFERENCES "jurisdictions"("county_fips"),
  "from_consulate_id"  UUID NOT NULL REFERENCES "consulates"("id"),
  "to_consulate_id"    UUID NOT NULL REFERENCES "consulates"("id"),
  "reason"             TEXT NOT NULL,
  "moved_open_cases"   INTEGER NOT NULL DEFAULT 0,
  "changed_by"         UUID REFERENCES "users"("id"),
  "changed_at"         TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);
CREATE INDEX "jurisdiction_changes_county_idx" ON "jurisdiction_changes"("county_fips", "changed_at" DESC);

-- The audit view searches by user, action and time.
CREATE INDEX "audit_log_actor_at_idx" ON "audit_log"("actor_user_id", "at");
CREATE INDEX "audit_log_action_at_idx" ON "audit_log"("action", "at");
