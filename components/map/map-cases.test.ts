import { describe, expect, it } from "vitest";
import type { CaseSummary } from "@/lib/cases/events";
import { DEFAULT_FILTER } from "@/lib/cases/filters";
import { caseSummary } from "@/lib/server/testing/case-summary";
import { diffFor, matchesMapFilter, pointFromSummary, toFeature, type MapPoint } from "./map-cases";

const summary = (id: string, overrides: Partial<CaseSummary> = {}): CaseSummary =>
  caseSummary({ id, number: `LAX-2026-00000${id}`, lastLocation: { lat: 34.05, lng: -118.24, accuracyM: 10 }, ...overrides });

const point = (overrides: Partial<MapPoint> = {}): MapPoint => ({ ...pointFromSummary(summary("1"))!, ...overrides });

describe("[MAP] cases on the officer map", () => {
  it("takes a live summary, and drops it once it ended or has no location", () => {
    expect(pointFromSummary(summary("1"))).toMatchObject({ id: "1", lat: 34.05, lng: -118.24, owned: false, ownerId: null });
    expect(pointFromSummary(summary("1", { status: "CLOSED", outcome: "OTHER" as CaseSummary["outcome"] }))).toBeNull();
    expect(pointFromSummary(summary("1", { lastLocation: null }))).toBeNull();
  });

  it("draws duress and critical cases as critical, and new ones as fresh", () => {
    expect(toFeature(point({ duress: true })).properties).toMatchObject({ critical: true, fresh: true });
    expect(toFeature(point({ priority: "CRITICAL", status: "ACKNOWLEDGED" })).properties).toMatchObject({ critical: true, fresh: false });
    expect(toFeature(point()).geometry.coordinates).toEqual([-118.24, 34.05]);
  });

  it("shares the queue's filter: status, case ids, owner and flag", () => {
    const me = "u-me";
    expect(matchesMapFilter(point(), undefined, me)).toBe(true);
    expect(matchesMapFilter(point(), { ...DEFAULT_FILTER, status: ["ACKNOWLEDGED"] }, me)).toBe(false);
    expect(matchesMapFilter(point(), { ...DEFAULT_FILTER, owner: "unassigned" }, me)).toBe(true);
    expect(matchesMapFilter(point({ owned: true, ownerId: "other" }), { ...DEFAULT_FILTER, owner: "me" }, me)).toBe(false);
    expect(matchesMapFilter(point({ owned: true, ownerId: me }), { ...DEFAULT_FILTER, owner: "me" }, me)).toBe(true);
    expect(matchesMapFilter(point({ owned: true, ownerId: me }), { ...DEFAULT_FILTER, owner: "unassigned" }, me)).toBe(false);
    expect(matchesMapFilter(point(), { ...DEFAULT_FILTER, flag: "duress" }, me)).toBe(false);
    expect(matchesMapFilter(point({ duress: true }), { ...DEFAULT_FILTER, flag: "duress" }, me)).toBe(true);
    expect(matchesMapFilter(point(), { ...DEFAULT_FILTER, ids: ["1"] }, me)).toBe(true);
    expect(matchesMapFilter(point(), { ...DEFAULT_FILTER, ids: ["2"] }, me)).toBe(false);
  });

  it("turns a batch into one diff: upserts, and removals of cases that left", () => {
    const store = new Map<string, MapPoint>([["2", point({ id: "2" })]]);
    const shown = new Set(["2"]);
    const diff = diffFor({
      summaries: [summary("1"), summary("2", { status: "NOT_DETAINED" }), summary("3", { status: "ACKNOWLEDGED" })],
      store,
      shown,
      keep: (p) => p.status === "NEW",
    });
    expect(diff.add.map((f) => f.id)).toEqual(["1"]);
    expect(diff.remove).toEqual(["2"]);
    expect([...shown]).toEqual(["1"]);
    expect([...store.keys()].sort()).toEqual(["1", "3"]);
  });
});
