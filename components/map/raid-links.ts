// The queue links of a possible raid: /cases holding exactly its cases,
// whatever their status. The ids filter takes at most IDS_MAX ids (a URL
// proxies accept), so a larger raid is linked in parts, each exact.
import { DEFAULT_FILTER, filterToSearchParams, IDS_MAX } from "@/lib/cases/filters";

/** The queue holding exactly these cases. */
export const raidQueueHref = (caseIds: readonly string[]) =>
  `/cases?${filterToSearchParams({ ...DEFAULT_FILTER, status: "all", ids: caseIds })}`;

export type RaidLink = { href: string; from: number; to: number };

/** One link per IDS_MAX cases, in the card's order; `from` and `to` count from 1. */
export const raidQueueLinks = (caseIds: readonly string[]): RaidLink[] =>
  Array.from({ length: Math.ceil(caseIds.length / IDS_MAX) }, (_, i) => {
    const part = caseIds.slice(i * IDS_MAX, (i + 1) * IDS_MAX);
    return { href: raidQueueHref(part), from: i * IDS_MAX + 1, to: i * IDS_MAX + part.length };
  });
