// The live queue's bookkeeping, pure so that it is easy to reason about: rows
// in compareQueue's order, only those the filter matches, and a case event
// never replaces a newer version of the same case (events can arrive out of
// order, and a fetched list can be older than an event already applied).
//
// The queue is read a page at a time. While pages remain unread, the loaded
// rows end at an edge (the last row the server sent): a case sorting after it
// belongs to a page not read yet, so it is counted but not shown, and the
// next page brings it in its place. Shown there too, it would appear twice.
import type { CaseSummary } from "@/lib/cases/events";
import { compareQueue } from "@/lib/cases/filters";

type Matches = (summary: CaseSummary) => boolean;

/** Where the loaded pages end, when more follow; null once every page is loaded. */
export type Edge = Pick<CaseSummary, "priority" | "alertAt" | "number"> | null;

export const edgeOf = (cases: readonly CaseSummary[], more: boolean): Edge => {
  const last = cases.at(-1);
  return more && last ? { priority: last.priority, alertAt: last.alertAt, number: last.number } : null;
};

const withinEdge = (summary: CaseSummary, edge: Edge) => edge === null || compareQueue(summary, edge) <= 0;

export type Applied = {
  cases: readonly CaseSummary[];
  /**
   * What the event did to the view: "beyond" matches but sorts after the
   * loaded pages (counted, not shown), "deferred" was shown and moved there.
   */
  change: "added" | "replaced" | "removed" | "ignored" | "beyond" | "deferred";
};

/** Puts a case where the sort wants it, replaces it, or takes it out when it no longer matches. */
export const applySummary = (
  cases: readonly CaseSummary[],
  next: CaseSummary,
  matches: Matches,
  edge: Edge = null,
): Applied => {
  const held = cases.find((c) => c.id === next.id);
  if (held && held.version > next.version) return { cases, change: "ignored" };
  const others = held ? cases.filter((c) => c.id !== next.id) : cases;
  if (!matches(next)) return held ? { cases: others, change: "removed" } : { cases, change: "ignored" };
  if (!withinEdge(next, edge)) return held ? { cases: others, change: "deferred" } : { cases, change: "beyond" };
  return { cases: [...others, next].sort(compareQueue), change: held ? "replaced" : "added" };
};

/** How an applied event moves the number of matching cases. */
export const totalChange = (change: Applied["change"]) =>
  change === "added" || change === "beyond" ? 1 : change === "removed" ? -1 : 0;

/** A list from the server replaces what is held, except where a held case is newer (then the filter decides again). */
export const mergeCases = (
  held: readonly CaseSummary[],
  fetched: readonly CaseSummary[],
  matches: Matches,
): readonly CaseSummary[] => {
  const byId = new Map(held.map((c) => [c.id, c]));
  return fetched
    .map((c) => {
      const mine = byId.get(c.id);
      return mine && mine.version > c.version ? mine : c;
    })
    .filter(matches)
    .sort(compareQueue);
};

/** The next page after the held rows: each case once, the newer version where both have it. */
export const appendPage = (
  held: readonly CaseSummary[],
  page: readonly CaseSummary[],
  matches: Matches,
): readonly CaseSummary[] => {
  const ids = new Set(page.map((c) => c.id));
  return mergeCases(held, [...held.filter((c) => !ids.has(c.id)), ...page], matches);
};
