// Dates and times with Intl, always in an explicit time zone (the
// consulate's), so that the server and the browser print the same text.
import { INTL_LOCALE, type Locale } from "./locale";
import type { Translate } from "./translate";

export const DEFAULT_TIME_ZONE = "America/Mexico_City";

type ZonedOptions = { locale: Locale; timeZone: string };

const cache = new Map<string, Intl.DateTimeFormat>();

const formatter = (locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions) => {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZone });
    } catch {
      // An unknown zone in the data must not break the page.
      format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZone: DEFAULT_TIME_ZONE });
    }
    cache.set(key, format);
  }
  return format;
};

// 24-hour clocks: unambiguous, and no a.m./p.m. spacing that differs between ICU versions.
const DATE_TIME: Intl.DateTimeFormatOptions = {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
  timeZoneName: "short",
};

const TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" };

/** "14 mar 2026, 02:21:07 GMT-7" / "Mar 14, 2026, 02:21:07 PDT" */
export const formatDateTime = (iso: string, { locale, timeZone }: ZonedOptions) =>
  formatter(locale, timeZone, DATE_TIME).format(new Date(iso));

/** "02:21:07"; with `withZone`, "02:21:07 GMT-7" / "02:21:07 PDT" */
export const formatTime = (iso: string, { locale, timeZone, withZone = false }: ZonedOptions & { withZone?: boolean }) =>
  formatter(locale, timeZone, withZone ? { ...TIME, timeZoneName: "short" } : TIME).format(new Date(iso));

/** A calendar date with no time (a birth date, "1991-05-02"): "2 de mayo de 1991" / "May 2, 1991". */
export const formatCalendarDate = (isoDate: string, locale: Locale) =>
  formatter(locale, "UTC", { dateStyle: "long" }).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));

const numbers = new Map<string, Intl.NumberFormat>();

/** A count or a measure as the reader writes it: "50,036", "19.5" (at most one decimal). */
export const formatNumber = (value: number, locale: Locale) => {
  let format = numbers.get(locale);
  if (!format) numbers.set(locale, (format = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1 })));
  return format.format(value);
};

/** "hace 3 min" / "3 min ago". A time in the future (clock skew) counts as now. */
export const formatElapsed = ({ from, now, t }: { from: string; now: number; t: Translate }) => {
  const seconds = Math.max(0, Math.floor((now - Date.parse(from)) / 1000));
  if (seconds < 5) return t("time.justNow");
  if (seconds < 60) return t("time.seconds", { n: seconds });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return t("time.minutes", { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t("time.hoursMinutes", { h: hours, m: minutes % 60 });
  return t("time.days", { n: Math.floor(hours / 24) });
};
