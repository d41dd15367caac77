// What the case page shows of a legal hold: who placed it, when and why, and
// the case version the hold's button writes at. Null for a case this scope
// may not see (the case page has already answered 404 for it).
import "server-only";
import { db } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import { caseWhereForScope, readsCases } from "@/lib/cases/policy";
import { isUuid } from "@/lib/server/ids";
import { legalHoldSelect, toLegalHoldView, type LegalHoldView } from "./legal-hold-view";

export type { LegalHoldView };

export const getLegalHold = async (scope: StaffScope, caseId: string): Promise<LegalHoldView | null> => {
  if (!readsCases(scope) || !isUuid(caseId)) return null;
  const row = await db.case.findFirst({ where: { AND: [{ id: caseId }, caseWhereForScope(scope)] }, select: legalHoldSelect });
  return row ? toLegalHoldView(row) : null;
};
