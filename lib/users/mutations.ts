import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { parseWith } from "@/lib/server/http/parse-body";
import { disconnectUser } from "@/lib/server/realtime/publish";
import type { StaffScope } from "@/lib/server/auth/scope";
import { placementColumns, placementSchema, type Placement } from "./schema";

/** Keeps the signed-in user's UI language, so it follows them to another browser. */
export const setUserLocale = async (scope: StaffScope, locale: "es" | "en") => {
  await db.user.update({ where: { id: scope.userId }, data: { locale }, select: { id: true } });
};

// Every session token carries the version it was signed in under: moving it
// on ends them all, on every request and handshake (lib/server/auth/session-claims.ts).
const END_SESSIONS = { sessionVersion: { increment: 1 } } as const;

/**
 * Shuts a user out at once: their sessions end, and their open sockets, on
 * every instance, are closed after the commit, so they stop hearing about
 * cases mid-shift. For a future admin screen; `disabledById` is who did it.
 */
export const disableUser = async ({ userId, disabledById }: { userId: string; disabledById?: string }) => {
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId, active: true }, data: { active: false, ...END_SESSIONS } });
    if (count === 0) throw new AppError("not_found", `No active user ${userId}`);
    await recordAudit({ action: "user.disabled", actorUserId: disabledById, targetType: "user", targetId: userId }, tx);
  });
  disconnectUser(userId);
};

// A consulate or region that does not exist is the caller's mistake (a stale choice), not a 500 from the foreign key.
const requirePlace = async (tx: Tx, { consulateId, regionId }: { consulateId: string | null; regionId: string | null }) => {
  if (consulateId && !(await tx.consulate.findUnique({ where: { id: consulateId }, select: { id: true } }))) {
    throw new AppError("invalid_body", "invalid_body", { issues: [{ path: "consulateId", message: "no such consulate" }] });
  }
  if (regionId && !(await tx.region.findUnique({ where: { id: regionId }, select: { id: true } }))) {
    throw new AppError("invalid_body", "invalid_body", { issues: [{ path: "regionId", message: "no such region" }] });
  }
};

type Reassign = {
  userId: string;
  actorId?: string;
  action: "user.role_changed" | "user.moved";
  /** The new placement, from the user's current role. */
  placementFor: (role: Role) => unknown;
};

// A user whose role or place changes signs in again: a page or socket opened
// under the old one would otherwise go on showing what that one could see.
const reassignUser = async ({ userId, actorId, action, placementFor }: Reassign) => {
  const changed = await db.$transaction(async (tx) => {
    const from = await tx.user.findUnique({ where: { id: userId }, select: { role: true, consulateId: true, regionId: true } });
    if (!from) throw new AppError("not_found", `No user ${userId}`);
    const to = placementColumns(parseWith(placementSchema, placementFor(from.role)));
    // Saving the same placement again ends nobody's session.
    if (to.role === from.role && to.consulateId === from.consulateId && to.regionId === from.regionId) return false;
    await requirePlace(tx, to);
    await tx.user.update({ where: { id: userId }, data: { ...to, ...END_SESSIONS }, select: { id: true } });
    await recordAudit({ action, actorUserId: actorId, targetType: "user", targetId: userId, data: { from, to } }, tx);
    return true;
  });
  if (changed) disconnectUser(userId);
};

/** Gives a user another role, with the consulate or region it needs; their sessions end. */
export const changeUserRole = ({ userId, placement, changedById }: { userId: string; placement: Placement; changedById?: string }) =>
  reassignUser({ userId, actorId: changedById, action: "user.role_changed", placementFor: () => placement });

/** Moves a user, in the same role, to another consulate (officers, legal aid) or region (supervisors); their sessions end. */
export const moveUser = ({ userId, to, movedById }: { userId: string; to: { consulateId: string } | { regionId: string }; movedById?: string }) =>
  reassignUser({ userId, actorId: movedById, action: "user.moved", placementFor: (role) => ({ role, ...to }) });
