// What a hostile client sends, as fast-check arbitraries, and what the
// contract promises back: the property suites over the staff routes and the
// intake (issue 11) share them.
import fc from "fast-check";
import { expect } from "vitest";
import { db } from "@/lib/server/db";

/** The strings that once reached PostgreSQL and answered 500, and their neighbours. */
const POISON = [
  "\u0000",
  "Nota\u0000 oculta",
  "\ud800",
  "José \udfff",
  "fin \ud83d",
  "%E0%A4%A",
  "%00",
  "0000-01-01T00:00:00Z",
  "9999-12-31T23:59:59Z",
  "0000-01",
  "0000-01-01",
  "2024-02-30",
  "'; DROP TABLE cases; --",
  "\u202egnp.exe",
  "",
  "   ",
];

/** Past every field's limit, and past the 64 KiB body limit once in JSON. */
export const HUGE_TEXT = "x".repeat(70_000);

export const hostileString = fc.oneof(
  { arbitrary: fc.constantFrom(...POISON), weight: 3 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }), weight: 2 },
  { arbitrary: fc.constantFrom("x".repeat(6_000), HUGE_TEXT), weight: 1 },
);

const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -1, 1.5, 2 ** 31, 2 ** 53, 1e308, -1e308),
);

/** Any JSON value a field might be given instead of its own. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 4 },
  { arbitrary: hostileNumber, weight: 2 },
  { arbitrary: fc.constantFrom(true, false, null), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 },
);

/** A path segment as Next hands it over (decoded; a broken escape arrives literally, see literal-path.ts). */
export const hostileSegment = fc.oneof(
  hostileString.filter((s) => s.length < 1_000),
  fc.uuid(),
  fc.constantFrom("0", "-1", "99999999999999999999", "1e3", "..", "ffffffff-ffff-ffff-ffff-ffffffffffff", "x".repeat(300)),
);

const deep = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;

/** Bodies that are not the JSON a route reads: broken, nested deep, oversized, not UTF-8, or no body at all. */
export const hostileRawBody = fc.constantFrom<string | Uint8Array<ArrayBuffer>>(
  "",
  "{",
  "null",
  "[]",
  '"text"',
  deep(20_000),
  `{"a":${deep(20_000)}}`,
  JSON.stringify({ body: HUGE_TEXT }),
  new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]),
  new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]),
);

export const hostileContentType = fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", "");

/**
 * One change to a valid JSON object: a field replaced, removed or added, or
 * the whole body replaced by any value.
 */
export const mutatedBody = (valid: Record<string, unknown>): fc.Arbitrary<unknown> => {
  const keys = Object.keys(valid);
  return fc.oneof(
    fc.constant(valid),
    ...(keys.length
      ? [
          { arbitrary: fc.tuple(fc.constantFrom(...keys), hostileValue).map(([key, value]) => ({ ...valid, [key]: value })), weight: 4 },
          fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key))),
        ]
      : []),
    fc.tuple(fc.string({ maxLength: 10 }), hostileValue).map(([key, value]) => ({ ...valid, [key]: value })),
    hostileValue,
  );
};

/**
 * A poison character placed inside a valid string. A URL cannot carry a lone
 * surrogate (URLSearchParams writes U+FFFD for it), so a query gets NUL only.
 */
export const poisoned = (valid: string, { inUrl = false } = {}) =>
  fc
    .tuple(fc.constantFrom("\u0000", ...(inUrl ? [] : ["\ud800", "\udc00"])), fc.nat({ max: valid.length }))
    .map(([bad, at]) => valid.slice(0, at) + bad + valid.slice(at));

const STATUS_OF_ERROR: Record<string, number> = {
  invalid_body: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  unknown_alert: 404,
  conflict: 409,
  event_conflict: 409,
  // An incident's bulk action whose cases moved on (lib/incidents/types.ts BulkStale).
  stale: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
};

/** Never a 5xx; a refusal is the contract's body (`{ error, issues? }`) with the status its code names. */
export const expectContractAnswer = async (response: Response) => {
  expect(response.status).toBeLessThan(500);
  if (response.status < 400) return null;
  const body = (await response.json()) as { error?: unknown; issues?: unknown };
  expect(STATUS_OF_ERROR[String(body.error)]).toBe(response.status);
  if (body.issues !== undefined) {
    expect(body.issues).toEqual(expect.arrayContaining([]));
    for (const issue of body.issues as unknown[]) expect(issue).toEqual({ path: expect.any(String), message: expect.any(String) });
  }
  return body as { error: string; issues?: { path: string; message: string }[] };
};

/** Every table a staff route or the intake writes. */
const WRITTEN_TABLES = [
  "people",
  "alerts",
  "alert_events",
  "cases",
  "case_locations",
  "case_contacts",
  "case_notes",
  "case_contact_attempts",
  "case_timeline",
  "case_counters",
  "relay_keys",
  "users",
  "audit_log",
  "legal_records",
  "hearings",
  "case_tasks",
  "reminders",
  "jobs",
  "case_transfers",
  "family_messages",
  "duty_shifts",
  "incidents",
  "incident_notes",
  "staff_notices",
] as const;

const counts = WRITTEN_TABLES.map((table) => `(SELECT count(*) FROM "${table}")::text`).join(` || ',' || `);

// Updates leave counts alone: versions, states and timestamps that a write moves are summed too.
const changes = [
  "(SELECT coalesce(sum(version), 0) FROM cases)",
  "(SELECT coalesce(sum(version), 0) FROM legal_records)",
  "(SELECT coalesce(sum(version), 0) FROM hearings)",
  "(SELECT coalesce(sum(version), 0) FROM case_tasks)",
  "(SELECT coalesce(sum(version), 0) FROM incidents)",
  "(SELECT count(read_at) FROM reminders)",
  "(SELECT count(revoked_at) FROM relay_keys)",
  "(SELECT count(*) FROM case_transfers WHERE status <> 'PENDING')",
  "(SELECT count(*) FROM family_messages WHERE status <> 'DRAFT')",
  "(SELECT count(language) FROM case_contacts)",
  "(SELECT count(*) FROM users WHERE locale = 'en')",
].join(` || ',' || `);

/** A fingerprint of everything a request could write: equal before and after, nothing was written. */
export const writeFingerprint = async () => {
  const [row] = await db.$queryRawUnsafe<{ f: string }[]>(`SELECT ${counts} || ';' || ${changes} AS f`);
  return row.f;
};
