// Socket.IO on the app's own http server. A socket is authenticated from the
// same next-auth session cookie as the pages, and the server alone decides
// its rooms from the user's role and consulate or region.
import type { IncomingMessage } from "node:http";
import { decode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { roomsForScope, userRoom } from "@/lib/cases/policy";
import { getScopeUser } from "@/lib/users/data";
import { mintScope, type StaffScope } from "@/lib/server/auth/scope";
import { trackPresence } from "./presence";
import { registerIo, type AmparoIo } from "./publish";

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

const parseCookies = (header: string | undefined) => {
  const cookies = new Map<string, string>();
  for (const part of header?.split(";") ?? []) {
    const eq = part.indexOf("=");
    if (eq > 0) cookies.set(part.slice(0, eq).trim(), decodeURIComponent(part.slice(eq + 1).trim()));
  }
  return cookies;
};

// next-auth splits a large token over name.0, name.1, ...
const sessionToken = (cookies: Map<string, string>) => {
  for (const name of SESSION_COOKIES) {
    if (cookies.has(name)) return cookies.get(name);
    const chunks: string[] = [];
    for (let i = 0; cookies.has(`${name}.${i}`); i++) chunks.push(cookies.get(`${name}.${i}`)!);
    if (chunks.length) return chunks.join("");
  }
  return undefined;
};

export const scopeFromRequest = async (request: IncomingMessage): Promise<StaffScope | null> => {
  const token = sessionToken(parseCookies(request.headers.cookie));
  if (!token) return null;
  const claims = await decode({ token, secret: env().NEXTAUTH_SECRET }).catch(() => null);
  if (!claims?.sub) return null;
  const user = await getScopeUser(claims.sub);
  return user ? mintScope(user) : null;
};

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
