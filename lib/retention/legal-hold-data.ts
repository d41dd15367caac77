// What the case page shows of a legal hold: who placed it, when and why, and
// the case version the hold's button writes at. Null for a case this scope
// may not see (the case page has already answered 404 for it).
import "server-only";
import { db } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import { caseWhereForScope, readsCases } from "@/lib/cases/policy";
import { isUuid } from "@/lib/server/ids";

export type LegalHoldView = {
  caseId: string;
  version: number;
  held: { at: string; byName: string | null; reason: string } | null;
  purged: boolean;
};

export const getLegalHold = async (scope: StaffScope, caseId: string): Promise<LegalHoldView | null> => {
  if (!readsCases(scope) || !isUuid(caseId)) return null;
  const row = await db.case.findFirst({
    where: { AND: [{ id: caseId }, caseWhereForScope(scope)] },
    select: { id: true, version: true, legalHoldAt: true, legalHoldReason: true, legalHoldBy: { select: { name: true } }, purgedAt: true },
  });
  if (!row) return null;
  return {
    caseId: row.id,
    version: row.version,
    held: row.legalHoldAt ? { at: row.legalHoldAt.toISOString(), byName: row.legalHoldBy?.name ?? null, reason: row.legalHoldReason ?? "" } : null,
    purged: row.purgedAt !== null,
  };
};
