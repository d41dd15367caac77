import "server-only";
import { db } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import { caseWhereForScope } from "./policy";
import { caseSummarySelect, toCaseSummary } from "./summary";

type ListCasesOptions = { limit?: number };

/** The cases this scope may see, newest alert first. */
export const listCases = async (scope: StaffScope, { limit = 200 }: ListCasesOptions = {}) => {
  const rows = await db.case.findMany({
    where: caseWhereForScope(scope),
    select: caseSummarySelect,
    orderBy: [{ alertAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(limit, 1), 500),
  });
  return rows.map(toCaseSummary);
};
