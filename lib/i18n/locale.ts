// The UI languages and the cookie that remembers the choice. No zod here:
// the browser bundle imports this file (the request schema is in schema.ts).
export const LOCALES = ["es", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "es";

/**
 * The conventions numbers and dates follow: Mexico's for Spanish (50,036 and
 * 19.5, where Spain's would print 50.036 and 19,5), the United States' for English.
 */
export const INTL_LOCALE: Record<Locale, string> = { es: "es-MX", en: "en-US" };
export const LOCALE_COOKIE = "amparo-locale";

export const parseLocale = (value: string | null | undefined): Locale | null =>
  LOCALES.find((locale) => locale === value) ?? null;
