// AMPARO_REQUIRE_2FA: a signed-in user without two factors reaches only the
// enrolment (/security and its routes) until they enrol. The one rule, read
// where every request passes: requireStaffScope (pages redirect), withStaff
// (API 403 "two_factor_required"), request-scope.ts (sockets and the reads
// server.ts answers treat them as signed out).
import { env } from "@/lib/env";
import type { StaffScope } from "./scope";

export const ENROLMENT_PATH = "/security";

/** Whether this user must enrol before anything else. */
export const twoFactorPending = (scope: Pick<StaffScope, "twoFactorEnabled">, required?: boolean) =>
  !scope.twoFactorEnabled && (required ?? env().AMPARO_REQUIRE_2FA);
