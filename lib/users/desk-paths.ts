// Each role's own desk, and which addresses a sign-in may go on to. Pure, so
// the sign-in form (in the browser) and the landing (on the server) agree.
import type { Role } from "@/lib/generated/prisma/enums";

export const ADMIN_HOME_PATH = "/admin/staff";

export const DESK_PATHS: Record<Role, string> = {
  OFFICER: "/cases",
  LEGAL_AID: "/legal",
  SUPERVISOR: "/supervision",
  ADMIN: ADMIN_HOME_PATH,
};

/**
 * A deep link to come back to after signing in (`?callbackUrl=`), or null:
 * only a path of this site (never `//host` or `/\host`, which browsers read as
 * another site), and never the sign-in page itself.
 */
export const safeCallbackPath = (value: unknown): string | null => {
  if (typeof value !== "string" || value.length > 2000) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  if ([...value].some((c) => c === "\\" || c.charCodeAt(0) < 0x20)) return null;
  if (value === "/sign-in" || value.startsWith("/sign-in?") || value.startsWith("/api/")) return null;
  return value;
};
