// The last step of a data key's rotation (npm run keys; docs/privacy.md,
// "Keys"): after `new-data-key`, `reseal` opens every value still sealed
// under a retired data key and seals it again under the active one, table by
// table in batches, each batch its own transaction (a crash resumes where it
// stopped; the service keeps running: a batch locks only its own rows). Then
// `drop-data-key` deletes the retired key once nothing is sealed under it, so
// a key that leaked stops opening anything. The places walked are
// SEALED_COLUMNS and the timeline's "sealed" part.
import { db, type Tx } from "@/lib/server/db";
import { recordAudit } from "@/lib/server/audit";
import { AppError } from "@/lib/server/errors";
import { keyring, announceKeyChange, forgetKeyring, KEYRING_RELOAD_MS } from "./keys-data";
import type { Keyring } from "./keyring";
import { SEALED_COLUMNS, type SealedColumn } from "./sealed-columns";

const BATCH = 500;

/** Every column that holds envelopes: the inventory, and the timeline entries' sealed part. */
const PLACES: readonly SealedColumn[] = [...SEALED_COLUMNS, { table: "case_timeline", column: "data", form: "json" }];

/** The envelope of a place, as SQL: the column, or its JSON's "sealed" member. */
const envelope = ({ column, form }: SealedColumn) => (form === "text" ? `"${column}"` : `("${column}" ->> 'sealed')`);

const placeName = ({ table, column }: SealedColumn) => `${table}.${column}`;

/** How many values each data key seals, over every place (the status command's figure). */
export const countValuesByKey = async (tx: Tx | typeof db = db): Promise<Record<string, number>> => {
  const counts: Record<string, number> = {};
  for (const place of PLACES) {
    const rows = await tx.$queryRawUnsafe<{ key: string; n: number }[]>(
      `SELECT split_part(${envelope(place)}, '.', 2) AS "key", count(*)::int AS "n" FROM "${place.table}"
       WHERE ${envelope(place)} LIKE 'pv1.%' GROUP BY 1`,
    );
    for (const { key, n } of rows) counts[key] = (counts[key] ?? 0) + n;
  }
  return counts;
};

const resealOne = (ring: Keyring, place: SealedColumn, value: unknown): unknown => {
  if (place.form === "text") return ring.seal(ring.open(value as string));
  const json = value as Record<string, unknown>;
  return JSON.stringify({ ...json, sealed: ring.seal(ring.open(json.sealed as string)) });
};

/**
 * One batch of a place: up to BATCH rows after `after` (a row's ctid, so the
 * walk goes once through the table) whose value is sealed under one of `keys`.
 */
const resealBatch = async (tx: Tx, ring: Keyring, place: SealedColumn, keys: string[], after: string) => {
  // The timeline, notes and events are append-only: this rewrite is maintenance, as the legacy sealer's.
  await tx.$executeRaw`SET LOCAL amparo.maintenance = 'on'`;
  const rows = await tx.$queryRawUnsafe<{ at: string; value: unknown }[]>(
    `SELECT ctid::text AS "at", "${place.column}" AS "value" FROM "${place.table}"
     WHERE ctid > $1::tid AND split_part(${envelope(place)}, '.', 2) = ANY($2::text[])
     ORDER BY ctid LIMIT ${BATCH} FOR UPDATE`,
    after,
    keys,
  );
  const cast = place.form === "json" ? "::jsonb" : "";
  for (const row of rows) {
    await tx.$executeRawUnsafe(`UPDATE "${place.table}" SET "${place.column}" = $1${cast} WHERE ctid = $2::tid`, resealOne(ring, place, row.value), row.at);
  }
  return { count: rows.length, last: rows.at(-1)?.at ?? null };
};

/**
 * Seals again under the active data key every value sealed under a retired
 * one (or only under `keyId`); answers how many values moved, per place.
 */
export const resealRetiredValues = async ({ keyId }: { keyId?: string } = {}): Promise<Record<string, number>> => {
  const ring = await keyring({ reload: true });
  const retired = (await db.dataKey.findMany({ where: { purpose: "data", retiredAt: { not: null } }, select: { id: true } })).map((k) => k.id);
  if (keyId && !retired.includes(keyId)) throw new AppError("not_found", "not_found", { details: { reason: "no retired data key with this id" } });
  const keys = keyId ? [keyId] : retired;
  const moved: Record<string, number> = {};
  if (keys.length === 0) return moved;
  for (const place of PLACES) {
    let after = "(0,0)";
    for (;;) {
      const batch = await db.$transaction((tx) => resealBatch(tx, ring, place, keys, after), { timeout: 120_000 });
      if (batch.count === 0 || batch.last === null) break;
      moved[placeName(place)] = (moved[placeName(place)] ?? 0) + batch.count;
      after = batch.last;
    }
  }
  const total = Object.values(moved).reduce((a, n) => a + n, 0);
  if (total > 0) await recordAudit({ action: "keys.reseal", actorUserId: null, targetType: "data_key", targetId: undefined, data: { keys, to: ring.activeKeyId, values: total } });
  return moved;
};

/**
 * Deletes a retired data key that seals nothing any more. Refused while a
 * value still names it, and until every instance has surely loaded the keys
 * since it was retired (they reload within KEYRING_RELOAD_MS), so none can
 * still be sealing under it.
 */
export const dropDataKey = async ({ id, now = new Date() }: { id: string; now?: Date }) => {
  const dropped = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('amparo:data_keys', 0))`;
      const key = await tx.dataKey.findUnique({ where: { id } });
      if (!key || key.purpose !== "data") throw new AppError("not_found", "not_found", { details: { reason: "no data key with this id" } });
      if (!key.retiredAt) throw new AppError("conflict", "active_key", { details: { reason: "the active data key cannot be dropped: make a new one first (new-data-key)" } });
      const since = now.getTime() - key.retiredAt.getTime();
      if (since < KEYRING_RELOAD_MS) {
        throw new AppError("conflict", "recently_retired", {
          details: { reason: `retired ${Math.round(since / 1000)} s ago: wait ${Math.ceil((KEYRING_RELOAD_MS - since) / 1000)} s, until every instance has loaded the new key, then reseal and drop` },
        });
      }
      const values = (await countValuesByKey(tx))[id] ?? 0;
      if (values > 0) throw new AppError("conflict", "key_in_use", { details: { reason: `${values} values are still sealed under ${id}: run reseal first`, values } });
      await tx.dataKey.delete({ where: { id } });
      await recordAudit({ action: "keys.drop_data_key", actorUserId: null, targetType: "data_key", targetId: id, data: {} }, tx);
      return id;
    },
    { timeout: 120_000 },
  );
  forgetKeyring();
  await announceKeyChange();
  return { dropped };
};
