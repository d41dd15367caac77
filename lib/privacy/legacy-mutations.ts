// Rows written before personal data was sealed (migration
// 20261227000100_sealed_fields) are sealed here, by the app, which alone holds
// the keys: run after every migration (npm run db:migrate, and the server's
// own migration on start), batch by batch, each batch its own transaction so
// a crash resumes where it stopped. Old clear columns (legacy_*) are emptied
// as their values move into the sealed ones. A no-op on a sealed database.
import { db, type Tx } from "@/lib/server/db";
import type { TimelineKind } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { keyring } from "./keys-data";
import { isSealed, type Keyring } from "./keyring";
import { sealPerson } from "./person";
import { PERSONAL_TIMELINE_KEYS, sealTimelineData } from "./timeline";
import { sealLocation } from "./intake-seal";

const BATCH = 500;

type Counts = Record<string, number>;

const unsealed = (column: string) => Prisma.raw(`("${column}" IS NOT NULL AND "${column}" NOT LIKE 'pv1.%')`);

const maintenance = (tx: Tx) => tx.$executeRaw`SET LOCAL amparo.maintenance = 'on'`;

/** Seals one batch of a table; answers how many rows it sealed (0: the table is done). */
type Step = (tx: Tx, ring: Keyring) => Promise<number>;

const sealOrKeep = (ring: Keyring, value: string | null) => (value === null || value === "" || isSealed(value) ? value : ring.seal(value));

const STEPS: Record<string, Step> = {
  people: async (tx, ring) => {
    const rows = await tx.$queryRaw<{ id: string; full_name: string | null; birth_date: string | null; phone: string | null; curp: string | null; consular_id_number: string | null; a_number: string | null }[]>`
      SELECT "id", "full_name", "birth_date", "phone", "curp", "consular_id_number", "a_number" FROM "people"
      WHERE ${Prisma.join(["full_name", "birth_date", "phone", "curp", "consular_id_number", "a_number"].map(unsealed), " OR ")}
      LIMIT ${BATCH}`;
    for (const row of rows) {
      const clear = (value: string | null) => (value !== null && isSealed(value) ? ring.open(value) : value);
      const sealed = sealPerson(ring, {
        fullName: clear(row.full_name),
        birthDate: clear(row.birth_date),
        phone: clear(row.phone),
        curp: clear(row.curp)?.trim() ?? null,
        consularIdNumber: clear(row.consular_id_number),
        aNumber: clear(row.a_number)?.trim() ?? null,
      });
      await tx.person.update({ where: { id: row.id }, data: sealed });
    }
    return rows.length;
  },
  cases: async (tx, ring) => {
    const rows = await tx.$queryRaw<{ id: string; message: string | null; lat: number | null; lng: number | null; accuracy: number | null }[]>`
      SELECT "id", "message", "legacy_last_lat" AS "lat", "legacy_last_lng" AS "lng", "legacy_last_accuracy_m" AS "accuracy" FROM "cases"
      WHERE ${unsealed("message")} OR "legacy_last_lat" IS NOT NULL
      LIMIT ${BATCH}`;
    for (const row of rows) {
      const point = row.lat !== null && row.lng !== null ? sealLocation(ring, { lat: row.lat, lng: row.lng, accuracyM: row.accuracy }) : null;
      await tx.$executeRaw`
        UPDATE "cases" SET "message" = ${sealOrKeep(ring, row.message)},
          "last_location" = COALESCE(${point}, "last_location"),
          "legacy_last_lat" = NULL, "legacy_last_lng" = NULL, "legacy_last_accuracy_m" = NULL
        WHERE "id" = ${row.id}::uuid`;
    }
    return rows.length;
  },
  case_locations: async (tx, ring) => {
    const rows = await tx.$queryRaw<{ id: bigint; lat: number; lng: number; accuracy: number | null }[]>`
      SELECT "id", "legacy_lat" AS "lat", "legacy_lng" AS "lng", "legacy_accuracy_m" AS "accuracy" FROM "case_locations"
      WHERE "legacy_lat" IS NOT NULL LIMIT ${BATCH}`;
    for (const row of rows) {
      await tx.$executeRaw`
        UPDATE "case_locations" SET "point" = ${sealLocation(ring, { lat: row.lat, lng: row.lng, accuracyM: row.accuracy })},
          "legacy_lat" = NULL, "legacy_lng" = NULL, "legacy_accuracy_m" = NULL
        WHERE "id" = ${row.id}`;
    }
    return rows.length;
  },
  ...textColumns("case_contacts", ["name", "phone"]),
  ...textColumns("case_notes", ["body"]),
  ...textColumns("case_contact_attempts", ["contact_name", "phone", "notes"]),
  ...textColumns("family_messages", ["body", "phone", "last_error"]),
  ...textColumns("incident_notes", ["body"]),
  ...textColumns("case_transfers", ["reason", "decline_reason"]),
  ...textColumns("case_tasks", ["title"]),
  family_messages_params: jsonColumn("family_messages", "params", "id"),
  alert_events: jsonColumn("alert_events", "payload", "event_id"),
  case_timeline: async (tx, ring) => {
    const kinds = Object.keys(PERSONAL_TIMELINE_KEYS) as TimelineKind[];
    const rows = await tx.$queryRaw<{ id: bigint; kind: TimelineKind; data: Record<string, unknown> }[]>`
      SELECT "id", "kind", "data" FROM "case_timeline"
      WHERE "kind"::text IN (${Prisma.join(kinds)}) AND NOT ("data" ? 'sealed')
        AND EXISTS (SELECT 1 FROM jsonb_object_keys("data") k WHERE k = ANY(${[...new Set(kinds.flatMap((k) => PERSONAL_TIMELINE_KEYS[k]!))]}::text[]))
      LIMIT ${BATCH}`;
    for (const row of rows) {
      const sealed = sealTimelineData(ring, row.kind, row.data);
      await tx.$executeRaw`UPDATE "case_timeline" SET "data" = ${JSON.stringify(sealed)}::jsonb WHERE "id" = ${row.id}`;
    }
    return rows.length;
  },
};

function textColumns(table: string, columns: string[]): Record<string, Step> {
  return {
    [table]: async (tx, ring) => {
      const rows = await tx.$queryRawUnsafe<Record<string, string | null>[]>(
        `SELECT "id"::text AS "id", ${columns.map((c) => `"${c}"`).join(", ")} FROM "${table}"
         WHERE ${columns.map((c) => `("${c}" IS NOT NULL AND "${c}" <> '' AND "${c}" NOT LIKE 'pv1.%')`).join(" OR ")} LIMIT ${BATCH}`,
      );
      for (const row of rows) {
        const sets = columns.map((c, i) => `"${c}" = $${i + 2}`).join(", ");
        await tx.$executeRawUnsafe(`UPDATE "${table}" SET ${sets} WHERE "id"::text = $1`, row.id, ...columns.map((c) => sealOrKeep(ring, row[c])));
      }
      return rows.length;
    },
  };
}

function jsonColumn(table: string, column: string, key: string): Step {
  return async (tx, ring) => {
    const rows = await tx.$queryRawUnsafe<{ key: string; value: unknown }[]>(
      `SELECT "${key}"::text AS "key", "${column}" AS "value" FROM "${table}"
       WHERE NOT ("${column}" ? 'sealed') AND "${column}" <> '{}'::jsonb LIMIT ${BATCH}`,
    );
    for (const row of rows) {
      await tx.$executeRawUnsafe(
        `UPDATE "${table}" SET "${column}" = jsonb_build_object('sealed', $2::text) WHERE "${key}"::text = $1`,
        row.key,
        ring.sealJson(row.value),
      );
    }
    return rows.length;
  };
}

/** Seals every row still holding a clear personal value; answers how many rows of each table it sealed. */
export const sealLegacyRows = async (): Promise<Counts> => {
  const ring = await keyring();
  const counts: Counts = {};
  for (const [name, step] of Object.entries(STEPS)) {
    for (;;) {
      const sealed = await db.$transaction(async (tx) => {
        await maintenance(tx);
        return step(tx, ring);
      }, { timeout: 120_000 });
      if (sealed === 0) break;
      counts[name] = (counts[name] ?? 0) + sealed;
    }
  }
  return counts;
};
