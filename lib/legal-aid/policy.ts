// Who may do legal-aid work. Reading follows the case (caseWhereForScope).
// Writing: officers, legal-aid staff and supervisors who can see the case;
// administrators manage the system, not cases. An ended case is read-only
// until it is reopened.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus, Role } from "@/lib/generated/prisma/enums";
import type { StaffScope } from "@/lib/server/auth/scope";
import { isEnded } from "@/lib/cases/lifecycle";
import { AppError } from "@/lib/server/errors";

export const LEGAL_WRITERS: readonly Role[] = ["OFFICER", "LEGAL_AID", "SUPERVISOR"];

export const canWriteLegal = (role: Role) => LEGAL_WRITERS.includes(role);

export const assertCanWriteLegal = ({ role }: { role: Role }, status: CaseStatus) => {
  if (!canWriteLegal(role)) throw new AppError("forbidden", "role", { details: { reason: "role" } });
  if (isEnded(status)) throw new AppError("conflict", "case_closed", { details: { reason: "case_closed", currentStatus: status } });
};

/**
 * Who approves a family message: staff who may write, and never its author.
 * A second person reads every message before a family does (four eyes).
 */
export const approvalRefusal = ({ userId, role }: { userId: string; role: Role }, createdById: string) =>
  !canWriteLegal(role) ? "role" : userId === createdById ? "self_approval" : null;

/** Which pending transfers this scope answers for: its consulate's, its region's, or (administrators) none. */
export const incomingTransferWhere = (scope: StaffScope): Prisma.CaseTransferWhereInput => {
  switch (scope.role) {
    case "OFFICER":
    case "LEGAL_AID":
      return scope.consulateId ? { toConsulateId: scope.consulateId } : { id: { in: [] } };
    case "SUPERVISOR":
      return scope.regionId ? { toConsulate: { regionId: scope.regionId } } : { id: { in: [] } };
    case "ADMIN":
      return { id: { in: [] } };
  }
};
