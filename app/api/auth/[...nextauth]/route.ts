// GET|POST /api/auth/*: next-auth's sign-in, sign-out and session endpoints.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/options";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so that `next build` needs no secrets.
const handler = async (request: Request, context: Context) =>
  NextAuth(request as never, { params: await context.params } as never, authOptions());

export { handler as GET, handler as POST };
