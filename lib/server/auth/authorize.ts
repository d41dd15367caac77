// The credentials check behind next-auth's sign-in: throttled per account
// and per client address (sign-in-throttle.ts) before the password is even
// read, so a blocked attempt cannot learn anything, not even with the right
// password. Every attempt that is checked leaves one audit row, and a
// throttled burst one more, when its block starts; attempts refused during
// a block leave none, so a flood cannot fill the audit log.
//
// Two factors are checked in the same call as the password, never in a step
// of their own: the form sends e-mail and password, learns (only when the
// password was right) that a code is needed, and sends all three again, the
// password kept in the form's memory, never in a URL, a cookie or another
// page. So no step can be skipped (there is no state between the steps to
// forge or replay), and every code guessed is one more attempt against the
// same throttle as a password guessed: only a complete sign-in gives the
// account its fresh start.
import { z } from "zod";
import { recordAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { clientAddressOf } from "@/lib/server/http/client-address";
import { SECOND_FACTOR_REQUIRED, SECOND_FACTOR_WRONG, throttledCode } from "./sign-in-error";
import { signInThrottle } from "./sign-in-throttle";
import { spendSecondFactor } from "./second-factor";
import { getCredentials } from "./users";
import { verifyPassword } from "./password";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
  // next-auth posts every credential as a string; an absent code arrives as "" or not at all.
  code: z.string().trim().max(32).optional(),
});

export type SignInRequest = {
  credentials: unknown;
  /** The request's headers as next-auth passes them: server.ts stamped the client's address there. */
  headers: Record<string, unknown> | undefined;
};

/** The version is the one the session is signed in under (session-claims.ts). */
export type SignedInUser = { id: string; email: string; name: string; sessionVersion: number };

/**
 * The user, null for wrong credentials; throws the throttled code while
 * blocked, and the second-factor codes (sign-in-error.ts) after a right
 * password when the code is missing or wrong.
 */
export const authorizeSignIn = async ({ credentials, headers }: SignInRequest): Promise<SignedInUser | null> => {
  const parsed = credentialsSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password, code } = parsed.data;
  const address = clientAddressOf((name) => {
    const value = headers?.[name];
    return typeof value === "string" ? value : null;
  });

  const verdict = await signInThrottle().attempt({ email, address });
  if (!verdict.allowed) {
    if (verdict.started.length > 0) {
      await recordAudit({
        action: "auth.sign_in_throttled",
        data: { email, address, limits: verdict.started, retryAfterSeconds: verdict.retryAfterSeconds },
      });
    }
    throw new Error(throttledCode(verdict.retryAfterSeconds));
  }

  const user = await getCredentials(email);
  const ok = await verifyPassword(user?.active ? user.passwordHash : null, password);
  if (!ok || !user) {
    await recordAudit({ action: "auth.sign_in_failed", data: { email } });
    return null;
  }

  let method: "password" | "totp" | "recovery_code" = "password";
  if (user.totpEnabledAt) {
    if (!code) {
      await recordAudit({ action: "auth.second_factor_asked", actorUserId: user.id });
      throw new Error(SECOND_FACTOR_REQUIRED);
    }
    const second = await spendSecondFactor({ userId: user.id, code });
    if (!second.ok) {
      await recordAudit({ action: "auth.sign_in_failed", actorUserId: null, data: { email, reason: "second_factor" } });
      throw new Error(SECOND_FACTOR_WRONG);
    }
    method = second.method;
  }

  await signInThrottle().succeeded({ email, address });
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() }, select: { id: true } });
  await recordAudit({ action: "auth.sign_in", actorUserId: user.id, data: method === "password" ? {} : { method } });
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
};
