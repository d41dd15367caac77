// A read-only window onto a map for the end-to-end specs and the benchmark
// (scripts/bench-map.ts): the MapLibre instance, when it first settled, and
// the live-update counters. It holds nothing the page does not already show.
import type { Map as MapLibreMap } from "maplibre-gl";

export type LiveStats = {
  /** Case events received over the socket. */
  received: number;
  /** Events whose change the map's source has taken (coalesced events count each). */
  applied: number;
  /** Batches sent to the map. */
  batches: number;
  /** Main-thread time of the last batch, in ms. */
  lastBatchMs: number;
};

export type MapProbe = {
  map?: MapLibreMap;
  /** performance.now() when the MapLibre map was created (the page's own scripts had loaded). */
  createdAt?: number;
  /** performance.now() when the map first went idle with its data. */
  idleAt?: number;
  /** performance.now() when the first cases in view were in the map's worker. */
  casesAt?: number;
  /** performance.now() when MapLibre had first drawn its style with every source loaded (its `load` event). */
  readyAt?: number;
  /** The case worker's last read: request, parsing, indexing, in ms. */
  loadTimings?: { readMs: number; parseMs: number; indexMs: number };
  stats?: LiveStats;
  /** Whether the officer map shows this case now, as a point or inside a cluster (its worker knows). */
  hasCase?: (caseId: string) => Promise<boolean>;
};

declare global {
  interface Window {
    __amparoMap?: MapProbe;
  }
}

export const exposeProbe = (patch: MapProbe) => {
  window.__amparoMap = { ...window.__amparoMap, ...patch };
};
