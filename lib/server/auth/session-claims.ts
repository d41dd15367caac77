// What a session token must hold to open the desk. next-auth rolls a JWT's
// expiry forward on every use, so the sign-in time the token carries is what
// bounds a session; and the user's session version it carries is compared
// with their row on every request and handshake (users.ts), so moving that
// version on (sign-out, disabling, a new role or place) ends every session
// they hold, on every instance, without a table of sessions.
import { z } from "zod";

/** A session ends this long after its sign-in, however busy it has been. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

// Instances' clocks may disagree a little; a sign-in further in the future is refused.
const CLOCK_SKEW_SECONDS = 60;

export type SessionClaims = {
  readonly userId: string;
  /** The sign-in, in seconds since the epoch. */
  readonly authTime: number;
  readonly sessionVersion: number;
};

const tokenSchema = z.object({
  sub: z.string().min(1),
  authTime: z.number().int(),
  sessionVersion: z.number().int().min(0),
});

/** Whether a session signed in at `authTime` is still within its absolute lifetime. */
export const withinLifetime = ({ authTime }: Pick<SessionClaims, "authTime">, now = Date.now()) => {
  const age = now / 1000 - authTime;
  return age < SESSION_MAX_AGE_SECONDS && age > -CLOCK_SKEW_SECONDS;
};

/**
 * The claims of a decoded token that is still within its lifetime, or null.
 * A token without a sign-in time or version was issued before they were
 * recorded: its age cannot be known, so it signs in again.
 */
export const liveSessionClaims = (token: unknown, now = Date.now()): SessionClaims | null => {
  const parsed = tokenSchema.safeParse(token);
  if (!parsed.success) return null;
  const claims = { userId: parsed.data.sub, authTime: parsed.data.authTime, sessionVersion: parsed.data.sessionVersion };
  return withinLifetime(claims, now) ? claims : null;
};
