// An incident's cases kept live from case events: pure, for its page.
import type { CaseSummary } from "@/lib/cases/events";

const byAlert = (a: CaseSummary, b: CaseSummary) => Date.parse(a.alertAt) - Date.parse(b.alertAt) || a.number.localeCompare(b.number);

/**
 * The incident's cases after one case event: a newer version replaces the
 * row, a case that joined is added in its place (first alert first), one
 * that left the incident is removed; an older version changes nothing.
 */
export const applyIncidentCase = (cases: readonly CaseSummary[], summary: CaseSummary, incidentId: string): readonly CaseSummary[] => {
  const index = cases.findIndex((c) => c.id === summary.id);
  if (index >= 0 && cases[index].version > summary.version) return cases;
  if (summary.incidentId !== incidentId) return index >= 0 ? cases.filter((c) => c.id !== summary.id) : cases;
  if (index >= 0) return cases.map((c, i) => (i === index ? summary : c));
  return [...cases, summary].sort(byAlert);
};
