// An audit row's `data`, as one compact line for the search and the export.
// What each action stores (checked when this was written, issue 14):
//   auth.sign_in_failed {email}, auth.sign_in_throttled {email, address,
//   limits, retryAfterSeconds}: a staff sign-in's typed e-mail and address;
//   user.* {from, to}: role and placement ids; duty_shift.* {consulate, kind,
//   userId}; incident.* {from, leadId?, reason?, noteId?}; incident.bulk.*
//   {caseIds, ownerId?, template?}; cases.exported {filter, rows, truncated};
//   audit.exported {filters, rows, truncated}; read.* {ip, parts?, caseIds?,
//   terms?, purpose?, count?, filter?, truncated?, from?} (lib/audit/reads.ts:
//   shown as counts, the terms never: they are blind hashes); the rest nothing.
// None holds a case's person by design, but two hold free text a staff member
// typed: a dismissed proposal's reason, and the queue search (`q=`) inside an
// export's filter, which may be a person's name or phone. Those are withheld
// here, as is any key that names personal data, whatever module adds it.
const WITHHELD_KEYS = new Set(["reason", "q", "note", "body", "message", "name", "fullName", "phone", "curp", "birthDate", "aNumber", "text"]);
export const WITHHELD = "…";

const MAX_LENGTH = 400;

const ADDRESS_KEYS = new Set(["address", "ip"]);

const record = (data: unknown): Record<string, unknown> | null =>
  data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : null;

/** The address a row stored for its client (the sign-in throttle's `address`, a read's `ip`), shown in its own column. */
export const clientAddressOf = (data: unknown): string | null => {
  const fields = record(data);
  const address = fields?.address ?? fields?.ip;
  return typeof address === "string" ? address : null;
};

export type ReadSummary = {
  parts: string[];
  /** How many cases the read returned (a list, search or export). */
  cases: number | null;
  /** How many search terms, kept as blind hashes. */
  terms: number;
  purpose: { reason: string; note?: string } | null;
};

/** A read row's data for the audit view: parts, counts and purpose; never the hashes or the case ids. */
export const readSummaryOf = (action: string, data: unknown): ReadSummary | null => {
  const fields = record(data);
  if (!action.startsWith("read.") || !fields) return null;
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
  const purpose = record(fields.purpose);
  return {
    parts: strings(fields.parts),
    cases: Array.isArray(fields.caseIds) ? fields.caseIds.length : null,
    terms: Array.isArray(fields.terms) ? fields.terms.length : 0,
    purpose:
      purpose && typeof purpose.reason === "string"
        ? { reason: purpose.reason, ...(typeof purpose.note === "string" ? { note: purpose.note } : {}) }
        : null,
  };
};

const withoutQuery = (value: string) => {
  // An export's filter is a query string: keep its keys, withhold the free search.
  if (!/^[\w.-]+=/.test(value) || !value.includes("=")) return value;
  const params = new URLSearchParams(value);
  for (const key of [...params.keys()]) if (WITHHELD_KEYS.has(key)) params.set(key, WITHHELD);
  return decodeURIComponent(params.toString());
};

const compact = (value: unknown, key: string | null): string => {
  if (key !== null && WITHHELD_KEYS.has(key)) return WITHHELD;
  if (value === null || value === undefined) return "—";
  if (Array.isArray(value)) return `[${value.map((item) => compact(item, null)).join(", ")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{${entries.map(([k, v]) => `${k}: ${compact(v, k)}`).join(", ")}}`;
  }
  return typeof value === "string" ? withoutQuery(value) : String(value);
};

// A purpose's reason is a code from a list; its note is free text, withheld like any other.
const purposeLine = (value: unknown) => {
  const purpose = record(value);
  if (!purpose || typeof purpose.reason !== "string") return compact(value, null);
  return purpose.note ? `{reason: ${purpose.reason}, note: ${WITHHELD}}` : `{reason: ${purpose.reason}}`;
};

/** `key: value` pairs of the row's data, the client address left to its own column; "" when nothing is left. */
export const compactDetails = (data: unknown, action = ""): string => {
  if (!data || typeof data !== "object" || Array.isArray(data)) return data == null ? "" : compact(data, null);
  const entries = Object.entries(data as Record<string, unknown>).filter(([key]) => !ADDRESS_KEYS.has(key));
  // A read's case ids (thousands, for an export) and search hashes are counted, not listed.
  const read = action.startsWith("read.");
  const shown = (key: string, value: unknown) =>
    read && key === "caseIds" && Array.isArray(value)
      ? String(value.length)
      : read && key === "terms" && Array.isArray(value)
        ? `${value.length} (hashed)`
        : read && key === "purpose"
          ? purposeLine(value)
          : compact(value, key);
  const line = entries.map(([key, value]) => `${key}: ${shown(key, value)}`).join(" · ");
  return line.length > MAX_LENGTH ? `${line.slice(0, MAX_LENGTH - 1)}…` : line;
};
