import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getSessionUser } from "./users";
import { authOptions } from "./options";
import { mintScope, type StaffScope } from "./scope";
import { ENROLMENT_PATH, twoFactorPending } from "./two-factor-gate";

// What options.ts's session callback hands on: both absent once the token is past its lifetime.
type SessionOfClaims = { userId?: string; sessionVersion?: number };

/** The scope of a session next-auth read, or null when it has none or its user's sessions have ended since. */
export const scopeOfSession = async (session: SessionOfClaims | null): Promise<StaffScope | null> => {
  if (!session?.userId || session.sessionVersion === undefined) return null;
  const user = await getSessionUser({ userId: session.userId, sessionVersion: session.sessionVersion });
  return user ? mintScope(user) : null;
};

/** The signed-in staff member's scope, or null. Read once per request, however many components ask. */
export const getStaffScope = cache(async (): Promise<StaffScope | null> =>
  scopeOfSession((await getServerSession(authOptions())) as SessionOfClaims | null),
);

/**
 * For pages: the scope, or a redirect to sign-in, which comes back to `from`
 * (this page's path) once signed in; or to the enrolment while the
 * deployment requires two factors this user has not set up.
 */
export const requireStaffScope = async (from?: string): Promise<StaffScope> => {
  const scope = await getStaffScope();
  if (!scope) redirect(from ? `/sign-in?callbackUrl=${encodeURIComponent(from)}` : "/sign-in");
  if (twoFactorPending(scope)) redirect(ENROLMENT_PATH);
  return scope;
};
