// Open sockets follow their sessions. Ending a user's sessions closes their
// sockets at once (disconnectUser, after the commit); this sweep is what
// heals a close that was lost (Redis away at that moment: signals are at most
// once), and what ends a socket whose session reached its absolute lifetime,
// which nothing announces.
import { getSessionVersions } from "@/lib/server/auth/users";
import { withinLifetime, type SessionClaims } from "@/lib/server/auth/session-claims";
import type { AmparoIo, AmparoSocket } from "./publish";
import { errorMessage, log } from "@/lib/server/log";

export const SESSION_SWEEP_MS = 60_000;

const claimsOf = (socket: AmparoSocket) => socket.data.claims as SessionClaims;

/** Disconnects this instance's sockets whose session has ended, with one read for all of them; returns how many. */
export const sweepSessions = async (io: AmparoIo, now = Date.now()) => {
  const sockets = [...io.of("/").sockets.values()];
  if (sockets.length === 0) return 0;
  const versions = await getSessionVersions([...new Set(sockets.map((socket) => claimsOf(socket).userId))]);
  const ended = sockets.filter((socket) => {
    const claims = claimsOf(socket);
    return !withinLifetime(claims, now) || versions.get(claims.userId) !== claims.sessionVersion;
  });
  for (const socket of ended) socket.disconnect(true);
  return ended.length;
};

/** Sweeps every SESSION_SWEEP_MS until the server closes. */
export const startSessionSweep = (io: AmparoIo) => {
  const timer = setInterval(() => {
    sweepSessions(io).catch((error: unknown) => {
      // The next sweep tries again; a database away for a minute ends no session.
      log("realtime").error({ error: errorMessage(error) }, "socket session sweep failed");
    });
  }, SESSION_SWEEP_MS);
  timer.unref();
  io.httpServer?.once("close", () => clearInterval(timer));
};
