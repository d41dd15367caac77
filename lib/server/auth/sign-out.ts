// Signing out ends every session the user holds, not only this browser's: a
// JWT cannot be revoked on its own without a table of sessions read on every
// request, and on a consulate's shared workstations the session worth ending
// is the one left open elsewhere. Their open sockets close too.
import "server-only";
import { db } from "@/lib/server/db";
import { recordAudit } from "@/lib/server/audit";
import { disconnectUser } from "@/lib/server/realtime/publish";
import { liveSessionClaims } from "./session-claims";

/** next-auth's signOut event, with the token being signed out. */
export const endSessionsOnSignOut = async (token: unknown) => {
  const claims = liveSessionClaims(token);
  if (!claims) return;
  const ended = await db.$transaction(async (tx) => {
    // Only from the current version: an old, already ended token must not
    // sign its user out of the sessions they opened since.
    const { count } = await tx.user.updateMany({
      where: { id: claims.userId, sessionVersion: claims.sessionVersion },
      data: { sessionVersion: { increment: 1 } },
    });
    if (count > 0) await recordAudit({ action: "auth.sign_out", actorUserId: claims.userId }, tx);
    return count > 0;
  });
  if (ended) disconnectUser(claims.userId);
};
