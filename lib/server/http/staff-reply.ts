// What a staff route answers when it cannot serve: shared by Next's wrapper
// (with-staff.ts) and the Node adapter server.ts mounts (staff-read-node.ts),
// which must not import Next's runtime.
import type { Role } from "@/lib/generated/prisma/enums";
import type { StaffScope } from "@/lib/server/auth/scope";
import { isAppError } from "@/lib/server/errors";
import { errorReply, type Reply } from "./responses";
import { errorMessage, log } from "@/lib/server/log";

export const UNAUTHORIZED: Reply = { status: 401, body: { error: "unauthorized" } };
export const FORBIDDEN: Reply = { status: 403, body: { error: "forbidden" } };
/** AMPARO_REQUIRE_2FA and a user yet to enrol: everything but the enrolment's routes (two-factor-gate.ts). */
export const TWO_FACTOR_REQUIRED: Reply = {
  status: 403,
  body: { error: "two_factor_required", message: "Two-factor sign-in must be set up first (/security)" },
};

/** Whether a route serves this caller's role: one that names no roles serves any staff (its data is scoped). */
export const allows = (roles: readonly Role[] | undefined, { role }: StaffScope) => !roles || roles.includes(role);

/** The answer to a failure: an AppError's own, anything else a 500 that names nothing. */
export const failureReply = (error: unknown, method: string, url: string): Reply => {
  if (isAppError(error)) return errorReply(error);
  // Method and path only: the query or body may carry personal data.
  log("http").error({ method, path: new URL(url, "http://localhost").pathname, error: errorMessage(error) }, "staff route failed");
  return { status: 500, body: { error: "internal" } };
};

/** Whether a request's URL is `path`, with or without a query. */
export const isPathOf = (url: string | undefined, path: string) =>
  url === path || (url !== undefined && url.startsWith(`${path}?`));
