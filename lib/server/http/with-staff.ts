// The wrappers for staff API routes: a signed-in session, turned into the
// authorized scope that data functions require; the roles a route serves;
// its params, query and body, parsed with the schemas it names. Handlers get
// all of it checked and typed, so a route never validates or authorizes by
// hand. Every failure becomes a JSON error here, and nothing internal (stack,
// message) reaches the client.
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import type { StaffScope } from "@/lib/server/auth/scope";
import { getStaffScope } from "@/lib/server/auth/session";
import { twoFactorPending } from "@/lib/server/auth/two-factor-gate";
import { requestAddress } from "./client-address";
import { pathSegments } from "./input";
import { parseWith, readJsonWith } from "./parse-body";
import { toResponse } from "./responses";
import { isForeignWrite, webWrite } from "./same-origin";
import { answerRead, type QuerySchema, type StaffRead } from "./staff-read";
import { allows, failureReply, FORBIDDEN, TWO_FACTOR_REQUIRED, UNAUTHORIZED } from "./staff-reply";

type RouteParams = Record<string, string>;

type StaffOptions = {
  /** The roles the route serves; absent, any staff (the domain then filters by scope). */
  roles?: readonly Role[];
  /** The route's segments, when they need more than being strings. */
  params?: z.ZodType<unknown, RouteParams>;
  query?: QuerySchema;
  /** A JSON body (application/json only: 415 otherwise). */
  body?: z.ZodType;
  /** Served to a user the deployment still holds back for two factors: the enrolment's own routes. */
  beforeTwoFactor?: boolean;
};

type Parsed<O, K extends keyof StaffOptions, Absent> = O extends { [key in K]: infer S extends z.ZodType } ? z.output<S> : Absent;

type StaffContext<O extends StaffOptions, S = StaffScope> = {
  request: Request;
  scope: S;
  params: Parsed<O, "params", RouteParams>;
  query: Parsed<O, "query", undefined>;
  body: Parsed<O, "body", undefined>;
};

type Handler<O extends StaffOptions, S> = (context: StaffContext<O, S>) => Promise<Response>;

// What serve hands any handler; each route's handler reads it typed by its own options.
type AnyHandler = (context: {
  request: Request;
  scope: StaffScope | null;
  params: unknown;
  query: unknown;
  body: unknown;
}) => Promise<Response>;

/** A handler typed by its route's options, whatever they are. */
type TypedHandler = (context: never) => Promise<Response>;

/** What Next calls: the request, and the route's segments. */
type NextRoute = (request: Request, context: { params: Promise<RouteParams> }) => Promise<Response>;

// Order of refusals: 403 (a write from another site, before the session or
// the body is read), 401 (no session), 403 (role; then two factors to enrol), then 400/413/415 (params, query, body).
const serve =
  (options: StaffOptions, signedInOnly: boolean, handler: AnyHandler): NextRoute =>
  async (request, context) => {
    if (isForeignWrite(webWrite(request))) return toResponse(FORBIDDEN);
    try {
      const scope = await getStaffScope();
      if (!scope && signedInOnly) return toResponse(UNAUTHORIZED);
      if (scope && !allows(options.roles, scope)) return toResponse(FORBIDDEN);
      if (scope && !options.beforeTwoFactor && twoFactorPending(scope)) return toResponse(TWO_FACTOR_REQUIRED);
      // Every segment first meets the one input rule, whatever the route's own
      // schema adds. Next resolves a route without segments to undefined.
      const segments = parseWith(pathSegments, (await context.params) ?? {});
      return await handler({
        request,
        scope,
        params: options.params ? parseWith(options.params, segments) : segments,
        query: options.query ? parseWith(options.query, new URL(request.url).searchParams) : undefined,
        body: options.body ? await readJsonWith(request, options.body) : undefined,
      });
    } catch (error) {
      // Next's own control flow (redirect, notFound, dynamic bail-out) is not an error.
      unstable_rethrow(error);
      return toResponse(failureReply(error, request.method, request.url));
    }
  };

/** A route for signed-in staff: `withStaff(handler)`, or `withStaff({ roles, params, query, body }, handler)`. */
export function withStaff(handler: Handler<object, StaffScope>): NextRoute;
export function withStaff<const O extends StaffOptions>(options: O, handler: Handler<O, StaffScope>): NextRoute;
export function withStaff(first: StaffOptions | TypedHandler, second?: TypedHandler): NextRoute {
  // Signed in only, so the handler never sees the null scope that AnyHandler allows.
  return typeof first === "function" ? serve({}, true, first as AnyHandler) : serve(first, true, second as AnyHandler);
}

/**
 * A route for any browser, signed in or not (the scope is then null): the
 * language switch works on the sign-in page too. It names no roles.
 */
export const withOptionalStaff = <const O extends Omit<StaffOptions, "roles">>(
  options: O,
  handler: Handler<O, StaffScope | null>,
) => serve(options, false, handler as AnyHandler);

/** Next's route for a staff GET that server.ts also answers (staff-read-node.ts): one definition, two servers. */
export const withStaffRead = <Q extends QuerySchema>(definition: StaffRead<Q>) =>
  withStaff(async ({ request, scope }) =>
    toResponse(await answerRead(definition, { scope, url: new URL(request.url), address: requestAddress(request) })),
  );
