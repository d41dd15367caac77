// What the receiving side of a transfer reads before it decides: the
// request, and no more of the case than deciding needs.
import "server-only";
import { db } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import { keyring } from "@/lib/privacy/keys-data";
import { incomingTransferWhere } from "./policy";

/** Requests waiting for this scope's answer, with what is needed to decide and no more. */
export const listIncomingTransfers = async (scope: StaffScope) => {
  const rows = await db.caseTransfer.findMany({
    where: { AND: [{ status: "PENDING" }, incomingTransferWhere(scope)] },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      reason: true,
      createdAt: true,
      fromConsulate: { select: { code: true, name: true } },
      toConsulate: { select: { code: true } },
      case: {
        select: {
          id: true,
          number: true,
          status: true,
          priority: true,
          person: { select: { fullName: true } },
          legalRecord: { select: { facility: { select: { name: true, city: true, state: true } }, facilityOther: true } },
        },
      },
    },
  });
  const ring = await keyring();
  return rows.map((t) => ({
    id: t.id,
    reason: ring.open(t.reason),
    requestedAt: t.createdAt.toISOString(),
    fromConsulate: t.fromConsulate,
    toConsulateCode: t.toConsulate.code,
    caseId: t.case.id,
    caseNumber: t.case.number,
    caseStatus: t.case.status,
    priority: t.case.priority,
    personName: ring.open(t.case.person.fullName),
    facility: t.case.legalRecord?.facility ?? (t.case.legalRecord?.facilityOther ? { name: t.case.legalRecord.facilityOther } : null),
  }));
};
