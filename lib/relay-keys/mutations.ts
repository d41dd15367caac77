import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/server/db";
import { sealSecret } from "@/lib/server/secret-box";
import { AppError } from "@/lib/server/errors";
import { forgetRelayKey } from "./data";

type CreateRelayKeyOptions = { id?: string; name: string; secret?: string; createdById?: string };

/** Creates a key and returns its secret: the only time it is shown. */
export const createRelayKey = async ({ id, name, secret, createdById }: CreateRelayKeyOptions) => {
  const keyId = id ?? `relay-${randomBytes(6).toString("hex")}`;
  const clear = secret ?? randomBytes(32).toString("base64url");
  await db.$transaction([
    db.relayKey.create({ data: { id: keyId, name, secretCiphertext: sealSecret(clear), createdById } }),
    db.auditLog.create({
      data: { actorUserId: createdById, action: "relay_key.created", targetType: "relay_key", targetId: keyId },
    }),
  ]);
  return { id: keyId, secret: clear };
};

export const revokeRelayKey = async ({ id, revokedById }: { id: string; revokedById?: string }) => {
  const { count } = await db.relayKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) throw new AppError("not_found", `No active relay key ${id}`);
  await db.auditLog.create({
    data: { actorUserId: revokedById, action: "relay_key.revoked", targetType: "relay_key", targetId: id },
  });
  await forgetRelayKey(id);
};

/** Records use at most once a minute per key, off the intake's transaction. */
const lastTouched = new Map<string, number>();
export const touchRelayKey = async (id: string) => {
  const now = Date.now();
  if (now - (lastTouched.get(id) ?? 0) < 60_000) return;
  lastTouched.set(id, now);
  await db.relayKey.update({ where: { id }, data: { lastUsedAt: new Date(now) } }).catch(() => undefined);
};

/** POST /api/v1/relay-keys answers this: the secret, shown once. */
export type CreatedRelayKey = Awaited<ReturnType<typeof createRelayKey>>;
