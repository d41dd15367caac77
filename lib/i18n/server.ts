import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getStaffScope } from "@/lib/server/auth/session";
import { DEFAULT_LOCALE, LOCALE_COOKIE, parseLocale, type Locale } from "./locale";
import { catalogs } from "./messages";
import { translator } from "./translate";

/** The UI language for this request: the cookie, else the signed-in user's preference, else Spanish. */
export const getLocale = cache(async (): Promise<Locale> => {
  const fromCookie = parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  if (fromCookie) return fromCookie;
  const scope = await getStaffScope().catch(() => null);
  return scope?.locale ?? DEFAULT_LOCALE;
});

/** For server components: the locale and a translate function bound to its catalog. */
export const getT = cache(async () => {
  const locale = await getLocale();
  return { locale, t: translator(catalogs[locale]) };
});
