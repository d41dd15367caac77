// What the backup consulate reads of the cases offered to it: the open
// offers, by number, origin and priority, nothing of the person (the case
// page, readable while the offer is open, shows the rest).
import "server-only";
import { db } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import type { OfferedCase } from "./types";

export const listOfferedCases = async (scope: StaffScope): Promise<OfferedCase[]> => {
  if (!scope.consulateId || (scope.role !== "OFFICER" && scope.role !== "LEGAL_AID")) return [];
  const rows = await db.caseOffer.findMany({
    where: { toConsulateId: scope.consulateId, status: "OPEN" },
    orderBy: { offeredAt: "asc" },
    take: 100,
    select: {
      id: true,
      offeredAt: true,
      fromConsulate: { select: { code: true, name: true } },
      case: { select: { id: true, number: true, priority: true, alertAt: true, duress: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case.id,
    caseNumber: r.case.number,
    priority: r.case.priority,
    duress: r.case.duress,
    alertAt: r.case.alertAt.toISOString(),
    offeredAt: r.offeredAt.toISOString(),
    fromConsulate: r.fromConsulate,
  }));
};
