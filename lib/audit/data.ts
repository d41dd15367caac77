// Reads of the audit view (administrators only: the routes' and the page's
// area check). The log knows no scope: whoever opens it sees the whole network's.
import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";
import { KNOWN_AUDIT_ACTIONS } from "./actions";
import { clientAddressOf, compactDetails, readSummaryOf } from "./details";
import { CASE_NUMBER, decodeCursor, encodeCursor, type AuditFilter } from "./schema";
import { pageSql, whereOf, type RawAuditRow, type Resolved } from "./search-sql";
import type { AuditPage, AuditRow, AuditStaffOption } from "./types";

export const AUDIT_PAGE_SIZE = 50;

/** The case filter as an id: a number is looked up, an id taken as it is; null when no case has that number. */
const resolveCase = async (value: string | undefined) => {
  if (!value) return undefined;
  if (!CASE_NUMBER.test(value)) return value;
  const found = await db.case.findUnique({ where: { number: value }, select: { id: true } });
  return found?.id ?? null;
};

export const resolveFilter = async (filter: AuditFilter, timeZone: string): Promise<Resolved> => ({
  filter,
  timeZone,
  caseId: await resolveCase(filter.case),
});

export const toAuditRow = (row: RawAuditRow): AuditRow => ({
  id: String(row.id),
  at: row.at.toISOString(),
  action: row.action,
  actor: row.actor_user_id && row.actor_name ? { id: row.actor_user_id, name: row.actor_name, role: row.actor_role as Role } : null,
  actorKeyId: row.actor_key_id,
  targetType: row.target_type,
  targetId: row.target_id,
  caseNumber: row.case_number,
  clientAddress: clientAddressOf(row.data),
  details: compactDetails(row.data, row.action),
  read: readSummaryOf(row.action, row.data),
});

/** Up to `limit` rows after the cursor, newest first. */
export const readAuditRows = async (resolved: Resolved, { cursor, limit }: { cursor?: string; limit: number }) =>
  (await db.$queryRaw<RawAuditRow[]>(pageSql(whereOf(resolved, cursor ? decodeCursor(cursor) : undefined), limit))).map(toAuditRow);

/** One page of 50 of the search, and the cursor of the next (null on the last). */
export const searchAudit = async ({ filter, cursor, timeZone }: { filter: AuditFilter; cursor?: string; timeZone: string }): Promise<AuditPage> => {
  const rows = await readAuditRows(await resolveFilter(filter, timeZone), { cursor, limit: AUDIT_PAGE_SIZE + 1 });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  return { rows: page, nextCursor: rows.length > AUDIT_PAGE_SIZE ? encodeCursor(page[page.length - 1]) : null };
};

/**
 * Every action the log holds, with the ones the desk writes: a loose index
 * scan of (action, at), one probe per distinct action, never the whole table.
 */
export const listAuditActions = async (): Promise<string[]> => {
  const rows = await db.$queryRaw<{ action: string }[]>`
    WITH RECURSIVE seen AS (
      (SELECT action FROM audit_log ORDER BY action LIMIT 1)
      UNION ALL
      SELECT (SELECT a.action FROM audit_log a WHERE a.action > seen.action ORDER BY a.action LIMIT 1)
        FROM seen WHERE seen.action IS NOT NULL
    )
    SELECT action FROM seen WHERE action IS NOT NULL`;
  return [...new Set([...KNOWN_AUDIT_ACTIONS, ...rows.map((r) => r.action)])].sort();
};

/** The staff to pick a user from, by name, with their e-mail (disabled ones too: their past stays searchable). */
export const listAuditStaff = async (): Promise<AuditStaffOption[]> =>
  db.user.findMany({ select: { id: true, name: true, email: true, role: true }, orderBy: [{ name: "asc" }, { email: "asc" }] });
