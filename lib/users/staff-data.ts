// The staff administration's reads: always through the manager's scope
// (staff-policy.ts), so a supervisor never even lists another region's staff.
import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import { managedConsulateWhere, managedStaffWhere, rolesManagedBy, type StaffManager } from "./staff-policy";
import type { StaffFilter } from "./staff-schema";
import type { PlacementOptions, StaffRow } from "./staff-types";

type VersionedFields = { role: string; consulateId: string | null; regionId: string | null; active: boolean; passwordHash: string | null };

/** The version of a staff row as its administrators see it: role, place, state, and whether a password is pending. */
export const staffVersionOf = ({ role, consulateId, regionId, active, passwordHash }: VersionedFields) =>
  createHash("sha256")
    .update(JSON.stringify([role, consulateId, regionId, active, passwordHash === null]))
    .digest("hex")
    .slice(0, 16);

export const staffSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  consulateId: true,
  regionId: true,
  active: true,
  passwordHash: true,
  lastSignInAt: true,
  totpEnabledAt: true,
  createdAt: true,
  consulate: { select: { id: true, code: true, name: true } },
  region: { select: { id: true, code: true, name: true } },
} as const satisfies Prisma.UserSelect;

type Selected = Prisma.UserGetPayload<{ select: typeof staffSelect }>;

// Never the password hash or the two-factor secret: only whether they are set.
export const toStaffRow = (user: Selected): StaffRow => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  consulate: user.consulate,
  region: user.region,
  active: user.active,
  awaitingPassword: user.passwordHash === null,
  lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
  twoFactorEnabled: user.totpEnabledAt !== null,
  createdAt: user.createdAt.toISOString(),
  version: staffVersionOf(user),
});

const filterWhere = ({ q, role, consulate, region, status }: StaffFilter): Prisma.UserWhereInput[] => [
  q ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }] } : {},
  role ? { role } : {},
  consulate ? { consulate: { code: consulate } } : {},
  // A region holds its supervisors and the staff of its consulates.
  region ? { OR: [{ region: { code: region } }, { consulate: { region: { code: region } } }] } : {},
  status === "active" ? { active: true, passwordHash: { not: null } } : {},
  status === "disabled" ? { active: false } : {},
  status === "invited" ? { active: true, passwordHash: null } : {},
];

export const STAFF_LIST_LIMIT = 500;

/** The staff this manager administers, filtered, by name. */
export const listStaff = async ({ scope, filter }: { scope: StaffManager; filter: StaffFilter }): Promise<StaffRow[]> => {
  const rows = await db.user.findMany({
    where: { AND: [managedStaffWhere(scope), ...filterWhere(filter)] },
    select: staffSelect,
    orderBy: [{ name: "asc" }, { email: "asc" }],
    take: STAFF_LIST_LIMIT,
  });
  return rows.map(toStaffRow);
};

/** One staff member this manager administers, or null (unknown, or not theirs). */
export const getManagedStaff = async ({ scope, userId }: { scope: StaffScope; userId: string }): Promise<StaffRow | null> => {
  const row = await db.user.findFirst({ where: { AND: [{ id: userId }, managedStaffWhere(scope)] }, select: staffSelect });
  return row ? toStaffRow(row) : null;
};

/** The roles, consulates and regions this manager may choose from (the forms' and the filters' options). */
export const listPlacementOptions = async (scope: StaffScope): Promise<PlacementOptions> => {
  const [consulates, regions] = await Promise.all([
    db.consulate.findMany({ where: managedConsulateWhere(scope), select: { id: true, code: true, name: true, regionId: true }, orderBy: { name: "asc" } }),
    db.region.findMany({
      where: scope.role === "ADMIN" ? {} : { id: { in: scope.regionId ? [scope.regionId] : [] } },
      select: { id: true, code: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { roles: [...rolesManagedBy(scope)], consulates, regions };
};

/** A staff member by e-mail, for the shell (scripts/staff.ts), or null. */
export const findStaffByEmail = async (email: string): Promise<StaffRow | null> => {
  const row = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: staffSelect });
  return row ? toStaffRow(row) : null;
};
