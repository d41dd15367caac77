// Socket.IO clients for integration tests: a staff member's session cookie,
// a websocket to one server, and the events it hears.
import { encode } from "next-auth/jwt";
import { io as connect, type Socket } from "socket.io-client";
import type { CaseSummary } from "@/lib/cases/events";
import { db } from "@/lib/server/db";

type TokenClaims = { authTime?: number; sessionVersion?: number };

/**
 * The session cookie signing in would give this user now: their current
 * session version, signed in this second. A test that needs a token past its
 * lifetime or from before a sign-out gives those claims itself.
 */
export const cookieFor = async (userId: string, claims: TokenClaims = {}) => {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const token = { sub: userId, authTime: Math.floor(Date.now() / 1000), sessionVersion, ...claims };
  return `next-auth.session-token=${await encode({ token, secret: process.env.NEXTAUTH_SECRET! })}`;
};

export const openSocket = (url: string, headers: Record<string, string>) =>
  new Promise<Socket>((resolve, reject) => {
    const socket = connect(url, { transports: ["websocket"], extraHeaders: headers, reconnection: false });
    socket.on("connect", () => resolve(socket));
    socket.on("connect_error", reject);
  });

export const collectCases = (socket: Socket) => {
  const seen: CaseSummary[] = [];
  socket.on("case:created", (c: CaseSummary) => seen.push(c));
  socket.on("case:updated", (c: CaseSummary) => seen.push(c));
  return seen;
};

export type Presence = { caseId: string; viewers: { userId: string; name: string }[] };

export const collectPresence = (socket: Socket) => {
  const seen: Presence[] = [];
  socket.on("case:presence", (p: Presence) => seen.push(p));
  return seen;
};

/** Waits until `done()` holds, or `ms` pass; the assertion that follows says what was wrong. */
export const waitFor = async (done: () => boolean, ms = 2_000) => {
  const until = Date.now() + ms;
  while (!done() && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
};
