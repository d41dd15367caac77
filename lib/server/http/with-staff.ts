// The wrapper for staff API routes: a signed-in session, turned into the
// authorized scope that data functions require. Routes behind it get the
// scope and their resolved params; every failure becomes a JSON error here,
// and nothing internal (stack, message) reaches the client.
import { unstable_rethrow } from "next/navigation";
import type { StaffScope } from "@/lib/server/auth/scope";
import { getStaffScope } from "@/lib/server/auth/session";
import { json, toResponse } from "./responses";
import { failureReply, UNAUTHORIZED, type StaffRead } from "./staff-reply";

type RouteParams = Record<string, string | string[] | undefined>;

export type StaffContext<P extends RouteParams> = { scope: StaffScope; params: P };

type StaffHandler<P extends RouteParams> = (request: Request, context: StaffContext<P>) => Promise<Response>;

export const withStaff =
  <P extends RouteParams = Record<string, never>>(handler: StaffHandler<P>) =>
  async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const scope = await getStaffScope();
      if (!scope) return toResponse(UNAUTHORIZED);
      return await handler(request, { scope, params: await context.params });
    } catch (error) {
      // Next's own control flow (redirect, notFound, dynamic bail-out) is not an error.
      unstable_rethrow(error);
      return toResponse(failureReply(error, request.method, request.url));
    }
  };

/** Next's route for a staff GET that server.ts also answers (staff-read-node.ts): one definition, two servers. */
export const withStaffRead = (read: StaffRead) =>
  withStaff(async (request, { scope }) => json(await read({ url: new URL(request.url), scope })));
