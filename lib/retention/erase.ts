// The two things retention does to a case, each in ONE function, so that the
// columns they touch are written in one place (the sealed columns of issue 15
// rename some of them: adapt here). Both run inside the caller's transaction,
// which must have set amparo.maintenance (allowMaintenance): the append-only
// tables refuse these changes otherwise. Both are idempotent.
import "server-only";
import type { Tx } from "@/lib/server/db";

/** Lets this transaction through the append-only triggers (never the audit log's). */
export const allowMaintenance = async (tx: Tx) => {
  await tx.$executeRaw`SELECT set_config('amparo.maintenance', 'on', true)`;
};

// Keys of a timeline entry's data that a purge keeps: no person in them, and
// the reports (lib/reports) and the county history read them.
const KEPT_TIMELINE_KEYS = ["from", "to", "outcome", "routing", "countyFips"];

/**
 * Coarsen: the exact points and the trail go, the county stays (in the
 * ALERT_RECEIVED entry's countyFips; after the lead's change, cases.county_fips).
 */
export const coarsenCases = async (tx: Tx, caseIds: string[]) => {
  if (caseIds.length === 0) return 0;
  await tx.$executeRaw`DELETE FROM "case_locations" WHERE "case_id" = ANY(${caseIds}::uuid[])`;
  await tx.$executeRaw`
    UPDATE "case_timeline" SET "data" = "data" - 'lat' - 'lng' - 'accuracyM'
    WHERE "case_id" = ANY(${caseIds}::uuid[]) AND "kind" = 'LOCATION_UPDATED'`;
  await tx.$executeRaw`
    UPDATE "alert_events" e SET "payload" = CASE WHEN e."type" = 'location' THEN '{"coarsened": true}'::jsonb ELSE e."payload" - 'location' END
    FROM "alerts" a WHERE a."id" = e."alert_id" AND a."case_id" = ANY(${caseIds}::uuid[]) AND e."payload" ? 'location'`;
  return tx.$executeRaw`
    UPDATE "cases" SET "last_lat" = NULL, "last_lng" = NULL, "last_accuracy_m" = NULL,
      "coarsened_at" = COALESCE("coarsened_at", now()), "version" = "version" + 1, "updated_at" = now()
    WHERE "id" = ANY(${caseIds}::uuid[])`;
};

/**
 * Purge: everything personal about the case goes; the case row stays as a
 * tombstone (number, consulate, status, outcome, priority, times) and every
 * row a report counts keeps its kind and time. The person is emptied once no
 * unpurged case refers to them, and loses the app's id, so the next alert
 * from that phone makes a new person.
 */
export const purgeCases = async (tx: Tx, caseIds: string[]) => {
  if (caseIds.length === 0) return 0;
  await coarsenCases(tx, caseIds);
  const ids = caseIds;
  await tx.$executeRaw`DELETE FROM "family_messages" WHERE "case_id" = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`DELETE FROM "case_contacts" WHERE "case_id" = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`DELETE FROM "case_notes" WHERE "case_id" = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`DELETE FROM "case_contact_attempts" WHERE "case_id" = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`DELETE FROM "reminders" WHERE "case_id" = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`
    UPDATE "case_timeline" t SET "data" = COALESCE(
      (SELECT jsonb_object_agg(k, v) FROM jsonb_each(t."data") AS d(k, v) WHERE k = ANY(${KEPT_TIMELINE_KEYS}::text[])), '{}'::jsonb)
    WHERE t."case_id" = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`
    UPDATE "alert_events" e SET "payload" = '{"purged": true}'::jsonb
    FROM "alerts" a WHERE a."id" = e."alert_id" AND a."case_id" = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`
    UPDATE "legal_records" SET "facility_other" = NULL, "lawyer_name" = NULL, "lawyer_phone" = NULL, "documents" = '{}'::jsonb,
      "version" = "version" + 1, "updated_at" = now()
    WHERE "case_id" = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`UPDATE "hearings" SET "court" = '', "judge" = NULL WHERE "case_id" = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`UPDATE "case_tasks" SET "title" = '' WHERE "case_id" = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`UPDATE "case_transfers" SET "reason" = '', "decline_reason" = NULL WHERE "case_id" = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`
    UPDATE "cases" SET "purged_at" = COALESCE("purged_at", now()) WHERE "id" = ANY(${ids}::uuid[])`;
  // full_name is NOT NULL until the lead's migration makes it nullable: '' until then.
  await tx.$executeRaw`
    UPDATE "people" p SET "full_name" = '', "birth_date" = NULL, "phone" = NULL, "curp" = NULL,
      "consular_id_number" = NULL, "a_number" = NULL, "registered_consulate" = NULL,
      "app_user_id" = 'purged:' || p."id"::text, "updated_at" = now()
    WHERE p."id" IN (SELECT "person_id" FROM "cases" WHERE "id" = ANY(${ids}::uuid[]))
      AND NOT starts_with(p."app_user_id", 'purged:')
      AND NOT EXISTS (SELECT 1 FROM "cases" o WHERE o."person_id" = p."id" AND o."purged_at" IS NULL)`;
  // After the person: their trigger rewrites the search key of their cases.
  return tx.$executeRaw`
    UPDATE "cases" SET "message" = NULL, "rescind_reason" = NULL, "search_key" = '', "version" = "version" + 1, "updated_at" = now()
    WHERE "id" = ANY(${ids}::uuid[])`;
};
