// Socket.IO on the app's own http server. A socket is authenticated from the
// same next-auth session cookie as the pages, and the server alone decides
// its rooms from the user's role and consulate or region.
import type { IncomingMessage } from "node:http";
import { roomsForScope, userRoom } from "@/lib/cases/policy";
import { scopeFromRequest } from "@/lib/server/auth/request-scope";
import type { StaffScope } from "@/lib/server/auth/scope";
import { trackPresence } from "./presence";
import { registerIo, type AmparoIo } from "./publish";

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
  io.use(async (socket, next) => {
    if (!sameOrigin(socket.request)) return next(new Error("forbidden"));
    const scope = await scopeFromRequest(socket.request).catch((error: unknown) => {
      // A failed lookup (the database is down or slow) is not the user's fault:
      // say so in the log, and the client tries again.
      console.error("[amparo] socket session lookup failed:", error instanceof Error ? error.message : error);
      return null;
    });
    if (!scope) return next(new Error("unauthorized"));
    socket.data.scope = scope;
    next();
  });
  io.on("connection", (socket) => {
    const scope = socket.data.scope as StaffScope;
    void socket.join([...roomsForScope(scope), userRoom(scope.userId)]);
    trackPresence(io, socket);
  });
  registerIo(io);
};
