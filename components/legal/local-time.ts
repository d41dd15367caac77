// <input type="datetime-local"> holds a wall-clock time without a zone; the
// API wants an instant. The screens show hearings and deadlines in the
// consulate's zone, so the inputs read and write that zone too, whatever the
// browser's is: a legal-aid worker in Mexico City typing a Los Angeles
// hearing's time must not move it by two hours. Both ways here.
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locale";
import { DEFAULT_TIME_ZONE, formatCalendarDate, formatDateTime } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";

const pad = (n: number) => String(n).padStart(2, "0");

const clocks = new Map<string, Intl.DateTimeFormat>();

const clockOf = (timeZone: string) => {
  let clock = clocks.get(timeZone);
  if (!clock) {
    const options: Intl.DateTimeFormatOptions = {
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    };
    try {
      clock = new Intl.DateTimeFormat("en-US", { ...options, timeZone });
    } catch {
      // An unknown zone in the data must not break the form.
      clock = new Intl.DateTimeFormat("en-US", { ...options, timeZone: DEFAULT_TIME_ZONE });
    }
    clocks.set(timeZone, clock);
  }
  return clock;
};

/** What the wall clock in `timeZone` shows at `instant` (epoch ms). */
const wallClock = (instant: number, timeZone: string) => {
  const parts = Object.fromEntries(clockOf(timeZone).formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
};

/** "2026-03-14T09:30" as `timeZone`'s wall clock shows the instant, for an input's value. */
export const toLocalInput = (iso: string, timeZone: string) => {
  const w = wallClock(Date.parse(iso), timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
};

/**
 * The instant at which `timeZone`'s wall clock shows an input's value, as ISO
 * 8601; null for an empty or impossible value (30 February, 25:00). A time
 * that the clock skips when summer time starts is read an hour later.
 */
export const fromLocalInput = (value: string, timeZone: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // The zone's offset at an instant. Near a change of offset the first guess may
  // use the wrong one: a second guess uses the offset at the first.
  const offset = (instant: number) => {
    const w = wallClock(instant, timeZone);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(instant / 1000) * 1000;
  };
  const before = offset(asUtc);
  const first = asUtc - before;
  const after = offset(first);
  if (after === before) return new Date(first).toISOString();
  const second = asUtc - after;
  if (toLocalInput(new Date(second).toISOString(), timeZone) === value.slice(0, 16)) return new Date(second).toISOString();
  // Neither shows the typed time: the clock skipped it. Read it after the jump.
  return new Date(Math.max(first, second)).toISOString();
};

/** The zone as people say it: "hora del Pacífico", "Pacific Time". */
export const zoneName = (timeZone: string, locale: Locale) => {
  try {
    const parts = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone, timeZoneName: "longGeneric" }).formatToParts(new Date());
    return parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
  } catch {
    return timeZone;
  }
};

/**
 * The hint under a date-and-time input. The input itself is drawn by the
 * browser in the browser's language ("12/08/2026, 02:00 PM" in a Spanish
 * page); the hint repeats the chosen time in the page's language and zone:
 * "8 dic 2026, 14:00:00 GMT-8 · en hora del Pacífico, la hora del consulado".
 */
export const wallClockHint = ({ value, timeZone, locale, t }: { value: string; timeZone: string; locale: Locale; t: Translate }) => {
  const zone = t("legalPanel.timeZoneHint", { zone: zoneName(timeZone, locale) });
  const instant = fromLocalInput(value, timeZone);
  return instant ? t("legalPanel.chosenTime", { when: formatDateTime(instant, { locale, timeZone }), zone }) : zone;
};

/** The same for a date-only input: "2 de mayo de 2026", or nothing while it is empty. */
export const calendarDateHint = (value: string, locale: Locale) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? formatCalendarDate(value, locale) : "");
