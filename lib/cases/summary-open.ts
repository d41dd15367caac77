// The case summary as PostgreSQL builds it (the case_summaries view) holds
// the person's name and the last position sealed; this opens them, once per
// read, before a summary reaches anyone (the queue, Socket.IO, the map).
import { LRUCache } from "lru-cache";
import type { Keyring } from "@/lib/privacy/keyring";
import type { CaseSummary } from "./events";

export type StoredCaseSummary = Omit<CaseSummary, "personName" | "lastLocation"> & {
  personName: string | null;
  lastLocation: string | null;
};

export type SealedPoint = { lat: number; lng: number; accuracyM: number | null };

export const openPoint = (ring: Keyring, sealed: string | null): SealedPoint | null => {
  const point = ring.openJson<SealedPoint>(sealed);
  return point ? { lat: point.lat, lng: point.lng, accuracyM: point.accuracyM ?? null } : null;
};

// Opened positions, by their envelope: an envelope never changes meaning (a
// new position is a new envelope), so the map's refreshes open only what
// moved. In this process's memory only, as every opened value is while a
// request uses it; an hour at most.
const keptPoints = new LRUCache<string, SealedPoint>({ max: 200_000, ttl: 3_600_000 });

/** Forgets every kept position (a benchmark's cold read). */
export const clearKeptPoints = () => keptPoints.clear();

/** openPoint, remembering the answer for the same envelope (the officer's map, read again and again). */
export const openPointKept = (ring: Keyring, sealed: string | null): SealedPoint | null => {
  if (sealed === null) return null;
  const kept = keptPoints.get(sealed);
  if (kept) return kept;
  const point = openPoint(ring, sealed);
  if (point) keptPoints.set(sealed, point);
  return point;
};

export const openCaseSummary = (ring: Keyring, stored: StoredCaseSummary): CaseSummary => ({
  ...stored,
  personName: ring.open(stored.personName),
  lastLocation: openPoint(ring, stored.lastLocation),
});
