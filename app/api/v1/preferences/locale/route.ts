// POST /api/v1/preferences/locale: remembers the UI language (es|en) for this browser, and for the user when signed in.
import { cookies } from "next/headers";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { localePreferenceSchema } from "@/lib/i18n/schema";
import { AppError } from "@/lib/server/errors";
import { errorResponse, json } from "@/lib/server/http/responses";
import { getStaffScope } from "@/lib/server/auth/session";
import { setUserLocale } from "@/lib/users/mutations";

export const dynamic = "force-dynamic";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export const POST = async (request: Request) => {
  // JSON only: a cross-site form cannot send it without a CORS preflight.
  const mediaType = request.headers.get("content-type")?.split(";")[0].trim().toLowerCase();
  if (mediaType !== "application/json") return errorResponse(new AppError("unsupported_media_type", "unsupported_media_type"));
  const parsed = localePreferenceSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    return errorResponse(new AppError("invalid_body", "invalid_body", { issues }));
  }
  // Not a secret, so no Secure flag: the language switch must also work on a plain-http demo.
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    maxAge: ONE_YEAR_SECONDS,
  });
  const scope = await getStaffScope();
  if (scope) await setUserLocale(scope, parsed.data.locale);
  return json({ locale: parsed.data.locale });
};
