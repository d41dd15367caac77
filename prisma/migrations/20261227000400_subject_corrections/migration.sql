-- A subject's corrections (issue 15, part 5): each change a supervisor or an
-- administrator makes to a person's field, with the value before and after
-- (both sealed by the app, lib/privacy/keyring.ts), the reason (sealed: it may
-- quote the values) and who made it. The history is append-only: a correction
-- of a correction is a new row.
CREATE TABLE "person_corrections" (
    "id" BIGSERIAL PRIMARY KEY,
    "person_id" UUID NOT NULL REFERENCES "people"("id"),
    "field" TEXT NOT NULL CHECK ("field" IN ('fullName', 'birthDate', 'phone', 'curp', 'consularIdNumber', 'aNumber')),
    "before_value" TEXT,
    "after_value" TEXT,
    "reason" TEXT NOT NULL,
    "corrected_by_id" UUID NOT NULL REFERENCES "users"("id"),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT now()
);
CREATE INDEX "person_corrections_person_id_created_at_idx" ON "person_corrections"("person_id", "created_at");

CREATE TRIGGER "person_corrections_append_only" BEFORE UPDATE OR DELETE ON "person_corrections"
    FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();
