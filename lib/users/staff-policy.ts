// Whom an administrator of staff manages (issue 14). An administrator manages
// everyone. A supervisor manages only the officers and legal-aid staff of the
// consulates in their own region, gives only those two roles and only those
// consulates: never an administrator or a supervisor, never another region.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { StaffScope } from "@/lib/server/auth/scope";

type Manager = Pick<StaffScope, "role" | "regionId">;

/**
 * Who manages staff: a signed-in scope, or the shell operator of `npm run
 * staff` (an administrator with no user of their own: `userId` null, audited so).
 */
export type StaffManager = Manager & { userId: string | null };

/** The shell operator (scripts/staff.ts): someone with the server's own database access is already beyond any role. */
export const SHELL_OPERATOR: StaffManager = { userId: null, role: "ADMIN", regionId: null };

const SUPERVISED: readonly Role[] = ["OFFICER", "LEGAL_AID"];

/** The roles this manager may give (and the roles of the staff they may touch). */
export const rolesManagedBy = (scope: Manager): readonly Role[] =>
  scope.role === "ADMIN" ? ["OFFICER", "LEGAL_AID", "SUPERVISOR", "ADMIN"] : scope.role === "SUPERVISOR" ? SUPERVISED : [];

/** The users this manager sees and may change, as a Prisma filter (nobody for other roles). */
export const managedStaffWhere = (scope: Manager): Prisma.UserWhereInput => {
  if (scope.role === "ADMIN") return {};
  if (scope.role === "SUPERVISOR" && scope.regionId) {
    return { role: { in: [...SUPERVISED] }, consulate: { regionId: scope.regionId } };
  }
  return { id: { in: [] } };
};

/** The consulates this manager may place staff in, as a Prisma filter. */
export const managedConsulateWhere = (scope: Manager): Prisma.ConsulateWhereInput =>
  scope.role === "ADMIN" ? {} : scope.role === "SUPERVISOR" && scope.regionId ? { regionId: scope.regionId } : { id: { in: [] } };

/** Where a placement puts someone, as the policy reads it. */
export type PlacementTarget = { role: Role; consulateRegionId: string | null };

/** Whether this manager may put someone there: their role, and the region of the consulate. */
export const mayPlace = (scope: Manager, target: PlacementTarget) => {
  if (!rolesManagedBy(scope).includes(target.role)) return false;
  if (scope.role === "ADMIN") return true;
  return target.consulateRegionId !== null && target.consulateRegionId === scope.regionId;
};
