// The audit search as SQL, shared by the page of 50 and the export's batches.
// Newest first by (at, id): every filter has an index that ends in `at`
// (actor, action, at; a case's rows by target), and the keyset cursor keeps a
// page where it was when rows are added above it.
import { sql, join, type Sql } from "@/lib/server/sql";
import type { AuditFilter } from "./schema";

export type Resolved = {
  filter: AuditFilter;
  /** The case filter as an id; null when the filter names no case that exists (then nothing matches). */
  caseId: string | null | undefined;
  timeZone: string;
  /** Only rows at or below this id (the export: what existed when it began). */
  maxId?: bigint;
};

export const whereOf = ({ filter, caseId, timeZone, maxId }: Resolved, cursor?: { at: Date; id: bigint }): Sql => {
  const conditions: Sql[] = [sql`TRUE`];
  if (filter.user) conditions.push(sql`a.actor_user_id = ${filter.user}::uuid`);
  if (caseId === null) conditions.push(sql`FALSE`);
  // A case's own rows, and the lists, searches and exports that held it (GIN on data->'caseIds').
  else if (caseId) conditions.push(sql`((a.target_type = 'case' AND a.target_id = ${caseId}) OR a.data -> 'caseIds' @> jsonb_build_array(${caseId}::text))`);
  if (filter.action?.endsWith(".*")) conditions.push(sql`a.action LIKE ${`${filter.action.slice(0, -1).replace(/[\\%_]/g, "\\$&")}%`}`);
  else if (filter.action) conditions.push(sql`a.action = ${filter.action}`);
  // Calendar days in the administrator's time zone, the last one whole.
  if (filter.from) conditions.push(sql`a.at >= (${filter.from}::date::timestamp AT TIME ZONE ${timeZone})`);
  if (filter.to) conditions.push(sql`a.at < ((${filter.to}::date + 1)::timestamp AT TIME ZONE ${timeZone})`);
  if (maxId !== undefined) conditions.push(sql`a.id <= ${maxId}`);
  if (cursor) conditions.push(sql`(a.at, a.id) < (${cursor.at}::timestamptz, ${cursor.id}::bigint)`);
  return join(conditions, " AND ");
};

export type RawAuditRow = {
  id: bigint;
  at: Date;
  action: string;
  actor_user_id: string | null;
  actor_name: string | null;
  actor_role: string | null;
  actor_key_id: string | null;
  target_type: string | null;
  target_id: string | null;
  case_number: string | null;
  data: unknown;
};

export const pageSql = (where: Sql, limit: number) => sql`
  SELECT a.id, a.at, a.action, a.actor_user_id, u.name AS actor_name, u.role::text AS actor_role, a.actor_key_id,
         a.target_type, a.target_id, c.number AS case_number, a.data
    FROM audit_log a
    LEFT JOIN users u ON u.id = a.actor_user_id
    LEFT JOIN cases c ON c.id = CASE WHEN a.target_type = 'case' AND a.target_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                                     THEN a.target_id::uuid END
   WHERE ${where}
   ORDER BY a.at DESC, a.id DESC
   LIMIT ${limit}`;
