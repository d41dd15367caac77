// The credentials check behind next-auth's sign-in: throttled per account
// and per client address (sign-in-throttle.ts) before the password is even
// read, so a blocked attempt cannot learn anything, not even with the right
// password. Every attempt that is checked leaves one audit row, and a
// throttled burst one more, when its block starts; attempts refused during
// a block leave none, so a flood cannot fill the audit log.
import { z } from "zod";
import { recordAudit } from "@/lib/server/audit";
import { clientAddressOf } from "@/lib/server/http/client-address";
import { throttledCode } from "./sign-in-error";
import { signInThrottle } from "./sign-in-throttle";
import { getCredentials } from "./users";
import { verifyPassword } from "./password";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export type SignInRequest = {
  credentials: unknown;
  /** The request's headers as next-auth passes them: server.ts stamped the client's address there. */
  headers: Record<string, unknown> | undefined;
};

/** The version is the one the session is signed in under (session-claims.ts). */
export type SignedInUser = { id: string; email: string; name: string; sessionVersion: number };

/** The user, null for wrong credentials; throws the throttled code while blocked. */
export const authorizeSignIn = async ({ credentials, headers }: SignInRequest): Promise<SignedInUser | null> => {
  const parsed = credentialsSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
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
  if (ok) await signInThrottle().succeeded({ email, address });
  await recordAudit({
    action: ok ? "auth.sign_in" : "auth.sign_in_failed",
    actorUserId: ok ? user?.id : null,
    data: ok ? {} : { email },
  });
  if (!ok || !user) return null;
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
};
