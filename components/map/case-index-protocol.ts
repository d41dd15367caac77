// The messages between the officer map and its case worker
// (case-index.worker.ts): one request, one answer, matched by `seq`.
import type { CaseSummary } from "@/lib/cases/events";
import type { Bbox, Counts, View } from "./case-index";
import type { MapPoint } from "./map-cases";

export type CaseIndexCalls = {
  /** Reads the cases (GET /api/v1/map/cases) and indexes them; later calls wait for it. */
  load: { args: View; result: Counts & { timings?: { readMs: number; parseMs: number; indexMs: number } } };
  filter: { args: View; result: Counts };
  events: { args: { summaries: CaseSummary[] }; result: Counts & { changed: boolean } };
  view: { args: { bbox: Bbox; zoom: number }; result: GeoJSON.FeatureCollection<GeoJSON.Point> };
  expansionZoom: { args: { clusterId: number }; result: number };
  lookup: { args: { id: string }; result: { point: MapPoint | null; shown: boolean } };
};

export type CaseIndexMethod = keyof CaseIndexCalls;

export type CaseIndexRequest = { [M in CaseIndexMethod]: { seq: number; method: M; args: CaseIndexCalls[M]["args"] } }[CaseIndexMethod];

export type CaseIndexReply = { seq: number; result?: unknown; error?: string };
