// The Node adapter of a staff GET, for server.ts, which answers the triage
// queue ahead of Next's router (docs/performance.md has the measurement that
// decided it). The session is the same cookie Next's routes read, taken as the
// sockets take it; the answers are the ones withStaff gives.
import type { IncomingMessage, ServerResponse } from "node:http";
import { scopeFromRequest } from "@/lib/server/auth/request-scope";
import { writeNodeReply } from "./node-reply";
import type { Reply } from "./responses";
import { failureReply, UNAUTHORIZED, type StaffRead } from "./staff-reply";

export const staffReadNode = (read: StaffRead) => async (request: IncomingMessage, response: ServerResponse) => {
  const url = request.url ?? "/";
  let reply: Reply;
  try {
    const scope = await scopeFromRequest(request);
    reply = scope ? { status: 200, body: await read({ url: new URL(url, "http://localhost"), scope }) } : UNAUTHORIZED;
  } catch (error) {
    reply = failureReply(error, request.method ?? "GET", url);
  }
  await writeNodeReply(request, response, reply);
};
