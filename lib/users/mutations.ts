import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { disconnectUser } from "@/lib/server/realtime/publish";
import type { StaffScope } from "@/lib/server/auth/scope";

/** Keeps the signed-in user's UI language, so it follows them to another browser. */
export const setUserLocale = async (scope: StaffScope, locale: "es" | "en") => {
  await db.user.update({ where: { id: scope.userId }, data: { locale }, select: { id: true } });
};

/**
 * Shuts a user out at once: their sessions stop working (every request and
 * handshake reads `active`), and their open sockets, on every instance, are
 * closed after the commit, so they stop hearing about cases mid-shift.
 * For a future admin screen; `disabledById` is who did it.
 */
export const disableUser = async ({ userId, disabledById }: { userId: string; disabledById?: string }) => {
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId, active: true }, data: { active: false } });
    if (count === 0) throw new AppError("not_found", `No active user ${userId}`);
    await recordAudit({ action: "user.disabled", actorUserId: disabledById, targetType: "user", targetId: userId }, tx);
  });
  disconnectUser(userId);
};
