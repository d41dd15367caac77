// GET /api/v1/cases: one page of the queue for the caller's scope, filtered by the URL (see lib/cases/filters.ts
// and lib/cases/query.ts): { cases, nextCursor, total, totalCapped, counts, overdueTasks } (overdue open tasks per
// case id, absent when none); a page after `cursor` carries only { cases, nextCursor, overdueTasks }, since the
// client keeps the first page's total and counts live. 400 with the issues
// for a bad parameter (a cursor this server did not make is one). `only=counts` answers { counts, total,
// totalCapped }: the status counts and how many cases match the filter, for the refresh after live events.
import { countCases, countCasesByStatus, listCases } from "@/lib/cases/data";
import { casesQuerySchema, rawCasesParams } from "@/lib/cases/query";
import { parseWith } from "@/lib/server/http/parse-body";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff(async (request, { scope }) => {
  const { only, cursor, limit, ...filter } = parseWith(casesQuerySchema, rawCasesParams(new URL(request.url).searchParams));
  if (only === "counts") {
    const [counts, total] = await Promise.all([countCasesByStatus(scope), countCases(scope, filter)]);
    return json({ counts, ...total });
  }
  if (cursor) return json(await listCases(scope, { filter, cursor, limit }));
  const [page, total, counts] = await Promise.all([
    listCases(scope, { filter, limit }),
    countCases(scope, filter),
    countCasesByStatus(scope),
  ]);
  return json({ ...page, ...total, counts });
});
