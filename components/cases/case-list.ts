// The live list's bookkeeping, pure so that it is easy to reason about:
// newest alert first (as listCases orders), and a case event never replaces
// a newer version of the same case (events can arrive out of order).
import type { CaseSummary } from "@/lib/cases/events";

export const byNewestAlert = (a: CaseSummary, b: CaseSummary) => {
  if (a.alertAt !== b.alertAt) return a.alertAt < b.alertAt ? 1 : -1;
  return a.id === b.id ? 0 : a.id < b.id ? 1 : -1;
};

/** Adds the case, or replaces it unless what is held is newer. */
export const upsertCase = (cases: readonly CaseSummary[], next: CaseSummary): readonly CaseSummary[] => {
  const held = cases.find((c) => c.id === next.id);
  if (held && held.version > next.version) return cases;
  return [...cases.filter((c) => c.id !== next.id), next].sort(byNewestAlert);
};

/** A full list from the server replaces what is held, except where a held case is newer. */
export const mergeCases = (held: readonly CaseSummary[], fetched: readonly CaseSummary[]): readonly CaseSummary[] => {
  const byId = new Map(held.map((c) => [c.id, c]));
  return fetched
    .map((c) => {
      const mine = byId.get(c.id);
      return mine && mine.version > c.version ? mine : c;
    })
    .sort(byNewestAlert);
};
