// The UI languages and the cookie that remembers the choice. No zod here:
// the browser bundle imports this file (the request schema is in schema.ts).
export const LOCALES = ["es", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "es";
export const LOCALE_COOKIE = "amparo-locale";

export const parseLocale = (value: string | null | undefined): Locale | null =>
  LOCALES.find((locale) => locale === value) ?? null;
