import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import { encodeCursor, readsBackwards, type PageBound, type QueueCursor } from "./cursor";
import type { CaseSummary } from "./events";
import { CASE_STATUSES, statusesOf, type QueueFilter, type QueueTotal, type StatusCounts } from "./filters";
import { caseStatusCountWhereForScope, caseWhereForScope, consulateSqlForScope } from "./policy";
import { pageBoundSql, pageOrderSql, queueFilterSql, queueSql } from "./queue-sql";
import { keyring } from "@/lib/privacy/keys-data";
import { searchWhere, withSearch, type SearchableFilter } from "./search";
import { caseSummarySelect, toCaseSummary } from "./summary";
import { openCaseSummary, type StoredCaseSummary } from "./summary-open";
import { withPlace } from "./with-place";

const ownerWhere = (owner: string | null, scope: StaffScope): Prisma.CaseWhereInput => {
  if (owner === null) return {};
  if (owner === "unassigned") return { ownerId: null };
  return { ownerId: owner === "me" ? scope.userId : owner };
};

const FLAG_WHERE: Record<NonNullable<QueueFilter["flag"]>, Prisma.CaseWhereInput> = {
  duress: { duress: true },
  pressed_again: { pressedAgain: true },
  rescinded: { rescinded: true },
};

// The legal-aid queue and the CSV export filter with Prisma; the triage queue
// pages with the SQL of queue-sql.ts. Both search through lib/cases/search.ts.
/** The filter as a Prisma where; a search must have gone through withSearch (lib/cases/search.ts). */
export const queueWhere = (scope: StaffScope, filter: SearchableFilter): Prisma.CaseWhereInput => ({
  AND: [
    caseWhereForScope(scope),
    filter.status === "all" ? {} : { status: { in: [...statusesOf(filter.status)] } },
    ownerWhere(filter.owner, scope),
    filter.flag ? FLAG_WHERE[filter.flag] : {},
    searchWhere(filter),
    filter.ids ? { id: { in: [...filter.ids] } } : {},
    filter.incident ? { incidentId: filter.incident } : {},
  ],
});

/**
 * The page's rows in queue order. One consulate's queue is one index range.
 * A region's (or every consulate's) would sort all their matches to take the
 * first few; instead each consulate gives its own first `take` by its index
 * range and only those are merged, unless a search is on (a trigram search
 * would then run once per consulate instead of once).
 */
const pageRowsSql = (scope: StaffScope, filter: SearchableFilter, bound: PageBound | null, take: number) => {
  const manyConsulates = scope.role === "SUPERVISOR" || scope.role === "ADMIN";
  const order = pageOrderSql(bound);
  if (!manyConsulates || filter.q !== "") {
    return Prisma.sql`
      SELECT c.id, c.priority, c.alert_at, c.number FROM cases c
      WHERE ${queueSql(scope, filter)} AND ${pageBoundSql(bound)}
      ORDER BY ${order}
      LIMIT ${take}`;
  }
  return Prisma.sql`
    SELECT c.id, c.priority, c.alert_at, c.number
    FROM consulates co CROSS JOIN LATERAL (
      SELECT c.id, c.priority, c.alert_at, c.number FROM cases c
      WHERE c.consulate_id = co.id AND ${queueFilterSql(scope, filter)} AND ${pageBoundSql(bound)}
      ORDER BY ${order}
      LIMIT ${take}
    ) c
    WHERE ${consulateSqlForScope(scope)}
    ORDER BY ${order}
    LIMIT ${take}`;
};

export type QueuePage = {
  cases: CaseSummary[];
  /** Where the next page starts; null when this one reaches the end. */
  nextCursor: string | null;
  /** Overdue open tasks per case id of the page, absent when none: a row's flag. */
  overdueTasks: Record<string, number>;
};

/**
 * One page of the queue: the cases this scope may see that match the filter,
 * in compareQueue's order, after the cursor. Keyset paging: every page is one
 * index range however deep, and a case that arrives or leaves between two
 * pages neither repeats nor skips one of the others.
 */
export const listCases = async (
  scope: StaffScope,
  {
    filter: plainFilter,
    cursor = null,
    bound = cursor ? { after: cursor } : null,
    limit,
  }: { filter: QueueFilter; cursor?: QueueCursor | null; bound?: PageBound | null; limit: number },
): Promise<QueuePage & { reachesStart: boolean }> => {
  const [ring, filter] = await Promise.all([keyring(), withSearch(plainFilter)]);
  // One read: the page's rows first, then, for those rows alone, their
  // summaries from case_summaries (migration 20261204000000_intake_function)
  // and their overdue tasks.
  const rows = await db.$queryRaw<{ summary: StoredCaseSummary; overdue: number }[]>(Prisma.sql`
    SELECT s.summary,
      (SELECT count(*)::int FROM case_tasks t WHERE t.case_id = page.id AND t.status = 'OPEN' AND t.due_at < now()) AS overdue
    FROM (${pageRowsSql(scope, filter, bound, limit + 1)}) page JOIN case_summaries s ON s.id = page.id
    ORDER BY page.priority, page.alert_at, page.number`);
  // Read backwards, the extra row (the one that says more pages lie that way) is the first.
  const backwards = readsBackwards(bound);
  const more = rows.length > limit;
  const shown = backwards ? rows.slice(Math.max(0, rows.length - limit)) : rows.slice(0, limit);
  const cases = shown.map((row) => withPlace(openCaseSummary(ring, row.summary)));
  const overdueTasks = Object.fromEntries(shown.filter((row) => row.overdue > 0).map((row) => [row.summary.id, row.overdue]));
  const last = cases.at(-1);
  const nextCursor = (backwards ? cases.length > 0 : more) && last ? encodeCursor(last) : null;
  return { cases, nextCursor, overdueTasks, reachesStart: backwards ? !more : bound === null };
};

/**
 * How many matching cases sort before `cursor`: the first row's place in the
 * whole queue, for a page's range ("51–100 of 3,812"). Counted up to
 * COUNT_CAP, like the total.
 */
export const countCasesBefore = async (scope: StaffScope, plainFilter: QueueFilter, cursor: QueueCursor): Promise<number> => {
  const filter = await withSearch(plainFilter);
  const [{ n }] = await db.$queryRaw<{ n: number }[]>(Prisma.sql`
    SELECT count(*)::int AS n FROM (
      SELECT 1 FROM cases c
      WHERE ${queueSql(scope, filter)} AND ${pageBoundSql({ before: cursor })} LIMIT ${COUNT_CAP + 1}
    ) earlier`);
  return Math.min(n, COUNT_CAP);
};

/** Beyond this many matches the queue says "10,000+": an exact count would read every match. */
export const COUNT_CAP = 10_000;

/** How many cases match the filter, counted up to COUNT_CAP. */
export const countCases = async (scope: StaffScope, plainFilter: QueueFilter): Promise<QueueTotal> => {
  const filter = await withSearch(plainFilter);
  const [{ n }] = await db.$queryRaw<{ n: number }[]>(Prisma.sql`
    SELECT count(*)::int AS n FROM (
      SELECT 1 FROM cases c
      WHERE ${queueSql(scope, filter)} LIMIT ${COUNT_CAP + 1}
    ) matches`);
  return n > COUNT_CAP ? { total: COUNT_CAP, totalCapped: true } : { total: n, totalCapped: false };
};

/**
 * How many cases this scope may see in each status, every status present:
 * sums of the counts the database keeps (case_status_counts, migration
 * 20261204000100_queue_scale), a few hundred rows rather than every case.
 */
export const countCasesByStatus = async (scope: StaffScope): Promise<StatusCounts> => {
  const groups = await db.caseStatusCount.groupBy({
    by: ["status"],
    where: caseStatusCountWhereForScope(scope),
    _sum: { n: true },
  });
  const counts = Object.fromEntries(CASE_STATUSES.map((status) => [status, 0])) as StatusCounts;
  for (const group of groups) counts[group.status] = Number(group._sum.n ?? 0);
  return counts;
};

/** Whether this scope may see the case. */
export const canSeeCase = async (scope: StaffScope, caseId: string) =>
  (await db.case.count({ where: { AND: [{ id: caseId }, caseWhereForScope(scope)] } })) > 0;

/**
 * A case as its rooms see it, by id alone: for publishing after a commit,
 * where the rooms (roomsForCase) are the scope. Never for answering a user.
 */
/** Many cases' summaries as the queue reads them (the case_summaries view), with their region. */
export const getCommittedSummaries = async (caseIds: string[]): Promise<{ summary: CaseSummary; regionId: string }[]> => {
  if (caseIds.length === 0) return [];
  const [ring, rows] = await Promise.all([
    keyring(),
    db.$queryRaw<{ summary: StoredCaseSummary; regionId: string }[]>`
      SELECT s."summary", s."region_id"::text AS "regionId" FROM "case_summaries" s WHERE s."id" = ANY(${caseIds}::uuid[])`,
  ]);
  return rows.map((row) => ({ summary: openCaseSummary(ring, row.summary), regionId: row.regionId }));
};

export const getCommittedSummary = async (caseId: string) => {
  const [ring, row] = await Promise.all([keyring(), db.case.findUnique({ where: { id: caseId }, select: caseSummarySelect })]);
  return row ? { summary: toCaseSummary(ring, row), regionId: row.consulate.regionId } : null;
};
