// A session's absolute lifetime, from the sign-in time its token carries.
import { describe, expect, it } from "vitest";
import { liveSessionClaims, SESSION_MAX_AGE_SECONDS, withinLifetime } from "./session-claims";

const now = Date.UTC(2026, 11, 12, 9, 0, 0);
const seconds = now / 1000;
const token = (claims: Record<string, unknown>) => ({ sub: "user-1", name: "Ana", sessionVersion: 3, authTime: seconds, ...claims });

describe("[AUTH] a session's claims", () => {
  it("are the user, the sign-in time and the version while the session is younger than its lifetime", () => {
    expect(liveSessionClaims(token({}), now)).toEqual({ userId: "user-1", authTime: seconds, sessionVersion: 3 });
    expect(liveSessionClaims(token({ authTime: seconds - SESSION_MAX_AGE_SECONDS + 1 }), now)).not.toBeNull();
  });

  it("end at the lifetime however recently the token was rolled", () => {
    // next-auth's own iat and exp move on with every use: they decide nothing here.
    const rolled = { iat: seconds, exp: seconds + SESSION_MAX_AGE_SECONDS };
    expect(liveSessionClaims(token({ ...rolled, authTime: seconds - SESSION_MAX_AGE_SECONDS }), now)).toBeNull();
    expect(withinLifetime({ authTime: seconds - SESSION_MAX_AGE_SECONDS }, now)).toBe(false);
  });

  it("are refused without a sign-in time or a version, or signed in later than a clock could drift", () => {
    expect(liveSessionClaims({ sub: "user-1" }, now)).toBeNull();
    expect(liveSessionClaims(token({ authTime: undefined }), now)).toBeNull();
    expect(liveSessionClaims(token({ sessionVersion: undefined }), now)).toBeNull();
    expect(liveSessionClaims(token({ sessionVersion: "3" }), now)).toBeNull();
    expect(liveSessionClaims(token({ authTime: seconds + 3_600 }), now)).toBeNull();
    expect(liveSessionClaims(null, now)).toBeNull();
  });
});
