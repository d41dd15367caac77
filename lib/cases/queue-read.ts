// GET /api/v1/cases, defined once for both servers that mount it: Next's
// route file (app/api/v1/cases/route.ts, through withStaffRead) and server.ts,
// which answers it ahead of Next's router (through staffReadNode). One page of the queue for the caller's scope,
// filtered by the URL (see filters.ts and casesQuerySchema). The first page
// answers { cases, nextCursor, prevCursor: null, offset: 0, total,
// totalCapped, counts, overdueTasks } (overdue open tasks per case id, absent
// when none). A page after `cursor`, before `before` or from `at` on answers
// { cases, nextCursor, prevCursor, offset, overdueTasks }, `offset` being how
// many cases sort before its first row, since the client keeps the first
// page's total and counts live; a page before `before` that reaches the start
// is answered as the first page. 400 with the issues for a bad parameter (a
// cursor this server did not make is one, so is more than one bound).
// `only=counts` answers { counts, total, totalCapped }: the status counts and
// how many cases match the filter, for the refresh after live events; with
// `at`, also the `offset` of that row.
import { readListAudited } from "@/lib/audit/list-read";
import { defineStaffRead } from "@/lib/server/http/staff-read";
import type { PageBound, QueueCursor } from "./cursor";
import { countCases, countCasesBefore, countCasesByStatus, listCases } from "./data";
import { encodeCursor } from "./cursor";
import type { QueueFilter } from "./filters";
import { CASE_ROLES } from "./policy";
import { casesQuerySchema } from "./schema";
import type { StaffScope } from "@/lib/server/auth/scope";

export const QUEUE_PATH = "/api/v1/cases";

type Bounds = { cursor?: QueueCursor; before?: QueueCursor; at?: QueueCursor };

const boundOf = ({ cursor, before, at }: Bounds): PageBound | null =>
  cursor ? { after: cursor } : before ? { before } : at ? { at } : null;

/** The queue's first page with its total and counts: also the first render of /cases. */
export const readFirstQueuePage = async (scope: StaffScope, filter: QueueFilter, limit: number) => {
  const [{ cases, nextCursor, overdueTasks }, total, counts] = await Promise.all([
    listCases(scope, { filter, limit }),
    countCases(scope, filter),
    countCasesByStatus(scope),
  ]);
  return { cases, nextCursor, overdueTasks, prevCursor: null, offset: 0, ...total, counts };
};

/** A page away from the start, with its place in the queue; the first page when it reaches the start. */
const pageAt = async (scope: StaffScope, filter: QueueFilter, bound: PageBound, limit: number) => {
  const { reachesStart, ...page } = await listCases(scope, { filter, bound, limit });
  const first = page.cases[0];
  // Nothing from the bound on (its rows left the view): the last page before it.
  if (!first && "after" in bound) return pageAt(scope, filter, { upTo: bound.after }, limit);
  if (!first && "at" in bound) return pageAt(scope, filter, { before: bound.at }, limit);
  if (reachesStart || !first) return readFirstQueuePage(scope, filter, limit);
  const offset = await countCasesBefore(scope, filter, first);
  return { ...page, prevCursor: offset > 0 ? encodeCursor(first) : null, offset };
};

/** A queue page, audited as read.queue (read.search with a search text) with its case ids. */
export const readQueuePageAudited = <P extends { cases: readonly { id: string }[] }>(input: {
  scope: StaffScope;
  filter: QueueFilter;
  address: string;
  read: () => Promise<P>;
}) => readListAudited({ ...input, kind: "queue", q: input.filter.q, caseIds: (page) => page.cases.map((c) => c.id) });

// The case roles (an administrator reads no case); the reads filter by the caller's scope.
// Counts hold no case, so only a page is audited.
export const readQueue = defineStaffRead({
  roles: CASE_ROLES,
  query: casesQuerySchema,
  read: async ({ scope, address, query: { only, cursor, before, at, limit, ...filter } }) => {
    if (only === "counts") {
      const [counts, total, offset] = await Promise.all([
        countCasesByStatus(scope),
        countCases(scope, filter),
        at ? countCasesBefore(scope, filter, at) : undefined,
      ]);
      return { counts, ...total, ...(offset === undefined ? {} : { offset }) };
    }
    const bound = boundOf({ cursor, before, at });
    return readQueuePageAudited({
      scope,
      filter,
      address,
      read: () => (bound ? pageAt(scope, filter, bound, limit) : readFirstQueuePage(scope, filter, limit)),
    });
  },
});
