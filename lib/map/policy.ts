// Who looks at which map: officers and legal aid at their consulate's exact
// points (/map, and beside the queue); supervisors at their region,
// aggregated (/supervision). Administrators have no map: they read no case.
import type { Role } from "@/lib/generated/prisma/enums";
import type { StaffScope } from "@/lib/server/auth/scope";

/** The roles of the officers' map and its endpoints (exact points, a case's trail). */
export const OFFICER_MAP_ROLES: readonly Role[] = ["OFFICER", "LEGAL_AID"];

/** The roles of the regional view and its endpoint (aggregates of their own region). */
export const REGION_WATCHERS: readonly Role[] = ["SUPERVISOR"];

export const watchesRegions = (scope: Pick<StaffScope, "role">) => REGION_WATCHERS.includes(scope.role);

export const hasOfficerMap = (scope: Pick<StaffScope, "role">) => OFFICER_MAP_ROLES.includes(scope.role);
