// The live queue's bookkeeping, pure so that it is easy to reason about: rows
// in compareQueue's order, only those the filter matches, and a case event
// never replaces a newer version of the same case (events can arrive out of
// order, and a fetched list can be older than an event already applied).
import type { CaseSummary } from "@/lib/cases/events";
import { compareQueue } from "@/lib/cases/filters";

type Matches = (summary: CaseSummary) => boolean;

export type Applied = {
  cases: readonly CaseSummary[];
  /** What the event did to the view. */
  change: "added" | "replaced" | "removed" | "ignored";
};

/** Puts a case where the sort wants it, replaces it, or takes it out when it no longer matches. */
export const applySummary = (cases: readonly CaseSummary[], next: CaseSummary, matches: Matches): Applied => {
  const held = cases.find((c) => c.id === next.id);
  if (held && held.version > next.version) return { cases, change: "ignored" };
  const others = held ? cases.filter((c) => c.id !== next.id) : cases;
  if (!matches(next)) return held ? { cases: others, change: "removed" } : { cases, change: "ignored" };
  return { cases: [...others, next].sort(compareQueue), change: held ? "replaced" : "added" };
};

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
