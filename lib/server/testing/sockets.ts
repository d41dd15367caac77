// Socket.IO clients for integration tests: a staff member's session cookie,
// a websocket to one server, and the events it hears.
import { encode } from "next-auth/jwt";
import { io as connect, type Socket } from "socket.io-client";
import type { CaseSummary } from "@/lib/cases/events";

export const cookieFor = async (userId: string) =>
  `next-auth.session-token=${await encode({ token: { sub: userId }, secret: process.env.NEXTAUTH_SECRET! })}`;

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
