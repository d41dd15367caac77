// Who may reset someone's two factors: as for the rest of staff
// administration (lib/users/admin-policy.ts), an administrator anyone, a
// supervisor the officers and legal aid of their own region.
import type { Role } from "@/lib/generated/prisma/enums";
import type { StaffScope } from "@/lib/server/auth/scope";

export type ResetTarget = { role: Role; regionId: string | null; consulateRegionId: string | null };

const SUPERVISED: readonly Role[] = ["OFFICER", "LEGAL_AID"];

export const canResetTwoFactor = (scope: Pick<StaffScope, "role" | "regionId">, target: ResetTarget) => {
  if (scope.role === "ADMIN") return true;
  if (scope.role !== "SUPERVISOR" || !scope.regionId) return false;
  return SUPERVISED.includes(target.role) && (target.consulateRegionId ?? target.regionId) === scope.regionId;
};
