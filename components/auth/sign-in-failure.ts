// What the sign-in form says after a failed attempt, from next-auth's error
// code: signIn()'s `error`, or the ?error= next-auth puts on the sign-in page.
import { retryAfterOf, SECOND_FACTOR_REQUIRED, SECOND_FACTOR_WRONG } from "@/lib/server/auth/sign-in-error";

export type SignInFailure =
  | { kind: "wrong-credentials" }
  | { kind: "unavailable" }
  /** The password was right; the account asks for its second factor (the form's second step). */
  | { kind: "code-required" }
  | { kind: "wrong-code" }
  /** Whole minutes, rounded up: "try again in 1 min" rather than too soon. */
  | { kind: "throttled"; minutes: number };

export const failureOf = (code: string | undefined): SignInFailure => {
  if (code === "CredentialsSignin") return { kind: "wrong-credentials" };
  if (code === SECOND_FACTOR_REQUIRED) return { kind: "code-required" };
  if (code === SECOND_FACTOR_WRONG) return { kind: "wrong-code" };
  const seconds = code === undefined ? null : retryAfterOf(code);
  return seconds === null ? { kind: "unavailable" } : { kind: "throttled", minutes: Math.max(1, Math.ceil(seconds / 60)) };
};
