// The demo's cases are made by the functions the app itself runs (the
// intake, the case pipeline, the legal record), all within a second or two of
// the seed; a real night spreads them over hours. Each step here says when it
// happened ("42 minutes after the alert"), and once a case is made its rows
// are moved back to those times, so the queue's clocks, the timeline and the
// supervisors' medians read like a real night.
import { createFaker, fakeLocationUpdate, fakePanic } from "@/lib/alerts/testing/fake";
import { ingestAlertEvent } from "@/lib/alerts/mutations";
import { alertEventSchema } from "@/lib/alerts/schema";
import type { LatLng } from "@/lib/geo/distance";
import { mintScope } from "@/lib/server/auth/scope";
import { getScopeUser } from "@/lib/server/auth/users";
import { db } from "@/lib/server/db";
import { canonicalSha256 } from "@/lib/server/http/canonical-json";

const MINUTE = 60_000;

export const scopeOf = async (email: string) => {
  const { id } = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return mintScope((await getScopeUser(id))!);
};

export type NightCase = {
  caseId: string;
  alertId: string;
  /** Runs `work` as if it happened `minutes` after the alert. */
  at: (minutes: number, work: () => Promise<unknown>) => Promise<void>;
  /** A newer position from the phone, `minutes` after the alert. */
  moved: (minutes: number) => Promise<void>;
  /** Moves every row the steps wrote back to the times they said. */
  settle: () => Promise<void>;
};

/** A panic received `minutesAgo` minutes ago, near `near`. */
export const openNightCase = async (options: {
  appUserId: string;
  fakerSeed: number;
  near: LatLng;
  minutesAgo: number;
  relayKeyId: string;
  /** At `near` itself, with a fix (else a little way off, and sometimes without one). */
  exact?: boolean;
}): Promise<NightCase> => {
  const faker = createFaker(options.fakerSeed);
  const alertAt = Date.now() - options.minutesAgo * MINUTE;
  const event = alertEventSchema.parse(fakePanic(faker, { appUserId: options.appUserId, near: options.near, location: options.exact ? options.near : undefined }));
  const { caseId } = await ingestAlertEvent({ event, bodySha256: canonicalSha256(event), relayKeyId: options.relayKeyId });
  // Each timeline entry's intended time, in the order they were written.
  const stamps: { id: bigint; at: Date }[] = [];
  let lastMinutes = 0;
  const stampNew = async (minutes: number) => {
    if (minutes < lastMinutes) throw new Error(`night seed: a step at +${minutes} min comes after one at +${lastMinutes} min`);
    lastMinutes = minutes;
    const after = stamps.at(-1)?.id ?? -1n;
    const entries = await db.caseTimelineEntry.findMany({ where: { caseId, id: { gt: after } }, select: { id: true }, orderBy: { id: "asc" } });
    // Entries of one step keep their order, a second apart.
    entries.forEach(({ id }, i) => stamps.push({ id, at: new Date(alertAt + minutes * MINUTE + i * 1000) }));
  };
  await stampNew(0);
  let position = event.type === "panic" && event.location ? { lat: event.location.lat, lng: event.location.lng } : options.near;
  return {
    caseId,
    alertId: event.alertId,
    at: async (minutes, work) => {
      await work();
      await stampNew(minutes);
    },
    moved: async (minutes) => {
      const update = alertEventSchema.parse(fakeLocationUpdate(faker, { alertId: event.alertId, from: position }));
      if (update.type === "location") position = { lat: update.location.lat, lng: update.location.lng };
      await ingestAlertEvent({ event: update, bodySha256: canonicalSha256(update), relayKeyId: options.relayKeyId });
      await stampNew(minutes);
    },
    settle: () => backdateCase(caseId, stamps),
  };
};

const ENDED = ["CLOSED", "NOT_DETAINED", "RESCINDED"];

/**
 * Gives each timeline entry its intended time, and every other row of the
 * case the time of the step that wrote it. The timeline and the relay's
 * events are append-only; their guard is lifted inside this one
 * transaction, which nothing else sees before it commits.
 */
const backdateCase = async (caseId: string, stamps: { id: bigint; at: Date }[]) => {
  const ids = stamps.map((s) => s.id);
  const ats = stamps.map((s) => s.at);
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`ALTER TABLE "case_timeline" DISABLE TRIGGER "case_timeline_append_only"`);
    await tx.$executeRawUnsafe(`ALTER TABLE "alert_events" DISABLE TRIGGER "alert_events_append_only"`);
    await tx.$executeRaw`
      UPDATE "case_timeline" t SET "created_at" = p.at
      FROM unnest(${ids}::bigint[], ${ats}::timestamptz[]) AS p(id, at) WHERE t."id" = p.id`;
    // A relay event keeps its gap between the phone's time and the receipt.
    await tx.$executeRaw`
      UPDATE "alert_events" e SET "received_at" = t."created_at", "occurred_at" = t."created_at" - (e."received_at" - e."occurred_at")
      FROM "case_timeline" t WHERE t."case_id" = ${caseId}::uuid AND t."event_id" = e."event_id"`;
    await tx.$executeRaw`
      UPDATE "alerts" a SET "occurred_at" = e."occurred_at", "created_at" = e."received_at"
      FROM "alert_events" e WHERE a."case_id" = ${caseId}::uuid AND e."alert_id" = a."id" AND e."type" = 'panic'`;
    await tx.$executeRaw`
      UPDATE "case_locations" l SET "received_at" = t."created_at", "captured_at" = t."created_at" - (l."received_at" - l."captured_at")
      FROM "case_timeline" t WHERE l."case_id" = ${caseId}::uuid AND t."case_id" = l."case_id" AND t."event_id" = l."event_id"`;
    await tx.$executeRaw`
      UPDATE "case_contacts" c SET "created_at" = t."created_at"
      FROM "case_timeline" t WHERE c."case_id" = ${caseId}::uuid AND t."case_id" = c."case_id" AND t."event_id" = c."event_id"`;
    await tx.$executeRaw`
      WITH moves AS (
        SELECT t."created_at" AS at, t."data"->>'to' AS "to" FROM "case_timeline" t
        WHERE t."case_id" = ${caseId}::uuid AND t."kind" = 'STATUS_CHANGED')
      UPDATE "cases" c SET
        "alert_at" = (SELECT min("created_at") FROM "case_timeline" WHERE "case_id" = c."id"),
        "created_at" = (SELECT min("created_at") FROM "case_timeline" WHERE "case_id" = c."id"),
        "updated_at" = (SELECT max("created_at") FROM "case_timeline" WHERE "case_id" = c."id"),
        "last_event_at" = (SELECT max(e."received_at") FROM "alert_events" e JOIN "alerts" a ON a."id" = e."alert_id" WHERE a."case_id" = c."id"),
        "last_location_at" = (SELECT max("captured_at") FROM "case_locations" WHERE "case_id" = c."id"),
        "acknowledged_at" = CASE WHEN c."acknowledged_at" IS NULL THEN NULL ELSE (SELECT min(at) FROM moves WHERE "to" = 'ACKNOWLEDGED') END,
        "contacted_at" = CASE WHEN c."contacted_at" IS NULL THEN NULL ELSE (SELECT min(at) FROM moves WHERE "to" = 'IN_CONTACT') END,
        "closed_at" = CASE WHEN c."closed_at" IS NULL THEN NULL ELSE (SELECT max(at) FROM moves WHERE "to" = ANY(${ENDED})) END
      WHERE c."id" = ${caseId}::uuid`;
    await tx.$executeRaw`
      UPDATE "legal_records" r SET
        "referred_at" = (SELECT min(t."created_at") FROM "case_timeline" t WHERE t."case_id" = r."case_id" AND t."kind" = 'STATUS_CHANGED' AND t."data"->>'to' = 'REFERRED_LEGAL_AID'),
        "created_at" = (SELECT min(t."created_at") FROM "case_timeline" t WHERE t."case_id" = r."case_id" AND t."kind" = 'STATUS_CHANGED' AND t."data"->>'to' = 'REFERRED_LEGAL_AID'),
        "updated_at" = (SELECT max(t."created_at") FROM "case_timeline" t WHERE t."case_id" = r."case_id")
      WHERE r."case_id" = ${caseId}::uuid`;
    // One HEARING_SCHEDULED / TASK_ADDED entry per row, in the same order.
    await tx.$executeRaw`
      UPDATE "hearings" h SET "created_at" = s.at FROM (
        SELECT x."id", y.at FROM
          (SELECT "id", row_number() OVER (ORDER BY "created_at", "id") AS n FROM "hearings" WHERE "case_id" = ${caseId}::uuid) x
          JOIN (SELECT "created_at" AS at, row_number() OVER (ORDER BY "id") AS n FROM "case_timeline" WHERE "case_id" = ${caseId}::uuid AND "kind" = 'HEARING_SCHEDULED') y
          ON x.n = y.n) s
      WHERE h."id" = s."id"`;
    await tx.$executeRaw`
      UPDATE "case_tasks" k SET "created_at" = s.at FROM (
        SELECT x."id", y.at FROM
          (SELECT "id", row_number() OVER (ORDER BY "created_at", "id") AS n FROM "case_tasks" WHERE "case_id" = ${caseId}::uuid) x
          JOIN (SELECT "created_at" AS at, row_number() OVER (ORDER BY "id") AS n FROM "case_timeline" WHERE "case_id" = ${caseId}::uuid AND "kind" = 'TASK_ADDED') y
          ON x.n = y.n) s
      WHERE k."id" = s."id"`;
    await tx.$executeRawUnsafe(`ALTER TABLE "alert_events" ENABLE TRIGGER "alert_events_append_only"`);
    await tx.$executeRawUnsafe(`ALTER TABLE "case_timeline" ENABLE TRIGGER "case_timeline_append_only"`);
  });
};
