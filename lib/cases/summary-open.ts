// The case summary as PostgreSQL builds it (the case_summaries view) holds
// the person's name and the last position sealed; this opens them, once per
// read, before a summary reaches anyone (the queue, Socket.IO, the map).
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

export const openCaseSummary = (ring: Keyring, stored: StoredCaseSummary): CaseSummary => ({
  ...stored,
  personName: ring.open(stored.personName),
  lastLocation: openPoint(ring, stored.lastLocation),
});
