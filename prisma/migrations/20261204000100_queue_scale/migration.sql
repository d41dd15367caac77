-- The queue at a million cases (issue 9): keyset pages in queue order, search
-- by index, and status counts that do not count rows. Measured in
-- docs/performance.md ("Queue at 1,000,000 cases").

-- Trigram indexes (GIN) serve the search box's substring matches.
-- pg_trgm ships with PostgreSQL's contrib and with PGlite (loaded in bootstrap.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- What the search box matches, in one folded string per case: the person's
-- name (lowercase, accents and ñ taken off, so "nunez" finds "Núñez"), phone
-- digits, CURP and the case number. translate() rather than unaccent():
-- unaccent is not IMMUTABLE, so it cannot back an index. Keep the letters in
-- step with foldAccents in lib/cases/filters.ts.
CREATE FUNCTION "case_search_key"("full_name" text, "phone" text, "curp" text, "number" text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN concat_ws(' ',
    lower(translate("full_name", 'ÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜÑÇàáâäèéêëìíîïòóôöùúûüñç', 'AAAAEEEEIIIIOOOOUUUUNCaaaaeeeeiiiioooouuuunc')),
    regexp_replace("phone", '\D', '', 'g'),
    lower("curp"),
    lower("number"));

-- AlterTable: a copy on the case, not a join to people, so that a search of
-- the open queue reads a small index of open cases rather than every person
-- ever registered (a common surname matches tens of thousands of them).
ALTER TABLE "cases" ADD COLUMN "search_key" TEXT NOT NULL DEFAULT '';

UPDATE "cases" c SET "search_key" = "case_search_key"(p."full_name", p."phone", p."curp", c."number")
FROM "people" p WHERE p."id" = c."person_id";

-- Not expressible in the Prisma schema: the copy is kept by the database, so
-- no writer (intake, transfers, a fix by hand) can forget it.
CREATE FUNCTION "cases_set_search_key"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    SELECT "case_search_key"(p."full_name", p."phone", p."curp", NEW."number") INTO NEW."search_key"
    FROM "people" p WHERE p."id" = NEW."person_id";
    RETURN NEW;
END;
$$;

CREATE TRIGGER "cases_search_key" BEFORE INSERT OR UPDATE OF "person_id", "number" ON "cases"
    FOR EACH ROW EXECUTE FUNCTION "cases_set_search_key"();

CREATE FUNCTION "people_refresh_search_key"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "cases" SET "search_key" = "case_search_key"(NEW."full_name", NEW."phone", NEW."curp", "number")
    WHERE "person_id" = NEW."id";
    RETURN NULL;
END;
$$;

CREATE TRIGGER "people_search_key" AFTER UPDATE OF "full_name", "phone", "curp" ON "people"
    FOR EACH ROW
    WHEN (OLD."full_name" IS DISTINCT FROM NEW."full_name" OR OLD."phone" IS DISTINCT FROM NEW."phone" OR OLD."curp" IS DISTINCT FROM NEW."curp")
    EXECUTE FUNCTION "people_refresh_search_key"();

-- CreateIndex: the open cases' keys apart from the ended ones'. A search of
-- the open queue (the default view) then reads posting lists over a few tens
-- of thousands of cases, not a million: "hernandez" matches 56,000 cases but
-- 1,400 open ones. A search over every status ORs the two (lib/cases/queue-sql.ts).
CREATE INDEX "cases_search_key_open_idx" ON "cases" USING GIN ("search_key" gin_trgm_ops)
    WHERE "status" IN ('NEW', 'ACKNOWLEDGED', 'IN_CONTACT', 'DETENTION_CONFIRMED', 'REFERRED_LEGAL_AID');
CREATE INDEX "cases_search_key_ended_idx" ON "cases" USING GIN ("search_key" gin_trgm_ops)
    WHERE "status" IN ('NOT_DETAINED', 'RESCINDED', 'CLOSED');

-- CreateIndex: the queue's order (compareQueue) per consulate, for every
-- status (status=all, the ended lists) and for the open ones alone (the
-- default view: a few thousand entries however long the history grows).
CREATE INDEX "cases_consulate_id_priority_alert_at_number_idx" ON "cases"("consulate_id", "priority", "alert_at", "number");
CREATE INDEX "cases_queue_open_idx" ON "cases"("consulate_id", "priority", "alert_at", "number")
    WHERE "status" IN ('NEW', 'ACKNOWLEDGED', 'IN_CONTACT', 'DETENTION_CONFIRMED', 'REFERRED_LEGAL_AID');

-- CreateTable: cases per consulate and status, kept by a trigger, so that the
-- status counts read a few hundred rows instead of counting every case (an
-- index-only count of LAX's 142,000 cases takes about 30 ms). Each change
-- lands on one of 16 slots picked at random: concurrent intakes at one
-- consulate rarely wait on the same row. Read as SUM(n) per status.
CREATE TABLE "case_status_counts" (
    "consulate_id" UUID NOT NULL,
    "status" "CaseStatus" NOT NULL,
    "slot" SMALLINT NOT NULL,
    "n" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "case_status_counts_pkey" PRIMARY KEY ("consulate_id", "status", "slot")
);

-- AddForeignKey
ALTER TABLE "case_status_counts" ADD CONSTRAINT "case_status_counts_consulate_id_fkey" FOREIGN KEY ("consulate_id") REFERENCES "consulates"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

INSERT INTO "case_status_counts" ("consulate_id", "status", "slot", "n")
SELECT "consulate_id", "status", 0, count(*) FROM "cases" GROUP BY 1, 2;

-- Per statement, not per row: a statement that inserts or moves many cases
-- (a bulk load, a correction by hand) writes one row per consulate and status,
-- instead of updating the same counter row once for every case of one
-- transaction. Rows are written in (consulate, status) order, so two opposite
-- moves on one slot (a rescind and a reopen) cannot deadlock each other.
CREATE FUNCTION "cases_count_inserted"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "case_status_counts" AS t ("consulate_id", "status", "slot", "n")
    SELECT "consulate_id", "status", floor(random() * 16)::smallint, count(*) FROM "inserted"
    GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT ("consulate_id", "status", "slot") DO UPDATE SET "n" = t."n" + EXCLUDED."n";
    RETURN NULL;
END;
$$;

CREATE FUNCTION "cases_count_deleted"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "case_status_counts" AS t ("consulate_id", "status", "slot", "n")
    SELECT "consulate_id", "status", floor(random() * 16)::smallint, -count(*) FROM "deleted"
    GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT ("consulate_id", "status", "slot") DO UPDATE SET "n" = t."n" + EXCLUDED."n";
    RETURN NULL;
END;
$$;

-- Transition tables cannot be combined with a column list (UPDATE OF): this
-- runs after every update statement on cases, and writes only when one moved
-- a case to another status or consulate.
CREATE FUNCTION "cases_count_updated"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "case_status_counts" AS t ("consulate_id", "status", "slot", "n")
    SELECT d."consulate_id", d."status", floor(random() * 16)::smallint, sum(d."delta")
    FROM (
        SELECT moved."consulate_id", moved."status", moved."delta"
        FROM "before" o JOIN "after" n ON n."id" = o."id",
        LATERAL (VALUES (o."consulate_id", o."status", -1), (n."consulate_id", n."status", 1)) AS moved("consulate_id", "status", "delta")
        WHERE o."status" <> n."status" OR o."consulate_id" <> n."consulate_id"
    ) d
    GROUP BY 1, 2 HAVING sum(d."delta") <> 0 ORDER BY 1, 2
    ON CONFLICT ("consulate_id", "status", "slot") DO UPDATE SET "n" = t."n" + EXCLUDED."n";
    RETURN NULL;
END;
$$;

CREATE TRIGGER "cases_count_inserted" AFTER INSERT ON "cases"
    REFERENCING NEW TABLE AS "inserted" FOR EACH STATEMENT EXECUTE FUNCTION "cases_count_inserted"();

CREATE TRIGGER "cases_count_deleted" AFTER DELETE ON "cases"
    REFERENCING OLD TABLE AS "deleted" FOR EACH STATEMENT EXECUTE FUNCTION "cases_count_deleted"();

CREATE TRIGGER "cases_count_updated" AFTER UPDATE ON "cases"
    REFERENCING OLD TABLE AS "before" NEW TABLE AS "after" FOR EACH STATEMENT EXECUTE FUNCTION "cases_count_updated"();

-- TRUNCATE fires no row triggers: the counts go with the rows.
CREATE FUNCTION "cases_count_status_truncate"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM "case_status_counts";
    RETURN NULL;
END;
$$;

CREATE TRIGGER "cases_count_status_truncate" AFTER TRUNCATE ON "cases"
    FOR EACH STATEMENT EXECUTE FUNCTION "cases_count_status_truncate"();
