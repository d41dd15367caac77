// The staff scope of a request that reaches Node directly, outside Next's
// handlers: a Socket.IO handshake, or a read server.ts answers ahead of
// Next's router. Same session cookie as the pages, same user read.
import type { IncomingMessage } from "node:http";
import { decode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { getSessionUser } from "./users";
import { mintScope, type StaffScope } from "./scope";
import { liveSessionClaims, type SessionClaims } from "./session-claims";
import { twoFactorPending } from "./two-factor-gate";

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

const parseCookies = (header: string | undefined) => {
  const cookies = new Map<string, string>();
  for (const part of header?.split(";") ?? []) {
    const eq = part.indexOf("=");
    if (eq > 0) cookies.set(part.slice(0, eq).trim(), decodeURIComponent(part.slice(eq + 1).trim()));
  }
  return cookies;
};

// next-auth splits a large token over name.0, name.1, ...
const sessionToken = (cookies: Map<string, string>) => {
  for (const name of SESSION_COOKIES) {
    if (cookies.has(name)) return cookies.get(name);
    const chunks: string[] = [];
    for (let i = 0; cookies.has(`${name}.${i}`); i++) chunks.push(cookies.get(`${name}.${i}`)!);
    if (chunks.length) return chunks.join("");
  }
  return undefined;
};

export type RequestSession = { scope: StaffScope; claims: SessionClaims };

/**
 * The session the request's cookie holds, with its scope, or null when there
 * is none, it is past its lifetime, it was ended, or its user has yet to enrol
 * the two factors the deployment requires; a database failure throws.
 */
export const sessionFromRequest = async (request: IncomingMessage): Promise<RequestSession | null> => {
  let token: string | undefined;
  try {
    token = sessionToken(parseCookies(request.headers.cookie));
  } catch {
    return null; // a cookie with a broken percent-escape is no session
  }
  if (!token) return null;
  const claims = liveSessionClaims(await decode({ token, secret: env().NEXTAUTH_SECRET }).catch(() => null));
  if (!claims) return null;
  const user = await getSessionUser(claims);
  // Until they enrol (AMPARO_REQUIRE_2FA), no socket and no queue: only the enrolment page, which Next serves.
  return user && !twoFactorPending(user) ? { scope: mintScope(user), claims } : null;
};

/** The scope of the session the request's cookie holds, or null; a database failure throws. */
export const scopeFromRequest = async (request: IncomingMessage): Promise<StaffScope | null> =>
  (await sessionFromRequest(request))?.scope ?? null;
