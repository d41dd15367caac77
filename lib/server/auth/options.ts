// next-auth (v4) configuration: e-mail and password, JWT sessions that carry
// only the user id. Role, consulate and region are read from the database on
// every request (see session.ts), so a change or deactivation applies at once.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { authorizeSignIn } from "./authorize";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

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
    jwt: ({ token, user }) => {
      if (user) token.sub = user.id;
      return token;
    },
    session: ({ session, token }) => ({ ...session, userId: token.sub }),
  },
});
