// The legal-aid queue's filters: the triage queue's (lib/cases/filters.ts),
// read the same way from the URL (schema.ts), except that the status defaults
// to cases referred to legal aid, `owner` means the assigned legal-aid staff
// member, and `overdue=1` keeps cases with an overdue task.
import { filterToSearchParams, type QueueFilter } from "@/lib/cases/filters";

export type LegalQueueFilter = QueueFilter & { overdue: boolean };

export const DEFAULT_LEGAL_FILTER: LegalQueueFilter = { status: ["REFERRED_LEGAL_AID"], owner: null, flag: null, q: "", overdue: false };

const isReferredOnly = (status: LegalQueueFilter["status"]) =>
  Array.isArray(status) && status.length === 1 && status[0] === "REFERRED_LEGAL_AID";

/** The parameters for a legal-queue filter, defaults left out: `/legal?owner=me&overdue=1`. */
export const legalFilterToSearchParams = (filter: LegalQueueFilter) => {
  const params = filterToSearchParams(filter);
  if (isReferredOnly(filter.status)) params.delete("status");
  else if (filter.status === "open") params.set("status", "open");
  if (filter.overdue) params.set("overdue", "1");
  return params;
};
