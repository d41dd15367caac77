// The staff administration's writes (issue 14): invite, change (role, place,
// active) and issue a password link. Each is one transaction that checks the
// manager's scope (staff-policy.ts) before writing anything, audits itself,
// and, when it changes who someone is, ends their sessions (session_version)
// and closes their sockets after the commit.
import "server-only";
import type { Role, StaffTokenPurpose } from "@/lib/generated/prisma/enums";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { parseWith } from "@/lib/server/http/parse-body";
import { disconnectUser } from "@/lib/server/realtime/publish";
import { violatedUniqueIndex } from "@/lib/server/unique-violation";
import { placementColumns, placementSchema } from "./schema";
import { staffSelect, staffVersionOf, toStaffRow } from "./staff-data";
import { emailStaffLink } from "./staff-link-email";
import { hashLinkToken, LINK_LIFETIME_MS, newLinkToken, setPasswordPath } from "./staff-links";
import { mayPlace } from "./staff-policy";
import type { InviteInput, StaffChange } from "./staff-schema";
import type { StaffManager } from "./staff-policy";
import type { IssuedLink, StaffRow } from "./staff-types";

const END_SESSIONS = { sessionVersion: { increment: 1 } } as const;

const refuse = (code: "forbidden" | "conflict", reason: string, details: Record<string, unknown> = {}) =>
  new AppError(code, reason, { details: { reason, ...details } });

const invalidPlace = (path: "consulateId" | "regionId") =>
  new AppError("invalid_body", "invalid_body", { issues: [{ path, message: path === "consulateId" ? "no such consulate" : "no such region" }] });

/** The placement a role needs, from what was asked and what the user has now; 400 naming the missing field. */
const placementFor = (role: Role, given: { consulateId?: string | null; regionId?: string | null }) =>
  placementColumns(
    parseWith(placementSchema, {
      role,
      ...(role === "OFFICER" || role === "LEGAL_AID" ? { consulateId: given.consulateId ?? undefined } : {}),
      ...(role === "SUPERVISOR" ? { regionId: given.regionId ?? undefined } : {}),
    }),
  );

/** Checks the place exists and that this manager may put someone there; returns the consulate's region. */
const checkPlacement = async (tx: Tx, scope: StaffManager, to: ReturnType<typeof placementFor>) => {
  let consulateRegionId: string | null = null;
  if (to.consulateId) {
    const consulate = await tx.consulate.findUnique({ where: { id: to.consulateId }, select: { regionId: true } });
    if (!consulate) throw invalidPlace("consulateId");
    consulateRegionId = consulate.regionId;
  }
  if (to.regionId && !(await tx.region.findUnique({ where: { id: to.regionId }, select: { id: true } }))) throw invalidPlace("regionId");
  if (!mayPlace(scope, { role: to.role, consulateRegionId })) throw refuse("forbidden", "placement");
};

// Serializes the changes that could leave no active administrator (two
// administrators disabling each other at once), for this transaction only.
const lockAdministrators = (tx: Tx) => tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('amparo:administrators'))`;

const requireAnotherAdmin = async (tx: Tx, userId: string) => {
  await lockAdministrators(tx);
  const others = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: userId } } });
  if (others === 0) throw refuse("conflict", "last_admin");
};

/** The user locked for this change, if this manager administers them; else 404 (nothing said about who exists). */
const lockManaged = async (tx: Tx, scope: StaffManager, userId: string) => {
  await tx.$queryRaw`SELECT id FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
  const row = await tx.user.findUnique({ where: { id: userId }, select: { ...staffSelect, locale: true, consulate: { select: { id: true, code: true, name: true, regionId: true } } } });
  if (!row || !mayPlace(scope, { role: row.role, consulateRegionId: row.consulate?.regionId ?? null })) {
    throw new AppError("not_found", `No staff member ${userId}`);
  }
  return row;
};

/** Spends the user's open links and makes a new one (in the caller's transaction). */
const issueLink = async (tx: Tx, { userId, purpose, createdById, now }: { userId: string; purpose: StaffTokenPurpose; createdById: string | null; now: Date }) => {
  await tx.staffToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
  const token = newLinkToken();
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS[purpose]);
  await tx.staffToken.create({ data: { userId, purpose, tokenHash: hashLinkToken(token), expiresAt, createdById, createdAt: now } });
  return { path: setPasswordPath(token), expiresAt: expiresAt.toISOString() };
};

type Invite = { scope: StaffManager; invite: InviteInput; now?: Date };

/** Creates the user without a password and returns their invitation link (shown once; e-mailed with SMTP_URL). */
export const inviteStaff = async ({ scope, invite, now = new Date() }: Invite): Promise<{ staff: StaffRow; link: IssuedLink }> => {
  const to = placementFor(invite.role, invite);
  const { staff, link } = await db
    .$transaction(async (tx) => {
      await checkPlacement(tx, scope, to);
      const user = await tx.user.create({ data: { email: invite.email, name: invite.name, passwordHash: null, ...to }, select: staffSelect });
      const link = await issueLink(tx, { userId: user.id, purpose: "INVITE", createdById: scope.userId, now });
      await recordAudit({ action: "user.invited", actorUserId: scope.userId, targetType: "user", targetId: user.id, data: { to, expiresAt: link.expiresAt } }, tx);
      return { staff: toStaffRow(user), link };
    })
    .catch((error: unknown) => {
      if (violatedUniqueIndex(error) !== null) {
        throw new AppError("conflict", "email_taken", { details: { reason: "email_taken" }, issues: [{ path: "email", message: "already taken" }] });
      }
      throw error;
    });
  const emailed = await emailStaffLink({ userId: staff.id, email: staff.email, name: staff.name, locale: "es", purpose: "INVITE", path: link.path });
  return { staff, link: { userId: staff.id, ...link, emailed } };
};

type Change = { scope: StaffManager; userId: string; change: StaffChange };

/**
 * Changes a staff member's role, place or state, if still as the screen read
 * them (`version`). Disabling and a new role or place end their sessions and
 * close their sockets; nobody changes themself, and the last active
 * administrator stays one.
 */
export const updateStaff = async ({ scope, userId, change }: Change): Promise<StaffRow> => {
  const { staff, endedSessions } = await db.$transaction(async (tx) => {
    const row = await lockManaged(tx, scope, userId);
    if (userId === scope.userId) throw refuse("forbidden", "self");
    if (staffVersionOf(row) !== change.version) throw refuse("conflict", "stale", { staff: toStaffRow(row) });

    const role = change.role ?? row.role;
    const placing = change.role !== undefined || change.consulateId !== undefined || change.regionId !== undefined;
    const to = placing
      ? placementFor(role, { consulateId: change.consulateId ?? row.consulateId, regionId: change.regionId ?? row.regionId })
      : { role: row.role, consulateId: row.consulateId, regionId: row.regionId };
    const moved = to.role !== row.role || to.consulateId !== row.consulateId || to.regionId !== row.regionId;
    const active = change.active ?? row.active;
    if (moved) await checkPlacement(tx, scope, to);
    if (row.role === "ADMIN" && row.active && (to.role !== "ADMIN" || !active)) await requireAnotherAdmin(tx, userId);
    if (!moved && active === row.active) return { staff: toStaffRow(row), endedSessions: false };

    const updated = await tx.user.update({ where: { id: userId }, data: { ...to, active, ...END_SESSIONS }, select: staffSelect });
    const from = { role: row.role, consulateId: row.consulateId, regionId: row.regionId };
    const audit = (action: string, data?: Record<string, unknown>) =>
      recordAudit({ action, actorUserId: scope.userId, targetType: "user", targetId: userId, data }, tx);
    if (moved) await audit(to.role !== row.role ? "user.role_changed" : "user.moved", { from, to });
    if (active !== row.active) await audit(active ? "user.enabled" : "user.disabled");
    return { staff: toStaffRow(updated), endedSessions: true };
  });
  if (endedSessions) disconnectUser(userId);
  return staff;
};

type Reset = { scope: StaffManager; userId: string; now?: Date };

/**
 * A one-time link to set a new password. The old one stops working now and
 * the user's sessions end: a reset is what an administrator does for a
 * forgotten password and for a suspected stolen one alike. Someone who never
 * set one gets a fresh invitation instead.
 */
export const issuePasswordReset = async ({ scope, userId, now = new Date() }: Reset): Promise<IssuedLink> => {
  const { link, user, purpose } = await db.$transaction(async (tx) => {
    const row = await lockManaged(tx, scope, userId);
    if (!row.active) throw refuse("conflict", "disabled");
    const purpose: StaffTokenPurpose = row.passwordHash === null && row.lastSignInAt === null ? "INVITE" : "RESET";
    await tx.user.update({ where: { id: userId }, data: { passwordHash: null, ...END_SESSIONS }, select: { id: true } });
    const link = await issueLink(tx, { userId, purpose, createdById: scope.userId, now });
    await recordAudit({ action: "user.password_reset_issued", actorUserId: scope.userId, targetType: "user", targetId: userId, data: { purpose, expiresAt: link.expiresAt } }, tx);
    return { link, user: row, purpose };
  });
  disconnectUser(userId);
  const emailed = await emailStaffLink({ userId, email: user.email, name: user.name, locale: user.locale, purpose, path: link.path });
  return { userId, ...link, emailed };
};
