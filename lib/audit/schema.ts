// Queries of the audit view (issue 14, part 5): the search, its export, and a
// case's viewers. Built from the one input rule's blocks, so a poisoned value
// is a 400 naming its field before any SQL runs.
import { z } from "zod";
import { dateOnly, text } from "@/lib/server/http/input";

/** A case's number as the desk shows it (`LAX-2026-000123`). */
export const CASE_NUMBER = /^[A-Z]{3}-\d{4}-\d{6}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A page's last row: its time (to the millisecond, as stored) and its id.
const CURSOR = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z_\d{1,19}$/;

const filterFields = z.object({
    user: z.uuid().optional(),
    case: text({ max: 64, trim: true })
      .transform((value) => (UUID.test(value) ? value.toLowerCase() : value.toUpperCase()))
      .refine((value) => UUID.test(value) || CASE_NUMBER.test(value), "must be a case number (LAX-2026-000123) or a case id")
      .optional(),
    // `read.*`: every action under a prefix (the reads: lib/audit/reads.ts).
    action: text({ max: 100 })
      .regex(/^[a-z0-9_.-]+(\.\*)?$/, "must be an action code such as case.viewed, or a prefix such as read.*")
      .optional(),
    from: dateOnly().optional(),
    to: dateOnly().optional(),
  });

const inOrder = (f: { from?: string; to?: string }) => !f.from || !f.to || f.from <= f.to;
const ORDER = { path: ["to"], message: "must not be before from" };

export const auditFilterSchema = filterFields.refine(inOrder, ORDER);

export type AuditFilter = z.output<typeof auditFilterSchema>;

const FILTER_KEYS = ["user", "case", "action", "from", "to"] as const;

/** The filters a query string carries; an empty field is no filter. */
const rawFilter = (params: URLSearchParams) =>
  Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) || undefined]).filter(([, value]) => value !== undefined));

/** GET /api/v1/admin/audit/export: the search's filters. */
export const auditExportQuerySchema = z.preprocess((params: URLSearchParams) => rawFilter(params), auditFilterSchema);

/** GET /api/v1/admin/audit: the filters and, past the first page, the last row seen. */
export const auditSearchQuerySchema = z.preprocess(
  (params: URLSearchParams) => ({ ...rawFilter(params), ...(params.get("cursor") && { cursor: params.get("cursor") }) }),
  filterFields
    .extend({ cursor: text({ max: 64 }).regex(CURSOR, "must be a cursor from a previous page").optional() })
    .refine(inOrder, ORDER)
    .transform(({ cursor, ...filter }) => ({ filter, cursor })),
);

export type AuditSearch = z.output<typeof auditSearchQuerySchema>;

/** The filters back as a query string (links to the next page and to the export). */
export const filterToParams = (filter: AuditFilter) => {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filter[key]) params.set(key, filter[key]);
  return params;
};

export const encodeCursor = (row: { at: string; id: string }) => `${row.at}_${row.id}`;
export const decodeCursor = (cursor: string) => {
  const [at, id] = cursor.split("_");
  return { at: new Date(at), id: BigInt(id) };
};
