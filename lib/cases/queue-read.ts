// GET /api/v1/cases, defined once for both servers that mount it: Next's
// route file (app/api/v1/cases/route.ts, through withStaffRead) and server.ts,
// which answers it ahead of Next's router (through staffReadNode). One page of the queue for the caller's scope,
// filtered by the URL (see filters.ts and casesQuerySchema): { cases, nextCursor,
// total, totalCapped, counts, overdueTasks } (overdue open tasks per case id,
// absent when none); a page after `cursor` carries only { cases, nextCursor,
// overdueTasks }, since the client keeps the first page's total and counts
// live. 400 with the issues for a bad parameter (a cursor this server did not
// make is one). `only=counts` answers { counts, total, totalCapped }: the
// status counts and how many cases match the filter, for the refresh after
// live events.
import { defineStaffRead } from "@/lib/server/http/staff-read";
import { countCases, countCasesByStatus, listCases } from "./data";
import { CASE_ROLES } from "./policy";
import { casesQuerySchema } from "./schema";

export const QUEUE_PATH = "/api/v1/cases";

// The case roles (an administrator reads no case); the reads filter by the caller's scope.
export const readQueue = defineStaffRead({
  roles: CASE_ROLES,
  query: casesQuerySchema,
  read: async ({ scope, query: { only, cursor, limit, ...filter } }) => {
    if (only === "counts") {
      const [counts, total] = await Promise.all([countCasesByStatus(scope), countCases(scope, filter)]);
      return { counts, ...total };
    }
    if (cursor) return listCases(scope, { filter, cursor, limit });
    const [page, total, counts] = await Promise.all([
      listCases(scope, { filter, limit }),
      countCases(scope, filter),
      countCasesByStatus(scope),
    ]);
    return { ...page, ...total, counts };
  },
});
