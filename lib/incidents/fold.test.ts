import { describe, expect, it } from "vitest";
import { DEFAULT_FILTER } from "@/lib/cases/filters";
import { caseSummary } from "@/lib/server/testing/case-summary";
import { applyIncident, foldByIncident, foldsIncidents, shownCases, type QueueItem } from "./fold";
import type { IncidentSummary } from "./types";

const incident = (id: string, overrides: Partial<IncidentSummary> = {}): IncidentSummary => ({
  id,
  consulateId: "lax",
  consulateCode: "LAX",
  timeZone: "America/Los_Angeles",
  status: "OPEN",
  center: { lat: 33.9, lng: -118.2 },
  radiusKm: 2,
  place: null,
  firstAt: "2026-11-25T10:00:00.000Z",
  lastAt: "2026-11-25T10:10:00.000Z",
  caseCount: 3,
  untakenCount: 2,
  lead: null,
  openedBy: null,
  openedAt: "2026-11-25T10:05:00.000Z",
  closedAt: null,
  version: 1,
  ...overrides,
});

const row = (id: string, incidentId: string | null = null) => caseSummary({ id, number: `LAX-2026-00000${id}`, incidentId });
const shape = (items: QueueItem[]) =>
  items.map((item) => (item.kind === "incident" ? `[${item.incident.id}:${item.cases.map((c) => c.id).join(",")}]` : item.summary.id));

describe("the queue's incident rows", () => {
  const cases = [row("1"), row("2", "i1"), row("3"), row("4", "i1"), row("5", "i2")];

  it("folds an open incident's cases into one row where its first case sorts", () => {
    const items = foldByIncident({ cases, incidents: [incident("i1")], expanded: new Set() });
    expect(shape(items)).toEqual(["1", "[i1:2,4]", "3", "5"]);
    expect(shownCases(items).map((c) => c.id)).toEqual(["1", "3", "5"]);
  });

  it("shows the incident's cases under its row once expanded, in the queue's order", () => {
    const items = foldByIncident({ cases, incidents: [incident("i1")], expanded: new Set(["i1"]) });
    expect(shape(items)).toEqual(["1", "[i1:2,4]", "2", "4", "3", "5"]);
    expect(items.filter((i) => i.kind === "case" && i.incidentId === "i1")).toHaveLength(2);
  });

  it("keeps under a collapsed incident the rows the user saw arrive, in the queue's order", () => {
    const items = foldByIncident({ cases, incidents: [incident("i1")], expanded: new Set(), pinned: new Set(["4"]) });
    expect(shape(items)).toEqual(["1", "[i1:2,4]", "4", "3", "5"]);
    expect(shownCases(items).map((c) => c.id)).toEqual(["1", "4", "3", "5"]);
  });

  it("leaves a proposal's cases, and those of an incident it does not know, as rows", () => {
    const items = foldByIncident({ cases, incidents: [incident("i1", { status: "PROPOSED" })], expanded: new Set() });
    expect(shape(items)).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("folds only in the plain views: a search or a raid's exact cases show rows", () => {
    expect(foldsIncidents(DEFAULT_FILTER)).toBe(true);
    expect(foldsIncidents({ ...DEFAULT_FILTER, q: "ana" })).toBe(false);
    expect(foldsIncidents({ ...DEFAULT_FILTER, ids: ["x"] })).toBe(false);
    expect(foldsIncidents({ ...DEFAULT_FILTER, incident: "i1" })).toBe(false);
  });
});

describe("the live list of incidents", () => {
  it("adds, replaces by newer version only, and drops a closed or dismissed one", () => {
    const first = applyIncident([], incident("i1"));
    expect(first.map((i) => i.id)).toEqual(["i1"]);
    const newer = applyIncident(first, incident("i1", { version: 2, caseCount: 9 }));
    expect(newer[0].caseCount).toBe(9);
    expect(applyIncident(newer, incident("i1", { version: 1, caseCount: 3 }))[0].caseCount).toBe(9);
    expect(applyIncident(newer, incident("i1", { version: 3, status: "CLOSED" }))).toEqual([]);
    expect(applyIncident(newer, incident("i1", { version: 3, status: "DISMISSED" }))).toEqual([]);
  });

  it("puts the latest activity first", () => {
    const list = applyIncident(applyIncident([], incident("a", { lastAt: "2026-11-25T10:00:00.000Z" })), incident("b", { lastAt: "2026-11-25T11:00:00.000Z" }));
    expect(list.map((i) => i.id)).toEqual(["b", "a"]);
  });
});
