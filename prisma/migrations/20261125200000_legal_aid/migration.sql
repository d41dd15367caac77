-- CreateEnum
CREATE TYPE "CustodyStatus" AS ENUM ('DETAINED', 'RELEASED', 'RELEASED_ON_BOND', 'TRANSFERRED', 'REMOVED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "BondStatus" AS ENUM ('NOT_REQUESTED', 'REQUESTED', 'SET', 'DENIED', 'POSTED');

-- CreateEnum
CREATE TYPE "HearingType" AS ENUM ('MASTER_CALENDAR', 'BOND', 'INDIVIDUAL', 'CREDIBLE_FEAR_REVIEW', 'OTHER');

-- CreateEnum
CREATE TYPE "HearingResult" AS ENUM ('CONTINUED', 'BOND_GRANTED', 'BOND_DENIED', 'RELIEF_GRANTED', 'REMOVAL_ORDERED', 'VOLUNTARY_DEPARTURE', 'TERMINATED', 'OTHER');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('OPEN', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "TransferStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "FamilyMessageStatus" AS ENUM ('DRAFT', 'APPROVED', 'SENDING', 'SENT', 'FAILED', 'DISCARDED');

-- CreateEnum
CREATE TYPE "JobState" AS ENUM ('PENDING', 'RUNNING', 'DONE', 'CANCELLED', 'FAILED');

-- AlterEnum
ALTER TYPE "TimelineKind" ADD VALUE 'LEGAL_RECORD_CHANGED';
ALTER TYPE "TimelineKind" ADD VALUE 'HEARING_SCHEDULED';
ALTER TYPE "TimelineKind" ADD VALUE 'HEARING_CHANGED';
ALTER TYPE "TimelineKind" ADD VALUE 'TASK_ADDED';
ALTER TYPE "TimelineKind" ADD VALUE 'TASK_CHANGED';
ALTER TYPE "TimelineKind" ADD VALUE 'TRANSFER_REQUESTED';
ALTER TYPE "TimelineKind" ADD VALUE 'TRANSFER_ACCEPTED';
ALTER TYPE "TimelineKind" ADD VALUE 'TRANSFER_DECLINED';
ALTER TYPE "TimelineKind" ADD VALUE 'FAMILY_MESSAGE';

-- AlterTable
ALTER TABLE "people" ADD COLUMN     "a_number" CHAR(9);

-- AlterTable
ALTER TABLE "case_contacts" ADD COLUMN     "language" TEXT;

-- CreateTable
CREATE TABLE "detention_facilities" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "state" CHAR(2) NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "county_fips" CHAR(5) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "detention_facilities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "legal_records" (
    "case_id" UUID NOT NULL,
    "referred_at" TIMESTAMPTZ(3),
    "assignee_id" UUID,
    "facility_id" UUID,
    "facility_other" TEXT,
    "detained_on" DATE,
    "custody_status" "CustodyStatus",
    "bond_amount_cents" INTEGER,
    "bond_status" "BondStatus",
    "lawyer_name" TEXT,
    "lawyer_phone" TEXT,
    "partner_org" TEXT,
    "documents" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "legal_records_pkey" PRIMARY KEY ("case_id")
);

-- CreateTable
CREATE TABLE "hearings" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "court" TEXT NOT NULL,
    "scheduled_at" TIMESTAMPTZ(3) NOT NULL,
    "type" "HearingType" NOT NULL,
    "judge" TEXT,
    "result" "HearingResult",
    "cancelled_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "hearings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_tasks" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "owner_id" UUID NOT NULL,
    "status" "TaskStatus" NOT NULL DEFAULT 'OPEN',
    "completed_at" TIMESTAMPTZ(3),
    "completed_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_tasks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reminders" (
    "id" BIGSERIAL NOT NULL,
    "user_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "target_type" TEXT NOT NULL,
    "target_id" UUID NOT NULL,
    "offset_minutes" INTEGER NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMPTZ(3),

    CONSTRAINT "reminders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "jobs" (
    "id" BIGSERIAL NOT NULL,
    "queue" TEXT NOT NULL,
    "singleton_key" TEXT NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "run_at" TIMESTAMPTZ(3) NOT NULL,
    "state" "JobState" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_transfers" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "from_consulate_id" UUID NOT NULL,
    "to_consulate_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "TransferStatus" NOT NULL DEFAULT 'PENDING',
    "requested_by_id" UUID NOT NULL,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "decline_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_transfers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "family_messages" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "contact_id" BIGINT NOT NULL,
    "template" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "body" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "status" "FamilyMessageStatus" NOT NULL DEFAULT 'DRAFT',
    "created_by_id" UUID NOT NULL,
    "approved_by_id" UUID,
    "approved_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3),
    "locked_until" TIMESTAMPTZ(3),
    "sent_at" TIMESTAMPTZ(3),
    "provider_message_id" TEXT,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "family_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "people_a_number_key" ON "people"("a_number");

-- CreateIndex
CREATE UNIQUE INDEX "detention_facilities_code_key" ON "detention_facilities"("code");

-- CreateIndex
CREATE INDEX "detention_facilities_county_fips_idx" ON "detention_facilities"("county_fips");

-- CreateIndex
CREATE INDEX "legal_records_assignee_id_idx" ON "legal_records"("assignee_id");

-- CreateIndex
CREATE INDEX "hearings_case_id_scheduled_at_idx" ON "hearings"("case_id", "scheduled_at");

-- CreateIndex
CREATE INDEX "case_tasks_case_id_status_due_at_idx" ON "case_tasks"("case_id", "status", "due_at");

-- CreateIndex
CREATE INDEX "case_tasks_owner_id_status_due_at_idx" ON "case_tasks"("owner_id", "status", "due_at");

-- CreateIndex
CREATE INDEX "reminders_user_id_created_at_idx" ON "reminders"("user_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "reminders_target_type_target_id_offset_minutes_due_at_key" ON "reminders"("target_type", "target_id", "offset_minutes", "due_at");

-- CreateIndex
CREATE UNIQUE INDEX "jobs_singleton_key_key" ON "jobs"("singleton_key");

-- CreateIndex
CREATE INDEX "jobs_state_run_at_idx" ON "jobs"("state", "run_at");

-- CreateIndex
CREATE INDEX "case_transfers_case_id_idx" ON "case_transfers"("case_id");

-- CreateIndex
CREATE INDEX "case_transfers_to_consulate_id_status_idx" ON "case_transfers"("to_consulate_id", "status");

-- CreateIndex
CREATE INDEX "family_messages_case_id_created_at_idx" ON "family_messages"("case_id", "created_at");

-- CreateIndex
CREATE INDEX "family_messages_status_next_attempt_at_idx" ON "family_messages"("status", "next_attempt_at");

-- AddForeignKey
ALTER TABLE "detention_facilities" ADD CONSTRAINT "detention_facilities_county_fips_fkey" FOREIGN KEY ("county_fips") REFERENCES "jurisdictions"("county_fips") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "legal_records" ADD CONSTRAINT "legal_records_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "legal_records" ADD CONSTRAINT "legal_records_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "legal_records" ADD CONSTRAINT "legal_records_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "detention_facilities"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hearings" ADD CONSTRAINT "hearings_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_transfers" ADD CONSTRAINT "case_transfers_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_transfers" ADD CONSTRAINT "case_transfers_from_consulate_id_fkey" FOREIGN KEY ("from_consulate_id") REFERENCES "consulates"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_transfers" ADD CONSTRAINT "case_transfers_to_consulate_id_fkey" FOREIGN KEY ("to_consulate_id") REFERENCES "consulates"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "family_messages" ADD CONSTRAINT "family_messages_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "family_messages" ADD CONSTRAINT "family_messages_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "case_contacts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Not expressible in the Prisma schema (see 20261125000100_integrity).

-- An A-number is stored in its canonical form: nine digits, zero-padded.
ALTER TABLE "people" ADD CONSTRAINT "people_a_number_check" CHECK ("a_number" ~ '^[0-9]{9}$');

-- The record's own optimistic lock; amounts and coordinates that cannot be.
ALTER TABLE "legal_records" ADD CONSTRAINT "legal_records_version_check" CHECK ("version" >= 1);
ALTER TABLE "legal_records" ADD CONSTRAINT "legal_records_bond_amount_check" CHECK ("bond_amount_cents" >= 0);
ALTER TABLE "legal_records" ADD CONSTRAINT "legal_records_documents_check" CHECK (jsonb_typeof("documents") = 'object');
ALTER TABLE "detention_facilities" ADD CONSTRAINT "detention_facilities_lat_check" CHECK ("lat" BETWEEN -90 AND 90);
ALTER TABLE "detention_facilities" ADD CONSTRAINT "detention_facilities_lng_check" CHECK ("lng" BETWEEN -180 AND 180);
ALTER TABLE "hearings" ADD CONSTRAINT "hearings_version_check" CHECK ("version" >= 1);
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_version_check" CHECK ("version" >= 1);
-- A finished task says when; an open one does not.
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_completed_check" CHECK (("status" = 'OPEN') = ("completed_at" IS NULL));
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_offset_check" CHECK ("offset_minutes" >= 0);
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_attempts_check" CHECK ("attempts" >= 0);

-- A transfer goes somewhere else, is decided once, and a case has at most one
-- waiting for an answer.
ALTER TABLE "case_transfers" ADD CONSTRAINT "case_transfers_other_consulate_check" CHECK ("from_consulate_id" <> "to_consulate_id");
ALTER TABLE "case_transfers" ADD CONSTRAINT "case_transfers_decided_check" CHECK (("status" = 'PENDING') = ("decided_at" IS NULL));
CREATE UNIQUE INDEX "case_transfers_one_pending_per_case" ON "case_transfers"("case_id") WHERE "status" = 'PENDING';

-- A sent message carries its time; an approved one, its approver.
ALTER TABLE "family_messages" ADD CONSTRAINT "family_messages_sent_check" CHECK (("status" = 'SENT') = ("sent_at" IS NOT NULL));
ALTER TABLE "family_messages" ADD CONSTRAINT "family_messages_approved_check" CHECK ("status" IN ('DRAFT', 'DISCARDED') OR "approved_by_id" IS NOT NULL);
ALTER TABLE "family_messages" ADD CONSTRAINT "family_messages_attempts_check" CHECK ("attempts" >= 0);

-- What a family was told, and who approved it, is a record: once sent, a
-- message's text and approval cannot be rewritten.
CREATE FUNCTION "refuse_sent_message_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'Table "family_messages" keeps every message: DELETE is not allowed';
    END IF;
    IF OLD."status" = 'SENT' THEN
        RAISE EXCEPTION 'Message % was sent: it cannot change', OLD."id";
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "family_messages_keep_sent" BEFORE UPDATE OR DELETE ON "family_messages"
    FOR EACH ROW EXECUTE FUNCTION "refuse_sent_message_change"();

-- Transfers are the case's custody history.
CREATE TRIGGER "case_transfers_no_delete" BEFORE DELETE ON "case_transfers"
    FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();
