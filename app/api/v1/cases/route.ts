// GET /api/v1/cases: the queue for the caller's scope, filtered by the URL (see lib/cases/filters.ts):
// { cases, total, counts, overdueTasks } (overdue open tasks per case id, absent when none), or { counts }
// alone with `only=counts`; 400 with the issues for a bad parameter.
import { countCasesByStatus, listCases } from "@/lib/cases/data";
import { countOverdueTasks } from "@/lib/legal-aid/data";
import { casesQuerySchema, rawFilterParams } from "@/lib/cases/filters";
import { parseWith } from "@/lib/server/http/parse-body";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff(async (request, { scope }) => {
  const params = new URL(request.url).searchParams;
  const { only, ...filter } = parseWith(casesQuerySchema, { ...rawFilterParams(params), only: params.get("only") || undefined });
  if (only === "counts") return json({ counts: await countCasesByStatus(scope) });
  const [{ cases, total }, counts] = await Promise.all([listCases(scope, filter), countCasesByStatus(scope)]);
  const overdueTasks = await countOverdueTasks(cases.map((c) => c.id));
  return json({ cases, total, counts, overdueTasks });
});
