-- Rules the Prisma schema cannot express. Prisma's diff ignores triggers and
-- CHECK constraints, so they live in their own hand-written migration.

-- Append-only tables are the record of what the relay sent, what happened to a
-- case and who did what: a bug or a hurried fix must not be able to rewrite
-- them, so the database itself refuses. TRUNCATE is left to the owner on
-- purpose (retention purges, test databases); the app never issues it.
CREATE FUNCTION "refuse_append_only_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Table "%" is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING HINT = 'Record a correction as a new row instead.';
END;
$$;

CREATE TRIGGER "alert_events_append_only" BEFORE UPDATE OR DELETE ON "alert_events"
    FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();

CREATE TRIGGER "case_timeline_append_only" BEFORE UPDATE OR DELETE ON "case_timeline"
    FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();

CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log"
    FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();

-- A person has at most one open case: a second press while a case is open
-- belongs to that case (intake relies on this under concurrent requests).
-- CLOSED, NOT_DETAINED and RESCINDED end a case, so a new alert may open a new one.
CREATE UNIQUE INDEX "cases_one_open_per_person" ON "cases"("person_id") WHERE "status" <> 'CLOSED' AND "status" <> 'NOT_DETAINED' AND "status" <> 'RESCINDED';

-- Coordinates outside the globe mean a client bug; keep them out of the map.
ALTER TABLE "case_locations" ADD CONSTRAINT "case_locations_lat_check" CHECK ("lat" BETWEEN -90 AND 90);
ALTER TABLE "case_locations" ADD CONSTRAINT "case_locations_lng_check" CHECK ("lng" BETWEEN -180 AND 180);
ALTER TABLE "cases" ADD CONSTRAINT "cases_last_lat_check" CHECK ("last_lat" BETWEEN -90 AND 90);
ALTER TABLE "cases" ADD CONSTRAINT "cases_last_lng_check" CHECK ("last_lng" BETWEEN -180 AND 180);

-- Optimistic locking compares versions and starts at 1; a case exists because
-- of at least one press.
ALTER TABLE "cases" ADD CONSTRAINT "cases_version_check" CHECK ("version" >= 1);
ALTER TABLE "cases" ADD CONSTRAINT "cases_press_count_check" CHECK ("press_count" >= 1);

-- Case numbers are quoted on the phone and in letters: consulate code, year,
-- six-digit sequence (LAX-2026-000123).
ALTER TABLE "cases" ADD CONSTRAINT "cases_number_check" CHECK ("number" ~ '^[A-Z]{3}-\d{4}-\d{6}$');
