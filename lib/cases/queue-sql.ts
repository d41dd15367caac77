// The queue's filter as SQL over `cases c`, for the reads
// that page in compareQueue's order (lib/cases/data.ts). Written by hand,
// not as a Prisma where-clause, for three things Prisma cannot say: a row
// comparison against the cursor (enum order included), the blind-index search
// (lib/cases/search.ts, migration 20261227000100_sealed_fields), and status
// lists split so that the partial indexes on open and on ended cases apply.
import { join, raw, sql, type Sql } from "@/lib/server/sql";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import type { StaffScope } from "@/lib/server/auth/scope";
import { readsBackwards, type PageBound, type QueueCursor } from "./cursor";
import { CASE_STATUSES, statusesOf } from "./filters";
import { searches, searchSql, type SearchableFilter } from "./search";
import { isEnded } from "./lifecycle";
import { caseSqlForScope } from "./policy";

// Statuses come from the validated enum, never from the request's text, so
// they can be written as literals: a partial index applies only when the
// planner sees constants that imply its predicate.
const statusList = (statuses: readonly CaseStatus[]) => raw(statuses.map((s) => `'${s}'`).join(", "));

const statusSql = (filter: SearchableFilter): Sql => {
  const statuses = statusesOf(filter.status);
  // Every status, no search: no condition at all, so that counting a range of
  // the queue-order index (the total, a deep page's place) never visits the
  // heap for a status the index does not hold (an index-only scan).
  if (statuses.length === CASE_STATUSES.length && !searches(filter)) return sql`TRUE`;
  const parts = [statuses.filter((s) => !isEnded(s)), statuses.filter(isEnded)].filter((part) => part.length > 0);
  return sql`(${join(parts.map((part) => sql`c.status IN (${statusList(part)})`), " OR ")})`;
};

const ownerSql = (filter: SearchableFilter, scope: StaffScope): Sql => {
  if (filter.owner === null) return sql`TRUE`;
  if (filter.owner === "unassigned") return sql`c.owner_id IS NULL`;
  return sql`c.owner_id = ${filter.owner === "me" ? scope.userId : filter.owner}::uuid`;
};

const FLAG_SQL: Record<NonNullable<SearchableFilter["flag"]>, Sql> = {
  duress: sql`c.duress`,
  pressed_again: sql`c.pressed_again`,
  rescinded: sql`c.rescinded`,
};

// One index probe per id on the primary key: a raid's cases, whatever the queue's size.
const idsSql = (ids: SearchableFilter["ids"]): Sql => (ids ? sql`c.id = ANY(${[...ids]}::uuid[])` : sql`TRUE`);

// The cases of one incident: its partial index (migration 20261215000000_escalation_incidents).
const incidentSql = (incident: SearchableFilter["incident"]): Sql => (incident ? sql`c.incident_id = ${incident}::uuid` : sql`TRUE`);

/** Rows after the cursor in compareQueue's order (a row comparison: one index range, whatever the depth). */
export const afterCursorSql = (cursor: QueueCursor | null): Sql =>
  cursor
    ? sql`(c.priority, c.alert_at, c.number) > (${cursor.priority}::"CasePriority", ${cursor.alertAt}::timestamptz, ${cursor.number})`
    : sql`TRUE`;

const tupleSql = (cursor: QueueCursor): Sql =>
  sql`(${cursor.priority}::"CasePriority", ${cursor.alertAt}::timestamptz, ${cursor.number})`;

/** A page's bound in compareQueue's order; a page before its bound is read in reverse order. */
export const pageBoundSql = (bound: PageBound | null): Sql => {
  if (!bound) return sql`TRUE`;
  if ("after" in bound) return afterCursorSql(bound.after);
  if ("before" in bound) return sql`(c.priority, c.alert_at, c.number) < ${tupleSql(bound.before)}`;
  if ("upTo" in bound) return sql`(c.priority, c.alert_at, c.number) <= ${tupleSql(bound.upTo)}`;
  return sql`(c.priority, c.alert_at, c.number) >= ${tupleSql(bound.at)}`;
};

/** The order a page's rows are read in: backwards for the page before a bound, so that LIMIT keeps the nearest. */
export const pageOrderSql = (bound: PageBound | null): Sql =>
  readsBackwards(bound) ? raw("c.priority DESC, c.alert_at DESC, c.number DESC") : raw("c.priority, c.alert_at, c.number");

/** The filter alone, for a read that applies the scope itself (a region's merge of its consulates' ranges). */
export const queueFilterSql = (scope: StaffScope, filter: SearchableFilter): Sql =>
  join(
    [
      statusSql(filter),
      ownerSql(filter, scope),
      filter.flag ? FLAG_SQL[filter.flag] : sql`TRUE`,
      searchSql(filter),
      idsSql(filter.ids),
      incidentSql(filter.incident),
    ],
    " AND ",
  );

/** The scope's cases that match the filter. */
export const queueSql = (scope: StaffScope, filter: SearchableFilter): Sql => sql`${caseSqlForScope(scope)} AND ${queueFilterSql(scope, filter)}`;
