// The queue's rows with an incident's cases folded into one row: pure, so
// the queue (components/queue) and its tests share one rule. Only an OPEN
// incident folds (a proposal is still a question, its cases stay rows), and
// only in the queue's plain views: a search, a list of exact cases (a raid's
// link) or one incident's cases asked for those rows, so they are shown as rows.
import type { CaseSummary } from "@/lib/cases/events";
import type { QueueFilter } from "@/lib/cases/filters";
import type { IncidentSummary } from "./types";

export type QueueItem =
  /** `incidentId`: the folded incident the row is shown under (expanded), null for a row of its own. */
  | { kind: "case"; summary: CaseSummary; incidentId: string | null }
  /** `cases`: its cases among the loaded rows, in the queue's order. */
  | { kind: "incident"; incident: IncidentSummary; cases: readonly CaseSummary[]; expanded: boolean };

/** Whether this view of the queue folds incidents at all. */
export const foldsIncidents = (filter: Pick<QueueFilter, "q" | "ids" | "incident">) => filter.q === "" && !filter.ids && !filter.incident;

/**
 * The rows in the queue's order: an open incident's row takes the place of
 * its first case (the one sorting first) and, when expanded, its cases follow
 * it. Collapsed, it still shows under it the `pinned` ones: rows the user saw
 * arrive in this view, which never vanish from under the cursor because they
 * joined an incident a moment later (they fold at the next load, or when the
 * user collapses the incident).
 */
export const foldByIncident = ({
  cases,
  incidents,
  expanded,
  pinned = new Set(),
}: {
  cases: readonly CaseSummary[];
  incidents: readonly IncidentSummary[];
  expanded: ReadonlySet<string>;
  pinned?: ReadonlySet<string>;
}): QueueItem[] => {
  const open = new Map(incidents.filter((i) => i.status === "OPEN").map((i) => [i.id, i]));
  const members = new Map<string, CaseSummary[]>();
  for (const summary of cases) {
    if (summary.incidentId === null || !open.has(summary.incidentId)) continue;
    const list = members.get(summary.incidentId) ?? [];
    list.push(summary);
    members.set(summary.incidentId, list);
  }
  const items: QueueItem[] = [];
  for (const summary of cases) {
    const incident = summary.incidentId === null ? undefined : open.get(summary.incidentId);
    if (!incident) {
      items.push({ kind: "case", summary, incidentId: null });
      continue;
    }
    const group = members.get(incident.id);
    // Its first case places the incident's row; the others were placed with it.
    if (group?.[0] !== summary) continue;
    const isExpanded = expanded.has(incident.id);
    items.push({ kind: "incident", incident, cases: group, expanded: isExpanded });
    for (const member of group) {
      if (isExpanded || pinned.has(member.id)) items.push({ kind: "case", summary: member, incidentId: incident.id });
    }
  }
  return items;
};

/** The case rows on screen, in order: what the keyboard moves through. */
export const shownCases = (items: readonly QueueItem[]): CaseSummary[] =>
  items.flatMap((item) => (item.kind === "case" ? [item.summary] : []));

const LIVE_STATUSES: readonly IncidentSummary["status"][] = ["PROPOSED", "OPEN"];

/**
 * The proposed and open incidents after one live change: the newer version
 * replaces the older, a dismissed or closed one leaves; the latest activity first.
 */
export const applyIncident = (list: readonly IncidentSummary[], incident: IncidentSummary): IncidentSummary[] => {
  const known = list.find((i) => i.id === incident.id);
  if (known && known.version > incident.version) return [...list];
  const rest = list.filter((i) => i.id !== incident.id);
  const next = LIVE_STATUSES.includes(incident.status) ? [...rest, incident] : rest;
  return next.sort((a, b) => Date.parse(b.lastAt) - Date.parse(a.lastAt) || a.id.localeCompare(b.id));
};
