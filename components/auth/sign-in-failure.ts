// What the sign-in form says after a failed attempt, from next-auth's error
// code: signIn()'s `error`, or the ?error= next-auth puts on the sign-in page.
import { retryAfterOf } from "@/lib/server/auth/sign-in-error";

export type SignInFailure =
  | { kind: "wrong-credentials" }
  | { kind: "unavailable" }
  /** Whole minutes, rounded up: "try again in 1 min" rather than too soon. */
  | { kind: "throttled"; minutes: number };

export const failureOf = (code: string | undefined): SignInFailure => {
  if (code === "CredentialsSignin") return { kind: "wrong-credentials" };
  const seconds = code === undefined ? null : retryAfterOf(code);
  return seconds === null ? { kind: "unavailable" } : { kind: "throttled", minutes: Math.max(1, Math.ceil(seconds / 60)) };
};
