// POST /api/v1/preferences/locale: remembers the UI language (es|en) for this browser, and for the user when signed in.
import { cookies } from "next/headers";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { localePreferenceSchema } from "@/lib/i18n/schema";
import { json } from "@/lib/server/http/responses";
import { withOptionalStaff } from "@/lib/server/http/with-staff";
import { setUserLocale } from "@/lib/users/mutations";

export const dynamic = "force-dynamic";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export const POST = withOptionalStaff({ body: localePreferenceSchema, beforeTwoFactor: true }, async ({ scope, body: { locale } }) => {
  // Not a secret, so no Secure flag: the language switch must also work on a plain-http demo.
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", httpOnly: true, maxAge: ONE_YEAR_SECONDS });
  if (scope) await setUserLocale(scope, locale);
  return json({ locale });
});
