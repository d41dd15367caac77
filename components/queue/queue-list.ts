// The live queue's bookkeeping, pure so that it is easy to reason about: rows
// in compareQueue's order, only those the filter matches, and a case event
// never replaces a newer version of the same case (events can arrive out of
// order, and a fetched list can be older than an event already applied).
//
// The queue is read a page at a time. A page sits between two bounds: the
// first row the server sent, when pages come before it, and the last, when
// pages follow. A case sorting outside them belongs to another page: it is
// counted but not shown (shown here too, it would appear twice when that page
// is read), and one sorting before the page moves the page's place in the
// queue ("51–100" becomes "52–101").
import type { CaseSummary } from "@/lib/cases/events";
import { compareQueue } from "@/lib/cases/filters";

type Matches = (summary: CaseSummary) => boolean;

/** Where a page starts or ends, when pages lie beyond it; null on that side otherwise. */
export type Edge = Pick<CaseSummary, "priority" | "alertAt" | "number"> | null;

export type Bounds = { start: Edge; end: Edge };

export const NO_BOUNDS: Bounds = { start: null, end: null };

const edgeAt = (summary: CaseSummary | undefined): Edge =>
  summary ? { priority: summary.priority, alertAt: summary.alertAt, number: summary.number } : null;

/** The bounds of a page as read: its first row when pages come before, its last when pages follow. */
export const boundsOf = (cases: readonly CaseSummary[], { earlier, later }: { earlier: boolean; later: boolean }): Bounds => ({
  start: earlier ? edgeAt(cases[0]) : null,
  end: later ? edgeAt(cases.at(-1)) : null,
});

/** Where a case sorts against a page: on it, on an earlier page or on a later one. */
export const sideOf = (summary: CaseSummary, { start, end }: Bounds): "earlier" | "on" | "later" =>
  start !== null && compareQueue(summary, start) < 0 ? "earlier" : end !== null && compareQueue(summary, end) > 0 ? "later" : "on";

export type Applied = {
  cases: readonly CaseSummary[];
  /**
   * What the event did to the view: "beyond" and "earlier" match but sort on a
   * later or an earlier page (counted, not shown); "deferred" and
   * "deferredEarlier" were shown and moved to one.
   */
  change: "added" | "replaced" | "removed" | "ignored" | "beyond" | "earlier" | "deferred" | "deferredEarlier";
};

/** Puts a case where the sort wants it, replaces it, or takes it out when it no longer matches. */
export const applySummary = (
  cases: readonly CaseSummary[],
  next: CaseSummary,
  matches: Matches,
  bounds: Bounds = NO_BOUNDS,
): Applied => {
  const held = cases.find((c) => c.id === next.id);
  if (held && held.version > next.version) return { cases, change: "ignored" };
  const others = held ? cases.filter((c) => c.id !== next.id) : cases;
  if (!matches(next)) return held ? { cases: others, change: "removed" } : { cases, change: "ignored" };
  const side = sideOf(next, bounds);
  if (side === "later") return held ? { cases: others, change: "deferred" } : { cases, change: "beyond" };
  if (side === "earlier") return held ? { cases: others, change: "deferredEarlier" } : { cases, change: "earlier" };
  return { cases: [...others, next].sort(compareQueue), change: held ? "replaced" : "added" };
};

/** How an applied event moves the number of matching cases. */
export const totalChange = (change: Applied["change"]) =>
  change === "added" || change === "beyond" || change === "earlier" ? 1 : change === "removed" ? -1 : 0;

/** How an applied event moves the number of cases before the page (its range's first number). */
export const offsetChange = (change: Applied["change"]) => (change === "earlier" || change === "deferredEarlier" ? 1 : 0);

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

/** The range a page shows, 1-based ("51–100"); from 0 to 0 when it is empty. */
export const pageRange = ({ offset, shown }: { offset: number; shown: number }) =>
  shown === 0 ? { from: 0, to: 0 } : { from: offset + 1, to: offset + shown };

/**
 * New alerts that arrived on other pages than the one shown, in the queue's
 * order: the desk offers the first of them, whose page (read starting at it)
 * holds the later ones too, up to a page. Keeping only the newest would hide
 * an earlier one for good: its page would start after it.
 */
export const noteElsewhere = (unseen: readonly CaseSummary[], summary: CaseSummary): CaseSummary[] =>
  [...unseen.filter((c) => c.id !== summary.id), summary].sort(compareQueue);

/**
 * The unseen alerts after a live change to one of them: a newer version
 * replaces the held one, and one that no longer matches the view (taken out
 * by a filter, ended) is no longer news.
 */
export const updateElsewhere = (unseen: readonly CaseSummary[], summary: CaseSummary, matches: Matches): readonly CaseSummary[] => {
  const held = unseen.find((c) => c.id === summary.id);
  if (!held || held.version > summary.version) return unseen;
  const others = unseen.filter((c) => c.id !== summary.id);
  return matches(summary) ? [...others, summary].sort(compareQueue) : others;
};

/** The unseen alerts once a page is on screen: those it shows are seen. */
export const stillElsewhere = (unseen: readonly CaseSummary[], shown: readonly CaseSummary[]): readonly CaseSummary[] => {
  if (unseen.length === 0) return unseen;
  const ids = new Set(shown.map((c) => c.id));
  const rest = unseen.filter((c) => !ids.has(c.id));
  return rest.length === unseen.length ? unseen : rest;
};
