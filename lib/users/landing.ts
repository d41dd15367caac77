// Where a signed-in user starts, and where a page that is not theirs sends
// them: each role's own desk. Officers triage (/cases), legal aid works the
// referred cases (/legal), supervisors watch their region (/supervision), and
// administrators, who read no case, configure the system.
import "server-only";
import { redirect } from "next/navigation";
import { readsCases } from "@/lib/cases/policy";
import type { StaffScope } from "@/lib/server/auth/scope";
import { requireStaffScope } from "@/lib/server/auth/session";
import { ADMIN_HOME_PATH, DESK_PATHS } from "./desk-paths";

export { ADMIN_HOME_PATH };
export const CASE_DESK_PATH = DESK_PATHS.OFFICER;

export const landingPath = (scope: Pick<StaffScope, "role">) => DESK_PATHS[scope.role];

/** For the case desk's pages: the scope of a case role; anyone else goes to their own start page. */
export const requireCaseReader = async (from?: string): Promise<StaffScope> => {
  const scope = await requireStaffScope(from);
  if (!readsCases(scope)) redirect(landingPath(scope));
  return scope;
};
