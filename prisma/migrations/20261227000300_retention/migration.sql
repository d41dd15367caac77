-- Retention (issue 15, part 3): how long an ended case keeps its exact points
-- and its personal data, per class of ending, set by administrators; a legal
-- hold that keeps a case whole whatever the schedule says; and the marks the
-- nightly job (lib/retention) leaves on what it coarsened and purged.

CREATE TYPE "RetentionClass" AS ENUM ('RESCINDED', 'NOT_DETAINED', 'CLOSED');

-- One row per class. NULL days: never. Counted from cases.closed_at.
CREATE TABLE "retention_policies" (
    "class"              "RetentionClass" PRIMARY KEY,
    "coarsen_after_days" INTEGER,
    "purge_after_days"   INTEGER,
    "version"            INTEGER NOT NULL DEFAULT 1,
    "updated_by"         UUID REFERENCES "users"("id"),
    "updated_at"         TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    CONSTRAINT "retention_policies_coarsen_days" CHECK ("coarsen_after_days" IS NULL OR "coarsen_after_days" BETWEEN 1 AND 36500),
    CONSTRAINT "retention_policies_purge_days" CHECK ("purge_after_days" IS NULL OR "purge_after_days" BETWEEN 1 AND 36500),
    -- Coarsening is a step towards the purge, never after it.
    CONSTRAINT "retention_policies_coarsen_before_purge" CHECK (
        "coarsen_after_days" IS NULL OR "purge_after_days" IS NULL OR "coarsen_after_days" < "purge_after_days")
);

INSERT INTO "retention_policies" ("class", "coarsen_after_days", "purge_after_days") VALUES
    ('RESCINDED', 30, 365),
    ('NOT_DETAINED', 30, 365),
    ('CLOSED', NULL, 1825);

ALTER TABLE "cases"
    ADD COLUMN "legal_hold_at"     TIMESTAMPTZ(3),
    ADD COLUMN "legal_hold_by"     UUID REFERENCES "users"("id"),
    ADD COLUMN "legal_hold_reason" TEXT,
    ADD COLUMN "coarsened_at"      TIMESTAMPTZ(3),
    ADD COLUMN "purged_at"         TIMESTAMPTZ(3),
    ADD CONSTRAINT "cases_legal_hold_whole" CHECK (
        ("legal_hold_at" IS NULL) = ("legal_hold_by" IS NULL) AND ("legal_hold_at" IS NULL) = ("legal_hold_reason" IS NULL));

-- What the nightly job looks for: ended cases, by when they ended, not yet purged.
CREATE INDEX "cases_retention_due_idx" ON "cases" ("status", "closed_at")
    WHERE "purged_at" IS NULL AND "closed_at" IS NOT NULL;

ALTER TYPE "TimelineKind" ADD VALUE 'LEGAL_HOLD_PLACED';
ALTER TYPE "TimelineKind" ADD VALUE 'LEGAL_HOLD_LIFTED';

-- The first night's run (03:00 UTC); each run schedules the next one itself.
INSERT INTO "jobs" ("queue", "singleton_key", "payload", "run_at")
VALUES ('retention', 'retention:' || to_char((date_trunc('day', now() AT TIME ZONE 'UTC') + interval '1 day')::date, 'YYYY-MM-DD') || ':0',
        jsonb_build_object('night', to_char((date_trunc('day', now() AT TIME ZONE 'UTC') + interval '1 day')::date, 'YYYY-MM-DD'), 'batch', 0,
                           'coarsened', 0, 'purged', 0),
        (date_trunc('day', now() AT TIME ZONE 'UTC') + interval '1 day' + interval '3 hours') AT TIME ZONE 'UTC')
ON CONFLICT ("singleton_key") DO NOTHING;
