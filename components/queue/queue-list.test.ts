import { describe, expect, it } from "vitest";
import type { CaseSummary } from "@/lib/cases/events";
import { caseSummary } from "@/lib/server/testing/case-summary";
import { appendPage, applySummary, edgeOf, mergeCases, totalChange } from "./queue-list";

const summary = (id: string, alertAt: string, overrides: Partial<CaseSummary> = {}): CaseSummary =>
  caseSummary({ id, number: `LAX-2026-00000${id}`, alertAt, lastEventAt: alertAt, ...overrides });

const everything = () => true;
const onlyNew = (c: CaseSummary) => c.status === "NEW";
const ids = (cases: readonly CaseSummary[]) => cases.map((c) => c.id);

describe("the live queue", () => {
  const older = summary("1", "2026-11-25T10:00:00.000Z");
  const newer = summary("2", "2026-11-25T10:05:00.000Z");

  it("puts the longest wait first whatever order events arrive in", () => {
    expect(ids(applySummary([newer], older, everything).cases)).toEqual(["1", "2"]);
    expect(ids(applySummary([older], newer, everything).cases)).toEqual(["1", "2"]);
  });

  it("moves a case that turns critical to the top", () => {
    const duress = { ...newer, priority: "CRITICAL" as const, duress: true, version: 2 };
    const { cases, change } = applySummary([older, newer], duress, everything);
    expect(ids(cases)).toEqual(["2", "1"]);
    expect(change).toBe("replaced");
  });

  it("replaces a case with a newer version and ignores a stale one", () => {
    const v2 = { ...older, version: 2, pressedAgain: true };
    const list = applySummary([older, newer], v2, everything).cases;
    expect(list).toHaveLength(2);
    expect(list.find((c) => c.id === "1")?.pressedAgain).toBe(true);
    expect(applySummary(list, older, everything)).toEqual({ cases: list, change: "ignored" });
  });

  it("takes out a case that no longer matches, and leaves out one that never did", () => {
    const acknowledged = { ...older, status: "ACKNOWLEDGED" as const, version: 2 };
    expect(applySummary([older, newer], acknowledged, onlyNew)).toEqual({ cases: [newer], change: "removed" });
    expect(applySummary([newer], acknowledged, onlyNew)).toEqual({ cases: [newer], change: "ignored" });
  });

  it("takes a fetched list but keeps what it holds that is newer, if it still matches", () => {
    const heldV3 = { ...older, version: 3 };
    expect(mergeCases([heldV3], [newer, older], everything).map((c) => [c.id, c.version])).toEqual([
      ["1", 3],
      ["2", 1],
    ]);
    const heldAcknowledged = { ...older, status: "ACKNOWLEDGED" as const, version: 3 };
    expect(ids(mergeCases([heldAcknowledged], [older, newer], onlyNew))).toEqual(["2"]);
  });
});

describe("the live queue read a page at a time", () => {
  const first = summary("1", "2026-11-25T10:00:00.000Z");
  const second = summary("2", "2026-11-25T10:05:00.000Z");
  const edge = edgeOf([first, second], true);

  it("has an edge only while pages remain", () => {
    expect(edge).toEqual({ priority: "HIGH", alertAt: second.alertAt, number: second.number });
    expect(edgeOf([first, second], false)).toBeNull();
  });

  it("shows a new case that sorts before the edge, and only counts one beyond it", () => {
    const before = summary("3", "2026-11-25T10:01:00.000Z");
    const beyond = summary("4", "2026-11-25T10:09:00.000Z");
    expect(applySummary([first, second], before, everything, edge)).toMatchObject({ change: "added" });
    expect(ids(applySummary([first, second], before, everything, edge).cases)).toEqual(["1", "3", "2"]);
    expect(applySummary([first, second], beyond, everything, edge)).toEqual({ cases: [first, second], change: "beyond" });
    expect(totalChange("beyond")).toBe(1);
    expect(applySummary([first, second], beyond, everything, null).change).toBe("added");
  });

  it("lets a shown case that moves beyond the edge go to its page, without counting it out", () => {
    const later = { ...first, priority: "LOW" as const, version: 2 };
    expect(applySummary([first, second], later, everything, edge)).toEqual({ cases: [second], change: "deferred" });
    expect(totalChange("deferred")).toBe(0);
  });

  it("appends a page without repeating a case, keeping the newer version", () => {
    const third = summary("3", "2026-11-25T10:10:00.000Z");
    const heldV2 = { ...second, version: 2 };
    const appended = appendPage([first, heldV2], [second, third], everything);
    expect(appended.map((c) => [c.id, c.version])).toEqual([["1", 1], ["2", 2], ["3", 1]]);
  });
});
