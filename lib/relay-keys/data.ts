import "server-only";
import { db } from "@/lib/server/db";
import { LRUCache } from "lru-cache";
import { openSecret } from "@/lib/server/secret-box";
import { onSignal, sendSignal } from "@/lib/server/signals";
import type { RelayKeyRow } from "./schema";

type CachedKey = { secret: string; fetchedAt: number };

// A short cache keeps the intake off the database for every request. A
// revocation drops the entry on every instance at once (a signal through
// Redis, lib/server/signals.ts); should that signal be lost, the entry still
// dies within this many milliseconds.
const CACHE_MS = 5_000;
// Only active keys are cached, and there are a handful: the bound is for
// safety, never reached in use. An unknown or revoked key is not cached at
// all, so a flood of made-up keys can neither grow the cache nor push the
// relay's key out of it; the intake's limit per client address
// (lib/server/http/intake-address-limit.ts) bounds the reads they cost.
export const RELAY_KEY_CACHE_SIZE = 1_000;
const FORGET_SIGNAL = "relay-key:forget";
const cache = new LRUCache<string, CachedKey>({ max: RELAY_KEY_CACHE_SIZE });
// Bumped on every forget: a read that began before a revocation must not put
// the old secret back in the cache after the signal has dropped it.
let generation = 0;

onSignal(FORGET_SIGNAL, (keyId) => {
  generation++;
  cache.delete(keyId);
});

/** The clear secret of an active relay key, or null when unknown or revoked. */
export const getActiveRelaySecret = async (keyId: string): Promise<string | null> => {
  const hit = cache.get(keyId);
  if (hit && Date.now() - hit.fetchedAt < CACHE_MS) return hit.secret;
  const startedAt = generation;
  const row = await db.relayKey.findUnique({
    where: { id: keyId },
    select: { secretCiphertext: true, revokedAt: true },
  });
  if (!row || row.revokedAt) {
    cache.delete(keyId);
    return null;
  }
  const secret = openSecret(row.secretCiphertext);
  if (generation === startedAt) cache.set(keyId, { secret, fetchedAt: Date.now() });
  return secret;
};

/**
 * Whether this instance has held the key as active lately (fresh or not, until
 * a revocation or the bound drops it): a blocked client address may still try
 * such a key, at no cost to the database for anyone else's made-up keys.
 */
export const isKnownRelayKey = (keyId: string) => cache.has(keyId);

/** How many keys this instance holds in memory (tests check the bound). */
export const cachedRelayKeyCount = () => cache.size;

/** Drops the key from the cache of every instance (after its row changed). */
export const forgetRelayKey = (keyId: string) => sendSignal(FORGET_SIGNAL, keyId);

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
