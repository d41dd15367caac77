-- Envelope encryption of personal data (issue 15, docs/privacy.md). Each
-- sealed value names the data key that sealed it; each data key is stored
-- here wrapped (AES-256-GCM) by a key-encryption key that only the
-- environment holds (AMPARO_DATA_KEYS), so a copy of the database alone
-- opens nothing. purpose 'data' seals values, 'blind' keys the blind indexes
-- that search uses. At most one active (not retired) key per purpose.
CREATE TABLE "data_keys" (
    "id" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "kek_id" TEXT NOT NULL,
    "wrapped_key" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    "rewrapped_at" TIMESTAMPTZ(3),
    "retired_at" TIMESTAMPTZ(3),
    CONSTRAINT "data_keys_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "data_keys_purpose_check" CHECK ("purpose" IN ('data', 'blind')),
    CONSTRAINT "data_keys_id_check" CHECK ("id" ~ '^[a-z0-9]{4,32}$')
);

CREATE UNIQUE INDEX "data_keys_one_active_idx" ON "data_keys"("purpose") WHERE "retired_at" IS NULL;
