// Where a signed-in user starts, and where a page that is not theirs sends
// them: the case desk for the case roles, the administration for
// administrators, who read no case.
import "server-only";
import { redirect } from "next/navigation";
import { readsCases } from "@/lib/cases/policy";
import type { StaffScope } from "@/lib/server/auth/scope";
import { requireStaffScope } from "@/lib/server/auth/session";

export const CASE_DESK_PATH = "/cases";
export const ADMIN_HOME_PATH = "/admin/relay-keys";

export const landingPath = (scope: Pick<StaffScope, "role">) => (readsCases(scope) ? CASE_DESK_PATH : ADMIN_HOME_PATH);

/** For the case desk's pages: the scope of a case role; anyone else goes to their own start page. */
export const requireCaseReader = async (): Promise<StaffScope> => {
  const scope = await requireStaffScope();
  if (!readsCases(scope)) redirect(landingPath(scope));
  return scope;
};
