// Bodies and queries of the case-work API: shared by the routes, the pages and the forms.
import { z } from "zod";
import { CaseOutcome, CaseStatus, ContactResult } from "@/lib/generated/prisma/enums";
import { text, version as versionOf } from "@/lib/server/http/input";
import { cursorSchema } from "./cursor";
import {
  canonicalStatus,
  CASE_STATUSES,
  IDS_MAX,
  PAGE_MAX,
  PAGE_SIZE,
  QUEUE_FLAGS,
  rawFilterParams,
  SEARCH_MAX_LENGTH,
  type QueueFilter,
  type RawParams,
} from "./filters";

const version = versionOf();
const reason = text({ trim: true, max: 2000 });

export const transitionSchema = z.strictObject({
  to: z.enum(CaseStatus),
  version,
  reason: reason.optional(),
  outcome: z.enum(CaseOutcome).optional(),
  /** Ending a case with open tasks: true cancels them (each on the timeline); otherwise a 409 lists them. */
  cancelOpenTasks: z.boolean().optional(),
  /** A referral to legal aid: who there takes it (an active legal-aid member of the case's consulate); `reason` is the referral's note. */
  legalAssigneeId: z.uuid().optional(),
  /** Closing with hearings still to come: true cancels their reminders in the same write (the hearings stay on record). */
  cancelHearingReminders: z.boolean().optional(),
});

export const reopenSchema = z.strictObject({ version, reason: reason.min(1, "required") });

export const assignmentSchema = z.strictObject({ ownerId: z.uuid(), version });

export const noteSchema = z.strictObject({ body: text({ trim: true, max: 5000 }).min(1, "required") });

export const contactAttemptSchema = z.strictObject({
  contactName: text({ trim: true, max: 200 }).min(1, "required"),
  phone: text({ trim: true, max: 32 }).optional(),
  result: z.enum(ContactResult),
  notes: text({ trim: true, max: 2000 }).optional(),
});

export type TransitionInput = z.infer<typeof transitionSchema>;
export type ContactAttemptInput = z.infer<typeof contactAttemptSchema>;

/** The queue's filters (filters.ts), from the parameters rawFilterParams picks out of a URL. */
export const queueFilterSchema = z.object({
  status: z
    .array(z.enum([...CASE_STATUSES, "open", "all"]))
    .max(CASE_STATUSES.length + 2)
    .default([])
    .transform(canonicalStatus),
  owner: z
    .union([z.enum(["me", "unassigned"]), z.guid()])
    .optional()
    .transform((owner) => owner ?? null),
  flag: z
    .enum(QUEUE_FLAGS)
    .optional()
    .transform((flag) => flag ?? null),
  q: text({ trim: true, max: SEARCH_MAX_LENGTH }).default(""),
  // A possible raid's cases; the scope still applies, so another consulate's id matches nothing.
  ids: z
    .array(z.uuid())
    .max(IDS_MAX)
    .default([])
    .transform((ids) => (ids.length === 0 ? undefined : [...new Set(ids.map((id) => id.toLowerCase()))].sort())),
  // A raid incident's cases (lib/incidents); another consulate's incident matches nothing, like its cases.
  incident: z
    .uuid()
    .optional()
    .transform((id) => id?.toLowerCase()),
}) satisfies z.ZodType<QueueFilter, unknown>;

/** The filter in a URL, or the zod error; unknown parameters are ignored. */
export const parseQueueFilter = (params: RawParams) => queueFilterSchema.safeParse(rawFilterParams(params));

/** The parameters of GET /api/v1/cases, "" meaning absent. */
const rawCasesParams = (params: URLSearchParams) => {
  const single = (key: string) => params.get(key) || undefined;
  return { ...rawFilterParams(params), only: single("only"), ...rawPageParams(params), limit: single("limit") };
};

/** Where a page starts or ends: `cursor` (after it), `before` (before it) or `at` (from it on); one at most. */
const rawPageParams = (params: URLSearchParams) => ({
  cursor: params.get("cursor") || undefined,
  before: params.get("before") || undefined,
  at: params.get("at") || undefined,
});

const pageBoundSchema = {
  cursor: cursorSchema.optional(),
  before: cursorSchema.optional(),
  at: cursorSchema.optional(),
};

const oneBoundAtMost = (query: { cursor?: unknown; before?: unknown; at?: unknown }, ctx: z.RefinementCtx) => {
  const given = (["cursor", "before", "at"] as const).filter((key) => query[key] !== undefined);
  if (given.length > 1) ctx.addIssue({ code: "custom", path: [given[1]], message: "one_page_bound" });
};

/** GET /api/v1/cases: the queue's filters, a page (size and cursor), and `only=counts` for the cheap refresh of the counts alone. */
export const casesQuerySchema = z.preprocess(
  rawCasesParams,
  queueFilterSchema.extend({
    only: z.enum(["counts"]).optional(),
    ...pageBoundSchema,
    limit: z.coerce.number().int().min(1).max(PAGE_MAX).default(PAGE_SIZE),
  }).superRefine(oneBoundAtMost),
);
