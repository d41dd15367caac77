import { describe, expect, it } from "vitest";
import type { CaseSummary } from "@/lib/cases/events";
import { caseSummary } from "@/lib/server/testing/case-summary";
import {
  applySummary,
  boundsOf,
  mergeCases,
  noteElsewhere,
  offsetChange,
  pageRange,
  sideOf,
  stillElsewhere,
  totalChange,
  updateElsewhere,
} from "./queue-list";

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
  const firstPage = boundsOf([first, second], { earlier: false, later: true });
  const middlePage = boundsOf([first, second], { earlier: true, later: true });

  it("has a bound only on the sides where pages remain", () => {
    expect(firstPage).toEqual({ start: null, end: { priority: "HIGH", alertAt: second.alertAt, number: second.number } });
    expect(middlePage.start).toEqual({ priority: "HIGH", alertAt: first.alertAt, number: first.number });
    expect(boundsOf([first, second], { earlier: false, later: false })).toEqual({ start: null, end: null });
    expect(boundsOf([], { earlier: true, later: true })).toEqual({ start: null, end: null });
  });

  it("shows a new case that sorts within the page, and only counts one beyond it", () => {
    const within = summary("3", "2026-11-25T10:01:00.000Z");
    const beyond = summary("4", "2026-11-25T10:09:00.000Z");
    expect(ids(applySummary([first, second], within, everything, firstPage).cases)).toEqual(["1", "3", "2"]);
    expect(applySummary([first, second], beyond, everything, firstPage)).toEqual({ cases: [first, second], change: "beyond" });
    expect(totalChange("beyond")).toBe(1);
    expect(offsetChange("beyond")).toBe(0);
    expect(applySummary([first, second], beyond, everything).change).toBe("added");
  });

  it("counts a new case that sorts on an earlier page in the total and in the page's place", () => {
    const earlier = summary("5", "2026-11-25T09:00:00.000Z");
    expect(sideOf(earlier, middlePage)).toBe("earlier");
    expect(sideOf(earlier, firstPage)).toBe("on");
    expect(applySummary([first, second], earlier, everything, middlePage)).toEqual({ cases: [first, second], change: "earlier" });
    expect(totalChange("earlier")).toBe(1);
    expect(offsetChange("earlier")).toBe(1);
    // A critical alert sorts before every high one: on the first page.
    const critical = summary("6", "2026-11-25T11:00:00.000Z", { priority: "CRITICAL" });
    expect(applySummary([first, second], critical, everything, middlePage).change).toBe("earlier");
  });

  it("lets a shown case that moves off the page go to its page, without counting it out", () => {
    const later = { ...first, priority: "LOW" as const, version: 2 };
    expect(applySummary([first, second], later, everything, firstPage)).toEqual({ cases: [second], change: "deferred" });
    expect(totalChange("deferred")).toBe(0);
    const raised = { ...second, priority: "CRITICAL" as const, version: 2 };
    expect(applySummary([first, second], raised, everything, middlePage)).toEqual({ cases: [first], change: "deferredEarlier" });
    expect(totalChange("deferredEarlier")).toBe(0);
    expect(offsetChange("deferredEarlier")).toBe(1);
  });

  it("names a page's range from its place in the queue", () => {
    expect(pageRange({ offset: 0, shown: 50 })).toEqual({ from: 1, to: 50 });
    expect(pageRange({ offset: 50, shown: 12 })).toEqual({ from: 51, to: 62 });
    expect(pageRange({ offset: 50, shown: 0 })).toEqual({ from: 0, to: 0 });
  });
});

describe("new alerts on other pages", () => {
  const earlier = summary("1", "2026-11-25T10:00:00.000Z");
  const later = summary("2", "2026-11-25T10:05:00.000Z");

  it("keeps every unseen alert in the queue's order, so the first one's page holds the later ones", () => {
    // The later one arrives first (events cross): the desk still offers the earlier.
    const unseen = noteElsewhere(noteElsewhere([], later), earlier);
    expect(ids(unseen)).toEqual(["1", "2"]);
    expect(ids(noteElsewhere(unseen, { ...later, version: 2 }))).toEqual(["1", "2"]);
  });

  it("forgets those a page shows, and only those", () => {
    const unseen = [earlier, later];
    expect(ids(stillElsewhere(unseen, [later]))).toEqual(["1"]);
    expect(stillElsewhere(unseen, [summary("9", "2026-11-25T11:00:00.000Z")])).toBe(unseen);
  });

  it("follows a change to an unseen alert, and drops one that left the view", () => {
    const unseen = [earlier, later];
    const taken = { ...earlier, status: "ACKNOWLEDGED" as const, version: 2 };
    expect(ids(updateElsewhere(unseen, taken, onlyNew))).toEqual(["2"]);
    expect(updateElsewhere(unseen, taken, everything).find((c) => c.id === "1")?.status).toBe("ACKNOWLEDGED");
    expect(updateElsewhere(unseen, { ...earlier, version: 0 }, onlyNew)).toBe(unseen);
    expect(updateElsewhere(unseen, summary("7", "2026-11-25T10:01:00.000Z"), everything)).toBe(unseen);
  });
});
