// The legal-aid queue's filters: the triage queue's (lib/cases/filters.ts),
// read the same way from the URL, except that the status defaults to cases
// referred to legal aid, `owner` means the assigned legal-aid staff member,
// and `overdue=1` keeps cases with an overdue task.
import { z } from "zod";
import { filterToSearchParams, queueFilterSchema, rawFilterParams, type QueueFilter } from "@/lib/cases/filters";

export type LegalQueueFilter = QueueFilter & { overdue: boolean };

const legalQueueFilterSchema = queueFilterSchema.extend({
  overdue: z
    .enum(["1", "true", "0", "false"])
    .optional()
    .transform((v) => v === "1" || v === "true"),
});

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

const single = (params: RawParams, key: string) => {
  const raw = params instanceof URLSearchParams ? params.get(key) : params[key];
  return (Array.isArray(raw) ? raw[0] : raw) || undefined;
};

export const parseLegalQueueFilter = (params: RawParams) => {
  const raw = rawFilterParams(params);
  return legalQueueFilterSchema.safeParse({
    ...raw,
    status: raw.status.length === 0 ? ["REFERRED_LEGAL_AID"] : raw.status,
    overdue: single(params, "overdue"),
  });
};

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
