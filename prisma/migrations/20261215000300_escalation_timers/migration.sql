-- Issue 13: the escalation policy's timers, scheduled by the database itself
-- so that no path that creates or changes a case can miss one: the intake's
-- function, the seed, a fixture, a correction by hand. A timer is a row in
-- "jobs" (lib/server/jobs/queue.ts) with the singleton key
-- `escalation:<caseId>` (the first step), `escalation:<caseId>:duress` and
-- `:contact` (written here too), `:red` and `:offer` (scheduled by the handler
-- in lib/escalation/mutations.ts, which re-reads the case before acting).

-- A new case: its first step at the consulate's amber target, or at once
-- under duress; none where the consulate turned escalation off. One INSERT per
-- statement (the intake inserts one case), over the inserted rows.
CREATE FUNCTION "escalation_schedule_inserted"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "jobs" ("queue", "singleton_key", "payload", "run_at")
    SELECT 'escalation', 'escalation:' || n."id",
        jsonb_build_object('caseId', n."id", 'step', CASE WHEN n."duress" THEN 'duress' ELSE 'amber' END),
        CASE WHEN n."duress" THEN now() ELSE n."alert_at" + make_interval(mins => k."ack_amber_minutes") END
    FROM "inserted" n JOIN "consulates" k ON k."id" = n."consulate_id"
    WHERE k."escalation_enabled"
      AND (n."status" = 'NEW' OR (n."duress" AND n."status" NOT IN ('CLOSED', 'NOT_DETAINED', 'RESCINDED')))
    ON CONFLICT ("singleton_key") DO UPDATE SET
        "queue" = EXCLUDED."queue", "payload" = EXCLUDED."payload", "run_at" = EXCLUDED."run_at",
        "state" = 'PENDING', "attempts" = 0, "locked_until" = NULL, "last_error" = NULL, "finished_at" = NULL;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "cases_escalation_inserted" AFTER INSERT ON "cases"
    REFERENCING NEW TABLE AS "inserted" FOR EACH STATEMENT EXECUTE FUNCTION "escalation_schedule_inserted"();

-- A cancel under duress skips the wait: its own step, due now (a case the
-- duress brought back from ended included). Its own key, which no worker can
-- hold yet: a worker running the case's first step holds that row and waits
-- for the case, which this update holds; waiting for it here would deadlock.
-- The first step, when it comes, finds the case past it and does nothing.
CREATE FUNCTION "escalation_schedule_duress"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "jobs" ("queue", "singleton_key", "payload", "run_at")
    SELECT 'escalation', 'escalation:' || NEW."id" || ':duress', jsonb_build_object('caseId', NEW."id", 'step', 'duress'), now()
    FROM "consulates" k
    WHERE k."id" = NEW."consulate_id" AND k."escalation_enabled"
      AND NEW."status" NOT IN ('CLOSED', 'NOT_DETAINED', 'RESCINDED')
    ON CONFLICT ("singleton_key") DO UPDATE SET
        "queue" = EXCLUDED."queue", "payload" = EXCLUDED."payload", "run_at" = EXCLUDED."run_at",
        "state" = 'PENDING', "attempts" = 0, "locked_until" = NULL, "last_error" = NULL, "finished_at" = NULL;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "cases_escalation_duress" AFTER UPDATE OF "duress" ON "cases"
    FOR EACH ROW WHEN (NEW."duress" AND NOT OLD."duress") EXECUTE FUNCTION "escalation_schedule_duress"();

-- A case leaves NEW (taken, by its consulate or through a backup offer, or
-- ended): its pending untaken steps are cancelled, an offer still open is
-- withdrawn, and a taken case gets its contact timer (contact_red_minutes
-- after it was taken, at the consulate that now holds it). The keys are
-- named exactly, so the unique index finds them. A step a worker is running
-- right now is skipped, not waited for (it waits for this case: a deadlock);
-- once this commits, that worker finds the case taken and does nothing.
CREATE FUNCTION "escalation_case_left_new"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "jobs" SET "state" = 'CANCELLED', "finished_at" = now()
    WHERE "id" IN (
        SELECT j."id" FROM "jobs" j
        WHERE j."state" = 'PENDING' AND j."singleton_key" IN (
            'escalation:' || NEW."id", 'escalation:' || NEW."id" || ':red', 'escalation:' || NEW."id" || ':offer')
        FOR UPDATE SKIP LOCKED);
    UPDATE "case_offers" SET "status" = 'WITHDRAWN', "decided_at" = now()
    WHERE "case_id" = NEW."id" AND "status" = 'OPEN';
    IF NEW."status" = 'ACKNOWLEDGED' AND NEW."contacted_at" IS NULL THEN
        INSERT INTO "jobs" ("queue", "singleton_key", "payload", "run_at")
        SELECT 'escalation', 'escalation:' || NEW."id" || ':contact', jsonb_build_object('caseId', NEW."id", 'step', 'contact'),
            COALESCE(NEW."acknowledged_at", now()) + make_interval(mins => k."contact_red_minutes")
        FROM "consulates" k
        WHERE k."id" = NEW."consulate_id" AND k."escalation_enabled"
        ON CONFLICT ("singleton_key") DO UPDATE SET
            "queue" = EXCLUDED."queue", "payload" = EXCLUDED."payload", "run_at" = EXCLUDED."run_at",
            "state" = 'PENDING', "attempts" = 0, "locked_until" = NULL, "last_error" = NULL, "finished_at" = NULL;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "cases_escalation_left_new" AFTER UPDATE OF "status" ON "cases"
    FOR EACH ROW WHEN (OLD."status" = 'NEW' AND NEW."status" <> 'NEW') EXECUTE FUNCTION "escalation_case_left_new"();
