// The two things retention does to a case, each in ONE function, so that the
// columns they touch are written in one place (lib/privacy/sealed-columns.ts
// lists them). Both run inside the caller's transaction,
// which must have set amparo.maintenance (allowMaintenance): the append-only
// tables refuse these changes otherwise. Both are idempotent.
import "server-only";
import type { Tx } from "@/lib/server/db";
import { keyring } from "@/lib/privacy/keys-data";

/** Lets this transaction through the append-only triggers (never the audit log's). */
export const allowMaintenance = async (tx: Tx) => {
  await tx.$executeRaw`SELECT set_config('amparo.maintenance', 'on', true)`;
};

// Keys of a timeline entry's data that a purge keeps: no person in them, and
// the reports (lib/reports) and the county history read them.
const KEPT_TIMELINE_KEYS = ["from", "to", "outcome", "routing", "countyFips"];

/**
 * Coarsen: the exact points and the trail go, the county stays
 * (cases.county_fips, and the ALERT_RECEIVED entry's countyFips).
 */
export const coarsenCases = async (tx: Tx, caseIds: string[]) => {
  if (caseIds.length === 0) return 0;
  await tx.$executeRaw`DELETE FROM "case_locations" WHERE "case_id" = ANY(${caseIds}::uuid[])`;
  // A LOCATION_UPDATED entry's sealed part is the position alone (lib/privacy/timeline.ts).
  await tx.$executeRaw`
    UPDATE "case_timeline" SET "data" = "data" - 'sealed' - 'lat' - 'lng' - 'accuracyM'
    WHERE "case_id" = ANY(${caseIds}::uuid[]) AND "kind" = 'LOCATION_UPDATED'`;
  // The relay's events are sealed whole: a location event is nothing but a
  // position; a panic is opened here, its position removed, and sealed again.
  await tx.$executeRaw`
    UPDATE "alert_events" e SET "payload" = '{"coarsened": true}'::jsonb
    FROM "alerts" a WHERE a."id" = e."alert_id" AND a."case_id" = ANY(${caseIds}::uuid[]) AND e."type" = 'location'`;
  const panics = await tx.$queryRaw<{ event_id: string; payload: { sealed?: string } }[]>`
    SELECT e."event_id"::text, e."payload" FROM "alert_events" e JOIN "alerts" a ON a."id" = e."alert_id"
    WHERE a."case_id" = ANY(${caseIds}::uuid[]) AND e."type" = 'panic' AND e."payload" ? 'sealed'`;
  if (panics.length > 0) {
    const ring = await keyring();
    for (const { event_id, payload } of panics) {
      const event = ring.openJson<Record<string, unknown>>(payload.sealed);
      if (!event || event.location === null || event.location === undefined) continue;
      const { location: _dropped, ...rest } = event;
      await tx.$executeRaw`UPDATE "alert_events" SET "payload" = jsonb_build_object('sealed', ${ring.sealJson(rest)}::text) WHERE "event_id" = ${event_id}::uuid`;
    }
  }
  return tx.$executeRaw`
    UPDATE "cases" SET "last_location" = NULL,
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
  // A person's corrections hold the values before and after (sealed): they go with the person.
  await tx.$executeRaw`
    DELETE FROM "person_corrections" pc
    WHERE pc."person_id" IN (SELECT "person_id" FROM "cases" WHERE "id" = ANY(${ids}::uuid[]))
      AND NOT EXISTS (SELECT 1 FROM "cases" o WHERE o."person_id" = pc."person_id" AND o."purged_at" IS NULL)`;
  // A person with no name is a purged one (the case page says so); their
  // blind tokens go too, and a trigger empties those of their cases.
  await tx.$executeRaw`
    UPDATE "people" p SET "full_name" = NULL, "birth_date" = NULL, "phone" = NULL, "curp" = NULL,
      "consular_id_number" = NULL, "a_number" = NULL, "a_number_bidx" = NULL, "search_tokens" = '{}',
      "registered_consulate" = NULL, "app_user_id" = 'purged:' || p."id"::text, "updated_at" = now()
    WHERE p."id" IN (SELECT "person_id" FROM "cases" WHERE "id" = ANY(${ids}::uuid[]))
      AND NOT starts_with(p."app_user_id", 'purged:')
      AND NOT EXISTS (SELECT 1 FROM "cases" o WHERE o."person_id" = p."id" AND o."purged_at" IS NULL)`;
  // The purged cases of a person someone else's open case still holds lose their search tokens too.
  return tx.$executeRaw`
    UPDATE "cases" SET "message" = NULL, "rescind_reason" = NULL, "search_tokens" = '{}', "version" = "version" + 1, "updated_at" = now()
    WHERE "id" = ANY(${ids}::uuid[])`;
};
