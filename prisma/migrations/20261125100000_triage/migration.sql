-- CreateEnum
CREATE TYPE "CaseOutcome" AS ENUM ('RELEASED', 'RELEASED_ON_BOND', 'IN_REMOVAL_PROCEEDINGS', 'REMOVED', 'RELIEF_GRANTED', 'NO_DETENTION');

-- CreateEnum
CREATE TYPE "ContactResult" AS ENUM ('REACHED_PERSON', 'REACHED_RELATIVE', 'NO_ANSWER', 'VOICEMAIL', 'WRONG_NUMBER', 'OTHER');

-- AlterEnum
ALTER TYPE "TimelineKind" ADD VALUE 'ASSIGNED';
ALTER TYPE "TimelineKind" ADD VALUE 'CONTACT_LOGGED';
ALTER TYPE "TimelineKind" ADD VALUE 'REOPENED';

-- AlterTable
ALTER TABLE "consulates" ADD COLUMN     "ack_amber_minutes" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "ack_red_minutes" INTEGER NOT NULL DEFAULT 15,
ADD COLUMN     "contact_amber_minutes" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "contact_red_minutes" INTEGER NOT NULL DEFAULT 60;

-- AlterTable
ALTER TABLE "cases" ADD COLUMN     "acknowledged_at" TIMESTAMPTZ(3),
ADD COLUMN     "contacted_at" TIMESTAMPTZ(3),
ADD COLUMN     "outcome" "CaseOutcome",
ADD COLUMN     "owner_id" UUID;

-- CreateTable
CREATE TABLE "case_notes" (
    "id" BIGSERIAL NOT NULL,
    "case_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_contact_attempts" (
    "id" BIGSERIAL NOT NULL,
    "case_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "contact_name" TEXT NOT NULL,
    "phone" TEXT,
    "result" "ContactResult" NOT NULL,
    "notes" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_contact_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "cases_owner_id_idx" ON "cases"("owner_id");

-- CreateIndex
CREATE INDEX "case_notes_case_id_created_at_idx" ON "case_notes"("case_id", "created_at");

-- CreateIndex
CREATE INDEX "case_contact_attempts_case_id_created_at_idx" ON "case_contact_attempts"("case_id", "created_at");

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_contact_attempts" ADD CONSTRAINT "case_contact_attempts_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_contact_attempts" ADD CONSTRAINT "case_contact_attempts_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Not expressible in the Prisma schema (see 20261125000100_integrity).
-- Notes and contact attempts are a record: corrections are new rows.
CREATE TRIGGER "case_notes_append_only" BEFORE UPDATE OR DELETE ON "case_notes"
    FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();

CREATE TRIGGER "case_contact_attempts_append_only" BEFORE UPDATE OR DELETE ON "case_contact_attempts"
    FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();

-- A closed case carries its outcome; only a closed case has one.
ALTER TABLE "cases" ADD CONSTRAINT "cases_outcome_check" CHECK (("status" = 'CLOSED') = ("outcome" IS NOT NULL));
