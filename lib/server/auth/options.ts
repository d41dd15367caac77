// next-auth (v4) configuration: e-mail and password, JWT sessions that carry
// only the user id. Role, consulate and region are read from the database on
// every request (see session.ts), so a change or deactivation applies at once.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "@/lib/env";
import { recordAudit } from "@/lib/server/audit";
import { getCredentials } from "./users";
import { verifyPassword } from "./password";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

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
      authorize: async (raw) => {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await getCredentials(parsed.data.email);
        const ok = await verifyPassword(user?.active ? user.passwordHash : null, parsed.data.password);
        await recordAudit({
          action: ok ? "auth.sign_in" : "auth.sign_in_failed",
          actorUserId: ok ? user?.id : null,
          data: ok ? {} : { email: parsed.data.email },
        });
        if (!ok || !user) return null;
        return { id: user.id, email: user.email, name: user.name };
      },
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
