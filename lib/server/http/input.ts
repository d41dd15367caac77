// The one input rule for what a client sends (issue 11): text PostgreSQL can
// store, dates it can store and a person could mean, integers its columns
// hold. A value outside the rule is a 400 that names the field, refused before
// anything is written; past it, it would fail the write and answer 500 (or,
// at the intake, 503 and a retry for ever). Zod and nothing else: the intake's
// schema, every staff schema, the browser's forms and the staff wrapper (path
// segments) share these blocks.
import { z } from "zod";

// NUL (text columns refuse it) and unpaired surrogates (not Unicode; jsonb refuses them).
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const hasUnstorableText = (value: string) => UNSTORABLE.test(value);
export const UNSTORABLE_TEXT = "must not contain NUL characters or unpaired surrogates";

/** A string PostgreSQL can store: trimmed first when `trim`, then at most `max` characters. */
export const text = ({ max, trim = false }: { max?: number; trim?: boolean } = {}) => {
  const storable = z.string().refine((value) => !hasUnstorableText(value), UNSTORABLE_TEXT);
  const trimmed = trim ? storable.trim() : storable;
  return max === undefined ? trimmed : trimmed.max(max);
};

/**
 * Years a person may mean in staff input (a hearing, a due date, a detention,
 * a month): PostgreSQL has no year 0, and nothing on a desk needs 9999.
 */
export const STAFF_YEARS = { from: 1900, to: 2100 } as const;

/** `from` and, unless null, `to`, inclusive; the year is the value's first four digits. */
type Years = { from: number; to: number | null };

const withinYears = ({ from, to }: Years) => (value: string) => {
  const year = Number(value.slice(0, 4));
  return year >= from && (to === null || year <= to);
};

const yearsMessage = (kind: string, { from, to }: Years) =>
  to === null ? `must be a ${kind} on or after ${from}-01-01` : `must be a ${kind} from ${from}-01-01 to ${to}-12-31`;

type DateOptions = Partial<Years> & { message?: string };

const yearsOf = ({ from = STAFF_YEARS.from, to = STAFF_YEARS.to }: DateOptions): Years => ({ from, to });

/** An RFC 3339 date-time with its offset, in the staff years unless told otherwise. */
export const dateTime = (options: DateOptions = {}) =>
  z.iso
    .datetime({ offset: true, ...(options.message && { message: options.message }) })
    .refine(withinYears(yearsOf(options)), yearsMessage("date-time", yearsOf(options)));

/** A calendar date (YYYY-MM-DD), in the staff years unless told otherwise. */
export const dateOnly = (options: DateOptions = {}) =>
  z.iso
    .date(options.message ? { message: options.message } : undefined)
    .refine(withinYears(yearsOf(options)), yearsMessage("date", yearsOf(options)));

/** A month (YYYY-MM) in the staff years. */
export const month = () =>
  z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "YYYY-MM")
    .refine(withinYears(STAFF_YEARS), `must be a month from ${STAFF_YEARS.from}-01 to ${STAFF_YEARS.to}-12`);

/** A record's version as the client last read it: a positive integer a PostgreSQL `integer` holds. */
export const version = ({ min = 1 }: { min?: number } = {}) => z.number().int().min(min).max(2 ** 31 - 1);

/** A route's path segments: each any text PostgreSQL can store, no longer than an id could be. */
export const pathSegments = z.record(z.string(), text({ max: 200 }));
