// GET|POST /api/auth/*: next-auth's sign-in, sign-out and session endpoints; a POST from another site is refused (403).
import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/options";
import { toResponse } from "@/lib/server/http/responses";
import { isForeignWrite, webWrite } from "@/lib/server/http/same-origin";
import { FORBIDDEN } from "@/lib/server/http/staff-reply";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so that `next build` needs no secrets.
const handler = async (request: Request, context: Context) =>
  NextAuth(request as never, { params: await context.params } as never, authOptions());

// Next-auth's CSRF token guards its POSTs too; this refuses them before a
// password is checked or an audit row written.
const POST = async (request: Request, context: Context) =>
  isForeignWrite(webWrite(request)) ? toResponse(FORBIDDEN) : handler(request, context);

export { handler as GET, POST };
