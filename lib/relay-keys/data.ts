import "server-only";
import { db } from "@/lib/server/db";
import { openSecret } from "@/lib/server/secret-box";
import type { RelayKeyRow } from "./schema";

type CachedKey = { secret: string | null; fetchedAt: number };

// A short cache keeps the intake off the database for every request; a
// revocation takes effect within this many milliseconds on every instance.
// On globalThis: server.ts's bundle (which answers the intake) and Next's
// (where an administrator revokes) are two copies of this module.
const CACHE_MS = 5_000;
const holder = globalThis as unknown as { amparoRelayKeyCache?: Map<string, CachedKey> };
const cache = (holder.amparoRelayKeyCache ??= new Map<string, CachedKey>());

/** The clear secret of an active relay key, or null when unknown or revoked. */
export const getActiveRelaySecret = async (keyId: string): Promise<string | null> => {
  const hit = cache.get(keyId);
  if (hit && Date.now() - hit.fetchedAt < CACHE_MS) return hit.secret;
  const row = await db.relayKey.findUnique({
    where: { id: keyId },
    select: { secretCiphertext: true, revokedAt: true },
  });
  const secret = row && !row.revokedAt ? openSecret(row.secretCiphertext) : null;
  cache.set(keyId, { secret, fetchedAt: Date.now() });
  return secret;
};

export const forgetRelayKey = (keyId: string) => cache.delete(keyId);

/** Every key, never its secret. */
export const listRelayKeys = async (): Promise<RelayKeyRow[]> => {
  const rows = await db.relayKey.findMany({
    select: { id: true, name: true, createdAt: true, revokedAt: true, lastUsedAt: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((k) => ({
    ...k,
    createdAt: k.createdAt.toISOString(),
    revokedAt: k.revokedAt?.toISOString() ?? null,
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
  }));
};
