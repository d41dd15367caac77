import { describe, expect, it } from "vitest";
import type { CaseSummary } from "@/lib/cases/events";
import { DEFAULT_FILTER } from "@/lib/cases/filters";
import { caseSummary } from "@/lib/server/testing/case-summary";
import type { MapCase } from "@/lib/map/schema";
import { CaseIndex, CLUSTER_MAX_ZOOM } from "./case-index";

const LA: [number, number, number, number] = [-119, 33, -117, 35];

const mapCase = (id: string, overrides: Partial<MapCase> = {}): MapCase => ({
  id,
  number: `LAX-2026-${id}`,
  status: "NEW",
  priority: "NORMAL",
  duress: false,
  pressedAgain: false,
  rescinded: false,
  owned: false,
  ownerId: null,
  alertAtMs: Date.UTC(2026, 2, 14, 10),
  lat: 34.05,
  lng: -118.24,
  ...overrides,
});

const summary = (id: string, overrides: Partial<CaseSummary> = {}) =>
  caseSummary({ id, lastLocation: { lat: 34.05, lng: -118.24, accuracyM: 10 }, ...overrides });

const clusterAt = (index: CaseIndex, zoom: number) =>
  index.clusters(LA, zoom).features.find((f) => "cluster" in (f.properties ?? {}))?.properties as Record<string, number> | undefined;

describe("[MAP] the officer map's case index", () => {
  it("clusters nearby cases with their critical and unacknowledged counts, and splits them when zoomed in", () => {
    const index = new CaseIndex();
    index.load(
      [
        mapCase("a"),
        mapCase("b", { lat: 34.0501, duress: true, status: "ACKNOWLEDGED" }),
        mapCase("c", { lat: 34.0502, priority: "CRITICAL" }),
      ],
      { userId: "me" },
    );
    expect(index.counts()).toEqual({ count: 3, fresh: 2 });
    expect(clusterAt(index, 8)).toMatchObject({ point_count: 3, critical: 2, fresh: 2 });
    const single = index.clusters(LA, CLUSTER_MAX_ZOOM + 1).features;
    expect(single.map((f) => f.id).sort()).toEqual(["a", "b", "c"]);
    const cluster = index.clusters(LA, 8).features[0];
    expect(index.expansionZoom(cluster.properties!.cluster_id as number)).toBeGreaterThan(8);
  });

  it("leaves out cases outside the box", () => {
    const index = new CaseIndex();
    index.load([mapCase("a"), mapCase("h", { lat: 29.76, lng: -95.37 })], { userId: "me" });
    expect(index.clusters(LA, 16).features.map((f) => f.id)).toEqual(["a"]);
  });

  it("keeps only what the queue's filter keeps, and follows live events", () => {
    const index = new CaseIndex();
    index.load([mapCase("a"), mapCase("b", { status: "ACKNOWLEDGED" })], { filter: { ...DEFAULT_FILTER, status: ["NEW"] }, userId: "me" });
    expect(index.has("a")).toBe(true);
    expect(index.has("b")).toBe(false);
    expect(index.point("b")?.status).toBe("ACKNOWLEDGED");

    expect(index.apply([summary("n")])).toBe(true);
    expect(index.has("n")).toBe(true);
    // An event that changes nothing on the map leaves the index alone.
    expect(index.apply([summary("b", { status: "IN_CONTACT" })])).toBe(false);
    // Ended: off the map and out of the store.
    expect(index.apply([summary("a", { status: "NOT_DETAINED" })])).toBe(true);
    expect(index.has("a")).toBe(false);
    expect(index.point("a")).toBeNull();
    expect(index.counts()).toEqual({ count: 1, fresh: 1 });

    index.setFilter({ userId: "me" });
    expect(index.counts().count).toBe(2);
  });
});
