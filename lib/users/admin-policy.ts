// Who may open which administration screen (issue 14). Administrators run
// everything; a supervisor administers only the staff of their own region
// (officers and legal aid). Anyone else finds no administration at all: the
// pages answer 404, the API 403 (withStaff's roles).
import type { Role } from "@/lib/generated/prisma/enums";
import type { StaffScope } from "@/lib/server/auth/scope";

export type AdminArea = "staff" | "consulates" | "jurisdictions" | "audit" | "relay-keys" | "retention";

/** Each area's screen, in the order of the administration tabs. */
export const ADMIN_AREA_PATHS: Record<AdminArea, string> = {
  staff: "/admin/staff",
  consulates: "/admin/consulates",
  jurisdictions: "/admin/jurisdictions",
  audit: "/admin/audit",
  "relay-keys": "/admin/relay-keys",
  retention: "/admin/retention",
};

/** The roles each area admits (for withStaff's `roles` and the pages alike). */
export const ADMIN_AREA_ROLES: Record<AdminArea, readonly Role[]> = {
  staff: ["ADMIN", "SUPERVISOR"],
  consulates: ["ADMIN"],
  jurisdictions: ["ADMIN"],
  audit: ["ADMIN"],
  "relay-keys": ["ADMIN"],
  retention: ["ADMIN"],
};

export const canOpenAdminArea = (scope: Pick<StaffScope, "role">, area: AdminArea) => ADMIN_AREA_ROLES[area].includes(scope.role);

/** The areas this user may open, in tab order (empty: no administration). */
export const adminAreasFor = (scope: Pick<StaffScope, "role">): AdminArea[] =>
  (Object.keys(ADMIN_AREA_PATHS) as AdminArea[]).filter((area) => canOpenAdminArea(scope, area));
