// The wrapper for staff API routes: a signed-in session, turned into the
// authorized scope that data functions require. Routes behind it get the
// scope and their resolved params; every failure becomes a JSON error here,
// and nothing internal (stack, message) reaches the client.
import { unstable_rethrow } from "next/navigation";
import type { StaffScope } from "@/lib/server/auth/scope";
import { getStaffScope } from "@/lib/server/auth/session";
import { isAppError } from "@/lib/server/errors";
import { errorResponse, json } from "./responses";

type RouteParams = Record<string, string | string[] | undefined>;

export type StaffContext<P extends RouteParams> = { scope: StaffScope; params: P };

type StaffHandler<P extends RouteParams> = (request: Request, context: StaffContext<P>) => Promise<Response>;

export const withStaff =
  <P extends RouteParams = Record<string, never>>(handler: StaffHandler<P>) =>
  async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const scope = await getStaffScope();
      if (!scope) return json({ error: "unauthorized" }, 401);
      return await handler(request, { scope, params: await context.params });
    } catch (error) {
      // Next's own control flow (redirect, notFound, dynamic bail-out) is not an error.
      unstable_rethrow(error);
      if (isAppError(error)) return errorResponse(error);
      // Method and path only: the query or body may carry personal data.
      console.error("[amparo] staff route failed", {
        method: request.method,
        path: new URL(request.url).pathname,
        error: (error as Error)?.message,
      });
      return json({ error: "internal" }, 500);
    }
  };
