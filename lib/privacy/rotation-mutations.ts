// Key rotation (npm run keys; docs/privacy.md, "Keys"). Neither step stops
// the service: rewrapping changes only the data_keys rows (every sealed value
// keeps its data key), and a new data key seals new values while the old one
// keeps opening what it sealed.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/server/db";
import { recordAudit } from "@/lib/server/audit";
import { keyEncryptionKeys, unwrapKey, wrapKey } from "./keyring";
import { announceKeyChange, forgetKeyring } from "./keys-data";

export type DataKeyStatus = { id: string; purpose: string; kekId: string; active: boolean; createdAt: Date; rewrappedAt: Date | null };

export const listDataKeys = async (): Promise<DataKeyStatus[]> =>
  (await db.dataKey.findMany({ orderBy: { createdAt: "asc" } })).map((k) => ({
    id: k.id,
    purpose: k.purpose,
    kekId: k.kekId,
    active: k.retiredAt === null,
    createdAt: k.createdAt,
    rewrappedAt: k.rewrappedAt,
  }));

/** Wraps every data key under the current key-encryption key; answers how many moved. */
export const rewrapDataKeys = async (): Promise<{ rewrapped: string[]; current: string }> => {
  const keks = keyEncryptionKeys();
  const current = keks[0];
  const rewrapped = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('amparo:data_keys', 0))`;
    const stale = await tx.dataKey.findMany({ where: { kekId: { not: current.id } } });
    for (const row of stale) {
      const key = unwrapKey(keks, row.kekId, row.wrappedKey, row.id);
      await tx.dataKey.update({ where: { id: row.id }, data: { kekId: current.id, wrappedKey: wrapKey(current, key), rewrappedAt: new Date() } });
    }
    if (stale.length > 0) {
      await recordAudit({ action: "keys.rewrap", actorUserId: null, targetType: "data_key", targetId: undefined, data: { keys: stale.map((r) => r.id), kek: current.id } }, tx);
    }
    return stale.map((r) => r.id);
  });
  forgetKeyring();
  await announceKeyChange();
  return { rewrapped, current: current.id };
};

/** Retires the data key that seals new values and makes a fresh one; the old one keeps opening its values. */
export const newDataKey = async (): Promise<{ id: string; retired: string[] }> => {
  const keks = keyEncryptionKeys();
  const id = randomBytes(6).toString("hex");
  const retired = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('amparo:data_keys', 0))`;
    const active = await tx.dataKey.findMany({ where: { purpose: "data", retiredAt: null } });
    await tx.dataKey.updateMany({ where: { purpose: "data", retiredAt: null }, data: { retiredAt: new Date() } });
    await tx.dataKey.create({ data: { id, purpose: "data", kekId: keks[0].id, wrappedKey: wrapKey(keks[0], randomBytes(32)) } });
    await recordAudit({ action: "keys.new_data_key", actorUserId: null, targetType: "data_key", targetId: id, data: { retired: active.map((k) => k.id) } }, tx);
    return active.map((k) => k.id);
  });
  forgetKeyring();
  await announceKeyChange();
  return { id, retired };
};
