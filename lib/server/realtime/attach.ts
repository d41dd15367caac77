// Socket.IO on the app's own http server. A socket is authenticated from the
// same next-auth session cookie as the pages, and the server alone decides
// its rooms: the ones the domain registered for the user's scope (role and
// consulate or region), and the user's own. A socket lasts no longer than
// its session (session-sweep.ts).
import type { IncomingMessage } from "node:http";
import { sessionFromRequest } from "@/lib/server/auth/request-scope";
import type { StaffScope } from "@/lib/server/auth/scope";
import { registration } from "@/lib/server/registration";
import { registerIo, userRoom, type AmparoIo, type AmparoSocket } from "./publish";
import { startSessionSweep } from "./session-sweep";
import { errorMessage, log } from "@/lib/server/log";

export type SocketSetup = {
  /** The rooms a signed-in socket joins. */
  roomsForScope: (scope: StaffScope) => string[];
  /** Adds the domain's own listeners to a signed-in socket (who is viewing a case). */
  onConnection: (io: AmparoIo, socket: AmparoSocket) => void;
};

const socketSetup = registration<SocketSetup>("socket setup (rooms and listeners)");
export const registerSocketSetup = socketSetup.register;

// Refuses cross-site handshakes, so another site cannot ride a signed-in
// officer's cookie to listen to cases.
const sameOrigin = (request: IncomingMessage) => {
  const origin = request.headers.origin;
  if (!origin) return true; // not a browser
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
};

export const attachRealtime = (io: AmparoIo) => {
  // Read here, not at the first connection: a server without it must not start.
  const { roomsForScope, onConnection } = socketSetup.get();
  io.use(async (socket, next) => {
    if (!sameOrigin(socket.request)) return next(new Error("forbidden"));
    const session = await sessionFromRequest(socket.request).catch((error: unknown) => {
      // A failed lookup (the database is down or slow) is not the user's fault:
      // say so in the log, and the client tries again rather than sign in again.
      log("realtime").error({ error: errorMessage(error) }, "socket session lookup failed");
      return "unavailable" as const;
    });
    if (session === "unavailable") return next(new Error("unavailable"));
    // The client takes this to mean the session has ended (lib/client/use-live-socket.ts).
    if (!session) return next(new Error("unauthorized"));
    socket.data.scope = session.scope;
    socket.data.claims = session.claims;
    next();
  });
  io.on("connection", (socket) => {
    const scope = socket.data.scope as StaffScope;
    void socket.join([...roomsForScope(scope), userRoom(scope.userId)]);
    onConnection(io, socket);
  });
  registerIo(io);
  startSessionSweep(io);
};
