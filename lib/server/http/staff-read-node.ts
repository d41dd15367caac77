// The Node adapter of a staff GET, for server.ts, which answers the triage
// queue ahead of Next's router (docs/performance.md has the measurement that
// decided it). The session is the same cookie Next's routes read, taken as the
// sockets take it; the answers are the ones withStaff gives.
import type { IncomingMessage, ServerResponse } from "node:http";
import { scopeFromRequest } from "@/lib/server/auth/request-scope";
import { clientAddressOf } from "./client-address";
import { writeNodeReply } from "./node-reply";
import type { Reply } from "./responses";
import { answerRead, type QuerySchema, type StaffRead } from "./staff-read";
import { failureReply, UNAUTHORIZED } from "./staff-reply";

export const staffReadNode =
  <Q extends QuerySchema>(definition: StaffRead<Q>) =>
  async (request: IncomingMessage, response: ServerResponse) => {
    const url = request.url ?? "/";
    let reply: Reply;
    try {
      const scope = await scopeFromRequest(request);
      const address = clientAddressOf((name) => [request.headers[name]].flat()[0]);
      reply = scope ? await answerRead(definition, { scope, url: new URL(url, "http://localhost"), address }) : UNAUTHORIZED;
    } catch (error) {
      reply = failureReply(error, request.method ?? "GET", url);
    }
    await writeNodeReply(request, response, reply);
  };
