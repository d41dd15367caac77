-- Issue 13: nobody misses an alert. The tables the roster, the escalation
-- policy, the staff notices and the raid incidents share, in one migration so
-- the case's summary (the view below) changes once.

-- New steps on a case's timeline.
ALTER TYPE "TimelineKind" ADD VALUE 'ESCALATED';
ALTER TYPE "TimelineKind" ADD VALUE 'OFFERED_TO_BACKUP';
ALTER TYPE "TimelineKind" ADD VALUE 'OFFER_TAKEN';
ALTER TYPE "TimelineKind" ADD VALUE 'NOTICE_ACKNOWLEDGED';
ALTER TYPE "TimelineKind" ADD VALUE 'INCIDENT_JOINED';
ALTER TYPE "TimelineKind" ADD VALUE 'INCIDENT_LEFT';

-- How far a case has been escalated and not yet answered: on-duty officers
-- told (amber), the region's supervisors (red), a backup consulate offered
-- it, or a taken case with no contact logged in time. Cleared by the answer.
CREATE TYPE "EscalationLevel" AS ENUM ('ON_DUTY', 'SUPERVISORS', 'BACKUP', 'CONTACT_OVERDUE');
CREATE TYPE "ShiftKind" AS ENUM ('WEEKLY', 'ONCE');
CREATE TYPE "NoticeChannel" AS ENUM ('SMS', 'EMAIL', 'PUSH');
CREATE TYPE "NoticeStatus" AS ENUM ('QUEUED', 'SENDING', 'SENT', 'FAILED');
CREATE TYPE "IncidentStatus" AS ENUM ('PROPOSED', 'OPEN', 'CLOSED', 'DISMISSED');
CREATE TYPE "OfferStatus" AS ENUM ('OPEN', 'TAKEN', 'WITHDRAWN');

-- The escalation policy and the raid thresholds, per consulate, with defaults.
ALTER TABLE "consulates"
    ADD COLUMN "escalation_enabled" BOOLEAN NOT NULL DEFAULT true,
    ADD COLUMN "backup_consulate_id" UUID REFERENCES "consulates"("id"),
    ADD COLUMN "offer_after_minutes" INTEGER NOT NULL DEFAULT 15 CHECK ("offer_after_minutes" > 0),
    ADD COLUMN "raid_radius_km" DOUBLE PRECISION NOT NULL DEFAULT 2 CHECK ("raid_radius_km" > 0),
    ADD COLUMN "raid_window_minutes" INTEGER NOT NULL DEFAULT 15 CHECK ("raid_window_minutes" > 0),
    ADD COLUMN "raid_propose_at" INTEGER NOT NULL DEFAULT 5 CHECK ("raid_propose_at" >= 2),
    ADD COLUMN "raid_open_at" INTEGER NOT NULL DEFAULT 10 CHECK ("raid_open_at" >= 2),
    ADD CONSTRAINT "consulates_backup_not_self" CHECK ("backup_consulate_id" <> "id");

-- A staff member's own channels for notices outside the browser.
ALTER TABLE "users"
    ADD COLUMN "mobile_phone" TEXT,
    ADD COLUMN "notice_email" TEXT,
    ADD COLUMN "notify_sms" BOOLEAN NOT NULL DEFAULT true,
    ADD COLUMN "notify_email" BOOLEAN NOT NULL DEFAULT true;

-- Who is on duty: a weekly shift (weekday and local times in the consulate's
-- zone; an end at or before the start runs past midnight) or a one-off span.
CREATE TABLE "duty_shifts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    "consulate_id" UUID NOT NULL REFERENCES "consulates"("id"),
    "user_id" UUID NOT NULL REFERENCES "users"("id"),
    "kind" "ShiftKind" NOT NULL,
    "weekday" SMALLINT CHECK ("weekday" BETWEEN 0 AND 6),
    "starts_local" TIME(0),
    "ends_local" TIME(0),
    "starts_at" TIMESTAMPTZ(3),
    "ends_at" TIMESTAMPTZ(3),
    "note" TEXT,
    "created_by_id" UUID NOT NULL REFERENCES "users"("id"),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    CONSTRAINT "duty_shifts_shape" CHECK (
        ("kind" = 'WEEKLY' AND "weekday" IS NOT NULL AND "starts_local" IS NOT NULL AND "ends_local" IS NOT NULL
            AND "starts_at" IS NULL AND "ends_at" IS NULL)
        OR ("kind" = 'ONCE' AND "starts_at" IS NOT NULL AND "ends_at" > "starts_at"
            AND "weekday" IS NULL AND "starts_local" IS NULL AND "ends_local" IS NULL))
);
CREATE INDEX "duty_shifts_consulate_id_idx" ON "duty_shifts"("consulate_id");
CREATE INDEX "duty_shifts_user_id_idx" ON "duty_shifts"("user_id");

-- Who is on duty at a consulate at a moment: active staff of that consulate
-- with a shift covering it (lib/duty/on-duty.ts reads this).
CREATE FUNCTION "on_duty_user_ids"(p_consulate UUID, p_at TIMESTAMPTZ) RETURNS SETOF UUID
LANGUAGE sql STABLE AS $$
    SELECT DISTINCT s."user_id"
    FROM "duty_shifts" s
    JOIN "consulates" k ON k."id" = s."consulate_id"
    JOIN "users" u ON u."id" = s."user_id" AND u."active"
    CROSS JOIN LATERAL (SELECT (p_at AT TIME ZONE k."time_zone") AS "t") l
    WHERE s."consulate_id" = p_consulate
      AND u."consulate_id" = p_consulate
      AND CASE s."kind"
        WHEN 'ONCE' THEN p_at >= s."starts_at" AND p_at < s."ends_at"
        ELSE CASE WHEN s."starts_local" < s."ends_local"
            THEN EXTRACT(DOW FROM l."t") = s."weekday" AND l."t"::time >= s."starts_local" AND l."t"::time < s."ends_local"
            -- Past midnight: the evening part on its weekday, the morning part on the next.
            ELSE (EXTRACT(DOW FROM l."t") = s."weekday" AND l."t"::time >= s."starts_local")
              OR (EXTRACT(DOW FROM l."t") = (s."weekday" + 1) % 7 AND l."t"::time < s."ends_local")
        END
      END
$$;

-- A browser's Web Push subscription, opted in on the profile screen.
CREATE TABLE "push_subscriptions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    "user_id" UUID NOT NULL REFERENCES "users"("id"),
    "endpoint" TEXT NOT NULL UNIQUE,
    "p256dh" TEXT NOT NULL,
    "auth" TEXT NOT NULL,
    "label" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    "last_sent_at" TIMESTAMPTZ(3),
    "gone_at" TIMESTAMPTZ(3)
);
CREATE INDEX "push_subscriptions_user_id_idx" ON "push_subscriptions"("user_id");

-- Raid incidents: many panics close in place and time, handled as one.
CREATE TABLE "incidents" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    "consulate_id" UUID NOT NULL REFERENCES "consulates"("id"),
    "status" "IncidentStatus" NOT NULL DEFAULT 'PROPOSED',
    "center_lat" DOUBLE PRECISION NOT NULL,
    "center_lng" DOUBLE PRECISION NOT NULL,
    "radius_km" DOUBLE PRECISION NOT NULL,
    "first_at" TIMESTAMPTZ(3) NOT NULL,
    "last_at" TIMESTAMPTZ(3) NOT NULL,
    "lead_id" UUID REFERENCES "users"("id"),
    "opened_by_id" UUID REFERENCES "users"("id"),
    "opened_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "closed_by_id" UUID REFERENCES "users"("id"),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);
CREATE INDEX "incidents_consulate_id_status_idx" ON "incidents"("consulate_id", "status");

-- Append-only notes shared on an incident.
CREATE TABLE "incident_notes" (
    "id" BIGSERIAL PRIMARY KEY,
    "incident_id" UUID NOT NULL REFERENCES "incidents"("id"),
    "author_id" UUID NOT NULL REFERENCES "users"("id"),
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);
CREATE INDEX "incident_notes_incident_id_created_at_idx" ON "incident_notes"("incident_id", "created_at");
CREATE TRIGGER "incident_notes_append_only" BEFORE UPDATE OR DELETE ON "incident_notes"
    FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();

ALTER TABLE "cases"
    ADD COLUMN "incident_id" UUID REFERENCES "incidents"("id"),
    ADD COLUMN "escalation_level" "EscalationLevel",
    ADD COLUMN "escalated_at" TIMESTAMPTZ(3);
CREATE INDEX "cases_incident_id_idx" ON "cases"("incident_id") WHERE "incident_id" IS NOT NULL;

-- An untaken case offered to the backup consulate its policy names: that
-- consulate sees it (and may take it) while the offer is open.
CREATE TABLE "case_offers" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    "case_id" UUID NOT NULL REFERENCES "cases"("id"),
    "from_consulate_id" UUID NOT NULL REFERENCES "consulates"("id"),
    "to_consulate_id" UUID NOT NULL REFERENCES "consulates"("id"),
    "status" "OfferStatus" NOT NULL DEFAULT 'OPEN',
    "offered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    "decided_at" TIMESTAMPTZ(3),
    "decided_by_id" UUID REFERENCES "users"("id")
);
CREATE UNIQUE INDEX "case_offers_one_open_per_case" ON "case_offers"("case_id") WHERE "status" = 'OPEN';
CREATE INDEX "case_offers_to_consulate_id_status_idx" ON "case_offers"("to_consulate_id", "status");

-- The staff-notice outbox: one row per person, channel and escalation step
-- (the unique key makes a step run twice notify once), sent by a loop that
-- retries and then marks it failed. It holds no personal data of the case.
CREATE TABLE "staff_notices" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    "case_id" UUID REFERENCES "cases"("id"),
    "incident_id" UUID REFERENCES "incidents"("id"),
    "user_id" UUID NOT NULL REFERENCES "users"("id"),
    "channel" "NoticeChannel" NOT NULL,
    "push_subscription_id" UUID REFERENCES "push_subscriptions"("id"),
    "step_key" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "NoticeStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    "locked_until" TIMESTAMPTZ(3),
    "sent_at" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "ack_token_hash" CHAR(64) NOT NULL UNIQUE,
    "acknowledged_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    CONSTRAINT "staff_notices_about" CHECK ("case_id" IS NOT NULL OR "incident_id" IS NOT NULL)
);
CREATE UNIQUE INDEX "staff_notices_once_per_step" ON "staff_notices"(
    "step_key", "user_id", "channel", COALESCE("push_subscription_id", '00000000-0000-0000-0000-000000000000'::uuid));
CREATE INDEX "staff_notices_status_next_attempt_at_idx" ON "staff_notices"("status", "next_attempt_at");
CREATE INDEX "staff_notices_case_id_idx" ON "staff_notices"("case_id");

-- The case's summary carries its incident and its escalation, as
-- lib/cases/summary.ts does for the Prisma reads. Keep the two in step.
CREATE OR REPLACE VIEW "case_summaries" AS
SELECT c."id", k."region_id", jsonb_build_object(
    'id', c."id",
    'number', c."number",
    'status', c."status",
    'priority', c."priority",
    'pressCount', c."press_count",
    'pressedAgain', c."pressed_again",
    'duress', c."duress",
    'rescinded', c."rescinded",
    'consulateId', c."consulate_id",
    'consulateCode', k."code",
    'timeZone', k."time_zone",
    'personName', p."full_name",
    'alertAt', "iso_utc"(c."alert_at"),
    'lastEventAt', "iso_utc"(c."last_event_at"),
    'lastLocation', CASE WHEN c."last_lat" IS NULL OR c."last_lng" IS NULL THEN NULL
        ELSE jsonb_build_object('lat', c."last_lat", 'lng', c."last_lng", 'accuracyM', c."last_accuracy_m") END,
    'owner', CASE WHEN c."owner_id" IS NULL OR u."name" IS NULL THEN NULL
        ELSE jsonb_build_object('id', c."owner_id", 'name', u."name") END,
    'acknowledgedAt', "iso_utc"(c."acknowledged_at"),
    'contactedAt', "iso_utc"(c."contacted_at"),
    'outcome', c."outcome",
    'targets', jsonb_build_object(
        'ackAmber', k."ack_amber_minutes", 'ackRed', k."ack_red_minutes",
        'contactAmber', k."contact_amber_minutes", 'contactRed', k."contact_red_minutes"),
    'legalAssignee', CASE WHEN lr."assignee_id" IS NULL OR la."name" IS NULL THEN NULL
        ELSE jsonb_build_object('id', lr."assignee_id", 'name', la."name") END,
    'incidentId', c."incident_id",
    'escalation', CASE WHEN c."escalation_level" IS NULL THEN NULL
        ELSE jsonb_build_object('level', c."escalation_level", 'at', "iso_utc"(c."escalated_at")) END,
    'version', c."version") AS "summary"
FROM "cases" c
JOIN "consulates" k ON k."id" = c."consulate_id"
JOIN "people" p ON p."id" = c."person_id"
LEFT JOIN "users" u ON u."id" = c."owner_id"
LEFT JOIN "legal_records" lr ON lr."case_id" = c."id"
LEFT JOIN "users" la ON la."id" = lr."assignee_id";
