// next-auth (v4) configuration: e-mail and password, JWT sessions that carry
// the user id, the sign-in time and the user's session version
// (session-claims.ts). Role, consulate and region are read from the database
// on every request (see session.ts), so a change or deactivation applies at once.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { authorizeSignIn } from "./authorize";
import { liveSessionClaims, SESSION_MAX_AGE_SECONDS } from "./session-claims";
import { endSessionsOnSignOut } from "./sign-out";

export const authOptions = (): NextAuthOptions => ({
  secret: env().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // In production the session cookie is Secure (and named __Secure-…, which
  // request-scope.ts reads too) whatever NEXTAUTH_URL says: next-auth would
  // otherwise decide from that URL, which defaults to http. Browsers accept
  // Secure cookies from http://localhost and 127.0.0.1, so a local production
  // build still signs in.
  useSecureCookies: env().NODE_ENV === "production",
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: (credentials, request) => authorizeSignIn({ credentials, headers: request?.headers }),
    }),
  ],
  callbacks: {
    // Kept from the sign-in through every roll of the token's expiry.
    jwt: ({ token, user }) =>
      user ? { ...token, sub: user.id, authTime: Math.floor(Date.now() / 1000), sessionVersion: user.sessionVersion } : token,
    // Past its absolute lifetime a token is no one's session, whatever its rolling expiry says.
    session: ({ session, token }) => {
      const claims = liveSessionClaims(token);
      return { ...session, userId: claims?.userId, sessionVersion: claims?.sessionVersion };
    },
  },
  events: { signOut: ({ token }) => endSessionsOnSignOut(token) },
});
