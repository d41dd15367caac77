// Clock arithmetic for the roster screen, in the consulate's zone whatever the
// browser's: what the local wall clock reads at an instant, and the instant a
// wall-clock time names (one-off shifts are sent as instants).
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locale";

const parts = new Map<string, Intl.DateTimeFormat>();

const partsIn = (timeZone: string) => {
  let format = parts.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    parts.set(timeZone, format);
  }
  return format;
};

/** The wall clock in `timeZone` at `ms`: "YYYY-MM-DDTHH:MM". */
export const zonedWallClock = (ms: number, timeZone: string) => {
  const p = Object.fromEntries(partsIn(timeZone).formatToParts(new Date(ms)).map(({ type, value }) => [type, value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
};

const wallAsUtc = (wall: string) => Date.parse(`${wall}:00Z`);

/**
 * The instant at which the wall clock in `timeZone` reads `wall`
 * ("YYYY-MM-DDTHH:MM"). A time the clocks skip (spring forward) lands just
 * after the jump; a time they repeat (fall back) is its first occurrence.
 */
export const zonedToInstant = (wall: string, timeZone: string) => {
  const target = wallAsUtc(wall);
  const offsetAt = (ms: number) => wallAsUtc(zonedWallClock(ms, timeZone)) - ms;
  // The zone's offsets a day either side: no zone changes twice in two days.
  const before = offsetAt(target - 86_400_000);
  const after = offsetAt(target + 86_400_000);
  for (const offset of [before, after]) if (zonedWallClock(target - offset, timeZone) === wall) return new Date(target - offset).toISOString();
  // A time the clocks skip: read with the offset from before the jump, it lands after it.
  return new Date(target - before).toISOString();
};

/** "HH:MM" as minutes after midnight. */
export const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

const weekdayFormat = new Map<string, Intl.DateTimeFormat>();
const formatOf = (locale: Locale, options: Intl.DateTimeFormatOptions) => {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = weekdayFormat.get(key);
  if (!format) weekdayFormat.set(key, (format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZone: "UTC" })));
  return format;
};

/** A weekday's name, 0 = Sunday: "domingo" / "Sunday". */
export const weekdayName = (weekday: number, locale: Locale) => formatOf(locale, { weekday: "long" }).format(Date.UTC(2026, 11, 6 + weekday));

/** The weekday (0 = Sunday) of a calendar date "YYYY-MM-DD". */
export const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** A calendar date as a column's heading: "lun 7 dic" / "Mon, Dec 7". */
export const dayHeading = (date: string, locale: Locale) =>
  formatOf(locale, { weekday: "short", day: "numeric", month: "short" }).format(new Date(`${date}T00:00:00Z`));

/** A wall-clock "YYYY-MM-DDTHH:MM" as the reader writes it: "7 dic, 22:00" / "Dec 7, 22:00". */
export const wallClockText = (wall: string, locale: Locale) =>
  `${formatOf(locale, { day: "numeric", month: "short" }).format(new Date(`${wall.slice(0, 10)}T00:00:00Z`))}, ${wall.slice(11, 16)}`;

/** The calendar date `days` after "YYYY-MM-DD". */
export const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
