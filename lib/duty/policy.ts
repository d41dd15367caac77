// Who may see and edit which roster: the case roles read the roster of the
// consulates whose cases they read (officers and legal aid their own,
// supervisors their region's); only supervisors edit, for their region.
// Administrators configure the system and read no case: no roster either.
// Only staff of the consulate (officers, legal aid) stand a shift there: a
// supervisor belongs to a region, not a consulate, and on_duty_user_ids counts
// a person only while the consulate is theirs.
import type { Role } from "@/lib/generated/prisma/enums";
import type { StaffScope } from "@/lib/server/auth/scope";
import { CASE_ROLES } from "@/lib/cases/policy";

export const ROSTER_READERS: readonly Role[] = CASE_ROLES;
export const ROSTER_EDITORS: readonly Role[] = ["SUPERVISOR"];
/** The roles a shift may be for. */
export const ON_DUTY_ROLES: readonly Role[] = ["OFFICER", "LEGAL_AID"];

export const readsRoster = (scope: Pick<StaffScope, "role">) => ROSTER_READERS.includes(scope.role);
export const editsRoster = (scope: Pick<StaffScope, "role">) => ROSTER_EDITORS.includes(scope.role);

/** The consulates whose roster the scope reads, as a Prisma filter. */
export const rosterConsulateWhere = (scope: StaffScope) => {
  if (scope.role === "SUPERVISOR") return scope.regionId ? { regionId: scope.regionId } : { id: { in: [] } };
  if (scope.role === "OFFICER" || scope.role === "LEGAL_AID") return scope.consulateId ? { id: scope.consulateId } : { id: { in: [] } };
  return { id: { in: [] } };
};
